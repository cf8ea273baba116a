/**
 * Visible warning when the dataset's figures do not reconcile (数据核验). The data is still
 * shown; the banner names the first few failing identities and links to the 核验 view,
 * which lists every check with both sides and their sources. Warnings (one code printed
 * with two names) and 尾差 notes do not raise it.
 */
import { Link } from 'react-router';
import { checksCopy } from '../copy/checks';
import { describeMismatch, isAlarming, type CheckResult } from '../domain/check-result';
import { usePrintedTables } from './printed-tables-context';
import { useNarrow } from './use-media-query';

/** How many failures the banner names before it points to the view. */
const SHOWN = 3;

/**
 * @param checks  the dataset's checks; undefined while they still run (no banner yet)
 * @param to      the 核验 view's link (withSticky('/checks', …)); absent in embed mode
 * @param compact one line, no list (汇报模式: the slide keeps its room, the audience still sees it)
 *
 * On a phone (≤ 600 px) the named failures fold under a 逐项查看 disclosure, closed at first:
 * listed in full they took the whole first screen and pushed every figure below it.
 */
export function ChecksBanner({
  checks,
  to,
  compact = false,
}: {
  checks: readonly CheckResult[] | undefined;
  to?: string;
  compact?: boolean;
}) {
  const printed = usePrintedTables();
  const narrow = useNarrow();
  const failing = checks?.filter(isAlarming) ?? [];
  if (failing.length === 0) return null;
  if (compact)
    return (
      <section className="checks-banner banner--compact" role="alert" aria-labelledby="checks-banner-title">
        <h2 id="checks-banner-title">{checksCopy.bannerCompact(failing.length)}</h2>
      </section>
    );
  const list = (
    <ul>
      {failing.slice(0, SHOWN).map((c) => (
        <li key={c.id}>{describeMismatch(c, printed)}</li>
      ))}
    </ul>
  );
  return (
    <section className="checks-banner" role="alert" aria-labelledby="checks-banner-title">
      <h2 id="checks-banner-title">{checksCopy.bannerHeading(failing.length)}</h2>
      {narrow ? (
        <details className="checks-banner__details">
          <summary>{checksCopy.bannerDetails(Math.min(SHOWN, failing.length))}</summary>
          {list}
        </details>
      ) : (
        list
      )}
      {(failing.length > SHOWN || to) && (
        <p className="checks-banner__more">
          {failing.length > SHOWN && checksCopy.bannerAndMore(failing.length - SHOWN)}{' '}
          {to && <Link to={to}>{checksCopy.bannerMore}</Link>}
        </p>
      )}
    </section>
  );
}
