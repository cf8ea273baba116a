/**
 * A table spec (src/domain/table-spec.ts) as a CSV file that a spreadsheet opens as the
 * screen shows it: a block naming the table (标题, 单位名称 and 年度, 单位, 来源), a blank
 * line, one header row (the header path joined with "/", e.g. "本年收入/财政拨款收入"), the
 * 栏次 row when the table prints one, the rows, then the table's notes.
 *
 * Amounts are plain exact numbers in the column's unit ("2305.27", never "2,305.27" nor
 * rounded); shares are the two-decimal percentage the screen shows; a blank stays empty.
 */
import Papa from 'papaparse';
import { neutraliseFormula } from '../domain/every-cell';
import type { CellValue, ColumnSpec, TableSpec } from '../domain/table-spec';

/**
 * The text of a cell in a file: an amount as its exact decimal with at least two places
 * ("858.00", "0.123456"), a share with two, text as is, a blank "".
 */
export function cellText<Row>(column: ColumnSpec<Row>, value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (column.kind === 'share') return value.toFixed(2);
  // Exact: two decimals as printed ("858.00"), more only where the exact value has them.
  return value.decimalPlaces() > 2 ? value.toFixed() : value.toFixed(2);
}

/** A column's header in one cell: its header path joined with "/", its unit in brackets. */
export function headerText<Row>(column: ColumnSpec<Row>): string {
  const label = column.header.join('/');
  return column.unit && !label.includes(column.unit) ? `${label}（${column.unit}）` : label;
}

/**
 * The rows of the CSV (before quoting): title block, header, 栏次, data, notes. Text cells
 * a spreadsheet would run as a formula (= + - @) get a leading '; amounts never do.
 */
export function tableCsvRows<Row>(spec: TableSpec<Row>): string[][] {
  const out: string[][] = [
    [spec.title],
    [`${spec.department} ${spec.period}`],
    [spec.unitLabel],
    [`来源：${spec.source}`],
    [],
    spec.columns.map((c) => neutraliseFormula(headerText(c))),
  ];
  if (spec.columns.some((c) => c.lineNo !== undefined)) {
    out.push(spec.columns.map((c, i) => c.lineNo ?? (i === 0 ? '栏次' : '')));
  }
  for (const row of spec.rows) {
    out.push(
      spec.columns.map((c) => {
        const text = cellText(c, c.value(row));
        return c.kind === 'amount' || c.kind === 'share' ? text : neutraliseFormula(text);
      }),
    );
  }
  for (const note of spec.notes ?? []) out.push([neutraliseFormula(note)]);
  return out;
}

/**
 * One table as a CSV file: UTF-8 with a byte-order mark (so spreadsheet programs read the
 * Chinese right), RFC 4180 quoting (papaparse), CRLF line ends.
 *
 * @returns the file's text, BOM first
 */
export function tableCsv<Row>(spec: TableSpec<Row>): string {
  const rows = tableCsvRows(spec);
  const width = Math.max(...rows.map((r) => r.length));
  // Every line has the same number of fields: some readers reject ragged CSV.
  const data = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  return `\uFEFF${Papa.unparse(data, { newline: '\r\n' })}\r\n`;
}
