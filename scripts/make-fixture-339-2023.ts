/**
 * Builds the TEST fixture e2e/fixtures/339-2023.json (format v2): a plausible 2023 budget of the
 * same department (丰润区工业和信息化局), derived from the 2024 dataset, whose totals equal
 * the 2023 figures the 2024 narrative implies (2024 figure − stated change):
 *   合计 4012.42 = 2305.27 + 1707.15, 基本支出 1451.83 = 1398.08 + 53.75,
 *   项目支出 2560.59 = 907.19 + 1653.40.
 * It is NOT real data and is never shipped in the catalog; it exists so the change view's
 * full two-year comparison can be tested (e2e/breakdowns.spec.ts serves it with page.route).
 *
 * The differences follow the 2024 narrative's reasons: 2023 had a 年底考核奖 (30103 奖金
 * +40.00) and a 退休人员年终一次性生活补贴 (30305 生活补助 +13.75), and the 环渤海地区
 * 新型工业化基地建设专项 (2150599, 2200.00). Every table reconciles (runChecks passes).
 *
 *   npx tsx scripts/make-fixture-339-2023.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { buildBudgetModel } from '../src/domain/budget-model';
import { runChecks } from '../src/domain/checks';
import { migrateDatasetV1 } from '../src/domain/migrate-v1';
import { datasetSchema } from '../src/domain/schema';
import { datasetV1Schema, type DatasetV1Json as DatasetJson } from '../src/domain/schema-v1';

/** The 2024 dataset in format v1 (the importer's output before migration), as the template. */
const SRC = new URL('../src/domain/__fixtures__/339-2024.v1.json', import.meta.url);
const OUT = new URL('../e2e/fixtures/339-2023.json', import.meta.url);

const d = (s: string) => new Decimal(s);
const fx = (x: Decimal) => x.toFixed(2);

/** 功能分类 names (支出总表 wording). */
const FUNCTION_NAMES: Record<string, string> = {
  '206': '科学技术支出',
  '20601': '科学技术管理事务',
  '2060101': '行政运行',
  '20605': '科技条件与服务',
  '2060502': '技术创新服务体系',
  '20608': '科技交流与合作',
  '2060801': '国际交流与合作',
  '20699': '其他科学技术支出',
  '2069999': '其他科学技术支出',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '2101103': '公务员医疗补助',
  '215': '资源勘探工业信息等支出',
  '21505': '工业和信息产业监管',
  '2150501': '行政运行',
  '2150502': '一般行政管理事务',
  '2150517': '产业发展',
  '2150599': '其他工业和信息产业监管支出',
  '221': '住房保障支出',
  '22102': '住房改革支出',
  '2210201': '住房公积金',
};

/** 2023 项: [code, 基本支出, 项目支出]. */
const LEAVES: [string, string | null, string | null][] = [
  ['2060101', '316.40', null], // 2024: 292.65 (+23.75 年底考核奖等)
  ['2060502', null, '48.00'],
  ['2060801', null, '10.00'],
  ['2069999', null, '200.00'], // 2024: 800.00 (+600 以前年度未拨付专项资金)
  ['2080505', '65.98', null],
  ['2101101', '29.90', null],
  ['2101103', '93.85', null],
  ['2150501', '896.21', null], // 2024: 866.21 (−30.00)
  ['2150502', null, '1.80'],
  ['2150517', null, '100.79'], // 2024: 44.69
  ['2150599', null, '2200.00'], // 环渤海地区新型工业化基地建设专项: gone in 2024
  ['2210201', '49.49', null],
];

/** 基本支出表 款 in 2023: [code, name, amount]; 类 rows are summed. */
const ECONOMIC: [string, string, string][] = [
  ['30101', '基本工资', '276.90'],
  ['30102', '津贴补贴', '173.56'],
  ['30103', '奖金', '89.69'], // 2024: 49.69 (no 年底考核奖)
  ['30107', '绩效工资', '114.21'],
  ['30108', '机关事业单位基本养老保险缴费', '84.78'],
  ['30109', '职业年金缴费', '9.40'],
  ['30110', '职工基本医疗保险缴费', '38.10'],
  ['30111', '公务员医疗补助缴费', '112.45'],
  ['30112', '其他社会保障缴费', '4.33'],
  ['30113', '住房公积金', '63.29'],
  ['30201', '办公费', '10.10'], // 2024: 7.60
  ['30205', '水费', '5.95'],
  ['30207', '邮电费', '16.49'],
  ['30208', '取暖费', '8.10'],
  ['30211', '差旅费', '0.90'],
  ['30213', '维修（护）费', '3.00'], // removed in 2024
  ['30217', '公务接待费', '0.80'],
  ['30226', '劳务费', '4.00'],
  ['30228', '工会经费', '1.83'],
  ['30231', '公务用车运行维护费', '6.00'],
  ['30239', '其他交通费用', '19.78'], // 2024: 22.78
  ['30302', '退休费', '249.01'],
  ['30304', '抚恤金', '5.13'],
  ['30305', '生活补助', '14.89'], // 2024: 1.14 (no 年终一次性生活补贴)
  ['30309', '奖励金', '1.43'],
  ['30399', '其他对个人和家庭的补助', '137.71'],
];
const ECONOMIC_CLASSES: Record<string, string> = {
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
};

