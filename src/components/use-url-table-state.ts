/**
 * A table's sort and open (expanded) rows kept in the URL, so a link or a reload reopens
 * the table as it was: `?sort=<column id>:asc|desc` and `?open=<row id>,<row id>…`. For
 * TanStack tables: pass `state: { sorting, expanded }` with the setters as
 * `onSortingChange` / `onExpandedChange`. Changes replace the history entry (a sort is not
 * a page to go back to).
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

/** The URL's `?<param>=a,b` as TanStack expanded state ({ a: true, b: true }), and its setter. */
export function useUrlExpanded(
  param = 'open',
): [Record<string, boolean>, (u: Updater<Record<string, boolean> | true>) => void, boolean] {
  const [search, setSearch] = useSearchParams();
  const raw = search.get(param);
  const present = raw !== null;
  const expanded = useMemo<Record<string, boolean>>(
    () =>
      Object.fromEntries(
        (raw ?? '')
          .split(',')
          .filter(Boolean)
          .map((id) => [id, true]),
      ),
    [raw],
  );
  const set = useCallback(
    (u: Updater<Record<string, boolean> | true>) => {
      const next = resolve(u, expanded);
      setSearch(
        (prev) => {
          const p = new URLSearchParams(prev);
          const ids = next === true ? [] : Object.keys(next).filter((k) => next[k]);
          if (next === true || ids.length > 0) p.set(param, next === true ? '*' : ids.join(','));
          else p.delete(param);
          return p;
        },
        { replace: true },
      );
    },
    [expanded, setSearch, param],
  );
  return [expanded, set, present];
}
