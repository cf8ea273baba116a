/**
 * The app's React half, imported by the entry (src/main.tsx) in a task after its own: React
 * DOM, the router, the shell and the views evaluate here, not in the entry's evaluation, so
 * neither is one long task on a phone (issue 12).
 */
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// From react-router/dom: it passes ReactDOM.flushSync, so `navigate(…, { flushSync: true })`
// (the 指标 search's Enter) renders in the event instead of in a transition.
import { RouterProvider } from 'react-router/dom';
import { defaultEntry } from './dataset-context';
import { appRouter, routerInitialized } from './router';
import { adoptPrerenderedStyles } from '../prerender/adopt-styles';
import { markHydratedDataset } from './hydrated-dataset';
import { HydrationPhase } from './page-live';
import { HYDRATE_MARK, HYDRATED_ATTR, PRERENDERED_ATTR, prerenderedRouteOf } from '../prerender/first-screen';
import { useDataStore } from '../store/data-store';
import { nextTask } from '../domain/next-task';
import { VIEWS } from './views';

const container = document.getElementById('root')!;

/**
 * Marks the root `data-hydrated` once React has adopted the prerendered screen (its effects
 * run after the hydration's commit): from then on the page's controls are React's, so tests
 * (e2e/support.ts waitForView) act only after it. One child, so the tree (and every useId)
 * is the prerender's.
 */
function MarkHydrated({ children }: { children: ReactNode }) {
  useEffect(() => container.setAttribute(HYDRATED_ATTR, ''), []);
  return children;
}

/**
 * Starts React on `#root`: hydrates the prerendered screen named by `route` (the root's
 * `data-prerendered`, already checked against the URL by src/main.tsx, which also started
 * the catalog's fetch: `catalogLoaded`), or, with `route` null, renders the app on an empty
 * root. Never throws: a dataset that fails to load is said by the app itself.
 */
export async function startApp(route: string | null, catalogLoaded: Promise<void>): Promise<void> {
  if (route) {
    const store = useDataStore.getState();
    // The router (which requests the view's chunk) in a task of its own, not in this
    // module's evaluation: each stays shorter (issue 12, no long task on the overview).
    await nextTask();
    const router = appRouter();
    await catalogLoaded;
    const catalog = useDataStore.getState().catalog;
    if (catalog?.status === 'ready') await store.ensureDataset(defaultEntry(catalog.value).id);
    const id = catalog?.status === 'ready' ? defaultEntry(catalog.value).id : undefined;
    const loaded = id !== undefined ? useDataStore.getState().datasets[id] : undefined;
    const ready = id !== undefined && loaded?.status === 'ready';
    await routerInitialized(router);
    // The opened view's model-wide derivations (src/app/views.ts `prepare`) in a task of
    // their own, not inside the hydration's render of the view's component.
    const prepare = VIEWS.find((v) => v.path === route)?.prepare;
    if (prepare && loaded?.status === 'ready') {
      await nextTask();
      // A failure (its chunk not loaded) leaves the work to the view's render, as without it.
      await prepare(loaded.value.budget).catch(() => undefined);
    }
    // The hydration in a task of its own, not after the model's build in the same one.
    await nextTask();
    // A link followed while the data loaded (the prerendered navigation is plain HTML) opens
    // another screen than the one in the root: render that one instead.
    const still = prerenderedRouteOf(window.location.search, window.location.hash) === route;
    if (ready && still) {
      adoptPrerenderedStyles(container);
      markHydratedDataset(id);
      performance.mark(HYDRATE_MARK);
      // In a transition, React hydrates in slices and yields to the browser between them
      // (a plain hydrateRoot renders the whole tree in one task: issue 12, no long task); the
      // screen is already the prerendered one meanwhile.
      startTransition(() => {
        hydrateRoot(
          container,
          <StrictMode>
            <MarkHydrated>
              <HydrationPhase>
                <RouterProvider router={router} />
              </HydrationPhase>
            </MarkHydrated>
          </StrictMode>,
          {
            // A dataset file replaced since the build (a portal updating its data/) renders other
            // figures than the prerendered ones: React then draws the root from the data, which
            // is right; it is said quietly. Any other error is reported as React would.
            onRecoverableError: (error) => {
              const text = error instanceof Error ? error.message : String(error);
              if (/Hydration|hydrat|#418|#423|#425/.test(text))
                console.info('预渲染的首屏与当前数据不同，已按当前数据重新绘制。');
              else console.error(error);
            },
          },
        );
      });
      return;
    }
    // The data did not load (the app says why; the prerendered figures would be stale), or
    // the URL moved on.
  }
  container.removeAttribute(PRERENDERED_ATTR);
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={appRouter()} />
    </StrictMode>,
  );
}
