/**
 * The header's 核验 badge: how many checks agree (passes and 尾差 notes) out of all, in
 * text and colour (never colour alone), linking to the 核验 view (#/checks).
 */
import { Link } from 'react-router';
import { checksCopy } from '../copy/checks';
import { tallyChecks, type CheckResult } from '../domain/check-result';

/**
 * @param checks  the dataset's checks (runChecks), or undefined while they still run: the
 *   badge then says 正在核验 in a neutral colour, about as wide as the tally it becomes
 * @param to      the 核验 view's link with the sticky parameters (withSticky('/checks', …))
 */
export function ChecksBadge({ checks, to }: { checks: readonly CheckResult[] | undefined; to: string }) {
  if (!checks)
    return (
      <Link
        className="checks-badge checks-badge--pending"
        to={to}
        title={checksCopy.badgePendingTitle}
        data-testid="checks-badge"
        aria-busy="true"
      >
        <span aria-hidden="true" className="checks-badge__mark">
          …
        </span>
        <span className="checks-badge__count">{checksCopy.badgePending}</span>
        <span className="checks-badge__status">{checksCopy.badgePendingStatus}</span>
      </Link>
    );
  const t = tallyChecks(checks);
  const level = t.fail > 0 ? 'fail' : t.warning > 0 ? 'warning' : 'pass';
  return (
    <Link
      className={`checks-badge checks-badge--${level}`}
      to={to}
      title={checksCopy.badgeTitle[level]}
      data-testid="checks-badge"
    >
      <span aria-hidden="true" className="checks-badge__mark">
        {level === 'fail' ? '✕' : level === 'warning' ? '!' : '✓'}
      </span>
      <span className="checks-badge__count">{checksCopy.badge(t.pass + t.rounding, t.total)}</span>
      <span className="checks-badge__status">{checksCopy.badgeStatus[level]}</span>
    </Link>
  );
}
