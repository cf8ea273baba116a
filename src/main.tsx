// First: rewrites ?embed=1 before the # into the hash before the router reads the URL.
import './app/boot-url';
// The reader's 阅读 settings (大字, 高对比度) before anything is drawn.
import './app/reading/apply-reading';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { defaultEntry } from './app/dataset-context';
import { appRouter } from './app/router';
import { opensPrerenderedScreen, PRERENDERED_ATTR, PRERENDERED_ROUTE } from './prerender/first-screen';
import { useDataStore } from './store/data-store';
import './styles.css';

const container = document.getElementById('root')!;

/**
 * The built index.html carries the default route's first screen (src/prerender/). When the
 * page opens exactly that screen, the client loads what that render had (the catalog, the
 * default dataset, the view's module) and then hydrates it, so its first render is the same
 * HTML; any other link starts the app on an empty root, as before.
 */
async function start(): Promise<void> {
  if (container.hasAttribute(PRERENDERED_ATTR) && opensPrerenderedScreen(window.location.hash)) {
    // "" and "#/" redirect to the default route: go there first, so nothing differs.
    if (window.location.hash !== `#/${PRERENDERED_ROUTE}`)
      window.history.replaceState(window.history.state, '', `#/${PRERENDERED_ROUTE}`);
    const router = appRouter();
    const store = useDataStore.getState();
    await store.ensureCatalog();
    const catalog = useDataStore.getState().catalog;
    if (catalog?.status === 'ready') await store.ensureDataset(defaultEntry(catalog.value).id);
    const id = catalog?.status === 'ready' ? defaultEntry(catalog.value).id : undefined;
    const ready = id !== undefined && useDataStore.getState().datasets[id]?.status === 'ready';
    await new Promise<void>((resolve) => {
      if (router.state.initialized) return resolve();
      const stop = router.subscribe((state) => {
        if (!state.initialized) return;
        stop();
        resolve();
      });
    });
    if (ready) {
      hydrateRoot(
        container,
        <StrictMode>
          <RouterProvider router={router} />
        </StrictMode>,
      );
      return;
    }
    // The data did not load: the app says why (the prerendered figures would be stale).
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
