import { describe, expect, it } from 'vitest';
import { dataset2024 } from './__fixtures__/load-2024';
import { describeSource } from './source';
import { deriveYearOnYear } from './year-on-year';

describe('headline figures of 2024', () => {
  // The summary is built once, by buildBudgetModel (with the year-over-year lines).
  const s = dataset2024().summary!;

  it('reads totals, parts and shares from the right tables', () => {
    expect(s.revenueTotal!.value.toFixed(2)).toBe('2305.27');
    expect(describeSource(s.revenueTotal!.source)).toBe('部门预算收支总表 · 序号 34 · 收入总计');
    expect(s.expenditureTotal!.value.toFixed(2)).toBe('2305.27');
    expect(s.basicExpenditure.value.toFixed(2)).toBe('1398.08');
    expect(s.projectExpenditure.value.toFixed(2)).toBe('907.19');
    expect(s.basicShare.toFixed(2)).toBe('60.65');
    expect(s.projectShare.toFixed(2)).toBe('39.35');
    expect(s.basicShare.plus(s.projectShare).toFixed(2)).toBe('100.00');
    expect(s.personnelExpense!.value.toFixed(2)).toBe('1321.13');
    expect(s.publicExpense!.value.toFixed(2)).toBe('76.95');
    expect(s.threePublicExpenses!.value.toFixed(2)).toBe('6.80');
  });

  it('finds where the revenue comes from: 一般公共预算拨款 100%', () => {
    expect(s.revenueSources.map((r) => [r.name, r.amount.toFixed(2), r.share.toFixed(2)])).toEqual([
      ['一般公共预算拨款收入', '2305.27', '100.00'],
    ]);
  });
});

describe('change against 2023 (derived from the narrative)', () => {
  const yoy = deriveYearOnYear(dataset2024());
  const line = (part: string) => yoy.lines.find((l) => l.part === part)!;

  it('derives 2023 = 2024 − change: 4012.42 / 1451.83 / 2560.59', () => {
    expect(yoy.previousYear).toBe(2023);
    expect(line('total').previous.toFixed(2)).toBe('4012.42');
    expect(line('basicExpenditure').previous.toFixed(2)).toBe('1451.83');
    expect(line('projectExpenditure').previous.toFixed(2)).toBe('2560.59');
  });

  it('computes −42.55% / −3.70% / −64.57% and keeps the printed reasons', () => {
    expect(line('total').change.toFixed(2)).toBe('-1707.15');
    expect(line('total').changePercent.toFixed(2)).toBe('-42.55');
    expect(line('basicExpenditure').changePercent.toFixed(2)).toBe('-3.70');
    expect(line('projectExpenditure').changePercent.toFixed(2)).toBe('-64.57');
    expect(line('basicExpenditure').reason).toContain('年底考核奖');
    expect(line('projectExpenditure').reason).toContain('环渤海地区新型工业化基地建设专项');
    expect(describeSource(line('total').previousSource)).toMatch(/^推算：2024年合计 − 情况说明所列增减额/);
  });
});
