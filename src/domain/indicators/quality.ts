/**
 * Indicator quality review (质量诊断) for budget reviewers: rules that flag weak or
 * inconsistent performance targets, each with a one-line reason that cites the printed
 * values. Every rule is a pure function of the dataset (or of the parts it needs), so each
 * can be tested on a positive and a negative case.
 *
 * The rules do not judge the department; they point a reviewer at what to ask about.
 */
import type Decimal from 'decimal.js';
import { formatAmount, formatPercent } from '../format';
import { percentOf } from '../money';
import type { DepartmentGoal, Project } from '../schema';
import type { IndicatorRow } from './project-indicators';
import { deriveSpendingPlan } from './spending-plan';

export type QualityRuleId =
  | 'templateGoal'
  | 'repeatedIndicator'
  | 'unmeasurablePercent'
  | 'inconsistentUnit'
  | 'costMismatch'
  | 'planShort'
  | 'duplicatedLabel';

/** What a flag is about: a project (its goals, plan, cost), one indicator, or a department goal. */
export type QualityTarget =
  | { kind: 'project'; projectCode: string }
  | { kind: 'indicator'; projectCode: string; indicatorId: string }
  | { kind: 'departmentGoal'; seq: number };

export interface QualityFlag {
  rule: QualityRuleId;
  target: QualityTarget;
  /** One line, Chinese, citing the printed values. */
  reason: string;
}

/** Rule titles, in review order. */
export const QUALITY_RULES: { id: QualityRuleId; title: string }[] = [
  { id: 'templateGoal', title: '绩效目标为模板文字' },
  { id: 'costMismatch', title: '成本指标与预算不匹配' },
  { id: 'planShort', title: '已披露的支出计划未达到预算' },
  { id: 'unmeasurablePercent', title: '百分比目标无法计量' },
  { id: 'repeatedIndicator', title: '指标在多个项目间逐字重复' },
  { id: 'inconsistentUnit', title: '单位写法不一致' },
  { id: 'duplicatedLabel', title: '标签重复' },
];

const TEMPLATE_GOAL = /^(目标内容|绩效目标|目标)\s*\d*$|^(请填写|填写|XXX|xxx)/;

/**
 * Goals left as the form's template text, e.g. "目标内容 1" (唐财教[2023]64号's goal).
 * One flag per project with such a goal.
 */
export function findTemplateGoals(
  projects: readonly Pick<Project, 'code' | 'goals' | 'goalsText'>[],
): QualityFlag[] {
  const out: QualityFlag[] = [];
  for (const p of projects) {
    const template = p.goals.filter((g) => TEMPLATE_GOAL.test(g.trim()));
    if (template.length > 0) {
      out.push({
        rule: 'templateGoal',
        target: { kind: 'project', projectCode: p.code },
        reason: `绩效目标写作“${template.join('”“')}”，是表格模板的占位文字，没有说明项目要达到什么`,
      });
    }
  }
  return out;
}

const rowKey = (r: IndicatorRow) =>
  [r.level1, r.level2, r.level3, r.description ?? '', r.printedValue ?? '', r.basis ?? ''].join('\u0001');

/**
 * Indicators repeated verbatim (same 一级/二级/三级指标, 描述, 指标值 and 依据) in two or more
 * projects: a sign that the table was copied rather than written for the project.
 */
export function findRepeatedIndicators(rows: readonly IndicatorRow[]): QualityFlag[] {
  const byKey = new Map<string, IndicatorRow[]>();
  for (const r of rows) byKey.set(rowKey(r), [...(byKey.get(rowKey(r)) ?? []), r]);
  const out: QualityFlag[] = [];
  for (const group of byKey.values()) {
    const projects = [...new Set(group.map((r) => r.projectCode))];
    if (projects.length < 2) continue;
    for (const r of group) {
      const others = [
        ...new Set(group.filter((o) => o.projectCode !== r.projectCode).map((o) => o.projectName)),
      ];
      out.push({
        rule: 'repeatedIndicator',
        target: { kind: 'indicator', projectCode: r.projectCode, indicatorId: r.id },
        reason: `与另外 ${others.length} 个项目（${others.join('、')}）的指标逐字相同`,
      });
    }
  }
  return out;
}

