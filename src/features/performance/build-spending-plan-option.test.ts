import { describe, expect, it } from 'vitest';
import { deriveSpendingPlan } from '../../domain/indicators/spending-plan';
import { loadDataset2024 } from '../../domain/indicators/test-dataset';
import { buildSpendingPlanOption, describePlanPoint } from './build-spending-plan-option';

const ds = loadDataset2024();
const plan = (seq: number) => deriveSpendingPlan(ds.projects.find((p) => p.seq === seq)!);

type Bar = '-' | { value: number; itemStyle: { borderType?: string }; label: { formatter: () => string } };
const bars = (o: ReturnType<typeof buildSpendingPlanOption>) => (o.series as { data: Bar[] }[])[0]!.data;

describe('buildSpendingPlanOption', () => {
  it('project 4 科技创新扶持资金: 25 / 50 / 75 % printed, 100 % inferred and dashed', () => {
    const o = buildSpendingPlanOption(plan(4));
    const d = bars(o);
    expect(d.map((b) => (b === '-' ? b : b.value))).toEqual([25, 50, 75, 100]);
    expect((d[2] as Exclude<Bar, '-'>).label.formatter()).toBe('150.00 万元\n75.00%');
    expect((d[3] as Exclude<Bar, '-'>).label.formatter()).toBe('200.00 万元\n推算 100.00%');
    expect((d[3] as Exclude<Bar, '-'>).itemStyle.borderType).toBe('dashed');
    expect(o.aria).toMatchObject({ enabled: true });
  });
  it('project 1: not-disclosed periods draw no bar and say 未披露 under the axis', () => {
    const o = buildSpendingPlanOption(plan(1), true);
    expect(bars(o).map((b) => (b === '-' ? b : b.value))).toEqual(['-', 100, '-', 100]);
    const fmt = (o.xAxis as { axisLabel: { formatter: (v: string, i: number) => string } }).axisLabel
      .formatter;
    expect(fmt('3月底', 0)).toBe('3月底\n{nd|未披露}');
    expect(fmt('6月底', 1)).toBe('6月底');
    expect((bars(o)[1] as Exclude<Bar, '-'>).label.formatter()).toBe('1.80\n100.00%');
  });
  it('tooltips say amount, share and status', () => {
    const p = plan(4).points;
    expect(describePlanPoint(p[2]!)).toBe('10月底：累计 150.00 万元，占预算 75.00%（原表）');
    expect(describePlanPoint(p[3]!)).toBe('12月底：累计 200.00 万元，占预算 100.00%（推算）');
    expect(describePlanPoint(plan(1).points[0]!)).toBe('3月底：未披露');
  });
});
