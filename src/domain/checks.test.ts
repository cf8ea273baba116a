import { describe, expect, it } from 'vitest';
import { dataset2024, rawTable } from './__fixtures__/load-2024';
import { describeMismatch, runChecks } from './checks';

describe('cross-table checks (数据核验)', () => {
  it('all pass on the real 2024 disclosure, and cover every table identity', () => {
    const results = runChecks(dataset2024());
    expect(results.filter((c) => !c.ok)).toEqual([]);
    const ids = results.map((c) => c.id);
    for (const id of [
      'summary-balance',
      'expenditure-vs-summary',
      'expenditure-classes',
      'revenue-vs-summary',
      'basic-vs-general-budget',
      'basic-personnel-public',
      'three-public-items',
      'projects-sum',
      'narrative-project-items',
      'narrative-operating',
      'narrative-three-public',
      'narrative-yoy-parts',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('names a mismatch: 206 basic changed to 300.00', () => {
    const ds = dataset2024((raw) => {
      rawTable(raw, 'budget-expenditure').rows.find((r) => r.code === '206')!.cells.basicExpenditure =
        '300.00';
    });
    const failing = runChecks(ds).filter((c) => !c.ok);
    expect(failing.map((c) => c.id).sort()).toEqual(['expenditure-row-2']);
    expect(describeMismatch(failing[0]!)).toBe(
      '支出总表 206科学技术支出：合计 = 基本支出 + 项目支出 + 其他各栏：应为 1150.65，实为 1158.00，相差 7.35 万元（部门预算支出总表 · 序号 2）',
    );
  });

  it('catches a narrative that disagrees with the tables (机关运行经费 76.59)', () => {
    const ds = dataset2024((raw) => {
      raw.narrative.institutionalOperatingExpenses!.amount = '76.59';
    });
    const failing = runChecks(ds).filter((c) => !c.ok);
    expect(failing.map((c) => c.id)).toEqual(['narrative-operating']);
  });

  it('catches projects that do not add up to 项目支出', () => {
    const ds = dataset2024((raw) => {
      raw.projects[0]!.budget = '2.80';
    });
    expect(
      runChecks(ds)
        .filter((c) => !c.ok)
        .map((c) => c.id),
    ).toEqual(['projects-sum']);
  });

  it('skips identities whose rows are absent instead of failing them', () => {
    const ds = dataset2024((raw) => {
      rawTable(raw, 'budget-three-public').rows = [];
    });
    const results = runChecks(ds);
    expect(results.some((c) => c.id === 'three-public-items')).toBe(false);
    expect(results.some((c) => c.id === 'narrative-three-public')).toBe(false);
  });
});
