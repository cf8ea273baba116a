/**
 * One table, declared once: the same spec draws the table on screen, writes its CSV and
 * writes its XLSX (issue 11, "one column spec for screen and files"). Used for the printed
 * tables of the disclosure (`#/tables`) and for every chart's table twin.
 *
 * Values are exact: an amount is the `Decimal` in the column's `unit` (converted exactly
 * from the printed unit, never rounded here); a share is the percentage already rounded
 * half up to two decimals by `roundShare`, so a file and the screen carry the same figure.
 * `undefined` is a blank cell (not published / empty as printed), never 0.
 */
import type Decimal from 'decimal.js';

/** What a column holds; drives alignment, number format (0.00) and sorting. */
export type ColumnKind = 'code' | 'name' | 'text' | 'amount' | 'share';

/** A cell's exact value: Decimal for amount/share columns, text otherwise. */
export type CellValue = Decimal | string | undefined;

/** One column of a table spec. */
export interface ColumnSpec<Row> {
  /** Stable key (URL sort state, CSV header fallback). */
  readonly key: string;
  /**
   * Header path, outermost group first; the last element is the column's own label,
   * e.g. `['本年收入', '一般公共预算财政拨款收入']`. Groups merge in XLSX and on screen.
   */
  readonly header: readonly string[];
  /** 栏次 as printed (e.g. '1'), when the disclosure prints one. */
  readonly lineNo?: string;
  readonly kind: ColumnKind;
  /** Unit of an amount column ('万元' or '元'); '%' for shares. */
  readonly unit?: '元' | '万元' | '%';
  /** The cell's exact value for a row. */
  readonly value: (row: Row) => CellValue;
}

/** A whole table: what it is, where it comes from, its columns and its rows. */
export interface TableSpec<Row> {
  /** Stable id, e.g. a standard table id ('income-summary') or 'function-tree'. */
  readonly id: string;
  /** Title as printed or as the view names it (e.g. '收支总表'). */
  readonly title: string;
  /** Department name as printed (单位名称 / 部门名称). */
  readonly department: string;
  /** e.g. '2024年部门预算' or '2024年度部门决算'. */
  readonly period: string;
  /** Unit line of the table, e.g. '单位：万元'. */
  readonly unitLabel: string;
  /** Source in the disclosure, e.g. '部门预算公开表 表一 收支总表（第3页）'. */
  readonly source: string;
  readonly columns: readonly ColumnSpec<Row>[];
  readonly rows: readonly Row[];
  /** Indentation level of a row (0 = top; 类 0, 款 1, 项 2), for tree tables. */
  readonly rowLevel?: (row: Row) => number;
  /** Notes printed with the table (e.g. '本表无数据'), shown and exported below it. */
  readonly notes?: readonly string[];
}
