/** The 绩效目标 view's tables as TableSpecs for the 导出 menu (预算数 in 万元). */
import { perfCopy as c } from '../../copy/performance';
import type { BudgetModel } from '../../domain/budget-model';
import { QUALITY_RULES } from '../../domain/indicators/quality';
import Decimal from 'decimal.js';
import { NOT_DISCLOSED } from '../../domain/format';
import type { PlanPoint } from '../../domain/indicators/spending-plan';
import type { TableSpec } from '../../domain/table-spec';
import type { AnyTableSpec } from '../../export/registry';
import { amountColumn, codeColumn, nameColumn, textColumn, twinSpec } from '../../export/twin-spec';
import type {
  IndicatorView,
  PerformanceModel,
  ProjectDetail,
  ProjectSummary,
  ProjectsModel,
} from './select-performance';
import type { HighlightProject, LabelledCount, PerformanceHighlights } from './select-highlights';

const RULE_TITLE = new Map(QUALITY_RULES.map((r) => [r.id, r.title]));
const SOURCE = '七、部门项目预算安排情况及绩效目标（各项目绩效目标表）';

/** A row of the project list: a project, or the 合计 row (no code). */
export type ProjectRow = Partial<ProjectSummary> & { name: string; indicators?: number };

/** The 合计 row of the project list (its foot, never sorted). */
export const isProjectTotal = (r: ProjectRow): boolean => r.code === undefined;

/**
 * 项目与绩效目标表: one row per project, then 合计 (预算数 in 万元). Its keys are the column
 * ids of the list on screen (project-list.tsx), so one `?plsort=` orders both the screen
 * (manual sorting: the rows come sorted from this spec) and the files.
 */
export function performanceProjectsSpec(model: ProjectsModel, budget: BudgetModel): TableSpec<ProjectRow> {
  return twinSpec<ProjectRow>(budget.meta, {
    id: 'performance-projects',
    title: c.projectsHeading,
    source: SOURCE,
    columns: [
      codeColumn('code', c.projectCode, (r) => r.code),
      nameColumn('name', c.projectName, (r) => r.name),
      amountColumn('budget', '预算数', (r) => r.budget),
      codeColumn('functionCode', c.functionCode, (r) => r.functionCode),
      textColumn('indicators', c.indicatorCount, (r) =>
        r.indicators === undefined ? undefined : String(r.indicators),
      ),
      textColumn('flags', c.issueCount, (r) => (r.flagCount === undefined ? undefined : String(r.flagCount))),
    ],
    rows: [
      ...model.projects.map((p) => ({ ...p, indicators: p.indicatorCount })),
      ...(model.projectTotal
        ? [{ name: c.total, budget: model.projectTotal, indicators: model.totalRows }]
        : []),
    ],
  });
}

/**
 * The list (as sorted on screen) and 指标一览 (the indicators the filters leave, one row per
 * 三级指标, with its 指标值 as printed and the diagnosis).
 */
export function performanceSpecs(
  model: PerformanceModel,
  budget: BudgetModel,
  projects: TableSpec<ProjectRow> = performanceProjectsSpec(model, budget),
): AnyTableSpec[] {
  const indicators = twinSpec<IndicatorView>(budget.meta, {
    id: 'performance-indicators',
    title: c.tableHeading,
    source: SOURCE,
    unitLabel: '',
    columns: [
      codeColumn('projectCode', c.projectCode, (r) => r.projectCode),
      nameColumn('projectName', c.colProject, (r) => r.projectName),
      textColumn('level1', c.colL1, (r) => r.level1),
      textColumn('level2', c.colL2, (r) => r.level2),
      nameColumn('level3', c.colL3, (r) => r.level3),
      textColumn('value', c.colValue, (r) => r.printedValue),
      textColumn('description', c.colDescription, (r) => r.description),
      textColumn('basis', c.colBasis, (r) => r.basis),
      textColumn('issues', c.colIssues, (r) =>
        r.flags.length
          ? r.flags.map((f) => `${RULE_TITLE.get(f.rule) ?? f.rule}：${f.reason}`).join('；')
          : undefined,
      ),
    ],
    rows: model.rows,
  });
  return model.projects.length > 0 ? [projects, indicators] : [];
}

