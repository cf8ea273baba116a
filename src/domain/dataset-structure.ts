/**
 * Structural integrity of the coded tables (数据结构核验): rules that a dataset can break
 * while still passing the schema, and that the function and economic trees, the headline
 * figures and the checks rely on. Run once after the schema (src/data/load.ts), so that a
 * broken file is reported as a data error naming the table, the row and the rule, never as
 * a network error or a crash in a view.
 *
 * Coded tables: 收入总表, 支出总表 and the three 财政拨款支出表 by 功能分类科目 (类 3 digits,
 * 款 5, 项 7), and 基本支出表 by 经济分类科目 (类 3 digits, 款 5). An EMPTY table is fine
 * (the template prints "空表列示" for a fund the department has none of).
 *
 * Which rules block and why:
 * - `missing-total` BLOCKS: every non-empty coded table prints a 合计 row (the row without a
 *   code) with its 合计 cell. Without it the table has no stated total: the headline figures
 *   and the checks against other tables would rest on a sum we made up, and a lost row
 *   (the usual cause) would pass silently.
 * - `duplicate-total` BLOCKS: two 合计 rows leave it open which one the disclosure means.
 * - `duplicate-code` BLOCKS: a 科目 is one node of the tree; two rows with one code would make
 *   one amount overwrite the other or be counted twice.
 * - `orphan-child` BLOCKS: the template prints every level; a 项 without its 款 row (or a 款
 *   without its 类) means a row was lost or a code mistyped, and the parent's name and
 *   amount would have to be invented (summed from what is left), a figure the disclosure
 *   never printed.
 * - `childless-parent` WARNS: a 类 with no 款 below (or a 款 with no 项) still has its own
 *   printed amount, which the views can show as the end of its branch; only the breakdown
 *   below it is missing, so the data is shown with a warning naming the row.
 *
 * Pure: no React, no fetch.
 */
import type { PrintedTable } from './printed-table';
import type { Dataset } from './schema';
import { standardTableSpec, type StandardTableId } from './standard-tables';

/** The rule a row breaks. */
export type StructureRule =
  'missing-total' | 'duplicate-total' | 'duplicate-code' | 'orphan-child' | 'childless-parent';

/**
 * The row an issue is about, as printed: 序号 (or, for a table printed without one, the
 * row's position), 科目编码 (absent on a 合计 row), 科目名称.
 */
export interface StructureRow {
  seq: number;
  /** True when the table prints no 序号 and `seq` is the row's position (第 n 行). */
  positional?: boolean;
  code?: string;
  name: string;
}

/** One broken rule. `error` blocks the dataset; `warning` is shown with the data. */
export interface StructureIssue {
  rule: StructureRule;
  severity: 'error' | 'warning';
  /** The standard table (standard-tables.ts), null for a table the importer did not place. */
  table: StandardTableId | null;
  /** The table's title as printed in the dataset, e.g. "部门预算支出总表". */
  tableTitle: string;
  /** The row, absent when the issue is a row that is missing altogether (no 合计 row). */
  row?: StructureRow;
  /** What exactly is wrong, in Chinese, e.g. "科目编码 206 已在序号 2 出现". */
  detail: string;
}

/** The rules as a reader sees them (zh-CN), for the error view and the warning banner. */
export const STRUCTURE_RULE_TEXT: Record<StructureRule, string> = {
  'missing-total': '按科目列示的表必须有一行填了“合计”栏的合计行',
  'duplicate-total': '合计行只能有一行',
  'duplicate-code': '每个科目编码只能出现一次',
  'orphan-child': '下级科目的上级科目必须列出',
  'childless-parent': '上级科目下应列出其下级科目',
};

const SEVERITY: Record<StructureRule, StructureIssue['severity']> = {
  'missing-total': 'error',
  'duplicate-total': 'error',
  'duplicate-code': 'error',
  'orphan-child': 'error',
  'childless-parent': 'warning',
};

