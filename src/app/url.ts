/**
 * URL helpers. The hash URL holds the state that matters (view, drill path, measure,
 * dataset); some search parameters are "sticky": they follow every in-app link.
 */
import { useLocation } from 'react-router';

/** Search parameters kept across in-app navigation: dataset id, embed mode. */
export const STICKY_PARAMS = ['d', 'embed'] as const;

/** Returns `to` with the sticky parameters of `search` appended (keeps `to`'s own query). */
export function withSticky(to: string, search: string): string {
  const current = new URLSearchParams(search);
  const [path = '', query = ''] = to.split('?');
  const next = new URLSearchParams(query);
  for (const key of STICKY_PARAMS) {
    const v = current.get(key);
    if (v !== null && !next.has(key)) next.set(key, v);
  }
  const qs = next.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Hook form of withSticky for links: `const link = useStickyLink(); <Link to={link('/function/206')}>`. */
export function useStickyLink(): (to: string) => string {
  const { search } = useLocation();
  return (to) => withSticky(to, search);
}

/**
 * `search` naming the dataset on screen: `d=<id>` added when absent. Every link the app hands
 * out (embed snippet, deck, skip link) goes through here, so a link keeps showing the same
 * dataset when the catalog later gets another default.
 * @param id the dataset shown (the URL's `d`, else the catalog's default); undefined while
 *   the catalog loads, and `search` is then returned as is
 */
export function withDataset(search: string, id: string | undefined): string {
  const params = new URLSearchParams(search);
  if (id && !params.has('d')) params.set('d', id);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** The same route without the dataset parameter `d` (opens the catalog's default dataset). */
export function withoutDataset(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('d');
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/**
 * The same page URL with the sticky parameters (`embed`, `d`) of the page's own query
 * (before `#`) moved into the hash route's query, or null when there are none. People and
 * portals write `…/?embed=1#/function/206` as often as `…/#/function/206?embed=1`; the hash
 * router only reads the latter, so the app rewrites the former once, before the router
 * starts (src/app/boot-url.ts). A value already in the hash wins. Other parameters of the
 * page query are left where they are.
 * @param href an absolute URL, e.g. "https://x.gov.cn/lens/?embed=1#/function/206"
 * @returns e.g. "https://x.gov.cn/lens/#/function/206?embed=1", or null
 */
export function stickyQueryIntoHash(href: string): string | null {
  const url = new URL(href);
  const moved = STICKY_PARAMS.filter((key) => url.searchParams.has(key));
  if (moved.length === 0) return null;
  const hash = url.hash.replace(/^#/, '');
  const [rawPath = '', query = ''] = hash.split('?');
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
  const params = new URLSearchParams(query);
  for (const key of moved) {
    const value = url.searchParams.get(key)!;
    if (!params.has(key)) params.set(key, value);
    url.searchParams.delete(key);
  }
  const qs = params.toString();
  url.hash = `${path === '/' ? '/overview' : path}${qs ? `?${qs}` : ''}`;
  return url.href;
}
