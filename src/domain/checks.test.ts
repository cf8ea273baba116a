import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dataset2024, parsedDataset2024, rawTable } from './__fixtures__/load-2024';
import { putuoModel } from './__fixtures__/putuo-finance-2024';
import { buildBudgetModel } from './budget-model';
import { isAlarming, tallyChecks, type CheckResult } from './check-result';
import { describeMismatch, runChecks } from './checks';
import type { DatasetJson } from './schema';

/** Checks of the shipped 2024 dataset, every printed table included; `mutate` doctors a copy. */
function seedChecks(mutate?: (raw: DatasetJson) => void): CheckResult[] {
  const dataset = parsedDataset2024(mutate);
  return runChecks(buildBudgetModel(dataset), dataset.tables);
}
const byId = (checks: CheckResult[], id: string) => checks.find((c) => c.id === id)!;
const failingIds = (checks: CheckResult[]) => checks.filter(isAlarming).map((c) => c.id);

describe('checks on the shipped 2024 budget (丰润区工业和信息化局)', () => {
  it('all pass but one warning: 215 printed with two names', () => {
    const checks = seedChecks();
    expect(failingIds(checks)).toEqual([]);
    expect(checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.severity])).toEqual([
      ['names:215', 'warning'],
    ]);
    const t = tallyChecks(checks);
    expect(t.total).toBe(checks.length);
    expect(t).toMatchObject({ fail: 0, warning: 1, rounding: 0, pass: checks.length - 1 });
    const ids = checks.map((c) => c.id);
    for (const id of [
      'table:budget-expenditure:classes:total',
      'table:budget-expenditure:row:total:206',
      'table:budget-general-basic:children:total:302',
      'summary-balance',
      'summary-expenditure-items',
      'summary-item:215',
      'fiscal-item:206',
      'expenditure-vs-summary',
      'revenue-vs-summary',
      'fiscal-vs-general-budget',
      'basic-vs-general-budget',
      'three-public-items',
      'three-public-vehicle',
      'three-public-economic-30217',
      'three-public-economic-30231',
      'projects-sum',
      'narrative-operating',
      'narrative-three-public',
      'narrative-yoy-parts',
    ])
      expect(ids).toContain(id);
  });

  it('gives both sides with their printed figures and sources', () => {
    const c = byId(seedChecks(), 'summary-item:215');
    expect(c.status).toBe('pass');
    expect(c.sides[0]).toMatchObject({ unit: '万元', label: '收支总表 资源勘探工业信息等支出' });
    expect(c.sides[0].value.toFixed(2)).toBe('915.40');
    expect(c.sides[0].sources).toEqual([
      {
        title: '部门预算收支总表',
        row: '十五、资源勘探工业信息等支出',
        column: '支出/预算数',
        printed: '915.40',
      },
    ]);
    expect(c.sides[1].sources[0]).toMatchObject({
      title: '部门预算支出总表',
      row: '215 资源勘探工业信息等支出',
      column: '合计',
    });
    const names = byId(seedChecks(), 'names:215');
    expect(names.sides.map((s) => s.texts)).toEqual([['资源勘探工业信息等支出'], ['资源勘探工业信息支出']]);
    expect(names.sides[1].sources.map((s) => s.title)).toEqual(['部门预算收入总表']);
  });

  it('206 basic changed to 300.00 fails the row and the column identities, named', () => {
    const checks = seedChecks((raw) => {
      rawTable(raw, 'budget-expenditure').rows.find((r) => r.code === '206')!.cells.basicExpenditure =
        '300.00';
    });
    expect(failingIds(checks).sort()).toEqual([
      'table:budget-expenditure:children:basicExpenditure:206',
      'table:budget-expenditure:classes:basicExpenditure',
      'table:budget-expenditure:row:total:206',
    ]);
    expect(describeMismatch(byId(checks, 'table:budget-expenditure:row:total:206'))).toBe(
      '支出总表：206 科学技术支出「合计」= 基本支出 + 项目支出：应为 1150.65，实为 1158.00，相差 7.35 万元',
    );
  });

  it('a narrative that disagrees with the tables fails (机关运行经费 76.59)', () => {
    const checks = seedChecks((raw) => {
      raw.narrative.institutionalOperatingExpenses!.amount = '76.59';
    });
    expect(failingIds(checks)).toEqual(['narrative-operating']);
    expect(byId(checks, 'narrative-operating').difference.toFixed(2)).toBe('-0.36');
  });

  it('projects that do not add up to 项目支出 fail', () => {
    expect(failingIds(seedChecks((raw) => void (raw.projects[0]!.budget = '2.80')))).toEqual([
      'projects-sum',
    ]);
  });

  it('a summary item against its class: 科学技术支出 1151.65 fails both summary checks', () => {
    const checks = seedChecks((raw) => {
      const row = rawTable(raw, 'budget-summary').rows.find(
        (r) => r.cells.expenditureItem === '六、科学技术支出',
      )!;
      row.cells.expenditureAmount = '1151.65';
    });
    expect(failingIds(checks)).toEqual(['summary-expenditure-items', 'summary-item:206']);
  });

  it('summary against detail: 收入总表 合计 and 一般公共预算 合计 doctored', () => {
    const checks = seedChecks((raw) => {
      const rev = rawTable(raw, 'budget-summary').rows.find((r) => r.cells.revenueItem === '本年收入合计')!;
      rev.cells.revenueAmount = '2300.00';
      const fis = rawTable(raw, 'budget-fiscal-summary').rows.find(
        (r) => r.cells.expenditureItem === '本年支出合计',
      )!;
      fis.cells.generalBudget = '2300.00';
    });
    expect(failingIds(checks)).toEqual(
      expect.arrayContaining(['revenue-vs-summary', 'fiscal-vs-general-budget']),
    );
    expect(byId(checks, 'revenue-vs-summary').status).toBe('fail');
    expect(byId(checks, 'fiscal-vs-general-budget').status).toBe('fail');
  });

  it('"三公": 公务接待费 0.90 fails the total, the table row and 30217; 运维费 7.00 fails the 小计 and 30231', () => {
    const checks = seedChecks((raw) => {
      const t = rawTable(raw, 'budget-three-public');
      t.rows.find((r) => r.name === '三、公务接待费')!.cells.total = '0.90';
      t.rows.find((r) => r.name === '公务用车运行维护费')!.cells.total = '7.00';
    });
    const ids = failingIds(checks);
    for (const id of [
      'three-public-items',
      'three-public-vehicle',
      'three-public-economic-30217',
      'three-public-economic-30231',
    ])
      expect(ids).toContain(id);
    expect(byId(checks, 'three-public-economic-30217').sides.map((s) => s.value.toFixed(2))).toEqual([
      '0.90',
      '0.80',
    ]);
  });

  it('公务接待费 against 30217 across 元 and 万元: a 尾差 within the printed rounding, a failure beyond', () => {
    // 基本支出表 printed in 元: every amount × 10000, 30217 (and its parents) 49 元 higher.
    const inYuan = (bump: string) => (raw: DatasetJson) => {
      const t = rawTable(raw, 'budget-general-basic');
      t.unit = '元';
      for (const r of t.rows)
        for (const k of Object.keys(r.cells)) {
          const v = new Decimal(r.cells[k]!).times(10000);
          const bumped = r.code === '30217' || r.code === '302' || !r.code ? v.plus(bump) : v;
          r.cells[k] = k === 'personnelExpense' ? v.toFixed(2) : bumped.toFixed(2);
        }
    };
    const near = seedChecks(inYuan('49'));
    expect(byId(near, 'three-public-economic-30217').status).toBe('rounding');
    expect(
      byId(near, 'three-public-economic-30217').sides.map((s) => `${s.value.toFixed(2)} ${s.unit}`),
    ).toEqual(['0.80 万元', '8049.00 元']);
    expect(failingIds(near)).toEqual([]);
    expect(byId(seedChecks(inYuan('149')), 'three-public-economic-30217').status).toBe('fail');
  });

  it('one code, one name: the warning goes when the names agree, and never raises the banner', () => {
    const checks = seedChecks((raw) => {
      rawTable(raw, 'budget-revenue').rows.find((r) => r.code === '215')!.name = '资源勘探工业信息等支出';
    });
    expect(checks.some((c) => c.id.startsWith('names:'))).toBe(false);
    expect(isAlarming(byId(seedChecks(), 'names:215'))).toBe(false);
  });

  it('skips checks whose figures are absent instead of failing them', () => {
    const checks = seedChecks((raw) => {
      rawTable(raw, 'budget-three-public').rows = [];
    });
    expect(checks.some((c) => c.id === 'three-public-items')).toBe(false);
    expect(checks.some((c) => c.id === 'narrative-three-public')).toBe(false);
  });

  it('runs on the model alone (the model’s standard tables)', () => {
    expect(runChecks(dataset2024()).filter(isAlarming)).toEqual([]);
  });
});

