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
