/**
 * Build-time render of the default route's first screen (issue 12: figures in the first
 * HTML). Run by the `prerender` plugin in vite.config.ts through Vite's SSR loader after the
 * client build: the app's own store loads the catalog's default dataset through the same
 * code as in the browser (fetch answered from the build folder), the app's own routes render
 * `#/overview` in a hash router on a stand-in window, and the render waits for every lazy part, so
 * the HTML is exactly what the client's first render produces and `hydrateRoot` adopts it
 * (src/main.tsx). Charts render their sized, empty boxes; ECharts draws after hydration.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createHashRouter, RouterProvider } from 'react-router';
import { routes } from '../app/router';
import { defaultEntry } from '../app/dataset-context';
import { useDataStore } from '../store/data-store';
import { PRERENDERED_ROUTE } from './first-screen';

/** Reads a file of the built app by its path relative to the page, e.g. "data/index.json". */
export type ReadBuiltFile = (path: string) => Promise<string | undefined>;

/**
 * The HTML inside `<div id="root">` for PRERENDERED_ROUTE on the catalog's default dataset.
 * @throws Error when the catalog or the dataset does not load (the build fails, loudly).
 */
export async function renderFirstScreen(read: ReadBuiltFile): Promise<string> {
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const path = String(input);
    const text = await read(path);
    return text === undefined
      ? new Response('not found', { status: 404 })
      : new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  const store = useDataStore.getState();
  await store.ensureCatalog();
  const catalog = useDataStore.getState().catalog;
  if (catalog?.status !== 'ready')
    throw new Error(`prerender: catalog did not load: ${JSON.stringify(catalog)}`);
  const id = defaultEntry(catalog.value).id;
  await store.ensureDataset(id);
  const loaded = useDataStore.getState().datasets[id];
  if (loaded?.status !== 'ready') throw new Error(`prerender: ${id} did not load: ${JSON.stringify(loaded)}`);

  // A hash router on a stand-in window at `#/overview`, so links render as the client's do
  // (`href="#/function"`): hydration keeps the server's attributes as they are.
  const url = `http://localhost/#/${PRERENDERED_ROUTE}`;
  const standIn = {
    location: {
      hash: `#/${PRERENDERED_ROUTE}`,
      href: url,
      origin: 'http://localhost',
      pathname: '/',
      search: '',
    },
    history: { state: null, pushState: () => undefined, replaceState: () => undefined },
    document: { querySelector: () => null },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  // createHashRouter looks for a global `window` (hydration data): the stand-in, just then.
  const global = globalThis as { window?: unknown };
  global.window = standIn;
  let router: ReturnType<typeof createHashRouter>;
  try {
    router = createHashRouter(routes, { window: standIn as unknown as Window });
  } finally {
    delete global.window;
  }
  // The lazy view module resolves before the render, as it does before the client hydrates.
  await new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // renderToString does not wait for lazy components (React's streaming renders would, but
  // finish them with inline scripts, which the CSP forbids). The first pass starts their
  // loads; once loaded, the second pass renders them in place.
  renderToString(app);
  await import('../charts/echart-impl');
  // Lazy parts may take more than a tick to load through Vite's SSR loader: render again
  // (a few times at most) until none is pending.
  let html = '';
  for (let pass = 0; pass < 20; pass++) {
    await new Promise((resolve) => setTimeout(resolve, pass === 0 ? 0 : 25));
    html = renderToString(app);
    if (!/<!--\$[!?]-->|<template|<script/.test(html)) break;
  }
  if (/<!--\$[!?]-->|<template|<script/.test(html))
    throw new Error(
      'prerender: a Suspense boundary did not finish (a lazy part not loaded before the render)',
    );
  router.dispose();
  return html;
}
