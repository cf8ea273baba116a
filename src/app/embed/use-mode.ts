/**
 * The display mode, read from the URL (the URL is the state that matters):
 * - embed: `?embed=1` (sticky, see url.ts): no app chrome, size and route reported to the
 *   parent window (see protocol.ts);
 * - present: the `#/present` route (汇报模式): the deck draws its own controls.
 * Both can be on at once (a deck inside a portal's iframe).
 */
import { useLocation } from 'react-router';

export interface Mode {
  embed: boolean;
  present: boolean;
}

/** True when a search string asks for embed mode (`embed=1` or `embed=true`). */
export function isEmbedSearch(search: string): boolean {
  const v = new URLSearchParams(search).get('embed');
  return v === '1' || v === 'true';
}

/**
 * True for the presentation route `/present` and below, except the deck builder
 * (`/present/build`), an ordinary page with the app's header and navigation.
 */
export function isPresentPath(pathname: string): boolean {
  if (pathname === '/present/build' || pathname.startsWith('/present/build/')) return false;
  return pathname === '/present' || pathname.startsWith('/present/');
}

/** The current mode. */
export function useMode(): Mode {
  const { pathname, search } = useLocation();
  return { embed: isEmbedSearch(search), present: isPresentPath(pathname) };
}
