/**
 * The HTML a portal pastes to embed the current view (docs/embedding.md): a sandboxed,
 * lazily loaded iframe on the deep link with embed=1, plus the host script (embed.js)
 * that sizes the frame and keeps the host URL (#budget=<route>) in step with it.
 */

/**
 * Sandbox tokens for the default snippet: scripts; the app's own origin (allow-same-origin),
 * so its module scripts and data files are ordinary same-origin requests on ANY static host
 * (no CORS header needed: an opaque-origin frame would make each of them cross-origin); and
 * a real new window for 打开完整看板. Safe for a frame on another origin than the portal:
 * the same-origin policy still keeps the app out of the portal's page (docs/embedding.md §3).
 */
export const SNIPPET_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
/**
 * The stricter variant (docs/embedding.md §3): an opaque origin, which needs
 * `Access-Control-Allow-Origin: *` on the app's server. For a portal on the app's own origin.
 */
export const STRICT_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
/** Initial frame height in CSS px, before the first resize message arrives. */
export const SNIPPET_INITIAL_HEIGHT = 640;

/** The page URL without query and hash: the app's absolute base (…/index.html or …/). */
function appBase(pageHref: string): string {
  return pageHref.split('#')[0]!.split('?')[0]!;
}

/**
 * Absolute URL of the embedded view: the app base + "#/" + route with embed=1 added to the
 * route's own query (route as in the protocol: "function/206?measure=basic").
 */
export function embedFrameUrl(pageHref: string, route: string): string {
  const [path = '', query = ''] = route.replace(/^[#/]+/, '').split('?');
  const params = new URLSearchParams(query);
  params.set('embed', '1');
  return `${appBase(pageHref)}#/${path}?${params.toString()}`;
}

/** Absolute URL of the host script, next to the app's index.html. */
export function embedScriptUrl(pageHref: string): string {
  return new URL('embed.js', appBase(pageHref)).href;
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The snippet: two lines of HTML (iframe, script).
 * @param pageHref the app's current absolute URL (location.href)
 * @param route the current route without "#/" and without embed
 * @param title the frame's accessible title (names department, year and view)
 */
export function buildEmbedSnippet(pageHref: string, route: string, title: string): string {
  const src = embedFrameUrl(pageHref, route);
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${SNIPPET_INITIAL_HEIGHT}" style="border:0;width:100%;max-width:100%"` +
    ` loading="lazy" sandbox="${SNIPPET_SANDBOX}" referrerpolicy="no-referrer"` +
    ` data-budget-lens data-budget-lens-hash="budget"></iframe>`;
  const script = `<script src="${escapeAttribute(embedScriptUrl(pageHref))}" defer></script>`;
  return `${iframe}\n${script}`;
}
