/** Subscribes to a CSS media query, e.g. useMediaQuery('(max-width: 600px)'). */
import { useCallback } from 'react';
import { useBrowserValue } from '../app/page-live';

/** The phone-width query of useNarrow (also the prerendered HTML's media rule, src/prerender/). */
export const NARROW_QUERY = '(max-width: 600px)';

/**
 * What a query answers where there is no screen to ask: in a server render and while the
 * client hydrates (React then uses the server snapshot, so the first client render equals the
 * prerendered HTML). False unless the build-time prerender asks for a phone-width pass
 * (src/prerender/render.tsx); the client never changes it.
 */
let serverMatches: (query: string) => boolean = () => false;

/** Sets the server snapshot of every media query (the build-time prerender's narrow pass); returns the previous one. */
export function setServerMediaMatches(matches: (query: string) => boolean): (query: string) => boolean {
  const previous = serverMatches;
  serverMatches = matches;
  return previous;
}

/**
 * Whether `query` matches: its server snapshot (serverMatches) in the prerender and while the
 * client hydrates, the screen's answer once the page is live (src/app/page-live.tsx: the
 * switch is a transition, so a phone's narrow layout does not force the hydration to finish
 * in one task), then every change of it.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const mql = window.matchMedia(query);
      mql.addEventListener('change', notify);
      return () => mql.removeEventListener('change', notify);
    },
    [query],
  );
  return useBrowserValue(
    subscribe,
    () => window.matchMedia(query).matches,
    () => serverMatches(query),
  );
}

/** True on phone-width screens (≤ 600 px), where charts use their compact layout. */
export function useNarrow(): boolean {
  return useMediaQuery(NARROW_QUERY);
}
