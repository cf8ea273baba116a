/**
 * Which screens the build carries (issue 12): the first screen of every main view, rendered
 * at build time (src/prerender/render.tsx) for the catalog's default dataset. Every hash
 * route is served by the same index.html, which carries the default view's screen as an
 * inert `<template data-route="overview">`; each other view's screen is a file of its own in
 * assets/ (`screen-<route>-<hash>.html`), so the page a reader lands on most stays small on
 * a slow network. A small classic script from the app's own folder, right after
 * `<div id="root">` (emitted by scripts/prerender-plugin.ts), puts the screen the URL opens
 * into `#root`: the template at once, before the first paint (pickPrerenderedScreen), or
 * another view's file once fetched (fetchPrerenderedScreen); then it requests the app's
 * JavaScript (requestAppScripts). The client hydrates that screen (src/main.tsx) when the page
 * opens exactly that view; any other link (a drill path, `?d=`, `?embed=1`, …) starts on an
 * empty root and renders the app as before.
 */

/**
 * The views rendered at build time (route without "#/"), in the navigation's order. Not
 * 数据核验 (its every check of the dataset is 400 kB of HTML, more than all of these
 * together) nor 导入 (the reader's own files): they render on an empty root.
 */
export const PRERENDERED_ROUTES = [
  'overview',
  'function',
  'basic-project',
  'personnel-public',
  'change',
  'performance',
  'tables',
  'about',
] as const;

export type PrerenderedRoute = (typeof PRERENDERED_ROUTES)[number];

/** The route "", "#" and "#/" redirect to (the app's default view). */
export const DEFAULT_ROUTE: PrerenderedRoute = 'overview';

/** The attribute on `#root` that marks prerendered content (its value: the route). */
export const PRERENDERED_ATTR = 'data-prerendered';

/** The attribute src/main.tsx sets on `#root` once React has hydrated the prerendered screen. */
export const HYDRATED_ATTR = 'data-hydrated';

/**
 * User Timing marks of src/main.tsx, read by the bench (scripts/bench-browser.ts): the app's
 * code started (any first figure laid out before it came from the HTML), and the moment it
 * calls hydrateRoot (the JS requested before it is what the screen needs to become live).
 */
export const APP_START_MARK = 'budget-lens:app-start';
export const HYDRATE_MARK = 'budget-lens:hydrate';

/** The attribute naming a `<template>`'s route. */
export const TEMPLATE_ROUTE_ATTR = 'data-route';

/**
 * The view a page URL opens, if the build rendered it: `search` and `hash` as in
 * `window.location`. No route ("", "#", "#/") is the default view; "#/function" is
 * "function"; anything with a query (before or after the "#": `d`, `embed`, a bad value's
 * notice all change the first screen) or a deeper path ("#/function/206") is undefined.
 */
export function prerenderedRouteOf(search: string, hash: string): PrerenderedRoute | undefined {
  if (search !== '') return undefined;
  if (hash === '' || hash === '#' || hash === '#/') return DEFAULT_ROUTE;
  const route = /^#\/([a-z-]+)$/.exec(hash)?.[1];
  return PRERENDERED_ROUTES.find((r) => r === route);
}

/**
 * The picker, run as a classic script right after `<div id="root">` (its source, this
 * function's text, is written to assets/ by scripts/prerender-plugin.ts, called with
 * `document`, `location` and DEFAULT_ROUTE; it must use only its parameters and globals).
 * Reads the URL like prerenderedRouteOf (no query; "", "#", "#/" or "#/<route>"), clones
 * `template[data-route=<route>]` into `#root`, marks the root `data-prerendered="<route>"`
 * and drops every template (they would only hold memory). A URL no template matches leaves
 * `#root` empty (fetchPrerenderedScreen may fill it, or the app renders it). Returns the
 * route or null.
 */