function replaceYears<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value)
      .replace(/2024(\s?)年/g, '2023$1年')
      .replace(/2023-12-31/g, '2022-12-31'),
  ) as T;
}

function main(): void {
  const src = JSON.parse(readFileSync(SRC, 'utf8')) as DatasetJson;
  const out = structuredClone(src);
  out.meta.year = 2023;
  out.meta.title = '丰润区工业和信息化局 2023 年部门预算信息公开（测试数据）';
  out.meta.source = {
    description:
      '测试数据：由 2024 年公开数据与 2024 年情况说明所列比上年增减额推算编制的 2023 年预算，仅用于自动化测试，并非真实公开文件',
  };

  // 功能分类 rows: sum 项 into 款 and 类.
  const sums = new Map<string, { basic: Decimal; project: Decimal }>();
  const add = (code: string, basic: Decimal, project: Decimal) => {
    const s = sums.get(code) ?? { basic: d('0'), project: d('0') };
    sums.set(code, { basic: s.basic.plus(basic), project: s.project.plus(project) });
  };
  for (const [code, b, p] of LEAVES) {
    const basic = d(b ?? '0');
    const project = d(p ?? '0');
    for (const c of [code.slice(0, 3), code.slice(0, 5), code]) add(c, basic, project);
  }
  const codes = [...sums.keys()].sort();
  const basicTotal = [...sums.entries()]
    .filter(([c]) => c.length === 3)
    .reduce((a, [, s]) => a.plus(s.basic), d('0'));
  const projectTotal = [...sums.entries()]
    .filter(([c]) => c.length === 3)
    .reduce((a, [, s]) => a.plus(s.project), d('0'));
  const total = basicTotal.plus(projectTotal);
  if (fx(total) !== '4012.42' || fx(basicTotal) !== '1451.83' || fx(projectTotal) !== '2560.59') {
    throw new Error(`totals ${fx(total)} / ${fx(basicTotal)} / ${fx(projectTotal)} do not match 2023`);
  }
  const fnRow = (seq: number, code: string) => {
    const s = sums.get(code)!;
    return {
      seq,
      functionCode: code,
      name: FUNCTION_NAMES[code]!,
      total: fx(s.basic.plus(s.project)),
      ...(s.basic.isZero() ? {} : { basicExpenditure: fx(s.basic) }),
      ...(s.project.isZero() ? {} : { projectExpenditure: fx(s.project) }),
    };
  };
  const expenditureRows = [
    {
      seq: 1,
      name: '合计',
      total: fx(total),
      basicExpenditure: fx(basicTotal),
      projectExpenditure: fx(projectTotal),
    },
    ...codes.map((c, i) => fnRow(i + 2, c)),
  ];
  out.tables.expenditure.rows = expenditureRows;
  out.tables.generalBudgetExpenditure.rows = expenditureRows.map((r) => ({ ...r }));
  out.tables.revenue.rows = expenditureRows.map((r) => ({
    seq: r.seq,
    ...('functionCode' in r ? { functionCode: r.functionCode } : {}),
    name: r.name,
    total: r.total,
    currentYearSubtotal: r.total,
    fiscalAppropriation: r.total,
  }));

  // 收支总表 and 财政拨款收支总表: class rows by printed name, totals.
  const classByName = new Map(codes.filter((c) => c.length === 3).map((c) => [FUNCTION_NAMES[c]!, c]));
  const classAmount = (item: string | undefined) => {
    const name = (item ?? '').replace(/^[一二三四五六七八九十]+、/, '');
    const code = classByName.get(name);
    return code ? fx(sums.get(code)!.basic.plus(sums.get(code)!.project)) : undefined;
  };
  const T = fx(total);
  out.tables.budgetSummary.rows = out.tables.budgetSummary.rows.map((r) => {
    const { revenueAmount: _r, expenditureAmount: _e, ...rest } = r;
    const rev = /一般公共预算拨款收入|本年收入合计|收入总计/.test(r.revenueItem ?? '') ? T : undefined;
    const exp = /本年支出合计|支出总计/.test(r.expenditureItem ?? '') ? T : classAmount(r.expenditureItem);
    return { ...rest, ...(rev ? { revenueAmount: rev } : {}), ...(exp ? { expenditureAmount: exp } : {}) };
  });
  out.tables.fiscalAppropriationSummary.rows = out.tables.fiscalAppropriationSummary.rows.map((r) => {
    const { revenueAmount: _r, total: _t, generalBudget: _g, ...rest } = r;
    const revLabel = r.revenueItem ?? '';
    const rev =
      (r.seq < 30 && /一般公共预算拨款/.test(revLabel)) || /本年收入合计|收入总计/.test(revLabel)
        ? T
        : undefined;
    const exp = /本年支出合计|支出总计/.test(r.expenditureItem ?? '') ? T : classAmount(r.expenditureItem);
    return {
      ...rest,
      ...(rev ? { revenueAmount: rev } : {}),
      ...(exp ? { total: exp, generalBudget: exp } : {}),
    };
  });

  // 基本支出表.
  const econRows: DatasetJson['tables']['basicExpenditure']['rows'] = [];
  let personnel = d('0');
  let pub = d('0');
  let seq = 2;
  for (const cls of Object.keys(ECONOMIC_CLASSES)) {
    const items = ECONOMIC.filter(([c]) => c.startsWith(cls));
    const sum = items.reduce((a, [, , v]) => a.plus(v), d('0'));
    const col = cls === '302' ? 'publicExpense' : 'personnelExpense';
    if (col === 'publicExpense') pub = pub.plus(sum);
    else personnel = personnel.plus(sum);
    econRows.push({
      seq: seq++,
      economicCode: cls,
      name: ECONOMIC_CLASSES[cls]!,
      total: fx(sum),
      [col]: fx(sum),
    });
    for (const [code, name, v] of items) {
      econRows.push({ seq: seq++, economicCode: code, name, total: v, [col]: v });
    }
  }
  if (!personnel.plus(pub).equals(basicTotal)) throw new Error('基本支出表 does not add up to 基本支出');
  out.tables.basicExpenditure.rows = [
    { seq: 1, name: '合计', total: fx(basicTotal), personnelExpense: fx(personnel), publicExpense: fx(pub) },
    ...econRows,
  ];

  // Projects (七、…绩效目标表): 6 projects summing to 2560.59.
  const byCode = new Map(src.projects.map((p) => [p.code, p]));
  const copy = (
    from: string,
    code: string,
    name: string,
    budget: string,
    replace: [string, string][] = [],
  ): DatasetJson['projects'][number] => {
    let text = JSON.stringify(replaceYears(byCode.get(from)!));
    for (const [a, b] of replace) text = text.split(a).join(b);
    const p = JSON.parse(text) as DatasetJson['projects'][number];
    return {
      ...p,
      code,
      name,
      tableTitle: `${name}绩效目标表`,
      budget,
      fiscalFunds: budget,
      spendingPlan: {
        printedUnit: '%',
        points: [
          { period: '3月底' },
          { period: '6月底' },
          { period: '10月底' },
          { period: '12月底', amount: budget },
        ],
      },
    };
  };
  const bohai: DatasetJson['projects'][number] = {
    seq: 2,
    code: '13020823P00012310001A',
    name: '环渤海地区新型工业化基地建设专项资金',
    tableTitle: '环渤海地区新型工业化基地建设专项资金绩效目标表',
    budget: '2200.00',
    fiscalFunds: '2200.00',
    purpose: '用于环渤海地区新型工业化基地基础设施及公共服务平台建设',
    functionCode: '2150599',
    spendingPlan: {
      printedUnit: '%',
      points: [
        { period: '3月底', amount: '550.00' },
        { period: '6月底', amount: '1100.00' },
        { period: '10月底', amount: '1650.00' },
        { period: '12月底', amount: '2200.00' },
      ],
    },
    goalsText: '1. 完善基地基础设施 2. 提升基地公共服务能力',
    goals: ['完善基地基础设施', '提升基地公共服务能力'],
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        level3: '建设项目个数',
        description: '基地基础设施及公共服务平台建设项目',
        value: '≥3 个',
        basis: '项目计划',
      },
      {
        level1: '产出指标',
        level2: '质量指标',
        level3: '验收合格率',
        description: '建设项目验收合格率',
        value: '100%',
        basis: '验收标准',
      },
      {
        level1: '产出指标',
        level2: '时效指标',
        level3: '完成时间',
        description: '项目完成时间',
        value: '2023年12月底前',
        basis: '项目计划',
      },
      {
        level1: '产出指标',
        level2: '成本指标',
        level3: '项目总成本',
        description: '专项资金总额',
        value: '≤2200万元',
        basis: '预算批复',
      },
      {
        level1: '效益指标',
        level2: '经济效益指标',
        level3: '带动入驻企业投资',
        description: '带动入驻企业新增投资',
        value: '≥1 亿元',
        basis: '工作要求',
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        level3: '入驻企业满意度',
        description: '入驻企业对基地服务的满意程度',
        value: '≥90%',
        basis: '调查问卷',
      },
    ],
  };
  out.projects = [
    copy('13020824P00001910005H', '13020823P00001910003K', '2023 年网络运行维护费', '1.80'),
    bohai,
    copy(
      '13020824P00000710003P',
      '13020823P00000710001F',
      '唐财建【2022】140号2023年县域特色产业集群“领跑者”企业培育等项目资金',
      '100.79',
      [['44.69', '100.79']],
    ),
    copy('13020824P00021510002F', '13020823P00021510001C', '科技创新扶持资金', '200.00'),
    copy(
      '13020824P00016410001J',
      '13020823P00016410002D',
      '唐财教[2022]58号关于提前下达2023年支持市县科技创新和科学普及专项资金预算的通知',
      '48.00',
    ),
    copy(
      '13020824P00015410001B',
      '13020823P00015410002E',
      '唐财教[2022]61号关于提前下达2023年引智及人才培养专项资金预算的通知',
      '10.00',
    ),
  ].map((p, i) => ({ ...p, seq: i + 1 }));

  // Narrative: 2023 wording and figures.
  const n = replaceYears(src.narrative);
  n.preamble = (n.preamble ?? '').replace(/2024/g, '2023');
  n.revenueExplanation = {
    text: `反映本部门当年全部收入。2023年预算收入${T}万元，其中：一般公共预算收入${T}万元，基金预算收入0.00万元，国有资本经营预算收入0.00万元，财政专户核拨收入0.00万元，单位资金收入0.00万元，上年结转结余0.00万元。`,
    total: T,
  };
  const items: [string, string][] = [
    ['网络运行维护费', '1.8'],
    ['环渤海地区新型工业化基地建设专项资金', '2200'],
    ['唐财建【2022】140号2023年县域特色产业集群“领跑者”企业培育等项目资金', '100.79'],
    ['科技创新扶持资金', '200'],
    ['唐财教【2022】58号2023年支持市县科技创新和科学普及专项资金', '48'],
    ['唐财教【2022】61号2023年引智及人才培养专项资金', '10'],
  ];
  n.expenditureExplanation = {
    text: `收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映丰润区工业和信息化局年度部门预算中支出预算的总体情况。2023年支出预算${T}万元，其中基本支出${fx(basicTotal)}万元，包括人员经费${fx(personnel)}万元和日常公用经费${fx(pub)}万元；项目支出${fx(projectTotal)}万元，主要为${items.map(([a, b]) => `${a}${b}万元`).join('；')}。`,
    total: T,
    basicExpenditure: fx(basicTotal),
    personnelExpense: fx(personnel),
    publicExpense: fx(pub),
    projectExpenditure: fx(projectTotal),
    projectItems: items.map(([name, amount]) => ({ name, amount })),
  };
  n.yearOnYear = {
    text: `2023年预算收支安排${T}万元，较2022年预算增加1210.36万元，其中：基本支出增加21.40万元，主要为人员正常晋级调资。项目支出增加1188.96万元，主要为新增环渤海地区新型工业化基地建设专项项目资金。`,
    previousYear: 2022,
    totalChange: '1210.36',
    items: [
      { part: 'basicExpenditure', change: '21.40', reason: '主要为人员正常晋级调资' },
      {
        part: 'projectExpenditure',
        change: '1188.96',
        reason: '主要为新增环渤海地区新型工业化基地建设专项项目资金',
      },
    ],
  };
  n.institutionalOperatingExpenses = {
    text: `2023年，我部门机关运行经费共计安排${fx(pub)}万元，主要用于日常维修、办公用房水电费、办公用房取暖费、办公用房物业管理费等日常运行支出。`,
    amount: fx(pub),
  };
  n.threePublicExpenses = {
    ...n.threePublicExpenses,
    text: n.threePublicExpenses.text.replace('与2023年相比', '与2022年相比'),
  };
  n.procurement.columns = n.procurement.columns.map((c) => c.replace('2024', '2023'));
  out.narrative = n;

  datasetV1Schema.parse(out);
  const v2 = migrateDatasetV1(out);
  const failing = runChecks(buildBudgetModel(datasetSchema.parse(v2))).filter((c) => !c.ok);
  if (failing.length > 0) throw new Error(`checks fail: ${failing.map((c) => c.id).join(', ')}`);
  writeFileSync(OUT, `${JSON.stringify(v2, null, 2)}\n`);
  console.log(`wrote ${OUT.pathname}: 合计 ${T}, 基本支出 ${fx(basicTotal)}, 项目支出 ${fx(projectTotal)}`);
}

main();
