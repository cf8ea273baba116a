/**
 * Building blocks of the consistency checks (checks.ts): finding printed figures in the
 * tables as printed (by standard id, column role and row label, never by position), and
 * judging two sides of an identity across units (元 and 万元) with the printed rounding.
 */
import Decimal from 'decimal.js';
import type { CheckResult, CheckSeverity, CheckSide, CheckSource } from './check-result';
import type { AmountUnit, PrintedTable, TableColumn, TableRow } from './printed-table';
import type { SourceRef } from './source';
import type { ColumnRole } from './standard-tables';
import { compact } from './text';

/** A unit a figure can be printed in (tables: 元/万元; narrative also 亿元). */
export type FigureUnit = AmountUnit | '亿元';

/** One printed figure: as printed, its unit and where it stands. */
export interface Figure {
  /** Decimal string as printed (normalised), e.g. "2946.25". */
  text: string;
  unit: FigureUnit;
  source: CheckSource;
}

/** One side of a comparison: a label and the figures that add up to it. */
export interface SideSpec {
  label: string;
  figures: Figure[];
}

/** Converts an amount in `unit` to 万元, exactly. */
export function figureToWan(value: Decimal, unit: FigureUnit): Decimal {
  if (unit === '元') return value.div(10000);
  if (unit === '亿元') return value.times(10000);
  return value;
}

