/**
 * The deck builder (编排幻灯片, `#/present/build`) as plain data. Its state is the URL:
 * `?slides=…` (the deck being built, in the deck's own format, see deck.ts; absent = the
 * default deck) and `from=<route>` (the view state the presenter came from, offered as
 * "加入当前视图"), plus the sticky `d` / `embed`. Every edit returns the next list of routes;
 * the page writes it back to the URL, so a reload keeps the deck being built.
 */
import { defaultDeckRoutes, readDeckParams, viewForRoute, type DeckView } from './deck';

/** The builder's state read from its URL. */
export interface BuilderParams {
  /** The deck's routes in order (the default deck when the URL names none). */
  routes: string[];
  /** True when the URL names a custom deck. */
  custom: boolean;
  /** The view state the presenter came from (a slide route), or null. */
  from: string | null;
}

/** Reads the builder's URL: the deck (custom or default) and the view it was opened from. */
export function readBuilderParams(views: readonly DeckView[], search: string): BuilderParams {
  const deck = readDeckParams(search);
  const from =
    new URLSearchParams(search)
      .get('from')
      ?.trim()
      .replace(/^[#/]+/, '') ?? '';
  return {
    routes: deck.slides ?? defaultDeckRoutes(views),
    custom: deck.slides !== null,
    from: from.length > 0 && viewForRoute(views, from) ? from : null,
  };
}

/** The custom list to write to a URL, or null when `routes` is exactly the default deck. */
export function customRoutes(views: readonly DeckView[], routes: readonly string[]): string[] | null {
  const defaults = defaultDeckRoutes(views);
  const same = routes.length === defaults.length && routes.every((r, i) => r === defaults[i]);
  return same ? null : [...routes];
}

/**
 * The builder's search string: `?slides=…` (custom decks only), `from=…` (when known) and
 * the sticky parameters of `currentSearch` (dataset `d`, `embed`).
 */
export function builderSearch(
  slides: readonly string[] | null,
  from: string | null,
  currentSearch: string,
): string {
  const current = new URLSearchParams(currentSearch);
  const parts: string[] = [];
  if (slides) parts.push(`slides=${slides.map((r) => encodeURIComponent(r)).join(',')}`);
  if (from) parts.push(`from=${encodeURIComponent(from)}`);
  for (const key of ['d', 'embed']) {
    const v = current.get(key);
    if (v !== null) parts.push(`${key}=${encodeURIComponent(v)}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * `routes` with the slide at `index` moved by `delta` places (−1 up, +1 down).
 * @returns a new list; the same order when the move would leave the list
 */
export function moveRoute(routes: readonly string[], index: number, delta: number): string[] {
  const to = index + delta;
  const next = [...routes];
  if (index < 0 || index >= routes.length || to < 0 || to >= routes.length) return next;
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** `routes` without the slide at `index` (a deck keeps at least one slide). */
export function removeRoute(routes: readonly string[], index: number): string[] {
  if (routes.length <= 1) return [...routes];
  return routes.filter((_, i) => i !== index);
}

/** A view the builder offers to add: its label and the route of its slide. */
export interface AddableView {
  path: string;
  label: string;
  route: string;
}

/**
 * Every registered view as a slide to add, in registry order: its own slide route (e.g.
 * 绩效目标要点) when it has one, else its path. Views left out of the default deck
 * (报表, 说明 …) can still be added by hand.
 */
export function addableViews(views: readonly DeckView[]): AddableView[] {
  return views.map((v) => ({
    path: v.path,
    label: v.slide && v.slide.title ? v.slide.title : v.label,
    route: v.slide ? v.slide.route : v.path,
  }));
}

/** Names the builder shows for the codes in a route (from the budget model). */
export interface RouteNames {
  /** 功能分类科目 name by code ("206" → "科学技术支出"). */
  functionName: (code: string) => string | undefined;
  /** 经济分类科目 name by code ("301" → "工资福利支出"). */
  economicName: (code: string) => string | undefined;
  /** 项目名称 by 项目编码. */
  projectName: (code: string) => string | undefined;
}

/** Words of the description (src/copy/modes.ts). */
export interface RouteWords {
  measure: Record<string, string>;
  highlights: string;
  project: string;
  all: string;
}

/**
 * What a slide route shows, in words, for the builder's list: the drill path by code and
 * name and the measure or project, e.g. "206 科学技术支出 › 20601 科学技术管理事务 · 基本支出"
 * for `function/206/20601?measure=basic`; `words.all` for a drillable view at its top level,
 * "" for a view with nothing to describe (概览). Codes
 * the dataset does not have are shown as they are (the slide itself says so).
 */
export function describeRoute(
  views: readonly DeckView[],
  route: string,
  names: RouteNames,
  words: RouteWords,
): string {
  const view = viewForRoute(views, route);
  const [path = '', query = ''] = route.split('?');
  const segments = path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .slice(view ? view.path.split('/').length : 0)
    .filter(Boolean);
  const named = (code: string, name: string | undefined) => (name ? `${code} ${name}` : code);
  const parts: string[] = [];
  if (view?.path === 'performance') {
    if (segments[0] === 'highlights') parts.push(words.highlights);
    else if (segments[0] === 'project' && segments[1])
      parts.push(`${words.project} ${named(segments[1], names.projectName(segments[1]))}`);
  } else if (view?.path === 'personnel-public') {
    parts.push(segments.map((c) => named(c, names.economicName(c))).join(' › '));
  } else if (view?.path === 'function' || view?.path === 'basic-project') {
    parts.push(segments.map((c) => named(c, names.functionName(c))).join(' › '));
  } else if (segments.length > 0) parts.push(segments.join(' › '));
  const params = new URLSearchParams(query);
  for (const [key, value] of params) {
    if (key === 'measure' && words.measure[value]) parts.push(words.measure[value]);
    else if (key === 'project') parts.push(`${words.project} ${named(value, names.projectName(value))}`);
    else parts.push(`${key}=${value}`);
  }
  const text = parts.filter((p) => p.length > 0).join(' · ');
  // "全部" only where a view has levels to drill into; 概览 or 同比变化 need no such word.
  const drillable = ['function', 'basic-project', 'personnel-public'].includes(view?.path ?? '');
  return text.length > 0 || !drillable ? text : words.all;
}