/** Words that say what a percentage is a share of (a rate, ratio, degree of satisfaction…). */
const MEASURABLE_SHARE = /率|比例|比重|占比|满意度|满意程度|覆盖|完成|达标|合格|到位|上报/;

/**
 * Percentage targets with no way to measure them: the value is a % but neither the 三级指标
 * nor its description names a rate or ratio (e.g. ≥95% for "对生态的影响").
 */
export function findUnmeasurablePercents(rows: readonly IndicatorRow[]): QualityFlag[] {
  return rows
    .filter((r) => r.value.type === 'number' && r.value.unit === '%')
    .filter((r) => !MEASURABLE_SHARE.test(`${r.level3}${r.description ?? ''}`))
    .map((r) => ({
      rule: 'unmeasurablePercent' as const,
      target: { kind: 'indicator' as const, projectCode: r.projectCode, indicatorId: r.id },
      reason: `目标为 ${r.printedValue}，但“${r.level3}”${r.description && r.description !== r.level3 ? `（${r.description}）` : ''}不是比率，无法说明分子分母如何计算`,
    }));
}

/**
 * The same unit spelled differently across the disclosure (百分比 vs %): flags every value
 * whose printed unit differs from the normal spelling when the normal spelling is also used.
 */
export function findInconsistentUnits(rows: readonly IndicatorRow[]): QualityFlag[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.value.type !== 'number' || !r.value.unit) continue;
    const m = spellings.get(r.value.unit) ?? new Map<string, number>();
    m.set(r.value.printedUnit, (m.get(r.value.printedUnit) ?? 0) + 1);
    spellings.set(r.value.unit, m);
  }
  const out: QualityFlag[] = [];
  for (const r of rows) {
    if (r.value.type !== 'number' || !r.value.unit) continue;
    const m = spellings.get(r.value.unit)!;
    if (m.size < 2 || r.value.printedUnit === r.value.unit) continue;
    out.push({
      rule: 'inconsistentUnit',
      target: { kind: 'indicator', projectCode: r.projectCode, indicatorId: r.id },
      reason: `单位写作“${r.value.printedUnit}”，另有 ${m.get(r.value.unit) ?? 0} 项指标写作“${r.value.unit}”`,
    });
  }
  return out;
}

const COUNT_UNITS = /^(个|家|人|项|次|户|所|台|套|件|名|场)$/;

function toWan(n: Decimal, unit: string): Decimal | undefined {
  const u = unit.replace(/\/(年|项目)$/, '');
  if (u === '万元') return n;
  if (u === '元') return n.div(10000);
  return undefined;
}

/**
 * Cost indicators that do not fit the budget: a per-unit cost cap (成本指标, ≤ or =, in 元 or
 * 万元) times the minimum count (数量指标, ≥ with a count unit) is below the project budget,
 * so the budget cannot be spent at the stated cost and quantity (e.g. 科技创新扶持资金:
 * ≤20万元 × ≥1家 = 20 万元, budget 200). A cost per month ("每月") counts 12 months.
 * One flag per cost indicator that does not fit.
 */
