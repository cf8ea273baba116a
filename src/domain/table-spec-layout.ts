/**
 * How a TableSpec's header is laid out on screen and in files: the column header paths
 * (outermost group first) as rows of merged cells, the way the disclosure prints them
 * ("收入" over "项目 | 预算数"; "本年收入" over its sub-columns; a leaf without a group
 * spanning every header row). Also the one comparison for sorting a spec's rows: blanks
 * last whichever the direction, names in pinyin order (Intl.Collator('zh-CN')), codes and
 * 序号 by their digits, amounts exactly (Decimal).
 */
import type Decimal from 'decimal.js';
import { BLANK_CELL, NOT_DISCLOSED, formatAmount } from './format';
import type { CellValue, ColumnKind, ColumnSpec } from './table-spec';

/** One cell of a header row: its label, how many columns and rows it spans. */
export interface HeaderCell {
  label: string;
  /** Index of the first leaf column it covers. */
  first: number;
  colSpan: number;
  rowSpan: number;
  /** True for a leaf (the column's own label); its column's key is then `key`. */
  leaf: boolean;
  key?: string;
}

/**
 * The header rows of a spec's columns. Adjacent columns with the same group path merge
 * (only adjacent ones: a group the print interrupts, e.g. 本年收入 … 上年结转 … 其他收入,
 * stays two cells as printed). A leaf spans down to the last header row.
 *
 * @returns rows top to bottom; every column is covered exactly once in every row (by its
 *   own cell or a cell spanning into it from above)
 */
