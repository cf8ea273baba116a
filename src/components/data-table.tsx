/**
 * Shared table markup for TanStack Table v9 tables: semantic <table> with a caption,
 * sortable headers (buttons with aria-sort), expandable tree rows (disclosure buttons with
 * aria-expanded), right-aligned numeric columns, optional selectable rows. Each view owns
 * its `useTable` call (features, columns, data); this component renders any such table.
 *
 * Column meta understood here (declare via `meta` on a column def):
 * - `numeric: true` right-aligns the column (amounts, shares).
 * - `rowHeader: true` renders the cell as <th scope="row"> (the 科目名称 column).
 * - `term: '基本支出'` names the defined term (名词解释) of a header rendered by a function;
 *   a plain-string header is looked up as it is. A term's definition shows from the
 *   header's sort button itself (SortButton: one focus stop per header).
 *
 * Long tables (more than VIRTUAL_ROW_THRESHOLD rows, e.g. 5,000 绩效指标 of a large
 * department) are virtualised with @tanstack/react-virtual: the scroll box gets a fixed
 * height with a sticky header, and only the rows in view (plus an overscan) are in the DOM,
 * between two spacer rows that keep the scroll height. The table then says its full size to
 * assistive technology (aria-rowcount on the table, aria-rowindex on every row drawn). Every
 * shipped dataset's tables stay below the threshold and draw every row.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  createExpandedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type Row,
  type RowData,
  type SortFn,
  type TableFeature,
} from '@tanstack/react-table';
import type Decimal from 'decimal.js';
import { pinyinCollator } from '../domain/table-spec-layout';
import { useRovingFocus } from './roving-focus';
import { SortButton } from './sort-button';
import { Term } from './term';
import { TableScroll } from './table-scroll';

declare module '@tanstack/react-table' {
  // Type parameters must match the declaration being merged, even unused.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TFeatures, TData, TValue> {
    numeric?: boolean;
    rowHeader?: boolean;
    /** The header's text to find a defined term in, when the header is not a plain string. */
    term?: string;
  }
  /** Our feature: blanks sort last (see blanksLastFeature). */
  interface Plugins {
    blanksLastFeature?: TableFeature;
  }
}

/**
 * Names and texts in pinyin order (Intl.Collator('zh-CN')), not by code point: registered as
 * the `text` sort of every table here, so `sortFn: 'text'` sorts 科学技术 before 住房保障.
 */
// Any feature set: a sort function only reads values.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const sortFn_pinyin: SortFn<any, RowData> = (a, b, id) =>
  pinyinCollator.compare(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));

/**
 * Blanks last whichever the direction: every column sorts `undefined` (not printed) after
 * the values. Spread into a table's features (`tableFeatures({ ...rest, blanksLastFeature })`).
 */
export const blanksLastFeature: TableFeature = {
  getDefaultColumnDef: () => ({ sortUndefined: 'last' }),
};

/** Features for sortable, expandable (tree) tables. Module scope: stable across renders. */
export const treeTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
  blanksLastFeature,
  // 'text' sorts by pinyin; the code-point sort stays available as 'codePoint'.
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    basic: sortFn_basic,
    text: sortFn_pinyin,
    codePoint: sortFn_text,
  },
});

/**
 * Sorts a column whose values are `Decimal`. Undefined (not disclosed) is sorted last in both
 * directions by the tables' `sortUndefined: 'last'` (blanksLastFeature) before this runs.
 */
export const sortDecimal: SortFn<typeof treeTableFeatures, RowData> = (a, b, id) => {
  const x = a.getValue<Decimal | undefined>(id);
  const y = b.getValue<Decimal | undefined>(id);
  if (!x && !y) return 0;
  if (!x) return 1;
  if (!y) return -1;
  return x.comparedTo(y);
};

/** The subset of a v9 table instance this component renders (any feature set). */
interface RenderableTable<TData extends RowData> {
  getHeaderGroups: () => {
    id: string;
    headers: {
      id: string;
      colSpan: number;
      isPlaceholder: boolean;
      column: {
        columnDef: { header?: unknown; meta?: { numeric?: boolean; rowHeader?: boolean; term?: string } };
        getCanSort?: () => boolean;
        getIsSorted?: () => false | 'asc' | 'desc';
        getToggleSortingHandler?: () => ((e: unknown) => void) | undefined;
      };
    }[];
  }[];
  getRowModel: () => { rows: Row<never, TData>[] };
  FlexRender: (props: { header?: unknown; cell?: unknown; footer?: unknown }) => ReactNode;
}

