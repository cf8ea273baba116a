/**
 * Draws any TableSpec (src/domain/table-spec.ts) as the disclosure prints it: merged group
 * headers with row spans, the 栏次 row where the columns carry one, one cell per column in
 * every row (header and body have the same columns), amounts right-aligned at their printed
 * precision, blanks as "—" (amounts) or empty (texts), tree rows indented.
 *
 * The header is sticky inside its scroll box (the box scrolls both ways, so a long table
 * keeps its column labels in view) and the code columns (序号, 科目编码) stay pinned at the
 * left edge on narrow screens. Each leaf header is a sort button (sort state is the
 * caller's, e.g. the URL's `?sort=`); a header that is a defined term (名词解释) shows its
 * definition from that same button (SortButton), or from the term itself when not sortable; body cells hold text only, so the whole body is not a
 * tab stop: the scroll box is the table's one stop and scrolls by arrow keys.
 *
 * A highlighted row (`highlightKey`) is marked, scrolled into view and focused once, and
 * announced by the caller's live region.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useRovingFocus } from './roving-focus';
import { cellText, headerRows, type SortState } from '../domain/table-spec-layout';
import type { ColumnSpec, TableSpec } from '../domain/table-spec';
import { SortButton } from './sort-button';
import { TableScroll } from './table-scroll';
import { Term } from './term';
import './spec-table.css';

export interface SpecTableProps<Row> {
  spec: TableSpec<Row>;
  /** Visible caption (what and where from). */
  caption: ReactNode;
  /** Accessible name of the scroll box. */
  label: string;
  /** The rows to draw, in order (the spec's rows, or those rows sorted). */
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Rows drawn bold (合计/小计). */
  isTotal?: (row: Row) => boolean;
  /**
   * Rows drawn in the table's foot (<tfoot>, bold), after the body whatever its sort: the
   * 合计 row a view prints under its items. Not part of `rows`.
   */
  footRows?: readonly Row[];
  /** Extra data-* attributes of a row (e.g. `{ 'data-code': '206' }` for tests and styles). */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
  sort?: SortState;
  /** A header's sort button was pressed; without it headers are plain labels. */
  onSort?: (key: string) => void;
  sortHint?: string;
  /** Key of the row to mark, scroll to and focus. */
  highlightKey?: string;
  /** Label of the 栏次 row's first cell. */
  lineNoLabel?: string;
  testId?: string;
  /** Shown as one full-width body row when there are no rows (e.g. "本表无数据"). */
  emptyText?: string;
  /**
   * A body cell's content instead of its text (e.g. a signed change, a coloured badge);
   * undefined keeps the text. The text is still what files and sorting use (the spec's value).
   */
  renderCell?: (column: ColumnSpec<Row>, row: Row, text: string) => ReactNode;
  /** Extra class of a body cell (e.g. the colour of a change). */
  cellClass?: (column: ColumnSpec<Row>, row: Row) => string | undefined;
}

const SORT_ARIA = { asc: 'ascending', desc: 'descending' } as const;
/** Widest a name column grows (em, about that many CJK characters) before its names wrap. */
const NAME_MAX_EM = 14;

/** Width in em of a pinned column: enough for its longest value and its label. */
function pinWidth<Row>(column: ColumnSpec<Row>, rows: readonly Row[]): number {
  let chars = 0;
  for (const r of rows) chars = Math.max(chars, cellText(column.value(r), column.kind).length);
  const label = column.header[column.header.length - 1] ?? '';
  return Math.max(chars * 0.62, label.length * 1.05) + 1.4;
}

