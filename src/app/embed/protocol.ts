/**
 * The embed message protocol (version 1) between the app inside an iframe and the page
 * that hosts it (public/embed.js). Documented for portal developers in docs/embedding.md.
 *
 * Every message is a plain object `{ source: 'budget-lens', version: 1, type, …payload }`:
 * - app → host `budget-lens:resize`   `{ height }`: content height in CSS px (integer ≥ 0),
 *   sent on load and whenever the document's size changes.
 * - app → host `budget-lens:navigate` `{ route }`: the current deep link, sent on load and
 *   after every in-app navigation.
 * - host → app `budget-lens:navigate` `{ route }`: asks the app to show `route`.
 *
 * A route is the hash path without "#/" plus its query, e.g. "function/206?measure=basic";
 * the embed parameter is never part of it (the frame adds it itself).
 * Anything else (other source, other version, unknown type, wrong payload) is ignored.
 */

/** Value of `source` in every message. */
export const PROTOCOL_SOURCE = 'budget-lens';
/** Protocol version; a host accepts only versions it knows. */
export const PROTOCOL_VERSION = 1;
export const RESIZE = 'budget-lens:resize';
export const NAVIGATE = 'budget-lens:navigate';

interface Envelope {
  source: typeof PROTOCOL_SOURCE;
  version: typeof PROTOCOL_VERSION;
}
/** app → host: content height in CSS px. */
export interface ResizeMessage extends Envelope {
  type: typeof RESIZE;
  height: number;
}
/** Both directions: a deep link (see `isSafeRoute`). */
export interface NavigateMessage extends Envelope {
  type: typeof NAVIGATE;
  route: string;
}
export type ProtocolMessage = ResizeMessage | NavigateMessage;

/** Builds a resize message; the height is rounded up to whole CSS px. */
export function resizeMessage(height: number): ResizeMessage {
  return { source: PROTOCOL_SOURCE, version: PROTOCOL_VERSION, type: RESIZE, height: Math.ceil(height) };
}

/** Builds a navigate message. */
export function navigateMessage(route: string): NavigateMessage {
  return { source: PROTOCOL_SOURCE, version: PROTOCOL_VERSION, type: NAVIGATE, route };
}

/**
 * True for a route the app may be asked to open: a relative hash path made of URL-safe
 * characters (no scheme, no "//", no backslash, no control characters), at most 2,000
 * characters. The router would not leave the app anyway; this keeps garbage out of the URL.
 */
export function isSafeRoute(route: unknown): route is string {
  return (
    typeof route === 'string' &&
    route.length <= 2000 &&
    !route.startsWith('/') &&
    !route.includes('\\') &&
    !/^[a-z][a-z0-9+.-]*:/i.test(route) &&
    // Only printable ASCII (percent-encoding covers everything else) and no spaces.
    /^[\x21-\x7e]*$/.test(route)
  );
}

/** Parses `data` as a protocol message, or returns null when it does not match exactly. */
export function parseMessage(data: unknown): ProtocolMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.source !== PROTOCOL_SOURCE || m.version !== PROTOCOL_VERSION) return null;
  if (m.type === RESIZE)
    return typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0
      ? resizeMessage(m.height)
      : null;
  if (m.type === NAVIGATE) return isSafeRoute(m.route) ? navigateMessage(m.route) : null;
  return null;
}

/**
 * The route (see above) of a router location: "function/206?measure=basic" for pathname
 * "/function/206" and search "?measure=basic&embed=1". Drops `embed` only.
 */
export function routeOf(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('embed');
  const qs = params.toString();
  return `${pathname.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
}