function decimals(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Half a unit of the figure's last printed decimal, in 万元: the most its rounding can hide. */
export function halfUlpWan(f: { text: string; unit: FigureUnit }): Decimal {
  return figureToWan(new Decimal(10).pow(-decimals(f.text)).div(2), f.unit);
}

function sideValue(side: SideSpec): { value: Decimal; unit: FigureUnit } {
  const unit = side.figures[0]?.unit ?? '万元';
  // A side mixes units only when a caller mixes tables; then it is stated in 万元.
  const mixed = side.figures.some((f) => f.unit !== unit);
  const value = side.figures.reduce(
    (acc, f) => acc.plus(mixed ? figureToWan(new Decimal(f.text), f.unit) : f.text),
    new Decimal(0),
  );
  return { value, unit: mixed ? '万元' : unit };
}

function toCheckSide(side: SideSpec): CheckSide {
  const { value, unit } = sideValue(side);
  const wan = unit === '亿元';
  return {
    label: side.label,
    value: wan ? figureToWan(value, unit) : value,
    unit: wan ? '万元' : unit,
    sources: side.figures.map((f) => f.source),
  };
}

/**
 * Judges `expected` against `actual`, both read in 万元 exactly. Equal: pass. A difference no
 * larger than the rounding of every printed figure on both sides (half a unit of each one's
 * last printed decimal, e.g. 9.375 万元 from 93750 元 against 9.38 万元): 'rounding' (尾差).
 * Otherwise 'fail'.
 *
 * @returns the check, or null when either side has no printed figure (absence is not a mismatch)
 */
export function compareSides(
  id: string,
  title: string,
  description: string,
  expected: SideSpec,
  actual: SideSpec,
  options: { severity?: CheckSeverity; refs?: SourceRef[] } = {},
): CheckResult | null {
  if (expected.figures.length === 0 || actual.figures.length === 0) return null;
  const left = toCheckSide(expected);
  const right = toCheckSide(actual);
  const lw = figureToWan(sideValue(expected).value, sideValue(expected).unit);
  const rw = figureToWan(sideValue(actual).value, sideValue(actual).unit);
  const difference = rw.minus(lw);
  const allowance = [...expected.figures, ...actual.figures].reduce(
    (acc, f) => acc.plus(halfUlpWan(f)),
    new Decimal(0),
  );
  const status = difference.isZero() ? 'pass' : difference.abs().lte(allowance) ? 'rounding' : 'fail';
  return {
    id,
    title,
    description,
    status,
    severity: options.severity ?? 'error',
    ok: status !== 'fail',
    expected: lw,
    actual: rw,
    difference,
    unit: '万元',
    sides: [left, right],
    sources: options.refs ?? [],
  };
}

/** Column label as printed, "group/label" when grouped. */
export function columnLabel(c: TableColumn): string {
  return [...c.path, c.label].join('/');
}

/** The amount column of a role, preferring the 决算数 measure, then an unmeasured column. */
export function amountColumn(table: PrintedTable | undefined, role: ColumnRole): TableColumn | undefined {
  if (!table) return undefined;
  const rank = (m: string | undefined) => (m === 'final' ? 0 : m === undefined ? 1 : 2);
  return table.columns
    .filter((c) => c.kind === 'amount' && c.role === role)
    .sort((a, b) => rank(a.measure) - rank(b.measure))[0];
}

/** A text column of a role (the item columns of a 收支总表). */
export function textColumn(table: PrintedTable | undefined, role: ColumnRole): TableColumn | undefined {
  return table?.columns.find((c) => c.kind !== 'amount' && c.role === role);
}

/** The row as a reader finds it: "201 一般公共服务支出", the item, or "第 n 行". */
export function rowLabel(table: PrintedTable, index: number): string {
  const row = table.rows[index]!;
  const named = [row.code, row.name].filter(Boolean).join(' ');
  if (named) return named;
  const texts = table.columns.filter((c) => c.kind !== 'amount').map((c) => row.cells[c.key]);
  const text = texts.filter((t): t is string => Boolean(t)).join(' | ');
  return text || `第 ${index + 1} 行`;
}

/** The page of a row: its own, else the table's when it spans one page. */
export function rowPage(table: PrintedTable, row: TableRow): number | undefined {
  return row.source?.page ?? (table.pages.length === 1 ? table.pages[0] : undefined);
}

/**
 * The printed figure of one cell, with its source (title as printed, row, column, page).
 * @param rowText  how to name the row (default: rowLabel); a 收支总表 names the half's item
 * @returns undefined for a blank cell or a missing column
 */
export function figureAt(
  table: PrintedTable | undefined,
  index: number,
  column: TableColumn | undefined,
  rowText?: string,
): Figure | undefined {
  if (!table || !column || index < 0) return undefined;
  const row = table.rows[index];
  const text = row?.cells[column.key];
  if (!row || text === undefined) return undefined;
  const page = rowPage(table, row);
  return {
    text,
    unit: table.unit,
    source: {
      title: table.title,
      row: rowText ?? rowLabel(table, index),
      column: columnLabel(column),
      ...(page !== undefined ? { page } : {}),
      printed: text,
    },
  };
}

/** Index of the first row whose item (in `column`) reads as `pattern`, spaces ignored. */
export function findItemRow(
  table: PrintedTable | undefined,
  column: TableColumn | undefined,
  pattern: RegExp,
) {
  if (!table || !column) return -1;
  return table.rows.findIndex((r) => pattern.test(compact(r.cells[column.key] ?? '')));
}

/** Index of the 合计 row of a coded table (the first total row, else the first uncoded row). */
export function totalRowIndex(table: PrintedTable | undefined): number {
  if (!table) return -1;
  const total = table.rows.findIndex((r) => r.kind === 'total');
  return total >= 0 ? total : table.rows.findIndex((r) => !r.code && r.kind !== 'subtotal');
}

/** A list of figures with the undefined ones left out. */
export function present(...figures: (Figure | undefined)[]): Figure[] {
  return figures.filter((f): f is Figure => f !== undefined);
}

/** A figure the model holds in 万元 (narrative blocks, projects), written with 2 decimals at least. */
export function modelFigure(value: Decimal | undefined, source: CheckSource): Figure | undefined {
  if (value === undefined) return undefined;
  return { text: value.toFixed(Math.max(2, value.decimalPlaces())), unit: '万元', source };
}

/** One half of a 收支总表: its item column and amount column. */
export function summaryHalf(table: PrintedTable | undefined, which: 'revenue' | 'expenditure') {
  const item = textColumn(table, which === 'revenue' ? 'revenueItem' : 'expenditureItem');
  // 财政拨款收支总表 prints the 支出 half in fund columns: 合计 first.
  const amount =
    amountColumn(table, which === 'revenue' ? 'revenueAmount' : 'expenditureAmount') ??
    (which === 'expenditure' ? amountColumn(table, 'total') : undefined);
  const find = (pattern: RegExp) => findItemRow(table, item, pattern);
  const at = (index: number, column = amount) =>
    figureAt(table, index, column, index >= 0 && item ? table!.rows[index]!.cells[item.key] : undefined);
  return { table, item, amount, find, at };
}

/** One half of a 收支总表 (summaryHalf). */
export type SummaryHalf = ReturnType<typeof summaryHalf>;
