/**
 * Helpers for declaring a view's table twin as a TableSpec (src/domain/table-spec.ts) in
 * one place: the department, period and unit line come from the dataset; columns by kind.
 * Amounts of the twins are 万元 (the budget model's unit); shares are percentages already
 * rounded by roundShare / roundedShares.
 */
import type Decimal from 'decimal.js';
import { periodLabel } from '../domain/printed-table-spec';
import type { DatasetMeta } from '../domain/schema';
import type { CellValue, ColumnSpec, TableSpec } from '../domain/table-spec';

/** A spec without the parts the dataset gives (department, period; unit line default 万元). */
export type TwinDeclaration<Row> = Omit<TableSpec<Row>, 'department' | 'period' | 'unitLabel'> & {
  readonly unitLabel?: string;
};

/** The whole spec of a view's table: department and period from `meta`, unit 万元 unless said. */
export function twinSpec<Row>(meta: DatasetMeta, declaration: TwinDeclaration<Row>): TableSpec<Row> {
  return {
    department: meta.department.name,
    period: periodLabel(meta),
    unitLabel: '单位：万元',
    ...declaration,
  };
}

/** A 科目编码 / 项目编码 column. */
export function codeColumn<Row>(key: string, header: string, value: (r: Row) => CellValue): ColumnSpec<Row> {
  return { key, header: [header], kind: 'code', value };
}

/** A name column (科目名称, 项目名称 …). */
export function nameColumn<Row>(key: string, header: string, value: (r: Row) => CellValue): ColumnSpec<Row> {
  return { key, header: [header], kind: 'name', value };
}

/** A text column. */
export function textColumn<Row>(
  key: string,
  header: string | readonly string[],
  value: (r: Row) => CellValue,
): ColumnSpec<Row> {
  return { key, header: typeof header === 'string' ? [header] : header, kind: 'text', value };
}

/** An amount column in 万元 (undefined = blank as printed). */
export function amountColumn<Row>(
  key: string,
  header: string | readonly string[],
  value: (r: Row) => Decimal | undefined,
): ColumnSpec<Row> {
  return { key, header: typeof header === 'string' ? [header] : header, kind: 'amount', unit: '万元', value };
}

/** A share column in % (already rounded to two decimals). */
export function shareColumn<Row>(
  key: string,
  header: string | readonly string[],
  value: (r: Row) => Decimal | undefined,
): ColumnSpec<Row> {
  return { key, header: typeof header === 'string' ? [header] : header, kind: 'share', unit: '%', value };
}
