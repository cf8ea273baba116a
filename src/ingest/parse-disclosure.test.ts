import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetV1Schema as datasetSchema } from '../domain/schema-v1';
import { parseDisclosure } from './parse-disclosure';
import { DisclosureParseError } from './text';

const SEED = readFileSync(
  new URL('../../data/sources/339-2024-fengrun-gongxin-budget.txt', import.meta.url),
  'utf8',
);
const { dataset, warnings } = parseDisclosure(SEED, { sourceFile: '000_dfde72d2c9d140db.txt' });

/** The seed with the lines from the line equal to `from` up to (not including) `to` removed. */
function without(from: string, to: string): string {
  const lines = SEED.split('\n');
  const a = lines.findIndex((l) => l.trim() === from);
  const b = lines.findIndex((l, i) => i > a && l.trim() === to);
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  return [...lines.slice(0, a), ...lines.slice(b)].join('\n');
}

describe('parseDisclosure on the 2024 seed (丰润区工业和信息化局)', () => {
  it('produces a dataset that the schema accepts', () => {
    const r = datasetSchema.safeParse(dataset);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('reads the meta data from the page headers and the narrative title', () => {
    expect(dataset.meta).toEqual({
      department: { code: '339', name: '丰润区工业和信息化局' },
      year: 2024,
      kind: '预算',
      unit: '万元',
      title: '丰润区工业和信息化局 2024 年部门预算信息公开',
      source: { description: expect.stringContaining('PDF 文本提取'), file: '000_dfde72d2c9d140db.txt' },
    });
  });

  it('keeps every printed row across page breaks and skips repeated headers', () => {
    const t = dataset.tables;
    expect(t.budgetSummary.rows.map((r) => r.seq)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(t.fiscalAppropriationSummary.rows).toHaveLength(37);
    expect(t.revenue.rows).toHaveLength(27);
    expect(t.expenditure.rows).toHaveLength(27);
    expect(t.generalBudgetExpenditure.rows).toHaveLength(27);
    expect(t.basicExpenditure.rows).toHaveLength(30);
    expect(t.threePublicExpenses.rows).toHaveLength(13);
    expect(t.budgetSummary.rows[6]).toEqual({ seq: 7, expenditureItem: '七、文化旅游体育与传媒支出' });
  });

  it('maps columns by printed header labels, with groups and 栏次', () => {
    expect(dataset.tables.expenditure.columns.map((c) => c.key)).toEqual([
      'functionCode',
      'name',
      'total',
      'basicExpenditure',
      'projectExpenditure',
      'operatingExpenditure',
      'remittanceToSuperior',
      'grantsToSubsidiaries',
    ]);
    expect(dataset.tables.threePublicExpenses.columns[0]).toEqual({
      key: 'item',
      label: '项目',
      columnNo: 1,
    });
    expect(dataset.tables.threePublicExpenses.columns[2]).toEqual({
      key: 'generalBudget',
      label: '一般公共预算财政拨款',
      group: '资金性质',
      columnNo: 3,
    });
    expect(dataset.tables.budgetSummary.columns[1]).toEqual({
      key: 'revenueAmount',
      label: '预算数',
      group: '收入',
      columnNo: 2,
    });
  });

  it('leaves blank cells out of the rows (never "0")', () => {
    const row = dataset.tables.expenditure.rows.find((r) => r.functionCode === '20601')!;
    expect(row).toEqual({
      seq: 3,
      functionCode: '20601',
      name: '科学技术管理事务',
      total: '292.65',
      basicExpenditure: '292.65',
    });
    expect('projectExpenditure' in row).toBe(false);
  });

  it('gives the "三公" rows their levels', () => {
    expect(dataset.tables.threePublicExpenses.rows.map((r) => [r.seq, r.level])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 2],
      [5, 2],
      [6, 1],
      [7, 2],
      [8, 2],
      [9, 1],
      [10, 1],
      [11, 2],
      [12, 2],
      [13, 1],
    ]);
  });

  it('keeps the notes of the empty tables', () => {
    expect(dataset.tables.governmentFundExpenditure.rows).toEqual([]);
    expect(dataset.tables.governmentFundExpenditure.note).toBe('注：无政府基金预算财政拨款预算，空表列示。');
    expect(dataset.tables.stateCapitalExpenditure.note).toBe(
      '注：无国有资本经营预算财政拨款预算，空表列示。',
    );
  });

  it('reads the narrative figures as printed', () => {
    const n = dataset.narrative;
    expect(n.duties).toHaveLength(28);
    expect(n.duties[23]).toMatch(/^会同有关部门拟订科技人才队伍建设规划/);
    expect(n.duties[27]).toBe('完成区委、区政府交办的其他任务');
    expect(n.units.map((u) => u.name)).toEqual(['丰润区工业和信息化局本级', '唐山市丰润区科学技术局']);
    expect(n.expenditureExplanation.projectItems.map((i) => [i.name, i.amount])).toEqual([
      ['网络运行维护费', '1.8'],
      ['唐财建【2023】133号2024年中小企业发展专项资金', '2.7'],
      ['唐财建【2023】134号2024年县域特色产业集群“领跑者”企业培育等项目资金', '44.69'],
      ['唐财教【2023】64号2024年支持市县科技创新和科学普及专项资金', '48'],
      ['唐财教【2023】66号2024年引智及人才培养专项资金', '10'],
      ['科技创新扶持资金', '200'],
      ['以前年度未拨付资金', '600'],
    ]);
    expect(n.yearOnYear).toMatchObject({
      previousYear: 2023,
      totalChange: '-1707.15',
      items: [
        {
          part: 'basicExpenditure',
          change: '-53.75',
          reason: '主要为2024年无设置年底考核奖及退休人员年终一次性生活补贴部分',
        },
        {
          part: 'projectExpenditure',
          change: '-1653.40',
          reason: '主要为2024年环渤海地区新型工业化基地建设专项项目资金减少',
        },
      ],
    });
    expect(n.institutionalOperatingExpenses.amount).toBe('76.95');
    const { text: _t, ...three } = n.threePublicExpenses;
    expect(three).toEqual({
      total: '6.80',
      outboundTravel: '0.00',
      vehiclePurchaseAndOperation: '6.00',
      vehiclePurchase: '0.00',
      vehicleOperation: '6.00',
      officialReception: '0.80',
      changeFromPreviousYear: '0.00',
      reason: '没有增减变化',
    });
  });

  it('reads the department performance goals and safeguards', () => {
    const p = dataset.narrative.performance;
    expect(p.goals.map((g) => g.indicators.length)).toEqual([1, 3, 1, 2, 2, 2, 3, 4, 2]);
    expect(p.goals[0]).toEqual({
      seq: 1,
      title: '促进工业转型升级',
      goal: '改造提升全区传统产业水平，调整产业结构，转变经济发展方式。',
      indicatorsText: '绩效指标: 绩效指标: 列入省市重点工业技改项目不少于6个，年完工不少于3个。',
      indicators: ['列入省市重点工业技改项目不少于6个，年完工不少于3个。'],
    });
    expect(p.goals[8]!.goal).toContain('; 主要开展会议组织管理');
    expect(p.workSafeguards).toHaveLength(10);
    expect(p.workSafeguards[1]).toContain('低温余热发电和高效节能电机等先进节能技术');
    expect(p.workSafeguards[5]).toContain('做到准确无误');
    expect(p.mechanismSafeguards).toHaveLength(7);
    expect(dataset.narrative.specialFunds).toBeUndefined();
  });

  it('reads procurement, fixed assets, glossary and other matters', () => {
    const n = dataset.narrative;
    expect(n.procurement.rows).toEqual([]);
    expect(n.procurement.notes).toEqual([
      '注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。',
      '注：无政府采购预算，空表列示。',
    ]);
    expect(n.fixedAssets).toMatchObject({ asOf: '2023-12-31', total: '204.92', plannedPurchases: '0.00' });
    expect(n.fixedAssets.rows[2]).toEqual({
      item: '其中：办公用房（平方米）',
      level: 1,
      quantity: '364.59',
      value: '4.27',
    });
    expect(n.fixedAssets.rows[4]).toEqual({ item: '3、单价在 20 万元以上的设备', level: 0 });
    expect(n.glossary).toHaveLength(10);
    expect(n.glossary[8]!.term).toBe('“三公”经费');
    expect(n.glossary.some((g) => g.term.includes('*') || g.definition.includes('*'))).toBe(false);
    expect(n.otherMatters).toBe('我部门无其他需要说明的事项。');
  });

  it('reads the seven project tables with their spending plans by column position', () => {
    const ps = dataset.projects;
    expect(ps.map((p) => [p.seq, p.budget, p.functionCode])).toEqual([
      [1, '1.80', '2150502'],
      [2, '2.70', '2150805'],
      [3, '44.69', '2150517'],
      [4, '200.00', '2069999'],
      [5, '48.00', '2060502'],
      [6, '10.00', '2060801'],
      [7, '600.00', '2069999'],
    ]);
    const plan = (i: number) => ps[i]!.spendingPlan.points.map((p) => [p.period, p.amount]);
    expect(ps[0]!.spendingPlan.printedUnit).toBe('%');
    expect(plan(0)).toEqual([
      ['3月底', undefined],
      ['6月底', '1.80'],
      ['10月底', undefined],
      ['12月底', undefined],
    ]);
    expect(plan(1)).toEqual([
      ['3月底', undefined],
      ['6月底', undefined],
      ['10月底', undefined],
      ['12月底', '2.70'],
    ]);
    expect(plan(2)).toEqual([
      ['3月底', undefined],
      ['6月底', undefined],
      ['10月底', undefined],
      ['12月底', '44.69'],
    ]);
    expect(plan(3)).toEqual([
      ['3月底', '50.00'],
      ['6月底', '100.00'],
      ['10月底', '150.00'],
      ['12月底', undefined],
    ]);
    expect('amount' in ps[3]!.spendingPlan.points[3]!).toBe(false);
    expect(ps[0]!.goals).toEqual(['保障工作顺利进行', '保证使用通信业务安全畅通']);
    expect(ps.map((p) => p.indicators.length)).toEqual([7, 6, 6, 9, 9, 9, 9]);
    expect(ps[2]!.indicators[0]).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      level3: '支持企业数量',
      description: '获得资金支持企业的个数',
      value: '≥2个',
      basis: '文件规定',
    });
    const all = ps.flatMap((p) => p.indicators);
    expect(all.filter((i) => i.level2 === '成本指标')).toHaveLength(7);
    expect(all.filter((i) => i.level1 === '满意度指标')).toHaveLength(7);
  });

  it('warns about what a person should check', () => {
    expect(warnings).toHaveLength(6);
    expect(warnings[0]).toContain('科目 215 名称不一致');
    expect(warnings.filter((w) => w.includes('6月底」为 1.80'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('缺少「12月底」列'))).toHaveLength(4);
  });
});

