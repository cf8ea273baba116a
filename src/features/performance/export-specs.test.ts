/** 绩效目标's TableSpecs on the shipped 339-2024 budget: the project list and a spending plan. */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import { cellText, sortRows } from '../../domain/table-spec-layout';
import { tableCsvRows } from '../../export/csv';
import {
  highlightsSpecs,
  isHighlightTotal,
  isProjectTotal,
  performanceProjectsSpec,
  spendingPlanSpec,
} from './export-specs';
import { selectPerformanceHighlights } from './select-highlights';
import { selectPerformance } from './select-performance';
import { NO_FILTERS } from './url-state';

const budget = shippedModel('339-2024');
const model = (code?: string) => selectPerformance(budget, NO_FILTERS, code);

describe('performanceProjectsSpec', () => {
  const spec = performanceProjectsSpec(model(), budget);
  const col = (key: string) => spec.columns.find((c) => c.key === key)!;
  it('sorted by 预算数 descending: 600.00, 200.00 …, the 合计 907.19 stays last', () => {
    const rows = sortRows(spec.rows, col('budget'), 'desc', isProjectTotal);
    expect(rows.slice(0, 2).map((r) => cellText(r.budget, 'amount'))).toEqual(['600.00', '200.00']);
    expect(rows.at(-1)).toMatchObject({ name: '合计' });
    expect(cellText(rows.at(-1)!.budget, 'amount')).toBe('907.19');
    expect(rows.at(-2)!.budget!.toFixed(2)).toBe('1.80');
  });
  it('by 功能科目 (codes by their digits), ascending', () => {
    const rows = sortRows(spec.rows, col('functionCode'), 'asc', isProjectTotal);
    expect(rows.map((r) => r.functionCode ?? '合计')).toEqual([
      '2060502',
      '2060801',
      '2069999',
      '2069999',
      '2150502',
      '2150517',
      '2150805',
      '合计',
    ]);
  });
});

describe('spendingPlanSpec', () => {
  it('唐财教[2023]64号: 10月底 36.00 (75.00%), 12月底 48.00 推算; 未披露 is text, sorted last', () => {
    const p = model('13020824P00016410001J').selected!;
    const spec = spendingPlanSpec(p, budget);
    const rows = tableCsvRows(spec).slice(6);
    expect(rows.find((r) => r[0] === '10月底')).toEqual(['10月底', '36.00', '75.00', '原表']);
    expect(rows.find((r) => r[0] === '12月底')).toEqual(['12月底', '48.00', '100.00', '推算']);
    const first = model('13020824P00001910005H').selected!;
    const plan = spendingPlanSpec(first, budget);
    const amount = plan.columns.find((c) => c.key === 'amount')!;
    for (const dir of ['asc', 'desc'] as const)
      expect(
        sortRows(plan.rows, amount, dir)
          .slice(2)
          .map((r) => r.period),
        dir,
      ).toEqual(['3月底', '10月底']);
    expect(cellText(amount.value(plan.rows[0]!), 'amount')).toBe('未披露');
  });
});

describe('highlightsSpecs', () => {
  const specs = highlightsSpecs(selectPerformanceHighlights(budget)!, budget);
  it('质量诊断 by 数量 descending: counts by value (28, 18, 12, 4 …), not as text', () => {
    const count = specs.byRule.columns.find((c) => c.key === 'count')!;
    expect(sortRows(specs.byRule.rows, count, 'desc').map((r) => r.count)).toEqual([28, 18, 12, 4, 4, 1, 1]);
  });
  it('项目与指标 by 预算数 ascending, the 合计 row (907.19, 55 indicators) at the foot', () => {
    const b = specs.projects.columns.find((c) => c.key === 'budget')!;
    const rows = sortRows(specs.projects.rows, b, 'asc', isHighlightTotal);
    expect(rows[0]!.budget!.toFixed(2)).toBe('1.80');
    expect(tableCsvRows({ ...specs.projects, rows }).at(-1)).toEqual(['合计', '907.19', '55', '35']);
  });
});