export interface DataTableProps<TData extends RowData> {
  // The instance from useTable; typed loosely so any feature set fits.
  table: unknown;
  /** Visible caption: what the table shows and its source in the disclosure. */
  caption: ReactNode;
  /** Accessible name of the scroll region around the table (plain text). */
  label: string;
  testId?: string;
  /** Id (row.id) of the highlighted row. */
  selectedRowId?: string;
  /** Extra content rendered after a row when it returns something (detail panels). */
  renderDetail?: (row: TData) => ReactNode;
  /**
   * Renders a grouped row (column grouping: `row.getIsGrouped()` is true) as one full-width
   * cell with this content instead of its cells. Without it grouped rows render their cells.
   */
  renderGroupRow?: (row: Row<never, TData>) => ReactNode;
  /** Rows of a <tfoot> (e.g. the printed 合计 row), rendered as given. */
  footer?: ReactNode;
  className?: string;
  /**
   * A body row's usual height in px, the virtualiser's estimate before it measures a row
   * (long tables only; default ESTIMATED_ROW_PX). Closer estimates keep the scrollbar steady.
   */
  estimatedRowHeight?: number;
}

/**
 * Above this many body rows a table is virtualised. The shipped datasets' longest table has
 * 67 rows (their indicator tables 55 + groups), so they all draw every row.
 */
export const VIRTUAL_ROW_THRESHOLD = 200;

/** Estimated height of a body row before it is measured, px (a one-line row is ~41 px). */
const ESTIMATED_ROW_PX = 48;

/** Rows drawn beyond each edge of the scroll box: arrow-key focus always has a next row. */
const OVERSCAN_ROWS = 12;

/**
 * Height of a drawn row with its detail row (the next <tr>, when it is one), px: the
 * virtualiser's size of the item.
 */
function measureRow(el: Element): number {
  const next = el.nextElementSibling;
  const detail = next?.classList.contains('data-table__detail') ? next.getBoundingClientRect().height : 0;
  return el.getBoundingClientRect().height + detail;
}

const SORT_LABEL = { asc: 'ascending', desc: 'descending' } as const;

/** Read with the table: how to move between its controls. */
const ROVING_HINT = '表格内的按钮和链接为一个 Tab 停靠点：用方向键在其间移动，Home/End 到行首/行尾。';

