/**
 * Errors stay in their place. `<ViewBoundary>` wraps one view (through `lazyView`, the
 * router's loader of a view's chunk) or one slide of the deck:
 * when it throws while rendering, only its area shows a Chinese notice saying what failed,
 * with the error's message and ways back (back to 概览, retry, reload, the default dataset);
 * the header, the navigation, the dataset switcher and the other slides keep working. It
 * resets when `resetKeys` change (the route, the dataset), so moving elsewhere recovers.
 *
 * `<RouteError>` is the router's errorElement (a lazy chunk that failed to load, or an
 * error no boundary caught), in the same words instead of React Router's English screen.
 */
import type { ComponentType, ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Link, useLocation, useRouteError } from 'react-router';
import { errorsCopy } from '../copy/errors';
import { withoutDataset, withSticky } from './url';

/** The message of whatever was thrown, for the notice's detail line. */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

interface FailedProps {
  heading: string;
  body: string;
  error: unknown;
  /** Retry rendering (resets the boundary); absent for the router's error element. */
  onRetry?: () => void;
  /** Offer the links out of the view (back to 概览, default dataset): not on a slide. */
  links: boolean;
}

/** The notice of a failed view or slide (role="alert", keyboard reachable actions). */
function Failed({ heading, body, error, onRetry, links }: FailedProps) {
  const location = useLocation();
  const hasDataset = new URLSearchParams(location.search).has('d');
  return (
    <section className="error-view view-failed" role="alert" aria-label={heading} data-testid="view-failed">
      <h1>{heading}</h1>
      <p>{body}</p>
      <p className="error-view__detail">
        {errorsCopy.viewFailedDetail}：<span className="view-failed__message">{messageOf(error)}</span>
      </p>
      <p className="view-failed__actions">
        {links && (
          <Link className="button" to={withSticky('/overview', location.search)}>
            {errorsCopy.backToOverview}
          </Link>
        )}
        {onRetry && (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {errorsCopy.retryView}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {errorsCopy.reloadPage}
        </button>
        {links && hasDataset && (
          <Link className="button button--secondary" to={withoutDataset(location.pathname, location.search)}>
            {errorsCopy.defaultDataset}
          </Link>
        )}
      </p>
    </section>
  );
}

export interface ViewBoundaryProps {
  /** What is shown, for the heading: the view's label or the slide's title. */
  label: string;
  /** `view` (a page in the app) or `slide` (one slide of the deck: no links out of it). */
  kind?: 'view' | 'slide';
  /** Values whose change resets the boundary (route, dataset). */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

/** Error boundary around one view or slide; see the module comment. */
export function ViewBoundary({ label, kind = 'view', resetKeys, children }: ViewBoundaryProps) {
  const fallback = ({ error, resetErrorBoundary }: FallbackProps) => (
    <Failed
      heading={kind === 'slide' ? errorsCopy.slideFailedHeading(label) : errorsCopy.viewFailedHeading(label)}
      body={kind === 'slide' ? errorsCopy.slideFailedBody : errorsCopy.viewFailedBody}
      error={error}
      onRetry={resetErrorBoundary}
      links={kind === 'view'}
    />
  );
  return (
    <ErrorBoundary fallbackRender={fallback} resetKeys={[...resetKeys]}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * The router's `lazy` for a view: loads its chunk and renders it inside a ViewBoundary
 * (React Router's own route boundary would otherwise catch its errors first, without a
 * retry). A chunk that fails to load (offline, a deploy replaced it) resolves to a notice
 * in the main area rather than rejecting: React Router keeps a failed lazy route pending
 * and would render an empty main area.
 */
export function lazyView(
  label: string,
  load: () => Promise<{ default: ComponentType }>,
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    try {
      const View = (await load()).default;
      const BoundedView = () => {
        const { pathname, search } = useLocation();
        return (
          <ViewBoundary label={label} resetKeys={[pathname, search]}>
            <View />
          </ViewBoundary>
        );
      };
      return { Component: BoundedView };
    } catch (error) {
      const ChunkFailed = () => (
        <Failed
          heading={errorsCopy.viewFailedHeading(label)}
          body={errorsCopy.chunkFailedBody}
          error={error}
          links
        />
      );
      return { Component: ChunkFailed };
    }
  };
}

/**
 * The router's errorElement: the failure in Chinese with the ways back. On a view's route
 * (`label` given) it renders inside the shell, which keeps working; on the root route
 * (`standalone`) the shell itself failed, so it is the whole page.
 */
export function RouteError({ label, standalone = false }: { label?: string; standalone?: boolean }) {
  const error = useRouteError();
  const notice = (
    <Failed
      heading={label ? errorsCopy.viewFailedHeading(label) : errorsCopy.appFailedHeading}
      body={label ? errorsCopy.viewFailedBody : errorsCopy.appFailedBody}
      error={error}
      links
    />
  );
  return standalone ? <main className="app-main">{notice}</main> : notice;
}