export function pickPrerenderedScreen(
  doc: Document,
  loc: { search: string; hash: string },
  defaultRoute: string,
): string | null {
  const root = doc.getElementById('root');
  const templates = Array.from(doc.querySelectorAll<HTMLTemplateElement>('template[data-route]'));
  const hash = loc.hash;
  const route =
    loc.search !== ''
      ? null
      : hash === '' || hash === '#' || hash === '#/'
        ? defaultRoute
        : (/^#\/([a-z-]+)$/.exec(hash)?.[1] ?? null);
  const template = templates.find((t) => t.getAttribute('data-route') === route);
  if (root && template && route && root.childNodes.length === 0) {
    root.appendChild(template.content.cloneNode(true));
    root.setAttribute('data-prerendered', route);
  }
  for (const t of templates) t.remove();
  return root?.getAttribute('data-prerendered') ?? null;
}

/** The app's module entry and the modules it imports statically, as Vite wrote them in the head. */
export interface AppScripts {
  /** The entry, e.g. "./assets/index-<hash>.js". */
  entry: string;
  /** Its static imports, fetched with it (Vite's `<link rel="modulepreload">`). */
  preload: string[];
  /**
   * Per prerendered route, the view's own chunk and the static imports it adds (not in
   * `preload`): fetched with the entry when that route's screen was picked, so the chunk the
   * hydration awaits does not wait for the entry to run, and the app's loader finds them
   * already requested (no links to add while it starts).
   */
  views?: Record<string, string[]>;
}

/**
 * Requests the app's JavaScript, run by the picker's script right after the picker (issue 12:
 * nothing competes with the first screen for the network). When `picked` names a screen the
 * picker put in, the entry, its preloads and those of the picked view (`app.views`), two
 * links per task, are requested once that screen is on screen: in the task after the first
 * contentful paint is reported (PerformanceObserver `paint`; at most 3 s), or, without that
 * report or with a paint before the screen (another view's file), in the task after the
 * next frame (`requestAnimationFrame`), or at once when the page is not
 * visible (no frames are drawn there) or becomes hidden meanwhile. When no screen was put in
 * (`picked` null: the app draws the first screen itself), at once. Same elements as Vite's
 * own (`<script type="module" crossorigin>`, `<link rel="modulepreload" crossorigin>`), in
 * the head. Uses only its parameters and globals (its text is written to assets/ too).
 */
export function requestAppScripts(
  doc: Document,
  win: {
    requestAnimationFrame?: (cb: () => void) => unknown;
    setTimeout: (cb: () => void, ms: number) => unknown;
    PerformanceObserver?: {
      new (cb: (list: { getEntriesByName(name: string): unknown[] }) => void): {
        observe(options: { type: string }): void;
        disconnect(): void;
      };
      supportedEntryTypes?: readonly string[];
    };
    performance?: { getEntriesByName(name: string): unknown[] };
  },
  picked: string | null,
  app: AppScripts,
): void {
  // The longest the scripts wait for the first paint's report, ms.
  const PAINT_WAIT_MS = 3000;
  let requested = false;
  const request = () => {
    if (requested) return;
    requested = true;
    const script = doc.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = app.entry;
    doc.head.appendChild(script);
    // A modulepreload link costs about a millisecond of the main thread to add (a phone's
    // slower CPU: several), so two per task, each pair in a task of its own.
    const hrefs = [...app.preload, ...((picked !== null && app.views?.[picked]) || [])];
    const batch = () => {
      for (const href of hrefs.splice(0, 2)) {
        const link = doc.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        doc.head.appendChild(link);
      }
      if (hrefs.length > 0) win.setTimeout(batch, 0);
    };
    batch();
  };
  if (
    picked === null ||
    doc.visibilityState !== 'visible' ||
    typeof win.requestAnimationFrame !== 'function'
  ) {
    request();
    return;
  }
  doc.addEventListener('visibilitychange', request, { once: true });
  const Observer = win.PerformanceObserver;
  if (
    typeof Observer === 'function' &&
    Observer.supportedEntryTypes?.includes('paint') &&
    win.performance?.getEntriesByName('first-contentful-paint').length === 0
  ) {
    // The first contentful paint is this screen's: its report comes once the frame is on
    // screen (a frame's callbacks run before it is), so nothing is fetched meanwhile.
    const observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      win.setTimeout(request, 0);
    });
    observer.observe({ type: 'paint' });
    win.setTimeout(request, PAINT_WAIT_MS);
    return;
  }
  win.requestAnimationFrame(() => win.setTimeout(request, 0));
}

/**
 * Puts the screen of a view not carried in index.html into `#root`, run by the picker's script
 * when pickPrerenderedScreen put none in (`picked` null). `screens` maps a route to its file
 * (written by the build, e.g. `{"function": "./assets/screen-function-<hash>.html"}`). Reads
 * the URL as pickPrerenderedScreen does; when it opens one of `screens`, fetches that file and,
 * if the root is still empty and the URL unchanged, puts the markup in (the build's own
 * output: React's escaped render of the default dataset, parsed as index.html's would be)
 * and marks the root `data-prerendered="<route>"`. Then calls `then` with the route put in,
 * or null (no such view, a failed fetch, no answer within 3 s, the reader moved on: the app
 * renders the page).
 * When `picked` is not null, calls `then(picked)` at once. Uses only its parameters and
 * globals (its text is written to assets/).
 */
export function fetchPrerenderedScreen(
  doc: Document,
  loc: { search: string; hash: string },
  win: {
    fetch: (url: string) => Promise<{ ok: boolean; text: () => Promise<string> }>;
    DOMParser: new () => DOMParser;
    setTimeout: (cb: () => void, ms: number) => unknown;
  },
  picked: string | null,
  screens: Record<string, string>,
  then: (route: string | null) => void,
): void {
  if (picked !== null) {
    then(picked);
    return;
  }
  const search = loc.search;
  const hash = loc.hash;
  const route = search !== '' ? null : (/^#\/([a-z-]+)$/.exec(hash)?.[1] ?? null);
  const file =
    route !== null && Object.prototype.hasOwnProperty.call(screens, route) ? screens[route] : undefined;
  if (route === null || file === undefined) {
    then(null);
    return;
  }
  // The app does not wait for a screen that is slow to come (a stalled network): after
  // 3 s it is requested and renders the page itself; the screen is then dropped.
  let settled = false;
  const settle = (result: string | null) => {
    if (settled) return;
    settled = true;
    then(result);
  };
  win.setTimeout(() => settle(null), 3000);
  win
    .fetch(file)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(file)))))
    .then(
      (html) => {
        const root = doc.getElementById('root');
        if (settled || !root || root.childNodes.length > 0 || loc.search !== search || loc.hash !== hash) {
          settle(null);
          return;
        }
        // Parsed as a document of its own (inert: no script runs, nothing loads), then moved in.
        const parsed = new win.DOMParser().parseFromString(html, 'text/html');
        root.append(...Array.from(parsed.body.childNodes));
        root.setAttribute('data-prerendered', route);
        settle(route);
      },
      () => settle(null),
    );
}
