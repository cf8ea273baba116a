/**
 * Writes the URL's query (`?…` of the hash route) from the query as last written, not as the
 * component last rendered it. The router renders a navigation a moment later (in a
 * transition), so two writes in quick succession, e.g. the 指标 search committing its text on
 * blur and then the click on 只看有问题的指标 that caused the blur, each built from the
 * rendered URL: the second dropped the first (`?issues=1` without the `q` the box still
 * showed). Every view control that keeps its state in the query writes through this.
 */
import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate, type NavigateOptions } from 'react-router';

/**
 * The query last written, and the location (key and path) it was written over: while the
 * router has not rendered the write yet, the rendered location is still that one, and a next
 * write starts from this query. It is forgotten as soon as another location is rendered (the
 * write's own, the back button's, a link's): a history entry the reader comes back to later
 * may have the same key (the first entry's is "default"), and its own query is the latest.
 */
let lastWrite: { key: string; pathname: string; search: string } | undefined;

/**
 * @returns `write(update, options)`: `update` gets the latest query (a copy to change or
 *   replace) and returns the next one; the route's path stays. `options` are the router's
 *   (`replace`, `flushSync`, `state`).
 */
export function useSearchWriter(): (
  update: (latest: URLSearchParams) => URLSearchParams,
  options?: NavigateOptions,
) => void {
  const { key, pathname, search } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (lastWrite && lastWrite.key !== key) lastWrite = undefined;
  }, [key]);
  return useCallback(
    (update, options) => {
      const pendingHere = lastWrite && lastWrite.key === key && lastWrite.pathname === pathname;
      const latest = new URLSearchParams(pendingHere ? lastWrite!.search : search);
      const next = update(latest).toString();
      const nextSearch = next ? `?${next}` : '';
      lastWrite = { key, pathname, search: nextSearch };
      void navigate({ pathname, search: nextSearch }, options);
    },
    [key, pathname, search, navigate],
  );
}
