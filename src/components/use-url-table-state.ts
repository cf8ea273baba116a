/**
 * A table's sort and open tree rows kept in the URL, so a link, a reload or the back button
 * reopens the table as it was: `?sort=<column id>:asc|desc`, `?open=<codes>`. For TanStack
 * tables: pass `state: { sorting }` and the setter as `onSortingChange`. Changes replace the
 * history entry (a sort is not a page to go back to; the entry keeps it for coming back),
 * from the latest query (useSearchWriter: a write right after another keeps it).
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSearchWriter } from './use-search-writer';
import {
  formatSort,
  nextSort,
  parseOpenRows,
  parseSort,
  sortRows,
  sortTreeRows,
  type SortState,
} from '../domain/table-spec-layout';
import type { ColumnSpec, TableSpec } from '../domain/table-spec';
import { zh } from '../copy/zh';

type Updater<T> = T | ((old: T) => T);
const resolve = <T>(u: Updater<T>, old: T): T => (typeof u === 'function' ? (u as (o: T) => T)(old) : u);

/** TanStack's sorting state: one column at most here. */
export type UrlSorting = { id: string; desc: boolean }[];

/** A `?<param>=` value (`id:asc|desc`, or none) as TanStack sorting state. */
function urlSorting(raw: string | null): UrlSorting {
  const s = parseSort(raw);
  return s ? [{ id: s.key, desc: s.direction === 'desc' }] : [];
}

/** The URL's `?<param>=id:dir` as TanStack sorting state, and its setter. */
export function useUrlSorting(param = 'sort'): [UrlSorting, (u: Updater<UrlSorting>) => void] {
  const [search] = useSearchParams();
  const setSearch = useSearchWriter();
  const raw = search.get(param);
  const sorting = useMemo(() => urlSorting(raw), [raw]);
  const set = useCallback(
    (u: Updater<UrlSorting>) => {
      setSearch(
        (prev) => {
          // From the latest sort: two presses before the first is drawn go asc, then desc.
          const next = resolve(u, urlSorting(prev.get(param)))[0];
          const p = new URLSearchParams(prev);
          if (next) p.set(param, formatSort({ key: next.id, direction: next.desc ? 'desc' : 'asc' }));
          else p.delete(param);
          return p;
        },
        { replace: true },
      );
    },
    [setSearch, param],
  );
  return [sorting, set];
}

/**
 * A SpecTable's sort (src/components/spec-table.tsx) in the URL's `?<param>=key:asc|desc`:
 * the sort (undefined = the table's own order), the header press (none → asc → desc → none)
 * and the reset. Replaces the history entry like useUrlSorting.
 */
export function useUrlSpecSort(param = 'sort'): [SortState | undefined, (key: string) => void, () => void] {
  const [search] = useSearchParams();
  const setSearch = useSearchWriter();
  const raw = search.get(param);
  const sort = useMemo(() => parseSort(raw), [raw]);
  const write = useCallback(
    (next: (latest: SortState | undefined) => SortState | undefined) =>
      setSearch(
        (prev) => {
          const s = next(parseSort(prev.get(param)));
          const p = new URLSearchParams(prev);
          if (s) p.set(param, formatSort(s));
          else p.delete(param);
          return p;
        },
        { replace: true },
      ),
    [setSearch, param],
  );
  // From the latest sort: two presses before the first is drawn go asc, then desc.
  const onSort = useCallback((key: string) => write((latest) => nextSort(latest, key)), [write]);
  const reset = useCallback(() => write(() => undefined), [write]);
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
  const [search] = useSearchParams();
  const setSearch = useSearchWriter();
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

/** A view's table sorted as its URL says (useSortedSpec). */
export interface SortedSpec<Row> {
  /** The spec with its rows in the order on screen (body, then foot rows): what files write. */
  readonly spec: TableSpec<Row>;
  /** The body rows in order (sorted, rows pinned at the top first). */
  readonly body: readonly Row[];
  /** The rows under the body as printed (a 合计 row), never sorted. */
  readonly foot: readonly Row[];
  /** The sort, when its key is one of the spec's columns. */
  readonly sort: SortState | undefined;
  readonly column: ColumnSpec<Row> | undefined;
  /** A header was pressed: none → asc → desc → none. */
  readonly onSort: (key: string) => void;
  readonly reset: () => void;
}

/**
 * A view's SpecTable sorted by the URL's `?<param>=key:asc|desc` (one param per table of
 * the view, listed in src/app/url-validation.ts): any column, blanks and 未披露 last in both
 * directions, names by pinyin, amounts exactly (sortRows). Rows for which `isTotal` holds
 * are not sorted into the body: printed after every other row they are the table's foot
 * (<tfoot>, e.g. a view's 合计 row), printed before they stay at the top. A key the spec has
 * no column for leaves the printed order. A tree table (spec.rowLevel) is sorted within each
 * parent (sortTreeRows), so a row keeps its children under it.
 *
 * @returns null when `spec` is (the view has nothing to draw)
 */
export function useSortedSpec<Row>(
  spec: TableSpec<Row> | null | undefined,
  param: string,
  isTotal?: (row: Row) => boolean,
): SortedSpec<Row> | null {
  const [urlSort, onSort, reset] = useUrlSpecSort(param);
  // The rows are sorted again only when the spec or the sort changes: not on every other
  // change of the URL (a keystroke in a view's search), which gives the handlers new identities.
  const sorted = useMemo(() => {
    if (!spec) return null;
    const pinned = isTotal ?? (() => false);
    let lastBody = -1;
    spec.rows.forEach((r, i) => {
      if (!pinned(r)) lastBody = i;
    });
    const foot = spec.rows.filter((r, i) => i > lastBody);
    const inBody = spec.rows.slice(0, lastBody + 1);
    const column = urlSort && spec.columns.find((c) => c.key === urlSort.key);
    const level = spec.rowLevel;
    const body =
      urlSort && column
        ? level
          ? sortTreeRows(inBody, column, urlSort.direction, level, pinned)
          : sortRows(inBody, column, urlSort.direction, pinned)
        : inBody;
    return {
      spec: { ...spec, rows: [...body, ...foot] },
      body,
      foot,
      sort: column ? urlSort : undefined,
      column,
    };
    // isTotal is read once per spec: callers pass a stable predicate of the row's own data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spec, urlSort]);
  return useMemo(() => (sorted ? { ...sorted, onSort, reset } : null), [sorted, onSort, reset]);
}

/**
 * The SpecTable props of a sorted spec: its rows, its foot, its sort and the header press,
 * with the shared sort hint. Spread onto <SpecTable> with the table's caption, label, rowKey.
 */
export function specTableProps<Row>(s: SortedSpec<Row>) {
  return {
    spec: s.spec,
    rows: s.body,
    footRows: s.foot,
    onSort: s.onSort,
    sortHint: zh.sortHint,
    ...(s.sort ? { sort: s.sort } : {}),
  };
}