export function headerRows(columns: readonly Pick<ColumnSpec<unknown>, 'header' | 'key'>[]): HeaderCell[][] {
  const depth = Math.max(1, ...columns.map((c) => c.header.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    for (let i = 0; i < columns.length; i++) {
      const path = columns[i]!.header;
      const last = path.length - 1;
      if (level > last) continue; // covered by its leaf's row span
      if (level === last) {
        row.push({
          label: path[level] ?? '',
          first: i,
          colSpan: 1,
          rowSpan: depth - level,
          leaf: true,
          key: columns[i]!.key,
        });
        continue;
      }
      const prefix = path.slice(0, level + 1).join('\u0000');
      const prev = row[row.length - 1];
      const prevPath = i > 0 ? columns[i - 1]!.header : undefined;
      if (
        prev &&
        !prev.leaf &&
        prev.first + prev.colSpan === i &&
        prevPath &&
        prevPath.length - 1 > level &&
        prevPath.slice(0, level + 1).join('\u0000') === prefix
      ) {
        prev.colSpan += 1;
        continue;
      }
      row.push({ label: path[level]!, first: i, colSpan: 1, rowSpan: 1, leaf: false });
    }
    rows.push(row);
  }
  return rows;
}

let collator: Intl.Collator | undefined;

/**
 * Names and texts in pinyin order; digits by value ("序号 2" before "序号 10"). Created on
 * the first name sort, not when the module loads: a zh-CN collator loads the locale's
 * collation data, tens of milliseconds of the first screen's main thread on a slow phone.
 */
export const pinyinCollator = {
  compare(a: string, b: string): number {
    collator ??= new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
    return collator.compare(a, b);
  },
};

/**
 * Compares two cells of one column for an ascending sort; blanks (`undefined`, "") are not
 * ordered here: use compareForSort, which puts them last in both directions.
 */
function compareValues(a: Decimal | string, b: Decimal | string, kind: ColumnKind): number {
  if (typeof a !== 'string' && typeof b !== 'string') return a.comparedTo(b);
  const x = typeof a === 'string' ? a : a.toString();
  const y = typeof b === 'string' ? b : b.toString();
  if (kind === 'code') return x < y ? -1 : x > y ? 1 : 0;
  return pinyinCollator.compare(x, y);
}

/**
 * A cell with nothing to order by: empty, "—" (blank as printed), "未披露" (not disclosed),
 * or text in an amount/share column (which holds numbers only when it holds a value).
 */
function isBlank(v: CellValue, kind: ColumnKind): boolean {
  if (v === undefined || v === '' || v === BLANK_CELL || v === NOT_DISCLOSED) return true;
  return (kind === 'amount' || kind === 'share') && typeof v === 'string';
}

/**
 * The comparison of a sort by one column: blanks and 未披露 last in BOTH directions (a blank
 * is "not printed", never the smallest or largest value), otherwise the values' order (amounts as
 * Decimal, codes by digits, names and texts by pinyin), reversed for 'desc'.
 */
export function compareForSort(
  a: CellValue,
  b: CellValue,
  kind: ColumnKind,
  direction: 'asc' | 'desc',
): number {
  const blankA = isBlank(a, kind);
  const blankB = isBlank(b, kind);
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const c = compareValues(a!, b!, kind);
  return direction === 'asc' ? c : -c;
}

/** A sort as the URL carries it: `?sort=<column key>:asc|desc`. */
export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

/** Reads `?sort=key:asc`; undefined when absent or malformed (printed order). */
export function parseSort(value: string | null): SortState | undefined {
  const m = /^([A-Za-z0-9_-]{1,64}):(asc|desc)$/.exec(value ?? '');
  return m ? { key: m[1]!, direction: m[2] as 'asc' | 'desc' } : undefined;
}

/**
 * The open rows of a tree table as the URL carries them (`?open=201,20101`): the codes in
 * `known` (rows that can open), in `known`'s order, each once; anything else is dropped.
 * `separator` is '|' where the ids are texts that may hold a comma (grouped rows).
 */
export function parseOpenRows(value: string | null, known: readonly string[], separator = ','): string[] {
  const wanted = new Set((value ?? '').split(separator));
  return known.filter((code) => wanted.has(code));
}

/** "key:asc". */
export function formatSort(sort: SortState): string {
  return `${sort.key}:${sort.direction}`;
}

/** The next sort when a column's header is pressed: none → asc → desc → none (printed order). */
export function nextSort(current: SortState | undefined, key: string): SortState | undefined {
  if (current?.key !== key) return { key, direction: 'asc' };
  return current.direction === 'asc' ? { key, direction: 'desc' } : undefined;
}

/**
 * Rows sorted by one column (stable: equal values keep printed order). Rows for which
 * `pinned` is true (合计/小计 rows) are not sorted into the body: those printed after every
 * other row (a 合计 at the foot) stay at the bottom, the others stay first, above the sorted
 * rows, each group in printed order.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  column: Pick<ColumnSpec<Row>, 'value' | 'kind'>,
  direction: 'asc' | 'desc',
  pinned: (row: Row) => boolean = () => false,
): Row[] {
  let lastBody = -1;
  rows.forEach((r, i) => {
    if (!pinned(r)) lastBody = i;
  });
  const top = rows.filter((r, i) => pinned(r) && i < lastBody);
  const bottom = rows.filter((r, i) => pinned(r) && i > lastBody);
  const rest = rows
    .filter((r) => !pinned(r))
    .map((row, i) => ({ row, i, v: column.value(row) }))
    .sort((a, b) => compareForSort(a.v, b.v, column.kind, direction) || a.i - b.i)
    .map((x) => x.row);
  return [...top, ...rest, ...bottom];
}

/**
 * A cell as the screen shows it: an amount grouped at its printed precision (at least two
 * decimals: "2,305.27", "3,286,618,082.20"; a minus as "−"), a share "60.65%", a blank amount
 * or share "—" (BLANK_CELL, never 0.00), a blank code, name or text "".
 */
export function cellText(value: CellValue, kind: ColumnKind): string {
  if (kind === 'amount' || kind === 'share') {
    if (value === undefined || typeof value === 'string') return value ?? BLANK_CELL;
    const text = formatAmount(value, Math.max(2, value.decimalPlaces()));
    return kind === 'share' ? `${text}%` : text;
  }
  return value === undefined ? '' : value.toString();
}

/**
 * Rows of a tree table (levels from `level`: 0 = top, a row's children are the following
 * rows of a deeper level) sorted by one column WITHIN each parent: siblings are ordered
 * (blanks last, as sortRows), each row keeps its subtree under it, so an item never leaves
 * its 类 or its "其中：" lines. `pinned` rows at the top level stay where sortRows keeps them.
 */
export function sortTreeRows<Row>(
  rows: readonly Row[],
  column: Pick<ColumnSpec<Row>, 'value' | 'kind'>,
  direction: 'asc' | 'desc',
  level: (row: Row) => number,
  pinned: (row: Row) => boolean = () => false,
): Row[] {
  interface Node {
    row: Row;
    children: Node[];
  }
  const roots: Node[] = [];
  const stack: { node: Node; level: number }[] = [];
  for (const row of rows) {
    const l = level(row);
    while (stack.length > 0 && stack[stack.length - 1]!.level >= l) stack.pop();
    const node = { row, children: [] };
    (stack.length > 0 ? stack[stack.length - 1]!.node.children : roots).push(node);
    stack.push({ node, level: l });
  }
  const byRow = { value: (n: Node) => column.value(n.row), kind: column.kind };
  const flatten = (nodes: readonly Node[], top: boolean): Row[] =>
    (top
      ? sortRows(nodes, byRow, direction, (n) => pinned(n.row))
      : sortRows(nodes, byRow, direction)
    ).flatMap((n) => [n.row, ...flatten(n.children, false)]);
  return flatten(roots, true);
}