describe('checks on a 决算 (上海市普陀区财政局 2024, corpus 02)', () => {
  const run = (mutate?: (raw: DatasetJson) => void) => {
    const { model, dataset } = putuoModel(mutate);
    return runChecks(model, dataset.tables);
  };

  it('finds the two real errors of the narrative, and nothing else fails', () => {
    const checks = run();
    const fiscalTotal = checks.find((c) => c.title.includes('财政拨款收入支出总计') && c.status === 'fail')!;
    expect(fiscalTotal.sides.map((s) => s.value.toString())).toEqual(['2961.68', '0.3']);
    expect(fiscalTotal.sides[0].sources[0]).toMatchObject({
      title: '财政拨款收入支出决算总表',
      row: '总计',
      printed: '2961.68',
    });
    expect(fiscalTotal.sides[1].sources[0]).toMatchObject({ page: 21, printed: '0.3万元' });
    const share = checks.find((c) => c.unit === '%' && c.status === 'fail')!;
    expect(share.title).toContain('一般公共服务支出（类）');
    expect(share.sides.map((s) => s.value.toFixed(2))).toEqual(['71.65', '71.73']);
    expect(checks.filter(isAlarming).map((c) => c.id)).toEqual([fiscalTotal.id, share.id]);
  });

  it('balances the 决算总表 and compares the narrative’s amounts and shares', () => {
    const checks = run();
    const balance = byId(checks, 'final-balance');
    expect(balance.status).toBe('pass');
    expect(balance.sides.map((s) => s.value.toFixed(2))).toEqual(['2995.39', '2995.39']);
    const passes = checks
      .filter((c) => c.id.startsWith('narrative:') && c.status === 'pass')
      .map((c) => c.title);
    expect(passes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('本年收入合计 = 收入支出决算总表 本年收入合计'),
        expect.stringContaining('占比 99.79%'),
        expect.stringContaining('社会保障和就业支出（类） = 一般公共预算财政拨款支出决算表 208'),
      ]),
    );
    // The detail table prints 208 as 326.72 (the sum of its rounded 项), the 合计 2940.05 is
    // rounded from 元: Σ类 = 2940.06, a 尾差 within the rounding of the five printed figures.
    const classes = byId(checks, 'table:final-general-expenditure:classes:total');
    expect(classes.status).toBe('rounding');
    expect(classes.difference.toFixed(2)).toBe('0.01');
  });

  it('fails the balance when 年末结转和结余 is doctored', () => {
    const checks = run((raw) => {
      const row = raw.tables[0]!.rows.find((r) => r.cells.ei === '年末结转和结余')!;
      row.cells.ea = '65.34';
    });
    expect(byId(checks, 'final-balance').status).toBe('fail');
    expect(byId(checks, 'final-balance').difference.toFixed(2)).toBe('10.00');
  });
});
