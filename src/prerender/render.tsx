/**
 * Build-time render of the first screen of every main view (issue 12: figures in the first
 * HTML). Run by the `prerender` plugin in vite.config.ts through Vite's SSR loader after the
 * client build: the app's own store loads the catalog's default dataset through the same
 * code as in the browser (fetch answered from the build folder), the app's own routes render
 * each `#/<view>` in a hash router on a stand-in window, and the render waits for every lazy
 * part, so the HTML is exactly what the client's first render produces and `hydrateRoot`
 * adopts it (src/main.tsx). Charts render their sized, empty boxes; ECharts draws after
 * hydration. Each view is rendered twice: as on a wide screen (the HTML) and as on a phone
 * (useNarrow() true), whose only differences, the charts' heights, become media rules of
 * the first-screen stylesheet (scripts/prerender-plugin.ts), so a chart's box has its final
 * size on any screen before anything runs.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createHashRouter, RouterProvider } from 'react-router';
import { routerInitialized, routes } from '../app/router';
import { defaultEntry } from '../app/dataset-context';
import { NARROW_QUERY, setServerMediaMatches } from '../components/use-media-query';
import { useDataStore } from '../store/data-store';
import { PrerenderPhase } from '../app/page-live';
import { PRERENDERED_ROUTES } from './first-screen';

/** Reads a file of the built app by its path relative to the page, e.g. "data/index.json". */
export type ReadBuiltFile = (path: string) => Promise<string | undefined>;

/** One view's first screen: the HTML inside `<div id="root">` on a wide screen and on a phone. */
export interface RenderedScreen {
  /** The route without "#/", e.g. "function". */
  route: string;
  /** As a screen wider than NARROW_QUERY renders it (the HTML the page carries). */
  wide: string;
  /** As a phone-width screen renders it (useNarrow() true); only its style values are used. */
  narrow: string;
}

/** A Suspense boundary still showing its fallback, or React's streaming markers. */
const PENDING = /<!--\$[!?]-->|<template|<script/;

/**
 * Renders `route` (without "#/") with the store's current state, waiting for lazy parts.
 * @throws Error when a Suspense boundary does not finish within a few seconds.
 */
async function renderRoute(route: string): Promise<string> {
  // A hash router on a stand-in window at `#/<route>`, so links render as the client's do
  // (`href="#/function"`): hydration keeps the server's attributes as they are.
  const standIn = {
    location: {
      hash: `#/${route}`,
      href: `http://localhost/#/${route}`,
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
  try {
    // The lazy view module resolves before the render, as it does before the client hydrates.
    await routerInitialized(router);
    const app = (
      <StrictMode>
        <PrerenderPhase>
          <RouterProvider router={router} />
        </PrerenderPhase>
      </StrictMode>
    );
    // renderToString does not wait for lazy components (React's streaming renders would, but
    // finish them with inline scripts, which the CSP forbids). The first pass starts their
    // loads; once loaded, a later pass renders them in place.
    let html = renderToString(app);
    await import('../charts/echart-impl');
    // Lazy parts may take more than a tick to load through Vite's SSR loader (longer on a
    // busy machine): render again until none is pending.
    for (let pass = 0; pass < 200 && PENDING.test(html); pass++) {
      await new Promise((resolve) => setTimeout(resolve, pass === 0 ? 0 : 25));
      html = renderToString(app);
    }
    if (PENDING.test(html))
      throw new Error(
        `prerender #/${route}: a Suspense boundary did not finish (a lazy part not loaded before the render)`,
      );
    return html;
  } finally {
    router.dispose();
  }
}

/**
 * The first screen of each of `views` (default: PRERENDERED_ROUTES) on the catalog's default
 * dataset, wide and narrow.
 * @throws Error when the catalog or the dataset does not load, or a view does not finish
 *   rendering (the build fails, loudly).
 */
export async function renderFirstScreens(
  read: ReadBuiltFile,
  views: readonly string[] = PRERENDERED_ROUTES,
): Promise<RenderedScreen[]> {
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

  // Views read the reading settings of <html> while rendering (chart font factor: 汇报模式,
  // 大字); the build renders the page as it is with none of them.
  const global = globalThis as { document?: unknown };
  const hadDocument = 'document' in global;
  if (!hadDocument)
    global.document = { documentElement: { classList: { contains: () => false }, dataset: {} } };
  try {
    const screens: RenderedScreen[] = [];
    for (const route of views) {
      const wide = await renderRoute(route);
      const previous = setServerMediaMatches((query) => query === NARROW_QUERY);
      let narrow: string;
      try {
        narrow = await renderRoute(route);
      } finally {
        setServerMediaMatches(previous);
      }
      screens.push({ route, wide, narrow });
    }
    return screens;
  } finally {
    if (!hadDocument) delete global.document;
  }
}
