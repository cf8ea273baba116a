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
import type { Dataset } from './schema';
import type { TableKey } from './source';

/** The rule a row breaks. */
export type StructureRule =
  'missing-total' | 'duplicate-total' | 'duplicate-code' | 'orphan-child' | 'childless-parent';

/** The row an issue is about, as printed: 序号, 科目编码 (absent on a 合计 row), 科目名称. */
export interface StructureRow {
  seq: number;
  code?: string;
  name: string;
}

/** One broken rule. `error` blocks the dataset; `warning` is shown with the data. */
export interface StructureIssue {
  rule: StructureRule;
  severity: 'error' | 'warning';
  table: TableKey;
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

/** The coded tables and which code column they carry, in the template's order. */
const CODED_TABLES: readonly { table: TableKey; codeKind: 'function' | 'economic' }[] = [
  { table: 'revenue', codeKind: 'function' },
  { table: 'expenditure', codeKind: 'function' },
  { table: 'generalBudgetExpenditure', codeKind: 'function' },
  { table: 'basicExpenditure', codeKind: 'economic' },
  { table: 'governmentFundExpenditure', codeKind: 'function' },
  { table: 'stateCapitalExpenditure', codeKind: 'function' },
];

/** Level name of a code by its length (类 3, 款 5, 项 7 digits). */
function levelOf(code: string): string {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

/** The rows of a coded table in one shape: seq, code (undefined on 合计), name, 合计 cell. */
interface CodedRow {
  seq: number;
  code: string | undefined;
  name: string;
  hasTotal: boolean;
}

function codedRows(dataset: Dataset, table: TableKey, codeKind: 'function' | 'economic'): CodedRow[] {
  const rows = dataset.tables[table].rows as readonly {
    seq: number;
    functionCode?: string;
    economicCode?: string;
    name: string;
    total?: unknown;
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    code: codeKind === 'function' ? r.functionCode : r.economicCode,
    name: r.name,
    hasTotal: r.total !== undefined,
  }));
}

/** The deepest level of a code system: 项 (7 digits) for 功能分类, 款 (5) for 经济分类. */
const LEAF_LENGTH = { function: 7, economic: 5 } as const;

/**
 * Checks every coded table of `dataset` against the rules above.
 * @returns every issue found, blocking (`error`) and not (`warning`), by table (template
 *   order), then rule, then printed row order; an empty list when the structure is sound.
 */
export function validateDatasetStructure(dataset: Dataset): StructureIssue[] {
  const issues: StructureIssue[] = [];
  for (const { table, codeKind } of CODED_TABLES) {
    const tableTitle = dataset.tables[table].title;
    const rows = codedRows(dataset, table, codeKind);
    if (rows.length === 0) continue;
    const add = (rule: StructureRule, detail: string, row?: CodedRow) =>
      issues.push({
        rule,
        severity: SEVERITY[rule],
        table,
        tableTitle,
        ...(row ? { row: { seq: row.seq, ...(row.code ? { code: row.code } : {}), name: row.name } } : {}),
        detail,
      });

    const totals = rows.filter((r) => r.code === undefined);
    if (totals.length === 0) add('missing-total', '本表没有合计行（没有科目编码的行）');
    else if (!totals[0]!.hasTotal) add('missing-total', '合计行的“合计”栏为空', totals[0]);
    for (const extra of totals.slice(1))
      add('duplicate-total', `第二个合计行（序号 ${totals[0]!.seq} 已是合计行）`, extra);

    const firstSeq = new Map<string, number>();
    for (const r of rows) {
      if (r.code === undefined) continue;
      const seen = firstSeq.get(r.code);
      if (seen !== undefined) add('duplicate-code', `科目编码 ${r.code} 已在序号 ${seen} 出现`, r);
      else firstSeq.set(r.code, r.seq);
    }

    for (const r of rows) {
      if (r.code === undefined || r.code.length === 3) continue;
      const parent = r.code.slice(0, r.code.length - 2);
      if (!firstSeq.has(parent))
        add('orphan-child', `上级科目 ${parent}（${levelOf(parent)}）在本表中没有列出`, r);
    }

    const leafLength = LEAF_LENGTH[codeKind];
    const parents = new Set<string>();
    for (const code of firstSeq.keys()) if (code.length > 3) parents.add(code.slice(0, code.length - 2));
    for (const r of rows) {
      if (r.code === undefined || r.code.length >= leafLength || firstSeq.get(r.code) !== r.seq) continue;
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
    parts.push(`序号 ${issue.row.seq}`);
    parts.push(issue.row.code ? `${issue.row.code} ${issue.row.name}` : issue.row.name);
  }
  return `${parts.join(' · ')}：${issue.detail}`;
}
