/**
 * Which screen the built index.html carries (issue 12): the default route's first screen,
 * rendered at build time (src/prerender/render.tsx) for the catalog's default dataset. The
 * client adopts it only when the page opens exactly that screen; any other link (another
 * view, `?d=`, `?embed=1`, …) replaces it with the app as before.
 */

/** The route rendered into index.html (without "#/"). */
export const PRERENDERED_ROUTE = 'overview';

/** The attribute on `#root` that marks prerendered content (its value: the route). */
export const PRERENDERED_ATTR = 'data-prerendered';

/**
 * Whether `hash` (location.hash) opens the prerendered screen: no route (the app redirects
 * it to the default), "#/" or "#/overview", with no query at all (every query parameter
 * changes what the first screen shows: `d`, `embed`, a bad value's notice).
 */
export function opensPrerenderedScreen(hash: string): boolean {
  return ['', '#', '#/', `#/${PRERENDERED_ROUTE}`].includes(hash);
}
