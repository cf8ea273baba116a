/**
 * Hash routing (`#/overview`): works from any static sub-path and inside an iframe, with no
 * server rewrites. Each view is lazily loaded from the registry in views.ts.
 */
import { createHashRouter, Navigate, useLocation, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { Loading } from '../components/loading';
import { modes } from '../copy/modes';
import { zh } from '../copy/zh';
import { lazyView, RouteError } from './view-boundary';
import { VIEWS } from './views';

function RedirectHome() {
  const { search } = useLocation();
  return <Navigate to={`/overview${search}`} replace />;
}

/** The route tree (also rendered at build time by src/prerender/render.tsx, in a memory router). */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    // The shell itself failed: the whole page says so in Chinese (not React Router's screen).
    errorElement: <RouteError standalone />,
    // Shown while the first lazy route loads (and silences React Router's warning).
    hydrateFallbackElement: <Loading label={zh.loadingDataset} />,
    children: [
      { index: true, element: <RedirectHome /> },
      ...VIEWS.map((v) => ({
        path: `${v.path}/*`,
        // The view inside its own error boundary; a chunk that fails to load says so in place.
        lazy: lazyView(v.label, v.load),
        // Anything no boundary caught still stays in the main area, in Chinese.
        errorElement: <RouteError label={v.label} />,
      })),
      // 汇报模式: a view-like route that is deliberately not in VIEWS (so not in the nav).
      {
        path: 'present/*',
        lazy: lazyView(modes.presentLabel, () => import('../features/present/present-page')),
        errorElement: <RouteError label={modes.presentLabel} />,
      },
      {
        path: '*',
        lazy: lazyView(zh.notFoundHeading, () => import('../features/not-found/not-found-page')),
      },
    ],
  },
];

/** Created on first use (a hash router reads window.location, which the build-time render lacks). */
let hashRouter: ReturnType<typeof createHashRouter> | undefined;
export function appRouter(): ReturnType<typeof createHashRouter> {
  hashRouter ??= createHashRouter(routes);
  return hashRouter;
}

/**
 * Resolves once `router` has matched its first location and loaded that route's lazy view
 * module: the build-time render (src/prerender/render.tsx) and the client's hydration
 * (src/main.tsx) both render only then, so both render the view itself, not its fallback.
 */
export function routerInitialized(router: ReturnType<typeof createHashRouter>): Promise<void> {
  return new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}
