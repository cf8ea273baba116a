/**
 * View model of the 绩效目标与指标 explorer: the department level (overall goal, itemised
 * goals with their indicators and targets), the project list with money, the selected
 * project in full, the filtered indicator table with counts per filter value, and the
 * quality review. Pure: plain data from the budget and the URL state; amounts in 万元.
 *
 * Sources: 五、部门整体绩效目标 (narrative.performance) and 七、部门项目预算安排情况及绩效目标
 * (projects: 绩效目标表 of each project).
 */
import type Decimal from 'decimal.js';
import { findTextTargets, describeValue, type ValueKind } from '../../domain/indicators/parse-value';
import {
  matchesQuery,
  projectIndicatorRows,
  type IndicatorRow,
} from '../../domain/indicators/project-indicators';
import {
  QUALITY_RULES,
  reviewIndicatorQuality,
  type QualityFlag,
  type QualityRuleId,
} from '../../domain/indicators/quality';
import { deriveSpendingPlan, type SpendingPlan } from '../../domain/indicators/spending-plan';
import { sumAmounts } from '../../domain/money';
import type { BudgetModel } from '../../domain/budget-model';
import type { Project } from '../../domain/schema';
import type { SourceRef } from '../../domain/source';
import { basicProjectRoute, functionRoute, projectRoute, type PerformanceFilters } from './url-state';

export const PROJECT_SECTION = '七、部门项目预算安排情况及绩效目标';

/** One sentence of a department-level 绩效指标, with the targets found in it. */
export interface DepartmentIndicatorView {
  /** The indicator as printed (label removed), e.g. "安全生产管理工作完成率, …大于等于 80%". */
  text: string;
  /** What is measured: the words before the first comma. */
  name: string;
  /** The rest of the sentence (may be empty). */
  detail: string;
  /** Targets in normal form, e.g. ["≥ 80 %"]. */
  targets: string[];
}

export interface DepartmentGoalView {
  seq: number;
  title: string;
  goal: string;
  indicators: DepartmentIndicatorView[];
  flags: QualityFlag[];
}

export interface ProjectSummary {
  seq: number;
  code: string;
  name: string;
  budget: Decimal;
  budgetSource: SourceRef;
  functionCode?: string;
  /** Route to the treemap at the function code (without "#"). */
  functionRoute?: string;
  basicProjectRoute: string;
  route: string;
  indicatorCount: number;
  /** Flags about the project or its indicators. */
  flagCount: number;
}

export interface IndicatorView extends IndicatorRow {
  /** Normal form of the parsed value ("≥ 95 %"); equals the printed text for 定性. */
  normalized: string;
  flags: QualityFlag[];
}

export interface Level2Group {
  level2: string;
  rows: IndicatorView[];
}
export interface Level1Group {
  level1: string;
  count: number;
  groups: Level2Group[];
}

export interface ProjectDetail extends ProjectSummary {
  purpose?: string;
  goals: { text: string; template: boolean }[];
  plan: SpendingPlan;
  tree: Level1Group[];
  /** Flags about the project itself and its indicators. */
  flags: QualityFlag[];
  tableTitle: string;
}

export interface FacetOption {
  value: string;
  label: string;
  /** Rows matching every other active filter and this value. */
  count: number;
}

export interface Facets {
  project: FacetOption[];
  l1: FacetOption[];
  l2: FacetOption[];
  kind: FacetOption[];
  basis: FacetOption[];
  /** Rows with a flag, under the other filters. */
  issues: number;
}

export interface QualityGroup {
  rule: QualityRuleId;
  title: string;
  items: QualityItem[];
}

/** One flag with what it is about: the project (or department goal) and, for an indicator, its name. */
export interface QualityItem {
  flag: QualityFlag;
  /** Full subject in one line, e.g. "科技创新扶持资金 · 成本指标 · 奖补成本". */
  subject: string;
  /** The project name or "分项绩效目标 1 促进工业转型升级". */
  owner: string;
  /** "成本指标 · 奖补成本" for an indicator flag. */
  indicator?: string;
  route?: string;
}