/** Renders a TanStack table with accessible sorting and expanding controls. */
export function DataTable<TData extends RowData>({
  table: anyTable,
  caption,
  label,
  testId,
  selectedRowId,
  renderDetail,
  renderGroupRow,
  footer,
  className,
  estimatedRowHeight = ESTIMATED_ROW_PX,
}: DataTableProps<TData>) {
  const table = anyTable as RenderableTable<TData>;
  const rows = table.getRowModel().rows;
  // The body's links and buttons are one tab stop, moved between with the arrow keys.
  const body = useRef<HTMLTableSectionElement>(null);
  useRovingFocus(body);
  const hintId = useId();
  const groups = table.getHeaderGroups();
  const columnCount = groups[groups.length - 1]?.headers.length ?? 1;

  const virtual = rows.length > VIRTUAL_ROW_THRESHOLD;
  const scroll = useRef<HTMLDivElement>(null);
  // Where the body starts inside the scroll box (below the caption and the header), px.
  const [bodyOffset, setBodyOffset] = useState(0);
  // The virtualiser's object changes under React (its functions read live state): this
  // component is not memoised by the React Compiler, which the app does not use.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: virtual ? rows.length : 0,
    enabled: virtual,
    getScrollElement: () => scroll.current,
    estimateSize: () => estimatedRowHeight,
    overscan: OVERSCAN_ROWS,
    scrollMargin: bodyOffset,
    getItemKey: (i) => rows[i]?.id ?? i,
    measureElement: measureRow,
  });
  useLayoutEffect(() => {
    if (!virtual || !scroll.current || !body.current) return;
    const box = scroll.current.getBoundingClientRect();
    const top = body.current.getBoundingClientRect().top - box.top + scroll.current.scrollTop;
    if (Math.abs(top - bodyOffset) > 0.5) setBodyOffset(top);
  }, [virtual, bodyOffset, rows.length]);
  // A highlighted row far down a long table: bring it into the drawn window.
  const selectedIndex =
    virtual && selectedRowId !== undefined ? rows.findIndex((r) => r.id === selectedRowId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, [selectedIndex, virtualizer]);
  // Footer rows are numbered after the body (aria-rowindex), counted in aria-rowcount.
  const footerRef = useRef<HTMLTableSectionElement>(null);
  const [footerRows, setFooterRows] = useState(0);
  useLayoutEffect(() => {
    const foot = footerRef.current;
    if (!virtual || !foot) return;
    if (foot.rows.length !== footerRows) setFooterRows(foot.rows.length);
    [...foot.rows].forEach((tr, i) =>
      tr.setAttribute('aria-rowindex', String(groups.length + rows.length + i + 1)),
    );
  }, [virtual, footer, footerRows, groups.length, rows.length]);

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const padTop = items.length > 0 ? items[0]!.start - bodyOffset : 0;
  const padBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - bodyOffset) : 0;
  const drawn = virtual
    ? items.flatMap((item) => {
        const row = rows[item.index];
        return row ? [{ row, index: item.index }] : [];
      })
    : rows.map((row, index) => ({ row, index }));
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} className="data-table__spacer" aria-hidden="true">
        <td colSpan={columnCount} style={{ height: `${height}px` }} />
      </tr>
    ) : null;
  /** aria-rowindex of body row `index` (virtual tables only). */
  const rowIndex = (index: number) => (virtual ? groups.length + index + 1 : undefined);

  return (
    <TableScroll label={label} className={virtual ? 'table-scroll--virtual' : undefined} scrollRef={scroll}>
      <table
        className={`data-table ${className ?? ''}`}
        data-testid={testId}
        aria-describedby={hintId}
        aria-rowcount={virtual ? groups.length + rows.length + footerRows : undefined}
        data-virtual={virtual ? 'true' : undefined}
      >
        <caption>{caption}</caption>
        <thead>
          {groups.map((group, g) => (
            <tr key={group.id} aria-rowindex={virtual ? g + 1 : undefined}>
              {group.headers.map((header) => {
                const col = header.column;
                const sorted = col.getIsSorted?.() ?? false;
                const canSort = col.getCanSort?.() ?? false;
                const numeric = col.columnDef.meta?.numeric;
                // A header that is plain text (or names its term) may be a defined term.
                const def = col.columnDef as { header?: unknown; meta?: { term?: string } };
                const termText = def.meta?.term ?? (typeof def.header === 'string' ? def.header : undefined);
                return (
                  <th
                    key={header.id}
                    colSpan={header.colSpan}
                    scope="col"
                    className={numeric ? 'num' : undefined}
                    aria-sort={sorted ? SORT_LABEL[sorted] : canSort ? 'none' : undefined}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <SortButton
                        label={<table.FlexRender header={header} />}
                        {...(termText ? { termText } : {})}
                        sorted={sorted}
                        onClick={col.getToggleSortingHandler?.()}
                        title="点击排序"
                        alignEnd={numeric}
                      />
                    ) : termText ? (
                      <Term text={termText} />
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={body}>
          {spacer(padTop, 'spacer-top')}
          {drawn.map(({ row, index }) => {
            // Virtual rows are measured (their height varies with wrapped text and flag lists).
            const measured = virtual ? { 'data-index': index, ref: virtualizer.measureElement } : {};
            const grouped = (row as unknown as { getIsGrouped?: () => boolean }).getIsGrouped?.() ?? false;
            if (grouped && renderGroupRow) {
              return (
                <tr
                  key={row.id}
                  data-row-id={row.id}
                  className="data-table__group"
                  aria-rowindex={rowIndex(index)}
                  {...measured}
                >
                  <td colSpan={columnCount}>{renderGroupRow(row)}</td>
                </tr>
              );
            }
            const detail = renderDetail?.(row.original);
            const cells = (
              row as unknown as {
                getAllCells: () => {
                  id: string;
                  column: { columnDef: { meta?: { numeric?: boolean; rowHeader?: boolean } } };
                }[];
              }
            ).getAllCells();
            return [
              <tr
                key={row.id}
                data-row-id={row.id}
                className={row.id === selectedRowId ? 'is-selected' : undefined}
                aria-selected={selectedRowId !== undefined ? row.id === selectedRowId : undefined}
                aria-rowindex={rowIndex(index)}
                {...measured}
              >
                {cells.map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const content = <table.FlexRender cell={cell} />;
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row">
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={meta?.numeric ? 'num' : undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>,
              detail ? (
                <tr key={`${row.id}-detail`} className="data-table__detail">
                  <td colSpan={columnCount}>{detail}</td>
                </tr>
              ) : null,
            ];
          })}
          {spacer(padBottom, 'spacer-bottom')}
        </tbody>
        {footer ? <tfoot ref={footerRef}>{footer}</tfoot> : null}
      </table>
      <span id={hintId} className="visually-hidden">
        {ROVING_HINT}
      </span>
    </TableScroll>
  );
}

/**
 * The disclosure button of a tree row (▸ / ▾), indented by depth. Put it in the first
 * column's cell renderer: `cell: ({ row }) => <ExpandToggle row={row} label={…} />`.
 */
export function ExpandToggle({
  depth,
  canExpand,
  expanded,
  onToggle,
  label,
}: {
  depth: number;
  canExpand: boolean;
  expanded: boolean;
  onToggle: () => void;
  label: ReactNode;
}) {
  return (
    <span className="tree-cell" style={{ paddingLeft: `${depth * 1.25}em` }}>
      {canExpand ? (
        <button type="button" className="tree-cell__toggle" aria-expanded={expanded} onClick={onToggle}>
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          <span className="visually-hidden">{expanded ? '收起' : '展开'}</span>
        </button>
      ) : (
        <span className="tree-cell__spacer" aria-hidden="true" />
      )}
      {label}
    </span>
  );
}
