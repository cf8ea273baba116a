/**
 * The drill path as a breadcrumb (全部 › 206 科学技术支出 › 20699 …). Every step is a link,
 * the current one marked aria-current="page"; a climb tells the page (onNavigate), which
 * then moves focus to the new level's heading.
 */
import { Link } from 'react-router';
import { functionCopy } from '../../../copy/function';
import type { Crumb } from '../select-function-view';

export interface FunctionBreadcrumbProps {
  crumbs: readonly Crumb[];
  /** In-app route of a drill path (with the measure and sticky parameters). */
  hrefOf: (path: readonly string[]) => string;
  /** Told of a climb before it navigates (the page then focuses the new level's heading). */
  onNavigate?: (path: readonly string[]) => void;
}

export function FunctionBreadcrumb({ crumbs, hrefOf, onNavigate }: FunctionBreadcrumbProps) {
  return (
    <nav className="fn-crumbs" aria-label={functionCopy.breadcrumbLabel} data-testid="function-breadcrumb">
      <ol>
        {crumbs.map((c, i) => {
          const current = i === crumbs.length - 1;
          return (
            <li key={c.path.join('/') || 'root'}>
              <Link
                to={hrefOf(c.path)}
                aria-current={current ? 'page' : undefined}
                onClick={() => onNavigate?.(c.path)}
              >
                {c.label}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