export interface PerformanceModel {
  department: string;
  year: number;
  overallGoal: string[];
  goals: DepartmentGoalView[];
  workSafeguards: string[];
  mechanismSafeguards: string[];
  projects: ProjectSummary[];
  /** Sum of project budgets, 万元 (= 项目支出). */
  projectTotal?: Decimal;
  /** The project named in the path; undefined when none is selected. */
  selected?: ProjectDetail;
  /** Set when the path names a project code that is not in the budget. */
  missingProject?: string;
  rows: IndicatorView[];
  totalRows: number;
  facets: Facets;
  quality: QualityGroup[];
  flagCount: number;
}

/**
 * The project list's part of the model (the same for every filter): the project summaries,
 * their budget total (万元, = 项目支出; absent without projects) and the count of 绩效指标.
 */
export interface ProjectsModel {
  projects: ProjectSummary[];
  projectTotal?: Decimal | undefined;
  totalRows: number;
}

type FilterKey = 'project' | 'l1' | 'l2' | 'kind' | 'basis' | 'issues' | 'q';

/**
 * Whether a row passes every filter but `skip`. `matched`: the rows the search (`f.q`) matches,
 * found once per call of selectPerformance (the rows and each facet's counts ask for every
 * row); undefined when there is no search.
 */
function passes(
  row: IndicatorView,
  f: PerformanceFilters,
  skip?: FilterKey,
  matched?: ReadonlySet<IndicatorView>,
): boolean {
  if (skip !== 'project' && f.project && row.projectCode !== f.project) return false;
  if (skip !== 'l1' && f.l1 && row.level1 !== f.l1) return false;
  if (skip !== 'l2' && f.l2 && row.level2 !== f.l2) return false;
  if (skip !== 'kind' && f.kind && row.kind !== f.kind) return false;
  if (skip !== 'basis' && f.basis && row.basis !== f.basis) return false;
  if (skip !== 'issues' && f.issues && row.flags.length === 0) return false;
  if (skip !== 'q' && matched && !matched.has(row)) return false;
  return true;
}

/** Distinct values in first-seen order with their counts under the other filters. */
function facet(
  all: readonly IndicatorView[],
  f: PerformanceFilters,
  key: Exclude<FilterKey, 'issues' | 'q'>,
  valueOf: (r: IndicatorView) => string | undefined,
  labelOf: (v: string) => string = (v) => v,
  matched?: ReadonlySet<IndicatorView>,
): FacetOption[] {
  const order: string[] = [];
  const counts = new Map<string, number>();
  for (const r of all) {
    const v = valueOf(r);
    if (v === undefined) continue;
    if (!counts.has(v)) {
      order.push(v);
      counts.set(v, 0);
    }
    if (passes(r, f, key, matched)) counts.set(v, counts.get(v)! + 1);
  }
  return order.map((v) => ({ value: v, label: labelOf(v), count: counts.get(v)! }));
}

const KIND_LABEL: Record<ValueKind, string> = { quantitative: '定量', qualitative: '定性' };

function splitSentences(text: string): string[] {
  return text
    .split(/[；;]\s*/)
    .map((s) => s.trim().replace(/[。.]$/, ''))
    .filter((s) => s !== '');
}

function departmentIndicator(text: string, year: number): DepartmentIndicatorView {
  const clean = text.trim().replace(/[。.]$/, '');
  const at = clean.search(/[,，]/);
  return {
    text: clean,
    name: at > 0 ? clean.slice(0, at).trim() : clean,
    detail: at > 0 ? clean.slice(at + 1).trim() : '',
    targets: findTextTargets(clean, year).map((t) => describeValue(t.value)),
  };
}

/** A project's row of the project list; counts of its 绩效指标 and of the flags about it. */
function summary(p: Project, indicatorCount: number, flagCount: number): ProjectSummary {
  return {
    seq: p.seq,
    code: p.code,
    name: p.name,
    budget: p.budget,
    budgetSource: { kind: 'narrative', section: `${PROJECT_SECTION} · ${p.tableTitle} · 预算数` },
    ...(p.functionCode ? { functionCode: p.functionCode, functionRoute: functionRoute(p.functionCode) } : {}),
    basicProjectRoute: basicProjectRoute(p.code),
    route: projectRoute(p.code),
    indicatorCount,
    flagCount,
  };
}

