/**
 * The official tables of a dataset as one `TableSpec` each (table-spec.ts): the same spec
 * draws `#/tables/<table-id>` and writes the table's CSV and XLSX, so the screen and the
 * files carry the same columns and the same exact values.
 *
 * A spec keeps the table AS PRINTED: its title, department, year, unit line, every column
 * with its group headers (收入 / 支出; 本年收入 with its sub-columns) and 栏次, the 序号
 * column where the print has one, the 科目编码 in the print's layout (one column "2080501",
 * or 类/款/项 columns "208" "05" "01"), names, blanks left blank. Amounts stay in the table's
 * own unit (元 or 万元), exact, never converted. Continuation pages are one table: the rows
 * of every page, in printed order.
 */
import Decimal from 'decimal.js';
import type { PrintedTable, TableColumn, TableRow } from './printed-table';
import type { Dataset } from './schema';
import type { PrintedTables, SourceRef } from './source';
import type { CellValue, ColumnSpec, TableSpec } from './table-spec';

/** One row of a printed table's spec: the printed row and where it stands. */
export interface PrintedSpecRow {
  /**
   * Stable key of the row in its table (the `?row=` of `#/tables/<id>`): the 科目编码 where
   * the row has one that no other row of the table repeats, else `r<n>` with n the 序号, or
   * for tables without 序号 the row's place in printed order (1-based).
   */
  readonly key: string;
  /** Place in printed order, 0-based. */
  readonly index: number;
  readonly row: TableRow;
  /** Page (1-based) the row is printed on, when the dataset records it. */
  readonly page?: number;
}

/** The dataset parts a spec reads (a whole `Dataset` fits). */
export type SpecDataset = Pick<Dataset, 'meta' | 'tables'>;

/**
 * The id of a table in `#/tables/<id>`: its standard id (e.g. "budget-expenditure") for the
 * first table of that id, else `table-<n>` with n its place in the dataset (1-based).
 */
export function printedTableId(table: PrintedTable, dataset: SpecDataset): string {
  const index = dataset.tables.indexOf(table);
  if (table.standardId && dataset.tables.find((t) => t.standardId === table.standardId) === table)
    return table.standardId;
  return `table-${index + 1}`;
}

/** The table of a dataset with this id (printedTableId), or undefined. */
export function findPrintedTable(dataset: SpecDataset, id: string): PrintedTable | undefined {
  return dataset.tables.find((t) => printedTableId(t, dataset) === id);
}

/** "r12": the key of a row without its own 科目编码 (序号, else place in printed order). */
export function placeKey(seq: number): string {
  return `r${seq}`;
}

/** The rows of a table with their keys (see PrintedSpecRow.key). */
export function printedSpecRows(table: PrintedTable): PrintedSpecRow[] {
  const codeCount = new Map<string, number>();
  for (const r of table.rows) if (r.code) codeCount.set(r.code, (codeCount.get(r.code) ?? 0) + 1);
  return table.rows.map((row, index) => ({
    key: row.code && codeCount.get(row.code) === 1 ? row.code : placeKey(row.seq ?? index + 1),
    index,
    row,
    ...(row.source?.page !== undefined ? { page: row.source.page } : {}),
  }));
}

/** The 科目编码 part a code column prints: 类 "208", 款 "05", 项 "01", or the whole code. */
function codePart(
  column: TableColumn,
  row: TableRow,
  layout: PrintedTable['codeLayout'],
): string | undefined {
  const printed = row.cells[column.key];
  if (printed !== undefined) return printed;
  const code = row.code;
  if (!code) return undefined;
  const part =
    column.role === 'codeClass'
      ? code.slice(0, 3)
      : column.role === 'codeSection'
        ? code.slice(3, 5)
        : column.role === 'codeItem'
          ? code.slice(5, 7)
          : layout === 'spaced'
            ? [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean).join(' ')
            : code;
  return part === '' ? undefined : part;
}

function cellValue(column: TableColumn, row: TableRow, layout: PrintedTable['codeLayout']): CellValue {
  switch (column.kind) {
    case 'code':
      return codePart(column, row, layout);
    case 'name':
      return row.cells[column.key] ?? row.name;
    case 'amount': {
      const printed = row.cells[column.key];
      return printed === undefined ? undefined : new Decimal(printed);
    }
    case 'text':
      return row.cells[column.key];
  }
}

