/**
 * View model of 绩效目标要点 (`#/performance/highlights`): the performance side of the budget
 * on one screen, for the presentation deck and for readers in a hurry. Pure.
 * Sources: 七、部门项目预算安排情况及绩效目标 (each project's 绩效目标表) and 五、部门整体绩效目标.
 */
import type Decimal from 'decimal.js';
import { projectIndicatorRows } from '../../domain/indicators/project-indicators';
import { QUALITY_RULES, reviewIndicatorQuality } from '../../domain/indicators/quality';
import { valueKind } from '../../domain/indicators/parse-value';
import { sumOrZero } from '../../domain/money';
import type { BudgetModel } from '../../domain/budget-model';
import type { SourceRef } from '../../domain/source';
import { projectRoute } from './url-state';

/** A count with its label, e.g. { label: '产出指标', count: 28 }. */
export interface LabelledCount {
  label: string;
  count: number;
}

/** One project line: budget in 万元, its indicators and flagged indicators. */
export interface HighlightProject {
  code: string;
  name: string;
  budget: Decimal;
  source: SourceRef;
  indicators: number;
  flagged: number;
  route: string;
}

export interface PerformanceHighlights {
  projects: HighlightProject[];
  /** Sum of the project budgets, 万元 (equals 项目支出 when the disclosure is consistent). */
  projectTotal: Decimal;
  indicatorTotal: number;
  /** By 一级指标, in printed order of first appearance (产出 / 效益 / 满意度). */
  byLevel1: LabelledCount[];
  quantitative: number;
  qualitative: number;
  /** Project indicators with at least one quality flag. */
  flaggedIndicators: number;
  /** Flags per rule (rules without flags left out), in review order. */
  flagsByRule: LabelledCount[];
  /** Itemised department goals (分项绩效目标). */
  departmentGoals: number;
}

/** Builds the highlights. Returns null when the budget has no project performance tables. */
export function selectPerformanceHighlights(budget: BudgetModel): PerformanceHighlights | null {
  if (budget.projects.length === 0) return null;
  const rows = projectIndicatorRows(budget);
  const flags = reviewIndicatorQuality(budget.projects, rows, budget.narrative.performance?.goals ?? []);
  const flaggedIds = new Set(
    flags.flatMap((f) => (f.target.kind === 'indicator' ? [f.target.indicatorId] : [])),
  );
  const byLevel1 = new Map<string, number>();
  for (const r of rows) byLevel1.set(r.level1, (byLevel1.get(r.level1) ?? 0) + 1);
  return {
    projects: budget.projects.map((p) => {
      const mine = rows.filter((r) => r.projectCode === p.code);
      return {
        code: p.code,
        name: p.name,
        budget: p.budget,
        source: { kind: 'narrative', section: `七、${p.tableTitle} · 预算数` },
        indicators: mine.length,
        flagged: mine.filter((r) => flaggedIds.has(r.id)).length,
        route: projectRoute(p.code),
      };
    }),
    projectTotal: sumOrZero(budget.projects.map((p) => p.budget)),
    indicatorTotal: rows.length,
    byLevel1: [...byLevel1].map(([label, count]) => ({ label, count })),
    quantitative: rows.filter((r) => valueKind(r.value) === 'quantitative').length,
    qualitative: rows.filter((r) => valueKind(r.value) === 'qualitative').length,
    flaggedIndicators: flaggedIds.size,
    flagsByRule: QUALITY_RULES.map((rule) => ({
      label: rule.title,
      count: flags.filter((f) => f.rule === rule.id).length,
    })).filter((c) => c.count > 0),
    departmentGoals: budget.narrative.performance?.goals.length ?? 0,
  };
}