/** Groups rows 一级 → 二级 in first-seen order. */
export function groupByLevels(rows: readonly IndicatorView[]): Level1Group[] {
  const out: Level1Group[] = [];
  for (const r of rows) {
    let l1 = out.find((g) => g.level1 === r.level1);
    if (!l1) out.push((l1 = { level1: r.level1, count: 0, groups: [] }));
    let l2 = l1.groups.find((g) => g.level2 === r.level2);
    if (!l2) l1.groups.push((l2 = { level2: r.level2, rows: [] }));
    l2.rows.push(r);
    l1.count += 1;
  }
  return out;
}

/** The model's dataset-wide part: the same for every filter, so built once per dataset. */
interface DatasetWide {
  perf: NonNullable<BudgetModel['narrative']['performance']>;
  /** The 部门整体绩效目标 in sentences and the 分项绩效目标 with their indicators read. */
  overallGoal: string[];
  goals: DepartmentGoalView[];
  /** Sum of project budgets, 万元; undefined without projects. */
  projectTotal: Decimal | undefined;
  flags: QualityFlag[];
  all: IndicatorView[];
  projects: ProjectSummary[];
  summaries: Map<string, ProjectSummary>;
  nameOf: Map<string, string>;
  quality: QualityGroup[];
}

/**
 * Every indicator with its value read and its flags, the project summaries and the quality
 * review: dataset-wide work that a filter (a keystroke in the search) must not redo. Kept per
 * budget model object (a WeakMap: a dataset that is let go takes its entry with it).
 */
const datasetWideCache = new WeakMap<BudgetModel, DatasetWide>();

function datasetWide(budget: BudgetModel): DatasetWide {
  const cached = datasetWideCache.get(budget);
  if (cached) return cached;
  // A disclosure that publishes no 部门整体绩效目标 shows none (empty lists, not an error).
  const perf = budget.narrative.performance ?? {
    overallGoal: '',
    goals: [],
    workSafeguards: [],
    mechanismSafeguards: [],
  };
  const rawRows = projectIndicatorRows(budget);
  const flags = reviewIndicatorQuality(budget.projects, rawRows, perf.goals);
  // Flags by indicator and by project, in the review's order (one pass, not one per row).
  const flagsOfRow = new Map<string, QualityFlag[]>();
  const flagCountOf = new Map<string, number>();
  for (const f of flags) {
    if (f.target.kind === 'indicator') {
      const list = flagsOfRow.get(f.target.indicatorId);
      if (list) list.push(f);
      else flagsOfRow.set(f.target.indicatorId, [f]);
    }
    if (f.target.kind !== 'departmentGoal')
      flagCountOf.set(f.target.projectCode, (flagCountOf.get(f.target.projectCode) ?? 0) + 1);
  }
  const all: IndicatorView[] = rawRows.map((r) => ({
    ...r,
    normalized: describeValue(r.value),
    flags: flagsOfRow.get(r.id) ?? [],
  }));
  const byId = new Map(all.map((r) => [r.id, r]));
  const indicatorCountOf = new Map<string, number>();
  for (const r of all) indicatorCountOf.set(r.projectCode, (indicatorCountOf.get(r.projectCode) ?? 0) + 1);
  const projects = budget.projects.map((p) =>
    summary(p, indicatorCountOf.get(p.code) ?? 0, flagCountOf.get(p.code) ?? 0),
  );
  const summaries = new Map(projects.map((x) => [x.code, x]));
  const nameOf = new Map(budget.projects.map((x) => [x.code, x.name]));
  const quality: QualityGroup[] = QUALITY_RULES.map((rule) => ({
    rule: rule.id,
    title: rule.title,
    items: flags
      .filter((f) => f.rule === rule.id)
      .map((flag) => {
        const t = flag.target;
        if (t.kind === 'departmentGoal') {
          const g = perf.goals.find((x) => x.seq === t.seq);
          const owner = `分项绩效目标 ${t.seq} ${g?.title ?? ''}`.trim();
          return { flag, subject: owner, owner };
        }
        const row = t.kind === 'indicator' ? byId.get(t.indicatorId) : undefined;
        const name = nameOf.get(t.projectCode) ?? t.projectCode;
        const indicator = row ? `${row.level2} · ${row.level3}` : undefined;
        return {
          flag,
          subject: indicator ? `${name} · ${indicator}` : name,
          owner: name,
          ...(indicator ? { indicator } : {}),
          route: projectRoute(t.projectCode),
        };
      }),
  })).filter((g) => g.items.length > 0);

  const year = budget.meta.year;
  const wide = {
    perf,
    overallGoal: splitSentences(perf.overallGoal),
    goals: perf.goals.map((g) => ({
      seq: g.seq,
      title: g.title,
      goal: g.goal,
      indicators: g.indicators.map((i) => departmentIndicator(i, year)),
      flags: flags.filter((f) => f.target.kind === 'departmentGoal' && f.target.seq === g.seq),
    })),
    projectTotal: projects.length > 0 ? sumAmounts(projects.map((x) => x.budget)) : undefined,
    flags,
    all,
    projects,
    summaries,
    nameOf,
    quality,
  };
  datasetWideCache.set(budget, wide);
  return wide;
}

