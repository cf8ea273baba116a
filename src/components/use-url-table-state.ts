/**
 * A table's sort and open tree rows kept in the URL, so a link, a reload or the back button
 * reopens the table as it was: `?sort=<column id>:asc|desc`, `?open=<codes>`. For TanStack
 * tables: pass `state: { sorting }` and the setter as `onSortingChange`. Changes replace the
 * history entry (a sort is not a page to go back to; the entry keeps it for coming back).
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatSort, nextSort, parseOpenRows, parseSort, type SortState } from '../domain/table-spec-layout';

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

/**
 * A SpecTable's sort (src/components/spec-table.tsx) in the URL's `?<param>=key:asc|desc`:
 * the sort (undefined = the table's own order), the header press (none → asc → desc → none)
 * and the reset. Replaces the history entry like useUrlSorting.
 */
export function useUrlSpecSort(param = 'sort'): [SortState | undefined, (key: string) => void, () => void] {
  const [search, setSearch] = useSearchParams();
  const raw = search.get(param);
  const sort = useMemo(() => parseSort(raw), [raw]);
  const write = useCallback(
    (next: SortState | undefined) =>
      setSearch(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (next) p.set(param, formatSort(next));
          else p.delete(param);
          return p;
        },
        { replace: true },
      ),
    [setSearch, param],
  );
  const onSort = useCallback((key: string) => write(nextSort(sort, key)), [sort, write]);
  const reset = useCallback(() => write(undefined), [write]);
  return [sort, onSort, reset];
}

/**
 * The rows of a tree table listed in the URL's `?<param>=<code>,<code>` (e.g. the 功能分类 类
 * and 款 opened by hand; or, with `separator` '|', the groups of a table open by default that
 * were closed): the listed ids among `known` (the rows that can open, in table order), and the
 * setter (replaces the history entry; an empty list removes the parameter). Codes the table
 * does not have (another dataset's, a leaf's, a typo) are dropped from the URL as well, so a
 * shared link never carries what the table ignores. The form and length of the value are
 * checked before the view sees it (src/app/url-validation.ts).
 */
export function useUrlOpenRows(
  known: readonly string[],
  param = 'open',
  separator = ',',
): [readonly string[], (codes: readonly string[]) => void] {
  const [search, setSearch] = useSearchParams();
  const raw = search.get(param);
  const open = useMemo(() => parseOpenRows(raw, known, separator), [raw, known, separator]);
  const write = useCallback(
    (codes: readonly string[]) =>
      setSearch(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (codes.length > 0) p.set(param, codes.join(separator));
          else p.delete(param);
          return p;
        },
        { replace: true },
      ),
    [setSearch, param, separator],
  );
  const normal = open.join(separator);
  useEffect(() => {
    if (raw !== null && raw !== normal) write(open);
  }, [raw, normal, open, write]);
  return [open, write];
}
