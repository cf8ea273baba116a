// First: rewrites ?embed=1 before the # into the hash before the router reads the URL.
import './app/boot-url';
// The reader's 阅读 settings (大字, 高对比度) before anything is drawn.
import './app/reading/apply-reading';
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// From react-router/dom: it passes ReactDOM.flushSync, so `navigate(…, { flushSync: true })`
// (the 指标 search's Enter) renders in the event instead of in a transition.
import { RouterProvider } from 'react-router/dom';
import { defaultEntry } from './app/dataset-context';
import { appRouter, routerInitialized } from './app/router';
import { adoptPrerenderedStyles } from './prerender/adopt-styles';
import { markHydratedDataset } from './app/hydrated-dataset';
import { HydrationPhase } from './app/page-live';
import {
  APP_START_MARK,
  HYDRATE_MARK,
  HYDRATED_ATTR,
  PRERENDERED_ATTR,
  prerenderedRouteOf,
} from './prerender/first-screen';
import { useDataStore } from './store/data-store';
import { VIEWS } from './app/views';
import './styles.css';

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
 * The built index.html carries the first screen of every main view (src/prerender/); its
 * picker put the one the URL opens into the root (`data-prerendered="<route>"`). When the
 * page still opens exactly that screen, the client loads what that render had (the catalog,
 * the default dataset, the view's module) and then hydrates it, so its first render is the
 * same HTML; any other link starts the app on an empty root, as before.
 */
/** Resolves in a later task (a timer's), so the work after it is a task of its own. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function start(): Promise<void> {
  performance.mark(APP_START_MARK);
  const route = container.getAttribute(PRERENDERED_ATTR);
  if (route && prerenderedRouteOf(window.location.search, window.location.hash) === route) {
    // "" and "#/" redirect to the default route: go there first, so nothing differs.
    if (window.location.hash !== `#/${route}`)
      window.history.replaceState(window.history.state, '', `#/${route}`);
    const store = useDataStore.getState();
    const catalogLoaded = store.ensureCatalog();
    // The router (which requests the view's chunk) in a task of its own, not in the entry's
    // evaluation: each stays shorter (issue 12, no long task on the overview).
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

void start();