/** How a point of the plan was read: 原表 / 未披露 / 推算. */
const PLAN_STATUS = {
  printed: c.statusPrinted,
  notDisclosed: c.statusNotDisclosed,
  inferred: c.statusInferred,
};

/**
 * One project's 资金支出计划 (the spending plan chart's table twin), declared once for screen
 * (sortable: ?spsort=) and files: 时间 as printed, the cumulative amount in 万元 ("未披露"
 * where the table leaves it out: a text, sorted last, never 0), its share of the budget in %
 * rounded half up to two decimals, and how it was read.
 */
export function spendingPlanSpec(project: ProjectDetail, budget: BudgetModel): TableSpec<PlanPoint> {
  return twinSpec<PlanPoint>(budget.meta, {
    id: 'performance-spending-plan',
    title: `${project.name} · ${c.spendingPlan}`,
    source: `${SOURCE.replace(/（.*）$/, '')} · ${project.tableTitle} · 资金支出计划`,
    columns: [
      textColumn('period', c.period, (p) => p.period),
      {
        ...amountColumn<PlanPoint>('amount', c.cumulativeAmount, (p) => p.amount),
        value: (p) => p.amount ?? NOT_DISCLOSED,
      },
      {
        key: 'percentOfBudget',
        header: [c.percentOfBudget],
        kind: 'share',
        unit: '%',
        value: (p) => p.percentOfBudget?.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) ?? NOT_DISCLOSED,
      },
      textColumn('status', c.status, (p) => PLAN_STATUS[p.status]),
    ],
    rows: project.plan.points,
  });
}

/** A row of 项目与指标 (绩效目标要点): a project, or the 合计 row (no code). */
export type HighlightRow = Partial<HighlightProject> & { name: string };

/** The 合计 row of 项目与指标 (its foot, never sorted). */
export const isHighlightTotal = (r: HighlightRow): boolean => r.code === undefined;

/**
 * 绩效目标要点's tables, declared once for screen (sortable: ?hlsort=, ?l1sort=, ?rulesort=)
 * and files: 项目与指标 (预算数 in 万元, counts of indicators and of flagged ones, then 合计),
 * 指标按一级指标 and 质量诊断 (counts by label).
 */
export function highlightsSpecs(
  h: PerformanceHighlights,
  budget: BudgetModel,
): {
  projects: TableSpec<HighlightRow>;
  byLevel1: TableSpec<LabelledCount>;
  byRule: TableSpec<LabelledCount>;
} {
  const count = <Row>(key: string, header: string, value: (r: Row) => number | undefined) =>
    textColumn<Row>(key, header, (r) => {
      const n = value(r);
      return n === undefined ? undefined : String(n);
    });
  const projects = twinSpec<HighlightRow>(budget.meta, {
    id: 'performance-highlights-projects',
    title: c.hlProjectsHeading,
    source: c.hlProjectsCaption.replace(/^来源：/, ''),
    columns: [
      nameColumn('name', c.projectName, (r) => r.name),
      amountColumn('budget', c.budget, (r) => r.budget),
      count('indicators', c.indicatorCount, (r) => r.indicators),
      count('flagged', c.hlFlaggedShort, (r) => r.flagged),
    ],
    rows: [
      ...h.projects,
      { name: c.total, budget: h.projectTotal, indicators: h.indicatorTotal, flagged: h.flaggedIndicators },
    ],
  });
  const counts = (id: string, title: string, caption: string, label: string, rows: LabelledCount[]) =>
    twinSpec<LabelledCount>(budget.meta, {
      id,
      title,
      source: caption.replace(/^来源：/, ''),
      unitLabel: `单位：${c.hlItems}`,
      columns: [nameColumn('label', label, (r) => r.label), count('count', c.hlCount, (r) => r.count)],
      rows,
    });
  return {
    projects,
    byLevel1: counts(
      'performance-highlights-level1',
      c.hlByLevel1,
      c.hlByLevel1Caption,
      '一级指标',
      h.byLevel1,
    ),
    byRule: counts('performance-highlights-rules', c.hlByRule, c.hlByRuleCaption, c.hlRule, h.flagsByRule),
  };
}
