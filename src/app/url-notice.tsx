/**
 * The notice shown after the shell replaced a link with rejected values by its valid part
 * (src/app/url-validation.ts): what was rejected (values truncated) and why, in Chinese,
 * the link now shown, and a way back to 概览. The problems travel in the history entry's
 * state, so the notice goes away with the next navigation and a reload shows the clean page.
 */
import { Link, useLocation } from 'react-router';
import { errorsCopy as c } from '../copy/errors';
import { withSticky } from './url';
import type { UrlProblem } from './url-validation';

/** The history state the shell writes when it replaces a bad link. */
export interface UrlProblemsState {
  urlProblems: UrlProblem[];
}

/** Reads the problems from a location's state (anything else is ignored). */
export function urlProblemsOf(state: unknown): UrlProblem[] {
  const problems = (state as Partial<UrlProblemsState> | null)?.urlProblems;
  return Array.isArray(problems) ? problems : [];
}

export function UrlNotice() {
  const location = useLocation();
  const problems = urlProblemsOf(location.state);
  if (problems.length === 0) return null;
  const here = `${location.pathname}${location.search}`;
  return (
    <section
      className="checks-banner url-notice"
      role="status"
      aria-labelledby="url-notice-title"
      data-testid="url-notice"
    >
      <h2 id="url-notice-title">{c.urlNoticeHeading}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.reason}</li>
        ))}
      </ul>
      <p>
        {c.urlNowShowing}
        {/* The same page without the notice: the valid link, to copy or share. */}
        <Link to={here} replace className="url-notice__link">
          #{here}
        </Link>
        {location.pathname !== '/overview' && (
          <>
            {' · '}
            <Link to={withSticky('/overview', location.search)}>{c.backToOverview}</Link>
          </>
        )}
      </p>
    </section>
  );
}
