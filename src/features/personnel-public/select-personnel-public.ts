/**
 * View model of 人员经费 vs 公用经费 (`#/personnel-public`, drill `#/personnel-public/301`):
 * the split of 基本支出 from 一般公共预算财政拨款基本支出表, its 经济分类 类 (or one 类's
 * 款), 机关运行经费 from the narrative, and the "三公"经费 as disclosed. Pure; amounts in
 * 万元, shares in percent (2 dp, adding to 100.00 among what is shown together).
 */
import type Decimal from 'decimal.js';
import {
  economicShareRows,
  economicSharesResidual,
  splitPersonnelPublic,
  type EconomicShareRow,
} from '../../domain/economic-shares';
import { percentOf } from '../../domain/money';
import type { BudgetModel } from '../../domain/budget-model';
import type { SourceRef } from '../../domain/source';
import type { ThreePublicExpenses } from '../../domain/three-public-expenses';

/** Narrative section of 机关运行经费. */
export const OPERATING_SECTION = '三、机关运行经费安排情况';

/** A figure with its source. */
export interface SourcedFigure {
  value: Decimal;
  source: SourceRef;
}

export interface PersonnelPublicModel {
  basicTotal: SourcedFigure;
  personnelExpense: SourcedFigure & { share: Decimal };
  publicExpense: SourcedFigure & { share: Decimal };
  /** 机关运行经费 as the narrative states it, and whether it equals 公用经费. */
  operating?: SourcedFigure & { text: string; equalsPublic: boolean };
  three: ThreePublicExpenses;
  /** "三公"经费 合计 as a percentage of 公用经费 (context, not a part of it). */
  threeShareOfPublic?: Decimal;
  /** The drilled 类, when the URL names one. */
  current?: { code: string; name: string; total: Decimal; source?: SourceRef };
  /** A code in the URL that is not a 类 with 款 (the view says so and shows every 类). */
  invalidCode?: string;
  level: '类' | '款';
  /** The 合计 line under the rows: 基本支出 合计 or the drilled 类's own row. */
  footer: {
    label: string;
    total: Decimal;
    personnelExpense: Decimal;
    publicExpense: Decimal;
    /** Cells printed blank on that row (shown —). */
    blank: ('total' | 'personnelExpense' | 'publicExpense')[];
    /** 尾差 of the rows' shares (100 − their sum), noted beside the 合计 row's 100.00%. */
    shareResidual: Decimal;
  };
  /** Shares are of 基本支出 (类 level) or of the drilled 类 (款 level). */
  rows: EconomicShareRow[];
}

/**
 * Builds the view model.
 * @param classCode `#/personnel-public/<类>` (e.g. "301"); unknown codes fall back to the top.
 * @returns null when the 基本支出表 has no rows or 人员经费 + 公用经费 is zero (empty state).
 */
export function selectPersonnelPublic(budget: BudgetModel, classCode?: string): PersonnelPublicModel | null {
  const tree = budget.economicTree;
  if (tree.classes.length === 0 || tree.personnelExpense.plus(tree.publicExpense).isZero()) return null;
  const split = splitPersonnelPublic(tree);
  const seq = tree.totalSource?.kind === 'table' ? tree.totalSource.seq : undefined;
  const col = (column: string): SourceRef => ({
    kind: 'table',
    table: 'basicExpenditure',
    ...(seq !== undefined ? { seq } : {}),
    column,
  });

  const node = classCode ? tree.byCode.get(classCode) : undefined;
  const drilled = node && node.level === '类' && node.children.length > 0 ? node : undefined;
  const n = budget.narrative.institutionalOperatingExpenses;
  const three = budget.threePublic;
  return {
    basicTotal: { value: split.basicTotal, source: col('合计') },
    personnelExpense: { value: split.personnelExpense, source: col('人员经费'), share: split.personnelShare },
    publicExpense: { value: split.publicExpense, source: col('公用经费'), share: split.publicShare },
    ...(n?.amount !== undefined
      ? {
          operating: {
            value: n.amount,
            source: { kind: 'narrative', section: OPERATING_SECTION },
            text: n.text,
            equalsPublic: n.amount.equals(split.publicExpense),
          },
        }
      : {}),
    three,
    ...(three.total && !split.publicExpense.isZero()
      ? { threeShareOfPublic: percentOf(three.total.value, split.publicExpense) }
      : {}),
    ...(drilled
      ? {
          current: {
            code: drilled.code,
            name: drilled.name,
            total: drilled.total,
            ...(drilled.source ? { source: { ...drilled.source, column: '合计' } as SourceRef } : {}),
          },
        }
      : {}),
    ...(classCode && !drilled ? { invalidCode: classCode } : {}),
    level: drilled ? '款' : '类',
    footer: drilled
      ? {
          label: `${drilled.name} 合计`,
          total: drilled.total,
          personnelExpense: drilled.personnelExpense,
          publicExpense: drilled.publicExpense,
          blank: drilled.blank,
          shareResidual: economicSharesResidual(drilled.children),
        }
      : {
          label: '基本支出 合计',
          total: tree.total,
          personnelExpense: tree.personnelExpense,
          publicExpense: tree.publicExpense,
          blank: [],
          shareResidual: economicSharesResidual(tree.classes),
        },
    rows: drilled ? economicShareRows(drilled.children) : split.classes,
  };
}

/** Route of a drill: "301" → "/personnel-public/301"; none → "/personnel-public". */
export function personnelPublicRoute(classCode?: string): string {
  return classCode ? `/personnel-public/${classCode}` : '/personnel-public';
}
