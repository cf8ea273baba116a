/**
 * View model of 同比变化 (`#/change`): the change against the previous year as the narrative
 * states it (2023 figures derived: 2024 figure − stated change), as waterfall steps, the
 * "三公" change, and — when the catalog holds the previous year's budget — the full
 * comparison by 功能分类 项 and 经济分类 款. Pure; amounts in 万元, percent ×100.
 */
import type Decimal from 'decimal.js';
import { compareDatasets, type DatasetComparison, type ItemChange } from '../../domain/compare-datasets';
import { sumOrZero, ZERO } from '../../domain/money';
import type { BudgetModel } from '../../domain/budget-model';
import type { SourceRef } from '../../domain/source';
import { THREE_PUBLIC_SECTION } from '../../domain/three-public-expenses';
import { YOY_SECTION, type YearOnYearLine } from '../../domain/year-on-year';

/** One bar of the waterfall. `base` is the invisible offset, `height` the visible bar (≥ 0). */
export interface WaterfallStep {
  id: 'previous' | 'basicExpenditure' | 'projectExpenditure' | 'current';
  label: string;
  kind: 'total' | 'increase' | 'decrease';
  base: Decimal;
  height: Decimal;
  /** The figure the bar stands for: a total, or a signed change. */
  amount: Decimal;
  /** Change in percent of the part's previous-year figure (change bars and the current bar). */
  changePercent?: Decimal;
  /** The current bar: the total change, for its label. */
  totalChange?: Decimal;
  derived: boolean;
  source: SourceRef;
}

export interface ChangeModel {
  previousYear: number;
  currentYear: number;
  lines: YearOnYearLine[];
  steps: WaterfallStep[];
  /** Sum of the parts' changes and whether it equals the stated total change. */
  partsSum: Decimal;
  partsAgree: boolean;
  /** "三公"经费: current from the table, change and reason from the narrative. */
  three?: { current: Decimal; previous: Decimal; change: Decimal; reason?: string; source: SourceRef };
  narrativeText: string;
}

const PART_LABEL = {
  total: '支出合计',
  basicExpenditure: '基本支出',
  projectExpenditure: '项目支出',
} as const;

/**
 * Waterfall steps from the previous total through each part's change to the current total.
 * A decrease hangs from the running total (base = running after the change); an increase
 * stands on it. Exact Decimal arithmetic; the last bar equals the current total.
 */
export function waterfallSteps(
  lines: readonly YearOnYearLine[],
  previousYear: number,
  currentYear: number,
  inferred = true,
): WaterfallStep[] {
  const total = lines.find((l) => l.part === 'total');
  if (!total) return [];
  const parts = lines.filter((l) => l.part !== 'total');
  const steps: WaterfallStep[] = [
    {
      id: 'previous',
      label: inferred ? `${previousYear} 年合计（推算）` : `${previousYear} 年合计`,
      kind: 'total',
      base: ZERO,
      height: total.previous,
      amount: total.previous,
      derived: inferred,
      source: total.previousSource,
    },
  ];
  let running = total.previous;
  for (const l of parts) {
    const next = running.plus(l.change);
    const decrease = l.change.isNegative();
    steps.push({
      id: l.part as 'basicExpenditure' | 'projectExpenditure',
      label: PART_LABEL[l.part],
      kind: decrease ? 'decrease' : 'increase',
      base: decrease ? next : running,
      height: l.change.abs(),
      amount: l.change,
      changePercent: l.changePercent,
      derived: false,
      source: inferred ? { kind: 'narrative', section: YOY_SECTION } : l.currentSource,
    });
    running = next;
  }
  steps.push({
    id: 'current',
    label: `${currentYear} 年合计`,
    kind: 'total',
    base: ZERO,
    height: total.current,
    amount: total.current,
    changePercent: total.changePercent,
    totalChange: total.change,
    derived: false,
    source: total.currentSource,
  });
  return steps;
}

/**
 * Builds the narrative-based comparison.
 * @returns null when the budget states no change against the previous year (explicit
 *   empty state), e.g. no 合计 change in 比上年增减情况.
 */
export function selectChange(budget: BudgetModel): ChangeModel | null {
  const yoy = budget.yearOnYear;
  if (!yoy) return null;
  const total = yoy.lines.find((l) => l.part === 'total');
  if (!total) return null;
  const parts = yoy.lines.filter((l) => l.part !== 'total');
  const partsSum = sumOrZero(parts.map((l) => l.change));
  const n = budget.narrative.threePublicExpenses;
  const threeCurrent = budget.threePublic.total?.value ?? n?.total;
  // The previous year's "三公" total from its own dataset when the catalog has it, else inferred.
  const threePrevious = budget.previous
    ? budget.previous.threePublic.total?.value
    : n?.changeFromPreviousYear !== undefined
      ? threeCurrent?.minus(n.changeFromPreviousYear)
      : undefined;
  return {
    previousYear: yoy.previousYear,
    currentYear: yoy.currentYear,
    lines: yoy.lines,
    steps: waterfallSteps(yoy.lines, yoy.previousYear, yoy.currentYear, yoy.inferred),
    partsSum,
    partsAgree: parts.length > 0 && partsSum.equals(total.change),
    ...(threeCurrent !== undefined && threePrevious !== undefined
      ? {
          three: {
            current: threeCurrent,
            previous: threePrevious,
            change: threeCurrent.minus(threePrevious),
            ...(n?.reason ? { reason: n.reason } : {}),
            source: { kind: 'narrative', section: THREE_PUBLIC_SECTION },
          },
        }
      : {}),
    narrativeText: yoy.text,
  };
}

/** The full two-budget comparison as shown: leaf items only (功能分类 项, 经济分类 款). */
export interface FullComparisonModel {
  comparison: DatasetComparison;
  functionItems: ItemChange[];
  economicItems: ItemChange[];
}

/**
 * Compares the previous year's budget with the current one and keeps the leaf items
 * (项 / 款: the 类 and 款 above them are sums of these), sorted by size of change.
 * @throws Error from compareDatasets when the years are not in order.
 */
export function selectFullComparison(previous: BudgetModel, current: BudgetModel): FullComparisonModel {
  const comparison = compareDatasets(previous, current);
  return {
    comparison,
    functionItems: comparison.byFunction.filter((i) => i.level === '项'),
    economicItems: comparison.byEconomic.filter((i) => i.level === '款'),
  };
}
