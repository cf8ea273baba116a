/**
 * The one line of chrome in embed mode: where the figures come from and a link that opens
 * the same deep link in the full dashboard (without embed=1) in a new window. Inside a
 * sandbox without allow-popups the browser simply blocks the new window; nothing breaks.
 */
import { useLocation } from 'react-router';
import { modes } from '../../copy/modes';
import { routeOf } from './protocol';

/** Absolute URL of the full dashboard at the given route (the page URL without its hash). */
export function fullDashboardUrl(pageHref: string, route: string): string {
  return `${pageHref.split('#')[0]}#/${route}`;
}

export function EmbedBar({ sourceDescription }: { sourceDescription?: string }) {
  const location = useLocation();
  const href = fullDashboardUrl(window.location.href, routeOf(location.pathname, location.search));
  return (
    <footer className="embed-bar">
      {sourceDescription ? (
        <span className="embed-bar__source">
          {modes.embedSource}：{sourceDescription}
        </span>
      ) : null}
      <a className="embed-bar__full" href={href} target="_blank" rel="noopener">
        {modes.embedOpenFull}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden">{modes.embedOpensNewWindow}</span>
      </a>
    </footer>
  );
}
