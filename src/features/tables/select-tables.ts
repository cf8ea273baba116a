/**
 * The 报表 list (#/tables): every official table of the dataset in printed order, grouped by
 * what its rows are (收支总表, 功能分类科目, 经济分类科目, "三公" and other items), each with
 * its rows count, pages and notes; and the standard tables of the disclosure's kind (部门预算
 * or 部门决算, standard-tables.ts) that it did not publish.
 */
import { printedTableId } from '../../domain/printed-table-spec';
import type { PrintedTable } from '../../domain/printed-table';
import type { Dataset } from '../../domain/schema';
import { STANDARD_TABLES, standardTableSpec, type RowAxis } from '../../domain/standard-tables';

export type TableGroupId = RowAxis | 'other';

/** One table in the list. */
export interface TableListItem {
  id: string;
  title: string;
  /** The national template's name when it differs from the printed title. */
  standardName?: string;
  rows: number;
  /** "第5—6页". */
  pages: string;
  /** True when no row prints an amount (空表). */
  empty: boolean;
  notes: readonly string[];
}

export interface TablesList {
  groups: { id: TableGroupId; tables: TableListItem[] }[];
  /** Names of the standard tables of this kind the disclosure did not publish. */
  missing: string[];
  /** How many standard tables the kind has. */
  standardCount: number;
}

const GROUP_ORDER: readonly TableGroupId[] = ['summary', 'function', 'economic', 'items', 'other'];

function pages(table: PrintedTable): string {
  const first = table.pages[0]!;
  const last = table.pages[table.pages.length - 1]!;
  return first === last ? `第${first}页` : `第${first}—${last}页`;
}

function isEmpty(table: PrintedTable): boolean {
  const amounts = table.columns.filter((c) => c.kind === 'amount').map((c) => c.key);
  return !table.rows.some((r) => amounts.some((k) => r.cells[k] !== undefined));
}

/** The list of a dataset's tables. Pure. */
export function selectTables(dataset: Pick<Dataset, 'meta' | 'tables'>): TablesList {
  const byGroup = new Map<TableGroupId, TableListItem[]>();
  for (const table of dataset.tables) {
    const spec = table.standardId ? standardTableSpec(table.standardId) : undefined;
    const group: TableGroupId = spec?.rowAxis ?? 'other';
    const item: TableListItem = {
      id: printedTableId(table, dataset),
      title: table.title,
      ...(spec && !table.title.includes(spec.name.replace(/"/g, '')) ? { standardName: spec.name } : {}),
      rows: table.rows.length,
      pages: pages(table),
      empty: isEmpty(table),
      notes: table.notes,
    };
    byGroup.set(group, [...(byGroup.get(group) ?? []), item]);
  }
  const published = new Set(dataset.tables.map((t) => t.standardId));
  const standard = STANDARD_TABLES.filter((s) => s.kind === dataset.meta.kind);
  return {
    groups: GROUP_ORDER.filter((g) => byGroup.has(g)).map((id) => ({ id, tables: byGroup.get(id)! })),
    missing: standard.filter((s) => !published.has(s.id)).map((s) => s.name),
    standardCount: standard.length,
  };
}
