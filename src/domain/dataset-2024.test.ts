/**
 * The shipped dataset public/data/339-2024.json (丰润区工业和信息化局 2024 年部门预算), loaded
 * through the schema and read into the budget model, checked against the figures printed in the disclosure with Decimal
 * arithmetic (万元).
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dataset2024, rawDataset2024, rawTable } from './__fixtures__/load-2024';

// The budget model's rows: the printed tables read by standard id and column role, in 万元.
const ds = dataset2024();

const sum = (xs: readonly (Decimal | undefined)[]) =>
  xs.reduce<Decimal>((a, x) => a.plus(x ?? 0), new Decimal(0));
const str = (d: Decimal | undefined) => d?.toFixed(2);

describe('dataset 339-2024', () => {
  it('收支总表 totals 2305.27 on both sides', () => {
    const total = ds.tables.budgetSummary.rows.find((r) => r.revenueItem === '收入总计')!;
    expect(str(total.revenueAmount)).toBe('2305.27');
    expect(str(total.expenditureAmount)).toBe('2305.27');
    expect(total.expenditureItem).toBe('支出总计');
  });

  it('支出总表: 合计 = 基本支出 + 项目支出, each 类, and the 类 sum to the 合计', () => {
    const rows = ds.tables.expenditure.rows;
    const total = rows.find((r) => r.name === '合计' && !r.functionCode)!;
    expect(str(total.total)).toBe('2305.27');
    expect(str(total.basicExpenditure)).toBe('1398.08');
    expect(str(total.projectExpenditure)).toBe('907.19');
    expect(total.basicExpenditure!.plus(total.projectExpenditure!).eq(total.total!)).toBe(true);

    const lei = rows.filter((r) => r.functionCode?.length === 3);
    expect(
      lei.map((r) => [r.functionCode, str(r.total), str(r.basicExpenditure), str(r.projectExpenditure)]),
    ).toEqual([
      ['206', '1150.65', '292.65', '858.00'],
      ['208', '65.98', '65.98', undefined],
      ['210', '123.75', '123.75', undefined],
      ['215', '915.40', '866.21', '49.19'],
      ['221', '49.49', '49.49', undefined],
    ]);
    for (const r of lei) expect(sum([r.basicExpenditure, r.projectExpenditure]).eq(r.total!)).toBe(true);
    expect(sum(lei.map((r) => r.total)).eq(total.total!)).toBe(true);
    expect(sum(lei.map((r) => r.basicExpenditure)).eq(total.basicExpenditure!)).toBe(true);
    expect(sum(lei.map((r) => r.projectExpenditure)).eq(total.projectExpenditure!)).toBe(true);
  });

  it('blank cells are absent, not zero', () => {
    const raw20601 = rawTable(rawDataset2024(), 'budget-expenditure').rows.find((r) => r.code === '20601')!;
    expect(raw20601.cells).toEqual({ total: '292.65', basicExpenditure: '292.65' });
    expect(
      ds.tables.expenditure.rows.find((r) => r.functionCode === '20601')!.projectExpenditure,
    ).toBeUndefined();
  });

  it('基本支出表: 301 + 302 + 303 = 1398.08, 人员经费 1321.13, 公用经费 76.95, each 类 = sum of its 款', () => {
    const rows = ds.tables.basicExpenditure.rows;
    const total = rows.find((r) => r.name === '合计')!;
    const lei = rows.filter((r) => r.economicCode?.length === 3);
    expect(lei.map((r) => [r.economicCode, str(r.total)])).toEqual([
      ['301', '926.71'],
      ['302', '76.95'],
      ['303', '394.42'],
    ]);
    expect(str(sum(lei.map((r) => r.total)))).toBe('1398.08');
    expect(str(total.total)).toBe('1398.08');
    expect(str(total.personnelExpense)).toBe('1321.13');
    expect(str(total.publicExpense)).toBe('76.95');
    for (const l of lei) {
      const kuan = rows.filter(
        (r) => r.economicCode?.length === 5 && r.economicCode.startsWith(l.economicCode!),
      );
      expect(kuan.length).toBeGreaterThan(0);
      expect(sum(kuan.map((r) => r.total)).eq(l.total!)).toBe(true);
    }
  });

  it('"三公" 6.80 = 公务用车 6.00 + 公务接待 0.80', () => {
    const rows = ds.tables.threePublicExpenses.rows;
    const total = rows.find((r) => r.item === '合计')!;
    const car = rows.find((r) => r.item === '二、公务用车购置及运维费')!;
    const reception = rows.find((r) => r.item === '三、公务接待费')!;
    expect(str(total.total)).toBe('6.80');
    expect(car.total!.plus(reception.total!).eq(total.total!)).toBe(true);
    expect(rows.find((r) => r.item === '一、因公出国（境）费')!.total).toBeUndefined();
    expect(str(ds.narrative.threePublicExpenses!.total)).toBe('6.80');
  });

  it('the 7 projects sum to 项目支出 907.19 and carry their 功能分类科目', () => {
    expect(str(sum(ds.projects.map((p) => p.budget)))).toBe('907.19');
    expect(ds.projects.map((p) => p.functionCode)).toEqual([
      '2150502',
      '2150805',
      '2150517',
      '2069999',
      '2060502',
      '2060801',
      '2069999',
    ]);
    // Each 项 with 项目支出 equals the budgets of the projects linked to it.
    for (const r of ds.tables.expenditure.rows.filter(
      (x) => x.functionCode?.length === 7 && x.projectExpenditure,
    )) {
      const linked = ds.projects.filter((p) => p.functionCode === r.functionCode);
      expect(sum(linked.map((p) => p.budget)).eq(r.projectExpenditure!)).toBe(true);
    }
    expect(ds.projects.flatMap((p) => p.indicators)).toHaveLength(55);
  });

  it('narrative counts and figures', () => {
    const n = ds.narrative;
    expect(n.duties).toHaveLength(28);
    expect(n.glossary).toHaveLength(10);
    expect(n.units).toHaveLength(2);
    expect(str(n.institutionalOperatingExpenses!.amount)).toBe('76.95');
    expect(n.yearOnYear!.totalChange.eq(sum(n.yearOnYear!.items.map((i) => i.change)))).toBe(true);
    expect(str(n.yearOnYear!.totalChange)).toBe('-1707.15');
    expect(str(sum(n.expenditureExplanation!.projectItems.map((i) => i.amount)))).toBe('907.19');
    expect(str(n.fixedAssets!.total)).toBe(str(n.fixedAssets!.rows[0]!.value));
  });

  it('the empty tables keep their notes', () => {
    expect(ds.tables.governmentFundExpenditure.rows).toEqual([]);
    expect(ds.tables.governmentFundExpenditure.note).toBe('注：无政府基金预算财政拨款预算，空表列示。');
    expect(ds.tables.stateCapitalExpenditure.rows).toEqual([]);
    expect(ds.tables.stateCapitalExpenditure.note).toBe('注：无国有资本经营预算财政拨款预算，空表列示。');
  });
});
