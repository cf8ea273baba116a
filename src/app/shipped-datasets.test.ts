/**
 * Every shipped dataset through the budget model and the views' select functions, on real
 * figures checked against the source (pdftotext -layout of data/sources/<file>.pdf; 05 is text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectBasicProject } from '../features/basic-project/select-basic-project';
import { selectChange } from '../features/change/select-change';
import { selectFunctionView } from '../features/function/select-function-view';
import { selectOverview } from '../features/overview/select-overview';
import { selectPersonnelPublic } from '../features/personnel-public/select-personnel-public';
import { SHIPPED_IDS, shippedModel } from '../domain/__fixtures__/load-shipped';
import { describeSource, resolvePrintedCell } from '../domain/source';

const f2 = (x: { toFixed(dp: number): string } | undefined) => x?.toFixed(2);

describe('the catalog ships exactly these datasets', () => {
  it('index.json lists the five ids', () => {
    const catalog = JSON.parse(
      readFileSync(new URL('../../public/data/index.json', import.meta.url), 'utf8'),
    ) as { datasets: { id: string }[] };
    expect(catalog.datasets.map((d) => d.id)).toEqual([...SHIPPED_IDS]);
  });
});

describe('上海市普陀区财政局 2024 部门决算 (02, 万元)', () => {
  const m = shippedModel('putuo-finance-2024-final');
  it('totals: 总计 2,995.39 as printed (收入支出决算总表 p.6–7); 基本支出 2,336.91 + 项目支出 603.14 (支出决算表 p.10)', () => {
    const o = selectOverview(m)!;
    const card = (id: string) => o.cards.find((c) => c.id === id);
    // The summary prints 总计 on both sides (本年 plus 年初/年末结转和结余), so the cards show it.
    expect([card('expenditure-total')?.label, f2(card('expenditure-total')?.value)]).toEqual([
      '支出总计',
      '2995.39',
    ]);
    expect([card('revenue-total')?.label, f2(card('revenue-total')?.value)]).toEqual(['收入总计', '2995.39']);
    // the year's spending beside it, so 基本 + 项目 (2,940.05) is not read as a gap
    expect(card('expenditure-total')?.note).toBe('本年支出合计 2,940.05，另含结转和结余 55.34');
    expect(f2(card('basic')?.value)).toBe('2336.91');
    expect(f2(card('project')?.value)).toBe('603.14');
    // 基本支出决算表 prints two halves, each with its 合计 row (p.17): 人员经费 2,152.26, 公用经费 184.65.
    expect(f2(card('personnel')?.value)).toBe('2152.26');
    expect(f2(card('public')?.value)).toBe('184.65');
    expect(o.cards.some((c) => c.id === 'three-public')).toBe(false);
  });

  it('one 项: 2010601 行政运行 决算数 1,511.89 (基本 1,503.52, 项目 8.37), its source named as printed', () => {
    const leaf = m.functionTree.byCode.get('2010601')!;
    expect([leaf.name, f2(leaf.total), f2(leaf.basicExpenditure), f2(leaf.projectExpenditure)]).toEqual([
      '行政运行',
      '1511.89',
      '1503.52',
      '8.37',
    ]);
    const source = { ...leaf.source!, column: '合计' } as const;
    expect(describeSource(source, m.printed)).toBe('支出决算表 · 2010601 行政运行 · 本年支出合计');
    // Without the dataset's tables, the template's title (the old behaviour).
    expect(describeSource(source)).toMatch(/^部门预算支出总表/);
  });

  it('one economic 款: 30101 基本工资 262.33, 类 301 2,082.85 (人员经费 half)', () => {
    const k = m.economicTree.byCode.get('30101')!;
    expect([k.name, f2(k.total), f2(k.personnelExpense), k.blank]).toEqual([
      '基本工资',
      '262.33',
      '262.33',
      ['publicExpense'],
    ]);
    expect(f2(m.economicTree.total)).toBe('2336.91');
    const pp = selectPersonnelPublic(m)!;
    expect(f2(pp.basicTotal.value)).toBe('2336.91');
    expect(f2(pp.personnelExpense.value)).toBe('2152.26');
    expect(f2(pp.publicExpense.value)).toBe('184.65');
  });

  it('"三公": the 决算 table prints its items as columns (p.18); they are listed as items, 决算数 blank as printed', () => {
    expect(m.printed.threePublicExpenses?.title).toBe('财政拨款“三公”经费支出决算表');
    expect(m.threePublic.rows.map((r) => [r.item, r.level, f2(r.total)])).toEqual([
      ['合计', 0, undefined],
      ['一、因公出国（境）费', 1, undefined],
      ['二、公务用车购置及运行费', 1, undefined],
      ['其中：公务用车购置费', 2, undefined],
      ['其中：公务用车运行维护费', 2, undefined],
      ['三、公务接待费', 1, undefined],
    ]);
    // only the 预算数 columns print figures: 合计 0.95 and 公务接待费 0.95
    const t = m.printed.threePublicExpenses!;
    const budget = t.columns.filter((c) => c.measure === 'budget' && t.rows[0]!.cells[c.key] !== undefined);
    expect(budget.map((c) => [c.role, t.rows[0]!.cells[c.key]])).toEqual([
      ['total', '0.95'],
      ['officialReception', '0.95'],
    ]);
    expect(m.threePublic.total).toBeUndefined();
  });

  it('no previous year and no stated change: the change view has nothing to compare', () => {
    expect(selectChange(m)).toBeNull();
    expect(m.projects).toEqual([]);
  });
});

describe('上海市普陀区规划和自然资源局 2024 部门决算 (03, 万元)', () => {
  const m = shippedModel('putuo-planning-2024-final');
  it('totals 9,759.38 = 5,377.64 + 4,381.74; 项 2080501 行政单位离退休 54.53; 款 30101 537.64', () => {
    expect(f2(m.functionTree.total)).toBe('9759.38');
    expect(f2(m.summary!.basicExpenditure.value)).toBe('5377.64');
    expect(f2(m.summary!.projectExpenditure.value)).toBe('4381.74');
    expect(f2(m.functionTree.byCode.get('2080501')!.total)).toBe('54.53');
    expect(f2(m.economicTree.byCode.get('30101')!.total)).toBe('537.64');
    // p.16: 人员经费合计 4884.09, 公用经费合计 480.66
    expect(f2(m.summary!.personnelExpense?.value)).toBe('4884.09');
    expect(f2(m.summary!.publicExpense?.value)).toBe('480.66');
  });

  it('"三公" (财政拨款“三公”经费支出决算表 p.17): 决算数 合计 0.39, all of it 公务接待费, matching 30217', () => {
    expect(m.threePublic.rows.map((r) => [r.label, f2(r.total)])).toEqual([
      ['合计', '0.39'],
      ['因公出国（境）费', '0.00'],
      ['公务用车购置及运行费', '0.00'],
      ['公务用车购置费', '0.00'],
      ['公务用车运行维护费', '0.00'],
      ['公务接待费', '0.39'],
    ]);
    const reception = m.threePublic.rows.find((r) => r.label === '公务接待费')!;
    expect([reception.economic?.code, f2(reception.economic?.total)]).toEqual(['30217', '0.39']);
    expect(describeSource(reception.source, m.printed)).toContain('公务接待费');
  });

  it('the function view drills one level: 类 212 城乡社区支出 3,845.24', () => {
    const v = selectFunctionView(m, { path: ['212'], measure: 'total' });
    expect(v.trail.map((n) => n.code)).toEqual(['212']);
    expect(f2(v.focus.total)).toBe('3845.24');
    expect(selectBasicProject(m, ['212'])).not.toBeNull();
  });
});

describe('中共上海市普陀区委社会工作部 2024 部门决算 (04, 万元)', () => {
  const m = shippedModel('putuo-social-work-2024-final');
  it('totals 307.82 = 105.58 + 202.24; 项 2013901 行政运行 51.32; 款 30101 14.12', () => {
    expect(f2(m.functionTree.total)).toBe('307.82');
    expect(f2(m.summary!.basicExpenditure.value)).toBe('105.58');
    expect(f2(m.summary!.projectExpenditure.value)).toBe('202.24');
    expect(f2(m.functionTree.byCode.get('2013901')!.total)).toBe('51.32');
    expect(f2(m.economicTree.byCode.get('30101')!.total)).toBe('14.12');
    // p.13: 人员经费合计 95.36 + 公用经费合计 10.23 = 105.59, 0.01 off the 支出决算表's 105.58 as printed.
    expect(f2(m.economicTree.total)).toBe('105.59');
  });
});

describe('上海市普陀区建设和管理委员会 2026 部门预算 (05, 元)', () => {
  const m = shippedModel('putuo-construction-2026-budget');
  it('收入总计 3,286,618,082.20 元 = 328,661.81 万元, exactly (元 ÷ 10000)', () => {
    const o = selectOverview(m)!;
    const total = o.cards.find((c) => c.id === 'expenditure-total')!;
    expect(total.value.toFixed()).toBe('328661.80822');
    expect(f2(o.cards.find((c) => c.id === 'revenue-total')?.value)).toBe('328661.81');
    expect(f2(m.summary!.basicExpenditure.value)).toBe('8252.79');
    expect(f2(m.summary!.projectExpenditure.value)).toBe('320409.02');
    // Revenue shares of 收入总计 (the table prints no 本年收入合计): 财政拨款收入 100.00%.
    expect(o.revenueSources.map((r) => [r.name, r.share.toFixed(2)])[0]).toEqual(['财政拨款收入', '100.00']);
  });

  it('the source names 2026年部门财务收支预算总表 and the value as printed in 元', () => {
    const source = m.summary!.expenditureTotal!.source;
    expect(describeSource(source, m.printed)).toBe('2026年部门财务收支预算总表 · 支出总计 · 本年支出/预算数');
    expect(resolvePrintedCell(source, m.printed)?.value).toBe('3,286,618,082.20 元');
  });

  it('one 项: 2080501 行政单位离退休 82.152 万元 (821,520.00 元); 款 30101 基本工资 933.652953', () => {
    expect(m.functionTree.byCode.get('2080501')!.total.toFixed()).toBe('82.152');
    expect(m.economicTree.byCode.get('30101')!.total.toFixed()).toBe('933.652953');
  });

  it('"三公": the "三公"经费和机关运行经费预算表 (p.21, 万元) prints its items as columns: 合计 42.24, all of it 公务用车运行费', () => {
    expect(m.threePublic.rows.map((r) => [r.item, f2(r.total)])).toEqual([
      ['合计', '42.24'],
      ['一、因公出国（境）费', '0.00'],
      ['二、公务用车购置及运行费', '42.24'],
      ['其中：公务用车购置费', '0.00'],
      ['其中：公务用车运行维护费', '42.24'],
      ['三、公务接待费', '0.00'],
    ]);
    expect(f2(m.threePublic.total?.value)).toBe('42.24');
  });
});

describe('丰润区工业和信息化局 2024 部门预算 (seed, 万元)', () => {
  const m = shippedModel('339-2024');
  it('totals, one 项, one 款 and the "三公" line, sources as printed', () => {
    expect(f2(m.summary!.expenditureTotal?.value)).toBe('2305.27');
    expect(f2(m.functionTree.byCode.get('2150517')!.total)).toBe('44.69');
    expect(f2(m.economicTree.byCode.get('30101')!.total)).toBe('276.90');
    expect(f2(m.threePublic.total?.value)).toBe('6.80');
    expect(describeSource(m.summary!.basicExpenditure.source, m.printed)).toBe(
      '部门预算支出总表 · 序号 1 · 基本支出',
    );
    // The table prints 万元: no second unit to show.
    expect(resolvePrintedCell(m.summary!.basicExpenditure.source, m.printed)?.value).toBe('1,398.08 万元');
  });
});