/**
 * Builds and keeps the dataset-wide part of `budget`'s explorer model (datasetWide) ahead of
 * the first render: src/app/views.ts `prepare`, run before the prerendered 绩效 screen
 * hydrates. Source: the 项目绩效目标表 (budget.projects) and the 部门整体绩效目标.
 */
export function prepareDatasetWide(budget: BudgetModel): void {
  datasetWide(budget);
}

/**
 * Builds the explorer's model. The dataset-wide part is built once per budget model
 * (datasetWide); a call for other filters only filters and counts.
 * @param selectedCode 项目编码 from the path, if any.
 */
export function selectPerformance(
  budget: BudgetModel,
  filters: PerformanceFilters,
  selectedCode?: string,
): PerformanceModel {
  const year = budget.meta.year;
  const { perf, overallGoal, goals, projectTotal, flags, all, projects, nameOf, quality, summaries } =
    datasetWide(budget);
  const matched = filters.q.trim() ? new Set(all.filter((r) => matchesQuery(r, filters.q))) : undefined;
  const p = selectedCode ? budget.projects.find((x) => x.code === selectedCode) : undefined;
  let selected: ProjectDetail | undefined;
  if (p) {
    const mine = all.filter((r) => r.projectCode === p.code);
    selected = {
      ...summaries.get(p.code)!,
      ...(p.purpose ? { purpose: p.purpose } : {}),
      tableTitle: p.tableTitle,
      goals: p.goals.map((g) => ({
        text: g,
        template: flags.some(
          (f) =>
            f.rule === 'templateGoal' &&
            f.target.kind === 'project' &&
            f.target.projectCode === p.code &&
            f.reason.includes(g),
        ),
      })),
      plan: deriveSpendingPlan(p),
      tree: groupByLevels(mine),
      flags: flags.filter((f) => f.target.kind !== 'departmentGoal' && f.target.projectCode === p.code),
    };
  }

  return {
    department: budget.meta.department.name,
    year,
    overallGoal,
    goals,
    workSafeguards: perf.workSafeguards,
    mechanismSafeguards: perf.mechanismSafeguards,
    projects,
    ...(projectTotal ? { projectTotal } : {}),
    ...(selected ? { selected } : {}),
    ...(selectedCode && !p ? { missingProject: selectedCode } : {}),
    rows: all.filter((r) => passes(r, filters, undefined, matched)),
    totalRows: all.length,
    facets: {
      project: facet(
        all,
        filters,
        'project',
        (r) => r.projectCode,
        (v) => nameOf.get(v) ?? v,
        matched,
      ),
      l1: facet(all, filters, 'l1', (r) => r.level1, undefined, matched),
      l2: facet(all, filters, 'l2', (r) => r.level2, undefined, matched),
      kind: facet(
        all,
        filters,
        'kind',
        (r) => r.kind,
        (v) => KIND_LABEL[v as ValueKind],
        matched,
      ),
      basis: facet(all, filters, 'basis', (r) => r.basis, undefined, matched),
      issues: all.filter((r) => r.flags.length > 0 && passes(r, filters, 'issues', matched)).length,
    },
    quality,
    flagCount: flags.length,
  };
}