export function SpecTable<Row>({
  spec,
  caption,
  label,
  rows,
  rowKey,
  isTotal,
  footRows,
  rowAttributes,
  sort,
  onSort,
  sortHint,
  highlightKey,
  lineNoLabel = '栏次',
  testId,
  emptyText,
  renderCell,
  cellClass,
}: SpecTableProps<Row>) {
  const header = useMemo(() => headerRows(spec.columns), [spec.columns]);
  const hasLineNo = spec.columns.some((c) => c.lineNo !== undefined);
  // Pinned columns: the leading run of 序号/code columns, each at the sum of the widths before it.
  const pins = useMemo(() => {
    const out = new Map<string, { left: number; width: number }>();
    let left = 0;
    for (const c of spec.columns) {
      if (c.kind !== 'code' && c.key !== 'seq') break;
      const width = pinWidth(c, spec.rows);
      out.set(c.key, { left, width });
      left += width;
    }
    return out;
  }, [spec.columns, spec.rows]);
  const pinStyle = (key: string | undefined) => {
    const p = key ? pins.get(key) : undefined;
    return p ? { left: `${p.left}em`, minWidth: `${p.width}em`, maxWidth: `${p.width}em` } : undefined;
  };
  // Name columns (科目名称, 项目名称) as wide as their longest name up to NAME_MAX_EM, so a short
  // name never breaks mid-word at 1280 px ("科学技术支/出"); longer names wrap within that.
  const nameWidths = useMemo(() => {
    const out = new Map<string, number>();
    for (const c of spec.columns) {
      if (c.kind !== 'name') continue;
      let em = 0;
      for (const r of spec.rows) {
        const chars = Array.from(cellText(c.value(r), c.kind)).length;
        em = Math.max(em, chars + (spec.rowLevel?.(r) ?? 0));
      }
      out.set(c.key, Math.min(NAME_MAX_EM, em) + 1.4);
    }
    return out;
  }, [spec]);
  const lastPinned = [...pins.keys()].pop();
  const pinClass = (key: string | undefined) =>
    key && pins.has(key) ? `spec-table__pin${key === lastPinned ? ' spec-table__pin--last' : ''}` : '';

  // Links and source buttons in the cells are ONE tab stop (arrow keys move between them).
  const body = useRef<HTMLTableSectionElement>(null);
  useRovingFocus(body);
  const highlighted = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    const row = highlighted.current;
    if (!row) return;
    row.scrollIntoView({ block: 'center', inline: 'nearest' });
    row.focus({ preventScroll: true });
  }, [highlightKey]);

  const firstHeaderColumn = spec.columns.findIndex((c) => c.kind === 'name');
  const drawRow = (row: Row, foot: boolean) => {
    const key = rowKey(row);
    const isHighlighted = key === highlightKey;
    const level = spec.rowLevel?.(row) ?? 0;
    const total = foot || (isTotal?.(row) ?? false);
    return (
      <tr
        key={key}
        data-row-key={key}
        {...rowAttributes?.(row)}
        ref={isHighlighted ? highlighted : undefined}
        tabIndex={isHighlighted ? -1 : undefined}
        className={
          [isHighlighted ? 'is-highlighted' : '', total ? 'spec-table__total' : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        {spec.columns.map((c, i) => {
          const text = cellText(c.value(row), c.kind);
          const numeric = c.kind === 'amount' || c.kind === 'share';
          const cls = [
            numeric ? 'num' : '',
            numeric && text === '—' ? 'spec-table__blank' : '',
            pinClass(c.key),
            cellClass?.(c, row) ?? '',
          ]
            .filter(Boolean)
            .join(' ');
          const content = renderCell?.(c, row, text) ?? text;
          const indent = c.kind === 'name' && level > 0 ? { paddingLeft: `${0.6 + level}em` } : undefined;
          const nameWidth = nameWidths.get(c.key);
          const style = pinStyle(c.key) ?? (nameWidth ? { ...indent, minWidth: `${nameWidth}em` } : indent);
          return i === firstHeaderColumn ? (
            <th key={c.key} scope="row" className={cls || undefined} style={style}>
              {content}
            </th>
          ) : (
            <td key={c.key} className={cls || undefined} style={style}>
              {content}
            </td>
          );
        })}
      </tr>
    );
  };

  return (
    <div className="spec-table" data-testid={testId}>
      <TableScroll label={label}>
        <table className="data-table spec-table__table">
          <caption>{caption}</caption>
          <thead>
            {header.map((cells, level) => (
              <tr key={level}>
                {cells.map((cell) => {
                  const column = cell.leaf ? spec.columns[cell.first] : undefined;
                  const numeric = column?.kind === 'amount' || column?.kind === 'share';
                  const sorted = column && sort?.key === column.key ? sort.direction : undefined;
                  // A group over pinned columns only (科目编码 over 类/款/项) is pinned with them.
                  const groupPin =
                    !column && cell.first + cell.colSpan <= pins.size
                      ? spec.columns.slice(cell.first, cell.first + cell.colSpan)
                      : undefined;
                  const pinKey = column?.key ?? groupPin?.[0]?.key;
                  const cls = [numeric ? 'num' : '', pinClass(pinKey)].filter(Boolean).join(' ');
                  const style = groupPin
                    ? {
                        left: `${pins.get(groupPin[0]!.key)!.left}em`,
                        minWidth: `${groupPin.reduce((w, c) => w + pins.get(c.key)!.width, 0)}em`,
                      }
                    : pinStyle(column?.key);
                  return (
                    <th
                      key={`${cell.first}-${cell.label}`}
                      scope={cell.leaf ? 'col' : 'colgroup'}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      className={cls || undefined}
                      style={style}
                      aria-sort={column && onSort ? (sorted ? SORT_ARIA[sorted] : 'none') : undefined}
                    >
                      {column && onSort ? (
                        <SortButton
                          label={cell.label}
                          sorted={sorted ?? false}
                          title={sortHint}
                          onClick={() => onSort(column.key)}
                          alignEnd={numeric}
                        />
                      ) : (
                        <Term text={cell.label} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
            {hasLineNo && (
              <tr className="spec-table__line-no">
                {spec.columns.map((c, i) => (
                  <td
                    key={c.key}
                    className={
                      [c.kind === 'amount' ? 'num' : '', pinClass(c.key)].filter(Boolean).join(' ') ||
                      undefined
                    }
                    style={pinStyle(c.key)}
                  >
                    {c.lineNo ?? (i === 0 ? lineNoLabel : '')}
                  </td>
                ))}
              </tr>
            )}
          </thead>
          <tbody ref={body}>
            {rows.length === 0 && emptyText && (
              <tr className="spec-table__empty">
                <td colSpan={spec.columns.length}>{emptyText}</td>
              </tr>
            )}
            {rows.map((row) => drawRow(row, false))}
          </tbody>
          {footRows && footRows.length > 0 ? (
            <tfoot>{footRows.map((row) => drawRow(row, true))}</tfoot>
          ) : null}
        </table>
      </TableScroll>
    </div>
  );
}
