/**
 * A table's sort kept in the URL, so a link or a reload reopens the table as it was:
 * `?sort=<column id>:asc|desc`. For TanStack tables: pass `state: { sorting }` and the setter
 * as `onSortingChange`. Changes replace the history entry (a sort is not a page to go back to).
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatSort, parseSort } from '../domain/table-spec-layout';

type Updater<T> = T | ((old: T) => T);
const resolve = <T>(u: Updater<T>, old: T): T => (typeof u === 'function' ? (u as (o: T) => T)(old) : u);

/** TanStack's sorting state: one column at most here. */
export type UrlSorting = { id: string; desc: boolean }[];

/** The URL's `?<param>=id:dir` as TanStack sorting state, and its setter. */
export function useUrlSorting(param = 'sort'): [UrlSorting, (u: Updater<UrlSorting>) => void] {
  const [search, setSearch] = useSearchParams();
  const raw = search.get(param);
  const sorting = useMemo<UrlSorting>(() => {
    const s = parseSort(raw);
    return s ? [{ id: s.key, desc: s.direction === 'desc' }] : [];
  }, [raw]);
  const set = useCallback(
    (u: Updater<UrlSorting>) => {
      const next = resolve(u, sorting)[0];
      setSearch(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (next) p.set(param, formatSort({ key: next.id, direction: next.desc ? 'desc' : 'asc' }));
          else p.delete(param);
          return p;
        },
        { replace: true },
      );
    },
    [sorting, setSearch, param],
  );
  return [sorting, set];
}
