/**
 * The presentation deck (汇报模式) as plain data, from the view registry and the URL:
 * `#/present` shows one slide per registered view in registry order (a view may opt out or
 * name its own deep link with ViewEntry.slide); `#/present?slides=overview,function%2F206`
 * shows a custom deck; `&slide=3` (1-based) is the current slide and `&screen=2` (1-based,
 * omitted when 1) the screen within a slide taller than the room's screen (slide-pager.ts),
 * so a reload or a shared link reopens the same screen.
 *
 * `slides` is a comma-separated list of routes (hash paths without "#/", with their own
 * query), each URL-encoded on its own (encodeURIComponent), so a route may contain "?",
 * "&", "=" and even "," without breaking the list.
 */

/** What the deck needs from a view registry entry (see src/app/views.ts). */
export interface DeckView {
  path: string;
  label: string;
  slide?: false | { route: string; title?: string };
}

/** One slide: its route (no "#/", own query only), title and the view it belongs to. */
export interface Slide {
  route: string;
  title: string;
  /** The registered view's path, or null when no view matches the route. */
  viewPath: string | null;
}

/** The deck state in the URL. */
export interface DeckParams {
  /** Custom deck routes, or null for the default deck. */
  slides: string[] | null;
  /** Requested slide number, 1-based (not yet clamped to the deck). */
  slide: number;
  /** Requested screen within the slide, 1-based (clamped once the slide is measured). */
  screen: number;
}

/** The slide route of a view in the default deck, or null when the view opts out. */
function defaultRoute(view: DeckView): string | null {
  if (view.slide === false) return null;
  return view.slide?.route ?? view.path;
}

/** The path part of a route ("function/206" of "function/206?measure=basic"). */
function pathOf(route: string): string {
  return route.split('?')[0]!.replace(/^\/+|\/+$/g, '');
}

/** The registered view a route belongs to (longest matching path), or undefined. */
export function viewForRoute<V extends DeckView>(views: readonly V[], route: string): V | undefined {
  const path = pathOf(route);
  return views
    .filter((v) => path === v.path || path.startsWith(`${v.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** A slide for `route`: the view's slide title for its own slide route, else its label. */
export function slideFor(views: readonly DeckView[], route: string): Slide {
  const view = viewForRoute(views, route);
  if (!view) return { route, title: route, viewPath: null };
  const title =
    view.slide && view.slide.title && pathOf(view.slide.route) === pathOf(route)
      ? view.slide.title
      : view.label;
  return { route, title, viewPath: view.path };
}

/** The default deck: one slide per view in registry order, minus views that opt out. */
export function defaultDeckRoutes(views: readonly DeckView[]): string[] {
  return views.map(defaultRoute).filter((r): r is string => r !== null);
}

/** The raw (still encoded) value of `name` in a search string, or null. */
function rawParam(search: string, name: string): string | null {
  for (const part of search.replace(/^\?/, '').split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (key === name) return eq < 0 ? '' : part.slice(eq + 1);
  }
  return null;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A 1-based number from the URL: a positive integer, else 1. */
function positive(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Reads the deck parameters from a search string; bad entries are dropped, not fatal. */
export function readDeckParams(search: string): DeckParams {
  const raw = rawParam(search, 'slides');
  const slides =
    raw === null
      ? null
      : raw
          .split(',')
          .map(decode)
          .filter((r): r is string => r !== null)
          .map((r) => r.trim().replace(/^[#/]+/, ''))
          .filter((r) => r.length > 0);
  const query = new URLSearchParams(search);
  return {
    slides: slides && slides.length > 0 ? slides : null,
    slide: positive(query.get('slide')),
    screen: positive(query.get('screen')),
  };
}

/** The deck for the URL: the custom list, or the default deck from the registry. */
export function resolveDeck(views: readonly DeckView[], params: DeckParams): Slide[] {
  return (params.slides ?? defaultDeckRoutes(views)).map((r) => slideFor(views, r));
}

/** The slide number clamped to 1…total (1 for an empty deck). */
export function clampSlide(slide: number, total: number): number {
  return Math.min(Math.max(1, Math.trunc(slide)), Math.max(1, total));
}

/**
 * The search string of a deck URL: `?slides=…&slide=n&screen=k` plus the sticky parameters
 * of `currentSearch` (dataset `d`, `embed`). `slides` is written only for a custom deck, so
 * `#/present` keeps picking up views registered later; `screen` only when it is not 1.
 */
export function deckSearch(
  slides: readonly string[] | null,
  slide: number,
  currentSearch: string,
  screen = 1,
): string {
  const current = new URLSearchParams(currentSearch);
  const parts: string[] = [];
  if (slides) parts.push(`slides=${slides.map((r) => encodeURIComponent(r)).join(',')}`);
  parts.push(`slide=${slide}`);
  if (screen > 1) parts.push(`screen=${screen}`);
  for (const key of ['d', 'embed']) {
    const v = current.get(key);
    if (v !== null) parts.push(`${key}=${encodeURIComponent(v)}`);
  }
  return `?${parts.join('&')}`;
}

/**
 * The deck after the slide at `index` (0-based) moved to `route` (a drill-down inside the
 * slide). Returns the custom list to write to the URL, or null when the result is exactly
 * the default deck.
 */
export function withSlideRoute(
  views: readonly DeckView[],
  current: readonly Slide[],
  index: number,
  route: string,
): string[] | null {
  const routes = current.map((s, i) => (i === index ? route : s.route));
  const defaults = defaultDeckRoutes(views);
  const isDefault = routes.length === defaults.length && routes.every((r, i) => r === defaults[i]);
  return isDefault ? null : routes;
}

/**
 * The route of a location reached by navigating inside a slide, for the deck: path without
 * the leading "/" and the location's own query without the sticky parameters (`d`,
 * `embed`), which live in the deck URL itself.
 */
export function slideRouteOf(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('d');
  params.delete('embed');
  const qs = params.toString();
  return `${pathname.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
}

/**
 * Where "汇报模式" should open from the normal view at `route`: the default deck at the
 * slide of the same view, with that slide moved to `route` when the user had drilled in;
 * slide 1 when the view is not in the deck.
 */
export function deckStartFor(views: readonly DeckView[], route: string): DeckParams {
  const deck = resolveDeck(views, { slides: null, slide: 1, screen: 1 });
  const view = viewForRoute(views, route);
  const index = view ? deck.findIndex((s) => s.viewPath === view.path) : -1;
  if (index < 0) return { slides: null, slide: 1, screen: 1 };
  return { slides: withSlideRoute(views, deck, index, route), slide: index + 1, screen: 1 };
}

/** True for the deck builder's path (`/present/build`), which is not the deck itself. */
export function isBuilderPath(pathname: string): boolean {
  return pathname === '/present/build' || pathname.startsWith('/present/build/');
}
