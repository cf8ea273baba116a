import { describe, expect, it } from 'vitest';
import { dataset2024 } from '../../domain/__fixtures__/load-2024';
import { selectPerformanceHighlights } from './select-highlights';

describe('绩效目标要点 (highlights)', () => {
  const h = selectPerformanceHighlights(dataset2024())!;

  it('counts the 7 projects (907.19 万元) and their 55 indicators by 一级指标', () => {
    expect(h.projects).toHaveLength(7);
    expect(h.projectTotal.toFixed(2)).toBe('907.19');
    expect(h.indicatorTotal).toBe(55);
    expect(h.byLevel1).toEqual([
      { label: '产出指标', count: 28 },
      { label: '效益指标', count: 20 },
      { label: '满意度指标', count: 7 },
    ]);
    expect(h.quantitative + h.qualitative).toBe(55);
    expect(h.qualitative).toBe(5);
    expect(h.departmentGoals).toBe(9);
  });

  it('summarises the quality review: flagged indicators and flags per rule', () => {
    expect(h.flaggedIndicators).toBe(35);
    expect(h.flagsByRule.find((r) => r.label === '绩效目标为模板文字')?.count).toBe(1);
    expect(h.flagsByRule.reduce((a, r) => a + r.count, 0)).toBe(68);
    const p64 = h.projects.find((p) => p.code === '13020824P00016410001J')!;
    expect(p64.indicators).toBe(9);
    expect(p64.route).toBe('/performance/project/13020824P00016410001J');
  });

  it('is null for a dataset without project tables', () => {
    const ds = dataset2024((raw) => {
      raw.projects = [];
    });
    expect(selectPerformanceHighlights(ds)).toBeNull();
  });
});
