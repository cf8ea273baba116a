/**
 * Full-width error state for a failed load: what is wrong, in which file, at which path,
 * position or row, with every failing schema path or structure rule listed. Never a blank
 * page.
 */
import type { ReactNode } from 'react';
import { loadErrorTitle, type LoadError } from '../data/load-errors';
import { errorsCopy } from '../copy/errors';
import { zh } from '../copy/zh';
import { StructureIssueList } from './structure-issues';

export interface ErrorViewProps {
  error: LoadError;
  onRetry?: () => void;
  /** A way out that fits the error (e.g. a link to the default dataset). */
  action?: ReactNode;
}

export function ErrorView({ error, onRetry, action }: ErrorViewProps) {
  return (
    <section className="error-view" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{zh.errorHeading}</h1>
      <p className="error-view__title">{loadErrorTitle(error)}</p>
      {error.kind === 'json' && <p className="error-view__detail">解析器提示：{error.message}</p>}
      {(error.kind === 'network' || error.kind === 'unexpected') && (
        <p className="error-view__detail">{error.message}</p>
      )}
      {error.kind === 'unknown-dataset' && (
        <p className="error-view__detail">目录中现有的数据集：{error.known.join('、')}</p>
      )}
      {error.kind === 'schema' && (
        <>
          <h2>{zh.schemaIssuesHeading}</h2>
          <ul className="error-view__issues">
            {error.issues.map((i, n) => (
              <li key={n}>
                <code>{i.path}</code>：{i.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {error.kind === 'data' && (
        <>
          <h2>{errorsCopy.dataIssuesHeading}</h2>
          <p>{errorsCopy.dataIssuesLede}</p>
          <StructureIssueList issues={error.issues} />
        </>
      )}
      {error.kind === 'local-missing' && <p className="error-view__detail">{errorsCopy.localMissingBody}</p>}
      {action}
      {/* a browser-only import is nothing the site's administrator can fix */}
      {error.kind !== 'local-missing' && (
        <details className="error-view__hint">
          <summary>{zh.errorHintSummary}</summary>
          <p>{zh.errorHint}</p>
        </details>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {zh.retry}
        </button>
      )}
    </section>
  );
}
