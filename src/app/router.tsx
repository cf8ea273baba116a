/**
 * Hash routing (`#/overview`): works from any static sub-path and inside an iframe, with no
 * server rewrites. Each view is lazily loaded from the registry in views.ts.
 */
import { createHashRouter, Navigate, useLocation } from 'react-router';
import { AppShell } from './app-shell';
import { Loading } from '../components/loading';
import { zh } from '../copy/zh';
import { VIEWS } from './views';

function RedirectHome() {
  const { search } = useLocation();
  return <Navigate to={`/overview${search}`} replace />;
}

export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    // Shown while the first lazy route loads (and silences React Router's warning).
    hydrateFallbackElement: <Loading label={zh.loadingDataset} />,
    children: [
      { index: true, element: <RedirectHome /> },
      ...VIEWS.map((v) => ({
        path: `${v.path}/*`,
        lazy: async () => ({ Component: (await v.load()).default }),
      })),
      // 汇报模式: a view-like route that is deliberately not in VIEWS (so not in the nav).
      {
        path: 'present/*',
        lazy: async () => ({ Component: (await import('../features/present/present-page')).default }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('../features/not-found/not-found-page')).default }),
      },
    ],
  },
]);
