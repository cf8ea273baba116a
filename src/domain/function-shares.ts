/**
 * Measures and shares on the 支出功能分类 tree (部门预算支出总表, columns 合计 / 基本支出 /
 * 项目支出), one level at a time: what a treemap level and its table twin show. Amounts in
 * 万元 (Decimal), shares in percent (×100).
 */
import type Decimal from 'decimal.js';
import type { FunctionMeasure, FunctionNode, FunctionTree } from './function-tree';
import { percentOf, roundedShares, sumOrZero } from './money';

/** The three measures in the order the disclosure prints them (合计, 基本支出, 项目支出). */
export const FUNCTION_MEASURES: readonly FunctionMeasure[] = [
  'total',
  'basicExpenditure',
  'projectExpenditure',
];

/** Amount of a node (or of the whole tree's 合计 row) for a measure, 万元. A blank cell is 0. */
export function measureValue(
  node: Pick<FunctionNode, FunctionMeasure> | Pick<FunctionTree, FunctionMeasure>,
  measure: FunctionMeasure,
): Decimal {
  return node[measure];
}

/** Why a node cannot be drawn as a block for a measure; undefined when it can (amount > 0). */
export type UndrawableReason = 'blank' | 'zero' | 'negative';

/**
 * Whether a node has an area for `measure`: blank (the disclosure left the cell empty),
 * zero (printed 0.00) and negative amounts have none and are listed instead of drawn.
 */
export function undrawableReason(node: FunctionNode, measure: FunctionMeasure): UndrawableReason | undefined {
  if (node.blank.includes(measure)) return 'blank';
  const v = node[measure];
  if (v.isZero()) return 'zero';
  if (v.isNegative()) return 'negative';
  return undefined;
}

/**
 * Shares of each sibling in their level for `measure`, in percent, each the exact ratio
 * rounded half up to 2 decimals (money.roundedShares; blanks and zeros get 0.00), with the
 * level's 尾差 (100 − their sum) for its 合计 row. The whole is the exact sum of the
 * siblings, which equals the parent's printed amount when the table reconciles (checks.ts).
 * Shares are undefined for every node when the level sums to zero; with a negative sibling
 * they are the unrounded ratios and there is no 尾差.
 */
export function levelRoundedShares(
  nodes: readonly FunctionNode[],
  measure: FunctionMeasure,
): { shares: (Decimal | undefined)[]; residual?: Decimal } {
  const values = nodes.map((n) => n[measure]);
  const whole = sumOrZero(values);
  if (nodes.length === 0 || whole.isZero()) return { shares: nodes.map(() => undefined) };
  if (values.some((v) => v.isNegative())) return { shares: values.map((v) => percentOf(v, whole)) };
  const { shares, residual } = roundedShares(values);
  return { shares, residual };
}

/** The shares of levelRoundedShares alone: one per node, same order. */
export function levelShares(
  nodes: readonly FunctionNode[],
  measure: FunctionMeasure,
): (Decimal | undefined)[] {
  return levelRoundedShares(nodes, measure).shares;
}

/**
 * Share of a node in the department's whole expenditure for `measure` (支出总表 合计 row),
 * in percent, unrounded; undefined when that total is zero.
 */
export function shareOfTotal(
  node: FunctionNode,
  tree: FunctionTree,
  measure: FunctionMeasure,
): Decimal | undefined {
  const whole = tree[measure];
  return whole.isZero() ? undefined : percentOf(node[measure], whole);
}