/** "第3页", "第1—2页", "第8、10页". */
function pagesLabel(pages: readonly number[]): string {
  const first = pages[0]!;
  const last = pages[pages.length - 1]!;
  const consecutive = pages.every((p, i) => p === first + i);
  if (pages.length === 1) return `第${first}页`;
  return consecutive ? `第${first}—${last}页` : `第${pages.join('、')}页`;
}

/** Depth of a row in its tree: 类 0, 款 1, 项 2 by code length; items by their level. */
function rowLevel(r: PrintedSpecRow): number {
  const { row } = r;
  if (row.code) return (row.code.length - 3) / 2;
  return row.level ?? 0;
}

/** The period line: "2024年部门预算", "2024年度部门决算". */
export function periodLabel(meta: Dataset['meta']): string {
  return meta.kind === '决算' ? `${meta.year}年度部门决算` : `${meta.year}年部门预算`;
}

/**
 * The spec of one printed table.
 *
 * Columns, in printed order: 序号 (key `seq`, when any row prints one), then every printed
 * column (key = its key in the dataset, header = group path + label, 栏次 as printed).
 * Values: codes as the column prints them (the row's joined 科目编码 split into 类/款/项 for
 * split layouts), names and texts as printed, amounts as exact `Decimal` in the table's unit
 * (unit 元 or 万元, never converted); a blank stays `undefined`.
 *
 * @param table   one of `dataset.tables`
 * @param dataset the dataset it belongs to (department, year, kind; ids of its tables)
 * @returns the spec; `rows` are PrintedSpecRow in printed order (all pages); notes as printed
 */
export function printedTableSpec(table: PrintedTable, dataset: SpecDataset): TableSpec<PrintedSpecRow> {
  const { meta } = dataset;
  const hasSeq = table.rows.some((r) => r.seq !== undefined);
  const seqColumn: ColumnSpec<PrintedSpecRow> = {
    key: 'seq',
    header: ['序号'],
    kind: 'text',
    value: (r) => (r.row.seq === undefined ? undefined : String(r.row.seq)),
  };
  const columns: ColumnSpec<PrintedSpecRow>[] = table.columns.map((c) => ({
    key: c.key,
    header: [...c.path, c.label],
    ...(c.columnNo !== undefined ? { lineNo: String(c.columnNo) } : {}),
    kind: c.kind,
    ...(c.kind === 'amount' ? { unit: table.unit } : {}),
    value: (r: PrintedSpecRow) => cellValue(c, r.row, table.codeLayout),
  }));
  return {
    id: printedTableId(table, dataset),
    title: table.title,
    department: meta.department.name,
    period: periodLabel(meta),
    unitLabel: `单位：${table.unit}`,
    source: `${meta.title} · ${table.title}（${pagesLabel(table.pages)}）`,
    columns: hasSeq ? [seqColumn, ...columns] : columns,
    rows: printedSpecRows(table),
    rowLevel,
    notes: table.notes,
  };
}

/** Where a figure's source stands in `#/tables`: the table and, when known, its row. */
export interface TableLocation {
  tableId: string;
  rowKey?: string;
}

/**
 * The printed table and row a source names, in this dataset's own tables (the model's
 * `printed`, each the first table of its standard id, so its id is the standard id): the
 * row by 序号, or by place for tables without 序号 (as resolvePrintedCell reads it). A
 * derived figure links to the first table it is derived from.
 *
 * @returns undefined for a narrative source, another year's table, or a table not published
 */
export function sourceLocation(ref: SourceRef, printed?: PrintedTables): TableLocation | undefined {
  if (ref.kind === 'derived') {
    for (const from of ref.from) {
      const loc = sourceLocation(from, printed);
      if (loc) return loc;
    }
    return undefined;
  }
  if (ref.kind !== 'table' || ref.year !== undefined) return undefined;
  const table = printed?.[ref.table];
  if (!table?.standardId) return undefined;
  if (ref.seq === undefined) return { tableId: table.standardId };
  const index = table.rows.findIndex((r, i) => (r.seq ?? i + 1) === ref.seq);
  const row = index >= 0 ? printedSpecRows(table)[index] : undefined;
  return row ? { tableId: table.standardId, rowKey: row.key } : { tableId: table.standardId };
}

/** The route of a location: "/tables/budget-expenditure?row=2080501". */
export function tableLocationPath(loc: TableLocation): string {
  return `/tables/${loc.tableId}${loc.rowKey ? `?row=${encodeURIComponent(loc.rowKey)}` : ''}`;
}
