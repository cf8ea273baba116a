/**
 * The import report's 标准表 table (import-report.tsx) declared once as a TableSpec: drawn
 * by SpecTable (sortable, `?itsort=key:asc|desc`) and written by the 导出 menu as on screen.
 * One row per standard table of the disclosure's kind, found or not (ImportReport.tables,
 * src/ingest/import-disclosure.ts). A table not found has no title, unit, pages or counts:
 * those cells are blank (sorted last in both directions), not zero.
 */
import { importCopy as t } from '../../copy/import';
import type { DatasetMeta } from '../../domain/schema';
import type { TableSpec } from '../../domain/table-spec';
import { nameColumn, textColumn, twinSpec } from '../../export/twin-spec';
import type { TableReport } from '../../ingest/import-disclosure';

/** 状态 of a standard table: 已找到, 未找到, or (optional tables) 未单独列表. */
export function tableStatus(x: TableReport): string {
  return x.found ? t.found : x.optional ? t.optionalMissing : t.notFound;
}

/**
 * @param tables   the report's standard tables, in the report's order (printed order, then the rest)
 * @param meta     the imported dataset's meta (department and period of the file's header rows)
 * @param fileName the imported file (the table's source line)
 * @returns the spec: 标准表, 状态, 印出的表名, 单位, 页码, 行数, 金额个数 (counts as whole
 *   numbers in text, sorted by value), 表内核验 (通过 / 尾差 / 不平)
 */
export function importTablesSpec(
  tables: readonly TableReport[],
  meta: DatasetMeta,
  fileName: string,
): TableSpec<TableReport> {
  const [name, status, title, unit, pages, rows, cells, identities] = t.tableColumns;
  const found = (x: TableReport, value: string | undefined) => (x.found ? value : undefined);
  return twinSpec<TableReport>(meta, {
    id: 'import-standard-tables',
    title: t.tablesHeading,
    source: `${t.reportHeading}，${t.reportFile(fileName)}`,
    unitLabel: '单位：行、个',
    columns: [
      nameColumn('name', name!, (x) => x.name),
      textColumn('status', status!, tableStatus),
      textColumn('title', title!, (x) => x.title),
      textColumn('unit', unit!, (x) => x.unit),
      textColumn('pages', pages!, (x) => x.pages?.join('、')),
      textColumn('rows', rows!, (x) => found(x, String(x.rows))),
      textColumn('cells', cells!, (x) => found(x, String(x.cells))),
      textColumn('identities', identities!, (x) =>
        found(x, t.identities(x.identities.pass, x.identities.rounding, x.identities.fail)),
      ),
    ],
    rows: tables,
  });
}