describe('parseDisclosure on broken input', () => {
  it('names a missing table and the lines searched', () => {
    const broken = without('部门预算支出总表', '部门预算财政拨款收支总表');
    expect(() => parseDisclosure(broken)).toThrow(DisclosureParseError);
    expect(() => parseDisclosure(broken)).toThrow(/「部门预算支出总表」.*缺少必需的章节.*第 1–\d+ 行/);
  });

  it('names a missing narrative section', () => {
    const broken = without('九、国有资产信息', '十、名词解释');
    expect(() => parseDisclosure(broken)).toThrow(/缺少必需的章节.*「国有资产信息」/);
  });

  it('fails without the narrative title', () => {
    expect(() => parseDisclosure('部门预算收支总表\n')).toThrow(/情况说明/);
  });

  it('names the line of an unreadable amount', () => {
    const broken = SEED.replace(
      '1⇥⇥合计⇥2305.27⇥1398.08⇥907.19⇥⇥⇥'.replace(/⇥/g, '\t'),
      '1\t\t合计\t2305.2x\t1398.08\t907.19\t\t\t',
    );
    expect(broken).not.toBe(SEED);
    expect(() => parseDisclosure(broken)).toThrow(
      '「部门预算支出总表」第 142 行：金额「2305.2x」不是十进制数字',
    );
  });

  it('refuses amounts in another unit', () => {
    expect(() => parseDisclosure(SEED.replace('单位：万元', '单位：元'))).toThrow(/只支持“万元”/);
  });
});