export function findCostMismatches(
  projects: readonly Pick<Project, 'code' | 'budget'>[],
  rows: readonly IndicatorRow[],
): QualityFlag[] {
  const out: QualityFlag[] = [];
  for (const p of projects) {
    const mine = rows.filter((r) => r.projectCode === p.code);
    const count = mine.find(
      (r) =>
        r.level2 === '数量指标' &&
        r.value.type === 'number' &&
        (r.value.comparator === '≥' || r.value.comparator === '=') &&
        COUNT_UNITS.test(r.value.unit),
    );
    if (!count || count.value.type !== 'number') continue;
    for (const cost of mine.filter((r) => r.level2 === '成本指标')) {
      if (cost.value.type !== 'number' || cost.value.comparator === '≥' || cost.value.comparator === '>')
        continue;
      const perUnit = toWan(cost.value.number, cost.value.unit);
      if (!perUnit) continue;
      const monthly = /每月|\/月/.test(`${cost.level3}${cost.description ?? ''}${cost.printedValue ?? ''}`);
      const months = monthly ? 12 : 1;
      const ceiling = perUnit.times(count.value.number).times(months);
      if (ceiling.gte(p.budget)) continue;
      const pct = p.budget.isZero() ? undefined : percentOf(ceiling, p.budget);
      out.push({
        rule: 'costMismatch',
        target: { kind: 'indicator', projectCode: p.code, indicatorId: cost.id },
        reason: `${cost.printedValue} × ${count.printedValue}${monthly ? ' × 12 个月' : ''} = ${formatAmount(ceiling)} 万元，只占预算 ${formatAmount(p.budget)} 万元的 ${pct ? formatPercent(pct) : '—'}`,
      });
    }
  }
  return out;
}

/**
 * Spending plans that do not reach the budget: the last printed cumulative amount is below
 * the budget. When the year-end cell was lost the reason says so, in the words the plan table
 * uses: inferred from the budget (推算, with the amount) or, when it cannot be, not disclosed.
 */
export function findShortPlans(
  projects: readonly Pick<Project, 'code' | 'budget' | 'spendingPlan'>[],
): QualityFlag[] {
  const out: QualityFlag[] = [];
  for (const p of projects) {
    const plan = deriveSpendingPlan(p);
    const last = plan.lastPrinted;
    if (!last?.amount || last.amount.gte(p.budget)) continue;
    const yearEnd = plan.points[plan.points.length - 1];
    // Say what the plan table and chart show for the lost year-end: inferred (推算, dashed
    // bar) when it could be, else plainly not disclosed.
    const yearEndText =
      yearEnd?.status === 'inferred' && yearEnd.amount
        ? `；${yearEnd.period}：原表未披露，按预算数推算为 ${formatAmount(yearEnd.amount)} 万元（图表中以虚线标出）`
        : yearEnd?.status === 'notDisclosed'
          ? `；${yearEnd.period} 未披露`
          : '';
    out.push({
      rule: 'planShort',
      target: { kind: 'project', projectCode: p.code },
      reason: `已披露的计划到 ${last.period} 累计 ${formatAmount(last.amount)} 万元，为预算的 ${last.percentOfBudget ? formatPercent(last.percentOfBudget) : '—'}${yearEndText}`,
    });
  }
  return out;
}

/** The 绩效指标 label printed more than once ("绩效指标: 绩效指标:") in a department goal. */
export function findDuplicatedLabels(
  goals: readonly Pick<DepartmentGoal, 'seq' | 'title' | 'indicatorsText'>[],
): QualityFlag[] {
  return goals
    .filter((g) => /^\s*(绩效指标\s*[:：]\s*){2,}/.test(g.indicatorsText))
    .map((g) => ({
      rule: 'duplicatedLabel' as const,
      target: { kind: 'departmentGoal' as const, seq: g.seq },
      reason: `“${g.title}”的绩效指标段落把标签“绩效指标:”印了两次`,
    }));
}

/** Runs every rule, in QUALITY_RULES order. */
export function reviewIndicatorQuality(
  projects: readonly Project[],
  rows: readonly IndicatorRow[],
  goals: readonly DepartmentGoal[],
): QualityFlag[] {
  const all = [
    ...findTemplateGoals(projects),
    ...findCostMismatches(projects, rows),
    ...findShortPlans(projects),
    ...findUnmeasurablePercents(rows),
    ...findRepeatedIndicators(rows),
    ...findInconsistentUnits(rows),
    ...findDuplicatedLabels(goals),
  ];
  const order = new Map(QUALITY_RULES.map((r, i) => [r.id, i]));
  return all.sort((a, b) => order.get(a.rule)! - order.get(b.rule)!);
}
