/**
 * The 支出功能分类 tree (类 → 款 → 项) built from 部门预算支出总表 (or any table with
 * functionCode / total / basicExpenditure / projectExpenditure columns).
 */
import type Decimal from 'decimal.js';
import { ZERO, sumOrZero } from './money';
import type { Tables } from './schema';
import { TEMPLATE_TABLE_TITLES, type SourceRef, type TableKey } from './source';

/** 类 (3 digits), 款 (5 digits), 项 (7 digits). */
export type FunctionLevel = '类' | '款' | '项';

/** The measures of a function node: 合计 / 基本支出 / 项目支出. */
export type FunctionMeasure = 'total' | 'basicExpenditure' | 'projectExpenditure';

/**
 * One node of the function tree. Amounts in 万元; a blank cell counts as 0 for arithmetic,
 * and `blank` lists the measures the disclosure left blank so views can show them as
 * blank (—) rather than as a printed 0.00.
 */
export interface FunctionNode {
  code: string;
  name: string;
  level: FunctionLevel;
  total: Decimal;
  basicExpenditure: Decimal;
  projectExpenditure: Decimal;
  blank: FunctionMeasure[];
  children: FunctionNode[];
  /** Codes from the root down to this node, e.g. ["206", "20601", "2060101"]. */
  path: string[];
  /** Row it was read from; absent when the printed table lacks the row and it was summed. */
  source?: SourceRef;
}

/** Tables a function tree is read from: 支出总表, or 一般公共预算财政拨款支出表. */
export type FunctionTableKey = Extract<TableKey, 'expenditure' | 'generalBudgetExpenditure'>;

/** The tree: the 类 nodes plus the printed 合计 row. */
export interface FunctionTree {
  classes: FunctionNode[];
  total: Decimal;
  basicExpenditure: Decimal;
  projectExpenditure: Decimal;
  totalSource?: SourceRef;
  /** The table the tree is read from (支出总表, or the 一般公共预算 table standing in for it). */
  table: FunctionTableKey;
  /** Every node by code. */
  byCode: Map<string, FunctionNode>;
}

function blankMeasures(row: FunctionTableRow): FunctionMeasure[] {
  return (['total', 'basicExpenditure', 'projectExpenditure'] as const).filter((m) => row[m] === undefined);
}

/** Level of a function code by its length. @throws Error for other lengths. */
export function functionLevel(code: string): FunctionLevel {
  if (/^\d{3}$/.test(code)) return '类';
  if (/^\d{5}$/.test(code)) return '款';
  if (/^\d{7}$/.test(code)) return '项';
  throw new Error(`功能分类科目编码 "${code}" 应为 3、5 或 7 位数字`);
}

/** Parent code: 项 → 款, 款 → 类, 类 → undefined. */
export function parentFunctionCode(code: string): string | undefined {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return undefined;
}

type FunctionTableRow =
  Tables['expenditure']['rows'][number] | Tables['generalBudgetExpenditure']['rows'][number];

/**
 * Builds the tree from rows with function codes. Rows without a code are the 合计 row.
 * Missing parent rows (a 项 printed without its 款) are created with summed amounts and
 * no source. Children keep printed order.
 * @param title  the table's name in messages (its printed title; default the template's)
 * @throws Error (Chinese message naming the table) when a code has an invalid length, or appears twice.
 */
export function buildFunctionTree(
  rows: readonly FunctionTableRow[],
  table: FunctionTableKey = 'expenditure',
  title: string = TEMPLATE_TABLE_TITLES[table],
): FunctionTree {
  const byCode = new Map<string, FunctionNode>();
  const classes: FunctionNode[] = [];
  let totalRow: FunctionTableRow | undefined;

  const ensure = (code: string, name: string, row?: FunctionTableRow): FunctionNode => {
    const existing = byCode.get(code);
    if (existing) {
      if (row) throw new Error(`功能分类科目编码 ${code} 在“${title}”中出现了两次`);
      return existing;
    }
    const parentCode = parentFunctionCode(code);
    const parent = parentCode ? ensure(parentCode, parentCode) : undefined;
    const node: FunctionNode = {
      code,
      name,
      level: functionLevel(code),
      total: row?.total ?? ZERO,
      basicExpenditure: row?.basicExpenditure ?? ZERO,
      projectExpenditure: row?.projectExpenditure ?? ZERO,
      blank: row ? blankMeasures(row) : [],
      children: [],
      path: parent ? [...parent.path, code] : [code],
      ...(row ? { source: { kind: 'table', table, seq: row.seq } as const } : {}),
    };
    byCode.set(code, node);
    (parent ? parent.children : classes).push(node);
    return node;
  };

  for (const row of rows) {
    if (!row.functionCode) {
      totalRow = row;
      continue;
    }
    const existing = byCode.get(row.functionCode);
    if (existing && !existing.source) {
      // A parent created earlier for a child printed first: now we have its real row.
      existing.name = row.name;
      existing.total = row.total ?? ZERO;
      existing.basicExpenditure = row.basicExpenditure ?? ZERO;
      existing.projectExpenditure = row.projectExpenditure ?? ZERO;
      existing.blank = blankMeasures(row);
      existing.source = { kind: 'table', table, seq: row.seq };
      continue;
    }
    ensure(row.functionCode, row.name, row);
  }
  // Parents that were never printed: sum their children.
  const fill = (node: FunctionNode): void => {
    node.children.forEach(fill);
    if (!node.source && node.children.length > 0) {
      node.total = sumOrZero(node.children.map((c) => c.total));
      node.basicExpenditure = sumOrZero(node.children.map((c) => c.basicExpenditure));
      node.projectExpenditure = sumOrZero(node.children.map((c) => c.projectExpenditure));
    }
  };
  classes.forEach(fill);

  return {
    classes,
    byCode,
    table,
    total: totalRow?.total ?? sumOrZero(classes.map((c) => c.total)),
    basicExpenditure: totalRow?.basicExpenditure ?? sumOrZero(classes.map((c) => c.basicExpenditure)),
    projectExpenditure: totalRow?.projectExpenditure ?? sumOrZero(classes.map((c) => c.projectExpenditure)),
    ...(totalRow ? { totalSource: { kind: 'table', table, seq: totalRow.seq } as const } : {}),
  };
}

/**
 * Follows a drill path (e.g. ["206", "20601"]) from the root. Returns the nodes along the
 * path, stopping at the first code that does not exist or is not a child of the previous.
 */
export function resolveFunctionPath(tree: FunctionTree, path: readonly string[]): FunctionNode[] {
  const out: FunctionNode[] = [];
  let level = tree.classes;
  for (const code of path) {
    const node = level.find((n) => n.code === code);
    if (!node) break;
    out.push(node);
    level = node.children;
  }
  return out;
}
