/**
 * 人员经费 vs 公用经费: the split of 基本支出 by 部门预算支出经济分类科目, from
 * 一般公共预算财政拨款基本支出表 (columns 合计 / 人员经费 / 公用经费). Shares shown together
 * are each the exact ratio rounded half up (money.roundedShares); a 合计 row notes their 尾差.
 */
import Decimal from 'decimal.js';
import type { EconomicNode, EconomicTree } from './economic-tree';
import { roundedShares } from './money';
import type { SourceRef } from './source';

/** Which part of 基本支出 an economic row belongs to, by its printed columns. */
export type EconomicPart = 'personnelExpense' | 'publicExpense' | 'mixed' | 'none';

/** One 类 or 款 with its share of its parent (基本支出 合计 for a 类, the 类 for a 款). */
export interface EconomicShareRow {
  code: string;
  name: string;
  level: '类' | '款';
  /** 万元. */
  total: Decimal;
  personnelExpense: Decimal;
  publicExpense: Decimal;
  /** Measures printed blank (show —). */
  blank: EconomicNode['blank'];
  part: EconomicPart;
  /**
   * Percent of the parent, 2 dp, adding to 100.00 among siblings; absent when the row's
   * 合计 is printed blank (a blank has no share; the view shows "—").
   */
  share?: Decimal;
  hasChildren: boolean;
  source?: SourceRef;
}

/** The whole split. Amounts in 万元, shares in percent (2 dp, pairs adding to 100.00). */
export interface PersonnelPublicSplit {
  basicTotal: Decimal;
  personnelExpense: Decimal;
  publicExpense: Decimal;
  personnelShare: Decimal;
  publicShare: Decimal;
  /** 基本支出表 合计 row (the source of the three figures above), when printed. */
  totalSource?: SourceRef;
  classes: EconomicShareRow[];
}

/** Part of a node: which of 人员经费 / 公用经费 carries its amount. */
export function economicPart(node: Pick<EconomicNode, 'personnelExpense' | 'publicExpense'>): EconomicPart {
  const p = !node.personnelExpense.isZero();
  const q = !node.publicExpense.isZero();
  if (p && q) return 'mixed';
  if (p) return 'personnelExpense';
  if (q) return 'publicExpense';
  return 'none';
}

/**
 * Rows for a list of sibling nodes with shares of their sum. Zero-sum lists get 0 shares
 * only when every amount is zero (nothing to divide), never a division by zero.
 */
export function economicShareRows(nodes: readonly EconomicNode[]): EconomicShareRow[] {
  const allZero = nodes.every((n) => n.total.isZero() || n.total.isNegative());
  const shares = nodes.length > 0 && !allZero ? roundedShares(nodes.map((n) => n.total)).shares : [];
  return nodes.map((n, i) => ({
    code: n.code,
    name: n.name,
    level: n.level,
    total: n.total,
    personnelExpense: n.personnelExpense,
    publicExpense: n.publicExpense,
    blank: n.blank,
    part: economicPart(n),
    ...(n.blank.includes('total') ? {} : { share: shares[i] ?? n.total.times(0) }),
    hasChildren: n.children.length > 0,
    ...(n.source ? { source: n.source } : {}),
  }));
}

/** 尾差 of the shares of `nodes` (100 − the sum of their rounded shares); zero when none. */
export function economicSharesResidual(nodes: readonly EconomicNode[]): Decimal {
  const positive = nodes.filter((n) => !n.blank.includes('total') && n.total.isPositive());
  return positive.length > 0 && nodes.every((n) => !n.total.isNegative())
    ? roundedShares(nodes.map((n) => n.total)).residual
    : new Decimal(0);
}

/**
 * 人员经费 / 公用经费 and their shares of 基本支出 (2024: 1321.13 = 94.50%, 76.95 = 5.50%),
 * plus each 经济分类 类 with its share of 基本支出.
 * @throws RangeError when 人员经费 + 公用经费 is zero (no split to show).
 */
export function splitPersonnelPublic(tree: EconomicTree): PersonnelPublicSplit {
  const [personnelShare, publicShare] = roundedShares([tree.personnelExpense, tree.publicExpense]).shares;
  return {
    basicTotal: tree.total,
    personnelExpense: tree.personnelExpense,
    publicExpense: tree.publicExpense,
    personnelShare: personnelShare!,
    publicShare: publicShare!,
    ...(tree.totalSource ? { totalSource: tree.totalSource } : {}),
    classes: economicShareRows(tree.classes),
  };
}