/** Level name of a code by its length (类 3, 款 5, 项 7 digits). */
function levelOf(code: string): string {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

/** The rows of a coded table in one shape: seq, code (undefined on 合计), name, 合计 cell. */
interface CodedRow {
  seq: number;
  positional: boolean;
  code: string | undefined;
  total: boolean;
  name: string;
  hasAmount: boolean;
}

/**
 * The rows of a coded table. A row without a 科目编码 is a total row (合计, 小计, 人员经费合计):
 * the template prints a code on every other row. Its 合计 cell is the `total` column where the
 * table has one, else any amount column (the 决算 基本支出表 prints only 决算数).
 */
function codedRows(table: PrintedTable): CodedRow[] {
  const amounts = table.columns.filter((c) => c.kind === 'amount');
  const totalKeys = amounts.some((c) => c.role === 'total')
    ? amounts.filter((c) => c.role === 'total').map((c) => c.key)
    : amounts.map((c) => c.key);
  return table.rows.map((r, i) => ({
    seq: r.seq ?? i + 1,
    positional: r.seq === undefined,
    code: r.code,
    total: r.code === undefined,
    name: r.name ?? '合计',
    hasAmount: totalKeys.some((k) => r.cells[k] !== undefined),
  }));
}

/** The deepest level of a code system: 项 (7 digits) for 功能分类, 款 (5) for 经济分类. */
const LEAF_LENGTH = { function: 7, economic: 5 } as const;

/** Where a row stands, as a reader says it: "序号 5" or "第 5 行". */
function rowPlace(row: { seq: number; positional?: boolean }): string {
  return row.positional ? `第 ${row.seq} 行` : `序号 ${row.seq}`;
}

/**
 * Checks every coded table of `dataset` (the standard tables whose rows are 功能分类 or
 * 经济分类 科目) against the rules above. A table may print several differently named total
 * rows (the 决算 基本支出表 prints 人员经费合计 and 公用经费合计 side by side): only two total
 * rows of the same name are a duplicate.
 * @returns every issue found, blocking (`error`) and not (`warning`), by table (printed
 *   order), then rule, then printed row order; an empty list when the structure is sound.
 */
export function validateDatasetStructure(dataset: Dataset): StructureIssue[] {
  const issues: StructureIssue[] = [];
  for (const table of dataset.tables) {
    if (!table.standardId) continue;
    const axis = standardTableSpec(table.standardId).rowAxis;
    if (axis !== 'function' && axis !== 'economic') continue;
    const rows = codedRows(table);
    // An empty table (空表列示) prints at most a blank 合计 row: nothing to check.
    if (rows.every((r) => r.total && !r.hasAmount)) continue;
    const add = (rule: StructureRule, detail: string, row?: CodedRow) =>
      issues.push({
        rule,
        severity: SEVERITY[rule],
        table: table.standardId,
        tableTitle: table.title,
        ...(row
          ? {
              row: {
                seq: row.seq,
                ...(row.positional ? { positional: true } : {}),
                ...(row.code ? { code: row.code } : {}),
                name: row.name,
              },
            }
          : {}),
        detail,
      });

    const totals = rows.filter((r) => r.total);
    if (totals.length === 0) add('missing-total', '本表没有合计行（没有科目编码的行）');
    else if (!totals.some((t) => t.hasAmount)) add('missing-total', '合计行的“合计”栏为空', totals[0]);
    const totalNames = new Map<string, CodedRow>();
    for (const t of totals) {
      const first = totalNames.get(t.name);
      if (first) add('duplicate-total', `第二个“${t.name}”行（${rowPlace(first)} 已是合计行）`, t);
      else totalNames.set(t.name, t);
    }

    const firstSeen = new Map<string, CodedRow>();
    for (const r of rows) {
      if (r.code === undefined) continue;
      const seen = firstSeen.get(r.code);
      if (seen !== undefined) add('duplicate-code', `科目编码 ${r.code} 已在${rowPlace(seen)} 出现`, r);
      else firstSeen.set(r.code, r);
    }

    for (const r of rows) {
      if (r.code === undefined || r.code.length === 3) continue;
      const parent = r.code.slice(0, r.code.length - 2);
      if (!firstSeen.has(parent))
        add('orphan-child', `上级科目 ${parent}（${levelOf(parent)}）在本表中没有列出`, r);
    }

    const leafLength = LEAF_LENGTH[axis];
    const parents = new Set<string>();
    for (const code of firstSeen.keys()) if (code.length > 3) parents.add(code.slice(0, code.length - 2));
    for (const r of rows) {
      if (r.code === undefined || r.code.length >= leafLength || firstSeen.get(r.code) !== r) continue;
      if (!parents.has(r.code))
        add(
          'childless-parent',
          `${levelOf(r.code)}科目下没有列出任何${r.code.length === 3 ? '款' : '项'}`,
          r,
        );
    }
  }
  return issues;
}

/**
 * One line for an issue: table, row and what is wrong, e.g.
 * "部门预算支出总表 · 序号 5 · 206 科学技术支出：科目编码 206 已在序号 2 出现".
 */
export function describeStructureIssue(issue: StructureIssue): string {
  const parts = [issue.tableTitle];
  if (issue.row) {
    parts.push(rowPlace(issue.row));
    parts.push(issue.row.code ? `${issue.row.code} ${issue.row.name}` : issue.row.name);
  }
  return `${parts.join(' · ')}：${issue.detail}`;
}
