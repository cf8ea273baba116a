/**
 * Renders one slide: the registered view for `route`, exactly as it renders at `#/<route>`,
 * but inside the deck. The view sees its own location (useLocation, useParams,
 * useSearchParams work unchanged, so views registered later join without changes), and any
 * navigation it makes (a drill-down link, a chart click, a filter) is turned into a new
 * route for THIS slide (onNavigate) instead of leaving the deck.
 *
 * How: a descendant <Routes location> gives the view its location; a fresh RouteContext
 * makes the slide's routes match from the root; a NavigationContext with a deck navigator
 * catches push/replace (descendant routes are not data routes, so useNavigate and <Link>
 * go through that navigator) and makes hrefs point at the deck with this slide changed.
 */
import { lazy, Suspense, useContext, useMemo } from 'react';
import {
  parsePath,
  Route,
  Routes,
  UNSAFE_NavigationContext as NavigationContext,
  UNSAFE_RouteContext as RouteContext,
  type Navigator,
  type To,
} from 'react-router';
import { Loading } from '../../components/loading';
import { modes } from '../../copy/modes';
import { zh } from '../../copy/zh';
import { ViewBoundary } from '../../app/view-boundary';
import { VIEWS } from '../../app/views';
import { slideRouteOf } from './deck';

/**
 * One lazy element per registered view, made once at module load (the registry is static)
 * and shared by every slide, so each view's chunk loads once.
 */
const SLIDE_ROUTES = VIEWS.map((view) => {
  const Component = lazy(view.load);
  return { path: `${view.path}/*`, element: <Component /> };
});

function UnknownSlide({ route }: { route: string }) {
  return (
    <section className="empty-state">
      <h1>{modes.presentSlideUnknown}</h1>
      <p>
        <code>#/{route}</code>
      </p>
    </section>
  );
}

const ROOT_ROUTE_CONTEXT = { outlet: null, matches: [], isDataRoute: false };

export interface SlideViewProps {
  /** The slide's route (no "#/"), e.g. "function/206?measure=basic". */
  route: string;
  /** The slide's title, named by the notice when the slide's view fails. */
  title: string;
  /** The dataset id of the deck URL (`d`), passed on to the view's location. */
  datasetId: string | null;
  /** Called with the new route when the view navigates; replace = no new history entry. */
  onNavigate: (route: string, replace: boolean) => void;
  /** The deck URL (a path for the app router) that shows this slide at `route`. */
  deckPathFor: (route: string) => string;
}

function routeOfTo(to: To): string {
  const path = typeof to === 'string' ? parsePath(to) : to;
  return slideRouteOf(path.pathname ?? '/', path.search ?? '');
}

export function SlideView({ route, title, datasetId, onNavigate, deckPathFor }: SlideViewProps) {
  const outer = useContext(NavigationContext);
  const navigation = useMemo(() => {
    const navigator: Navigator = {
      ...outer.navigator,
      createHref: (to) => outer.navigator.createHref(parsePath(deckPathFor(routeOfTo(to)))),
      push: (to) => onNavigate(routeOfTo(to), false),
      replace: (to) => onNavigate(routeOfTo(to), true),
    };
    return { ...outer, navigator };
  }, [outer, onNavigate, deckPathFor]);

  const location = useMemo(() => {
    const [path = '', query = ''] = route.split('?');
    const params = new URLSearchParams(query);
    if (datasetId !== null) params.set('d', datasetId);
    const search = params.toString();
    return { pathname: `/${path}`, search: search ? `?${search}` : '', hash: '' };
  }, [route, datasetId]);

  return (
    <NavigationContext.Provider value={navigation}>
      <RouteContext.Provider value={ROOT_ROUTE_CONTEXT}>
        {/* A slide whose view throws fails alone: the deck and the other slides keep working. */}
        <ViewBoundary label={title} kind="slide" resetKeys={[route, datasetId]}>
          <Suspense fallback={<Loading label={zh.loadingDataset} />}>
            <Routes location={location}>
              {SLIDE_ROUTES.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="*" element={<UnknownSlide route={route} />} />
            </Routes>
          </Suspense>
        </ViewBoundary>
      </RouteContext.Provider>
    </NavigationContext.Provider>
  );
}
