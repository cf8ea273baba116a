/**
 * Every printed amount of a dataset as one tidy table (one row per cell), for the
 * "下载全部单元格（CSV）" download and for anyone re-checking the disclosure in a
 * spreadsheet: table, 科目编码, 名称, column, amount exactly as printed, unit, page.
 */
import Papa from 'papaparse';
import type { PrintedTable } from './printed-table';
import type { Dataset } from './schema';

/** One printed amount. */
export interface CellRow {
  /** Standard table id (standard-tables.ts), or the title as printed when not recognised. */
  table: string;
  /** 科目编码 as printed (digits joined), "" for 合计 and item rows. */
  code: string;
  /** Row name as printed: 科目名称, the item, or the 收支总表 item of the amount's half. */
  name: string;
  /** Column label as printed, "group/label" when grouped (e.g. "本年收入/财政拨款收入"). */
  column: string;
  /** The amount exactly as printed (normalised decimal string, no rounding). */
  amount: string;
  /** 元 or 万元, the table's unit. */
  unit: string;
  /** Page (1-based) of the row; when unknown, the table's pages ("1-2"). */
  page: string;
}

/** The CSV's header row, in column order. */
export const CELL_COLUMNS: readonly (keyof CellRow)[] = [
  'table',
  'code',
  'name',
  'column',
  'amount',
  'unit',
  'page',
];

function rowName(table: PrintedTable, row: PrintedTable['rows'][number], columnKey: string): string {
  if (row.name) return row.name;
  // A 收支总表 prints two items per row: the amount's own half names it.
  const column = table.columns.find((c) => c.key === columnKey)!;
  const itemRole =
    column.role === 'revenueAmount'
      ? 'revenueItem'
      : column.path[0] === '收入'
        ? 'revenueItem'
        : 'expenditureItem';
  const item =
    table.columns.find((c) => c.role === itemRole) ?? table.columns.find((c) => c.kind !== 'amount');
  return (item && row.cells[item.key]) ?? '';
}

/**
 * Every printed amount, in printed order (table by table, row by row, column by column).
 * Blank cells are absent (nothing printed); text cells are not amounts.
 *
 * @param dataset  a dataset (format v2), tables as printed
 * @returns one row per printed amount cell
 */
export function everyCellRows(dataset: Dataset): CellRow[] {
  const out: CellRow[] = [];
  for (const table of dataset.tables) {
    const amounts = table.columns.filter((c) => c.kind === 'amount');
    const pages =
      table.pages.length === 1 ? String(table.pages[0]) : `${table.pages[0]}-${table.pages.at(-1)}`;
    for (const row of table.rows) {
      for (const column of amounts) {
        const amount = row.cells[column.key];
        if (amount === undefined) continue;
        out.push({
          table: table.standardId ?? table.title,
          code: row.code ?? '',
          name: rowName(table, row, column.key),
          column: [...column.path, column.label].join('/'),
          amount,
          unit: table.unit,
          page: row.source?.page !== undefined ? String(row.source.page) : pages,
        });
      }
    }
  }
  return out;
}

/** Spreadsheets run a cell starting with = + - @ (or a tab / CR) as a formula: quote it with '. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The rows as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese
 * right), RFC 4180 (papaparse `unparse`: CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled). Text fields that a spreadsheet would run as a formula get a
 * leading '; amounts never do (a printed "-5.00" stays a number).
 *
 * @returns the file's text, BOM first
 */
export function everyCellCsv(dataset: Dataset): string {
  const rows = everyCellRows(dataset).map((r) => [
    neutraliseFormula(r.table),
    neutraliseFormula(r.code),
    neutraliseFormula(r.name),
    neutraliseFormula(r.column),
    r.amount,
    r.unit,
    r.page,
  ]);
  return `\uFEFF${Papa.unparse({ fields: [...CELL_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
