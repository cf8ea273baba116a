/**
 * A synthetic, internally consistent dataset of any size, for the benchmark and for
 * scaling tests: every table reconciles, so runChecks passes on it.
 */
import Decimal from 'decimal.js';
import { rawDatasetTemplate } from './synthetic-template';
import { migrateDatasetV1 } from '../src/domain/migrate-v1';
import type { DatasetJson } from '../src/domain/schema';
import type { DatasetV1Json } from '../src/domain/schema-v1';

export interface SyntheticSize {
  classes: number;
  itemsPerClass: number;
  subitemsPerItem: number;
  projects: number;
  /** 绩效指标 per project (default: the template project's 7). */
  indicatorsPerProject?: number;
  /** The dataset's year (default: the template's 2024); amounts differ a little per year. */
  year?: number;
}

/**
 * The 类 codes of the 政府收支分类科目 (支出功能分类) in order: a synthetic dataset uses the first
 * `classes` of them, so with 27 it covers all of them.
 */
export const FUNCTION_CLASS_CODES = [
  '201',
  '202',
  '203',
  '204',
  '205',
  '206',
  '207',
  '208',
  '209',
  '210',
  '211',
  '212',
  '213',
  '214',
  '215',
  '216',
  '217',
  '219',
  '220',
  '221',
  '222',
  '223',
  '224',
  '227',
  '229',
  '230',
  '231',
  '232',
  '233',
] as const;

/** The synthetic department (its 部门编码 pairs the two years of a catalog for 同比). */
export const SYNTHETIC_DEPARTMENT = { code: 'SYN', name: '基准测试合成部门' } as const;

/**
 * The benchmark's scale (issue 12): about 2,000 项 over all 类 (29 类 × 7 款 × 10 项 = 2,030),
 * 500 projects with 10 绩效指标 each (5,000), in two years (the catalog pairs them for 同比).
 */
export const BENCH_SCALE: SyntheticSize = {
  classes: FUNCTION_CLASS_CODES.length,
  itemsPerClass: 7,
  subitemsPerItem: 10,
  projects: 500,
  indicatorsPerProject: 10,
};

/** How a year's amounts differ from the template year's (0–4), so 同比 has something to show. */
function shiftOf(year: number, templateYear: number): number {
  return (year - templateYear + 100) % 5;
}

/**
 * The 支出总表 rows of a synthetic department (类 → 款 → 项, in 万元) and their totals.
 * @param shift the year's shift (shiftOf)
 */
function expenditureRows(size: SyntheticSize, shift: number) {
  const rows: DatasetV1Json['tables']['expenditure']['rows'] = [];
  let seq = 2;
  let total = new Decimal(0);
  let basicTotal = new Decimal(0);
  let projectTotal = new Decimal(0);
  const projectLeaves: { code: string; amount: Decimal }[] = [];
  for (let c = 0; c < size.classes; c++) {
    const classCode = FUNCTION_CLASS_CODES[c]!;
    const classRow = {
      seq: seq++,
      functionCode: classCode,
      name: `类${classCode}`,
      total: '0',
      basicExpenditure: '0',
      projectExpenditure: '0',
    };
    rows.push(classRow);
    let cT = new Decimal(0),
      cB = new Decimal(0),
      cP = new Decimal(0);
    for (let k = 0; k < size.itemsPerClass; k++) {
      const kCode = `${classCode}${String(k + 1).padStart(2, '0')}`;
      const kRow = {
        seq: seq++,
        functionCode: kCode,
        name: `款${kCode}`,
        total: '0',
        basicExpenditure: '0',
        projectExpenditure: '0',
      };
      rows.push(kRow);
      let kT = new Decimal(0),
        kB = new Decimal(0),
        kP = new Decimal(0);
      for (let x = 0; x < size.subitemsPerItem; x++) {
        const code = `${kCode}${String(x + 1).padStart(2, '0')}`;
        const basic = new Decimal((c * 7 + k * 3 + x + shift) % 97).plus('0.37');
        const project = new Decimal((c + k + x * 5) % 41).plus('0.21');
        rows.push({
          seq: seq++,
          functionCode: code,
          name: `项${code}`,
          total: basic.plus(project).toFixed(2),
          basicExpenditure: basic.toFixed(2),
          projectExpenditure: project.toFixed(2),
        });
        projectLeaves.push({ code, amount: project });
        kT = kT.plus(basic).plus(project);
        kB = kB.plus(basic);
        kP = kP.plus(project);
      }
      Object.assign(kRow, {
        total: kT.toFixed(2),
        basicExpenditure: kB.toFixed(2),
        projectExpenditure: kP.toFixed(2),
      });
      cT = cT.plus(kT);
      cB = cB.plus(kB);
      cP = cP.plus(kP);
    }
    Object.assign(classRow, {
      total: cT.toFixed(2),
      basicExpenditure: cB.toFixed(2),
      projectExpenditure: cP.toFixed(2),
    });
    total = total.plus(cT);
    basicTotal = basicTotal.plus(cB);
    projectTotal = projectTotal.plus(cP);
  }
  return { rows, total, basicTotal, projectTotal, projectLeaves };
}

/**
 * Builds a dataset (format v2, migrated from v1's keyed tables) with classes × itemsPerClass 款 ×
 * subitemsPerItem 项 (amounts in 万元).
 */
export function syntheticDataset(size: SyntheticSize): DatasetJson {
  const ds = rawDatasetTemplate();
  const year = size.year ?? ds.meta.year;
  // A different year gives slightly different amounts, so 同比 has something to show.
  const shift = shiftOf(year, ds.meta.year);
  if (year !== ds.meta.year) {
    ds.meta.year = year;
    ds.meta.title = ds.meta.title.replace(/\d{4}/, String(year));
  }
  // Its own department, so a catalog pairs the two synthetic years and never a shipped one.
  ds.meta.department = { code: SYNTHETIC_DEPARTMENT.code, name: SYNTHETIC_DEPARTMENT.name };
  if (size.classes > FUNCTION_CLASS_CODES.length)
    throw new Error(`synthetic dataset: at most ${FUNCTION_CLASS_CODES.length} 类`);
  const { rows, total, basicTotal, projectTotal, projectLeaves } = expenditureRows(size, shift);
  // The previous year's totals, the same way, so the narrative's 比上年增减 states what the
  // catalog's other synthetic year holds (数据核验 compares the two).
  const previous = expenditureRows(size, shiftOf(year - 1, ds.meta.year));
  ds.tables.expenditure.rows = [
    {
      seq: 1,
      name: '合计',
      total: total.toFixed(2),
      basicExpenditure: basicTotal.toFixed(2),
      projectExpenditure: projectTotal.toFixed(2),
    },
    ...rows,
  ];
  ds.tables.generalBudgetExpenditure.rows = ds.tables.expenditure.rows.map((r) => ({ ...r }));
  // Projects: one per project leaf until `projects`, then the rest of 项目支出 in one project per leaf left.
  const template = ds.projects[0]!;
  const perProject = size.indicatorsPerProject ?? template.indicators.length;
  // Indicators: the template's, cycled, each with its own name and value so a search narrows.
  const indicatorsOf = (i: number) =>
    Array.from({ length: perProject }, (_, j) => {
      const t = template.indicators[j % template.indicators.length]!;
      return { ...t, level3: `${t.level3}${i}-${j}`, description: `${t.description}（项目${i}）` };
    });
  ds.projects = projectLeaves.slice(0, size.projects).map((l, i) => ({
    ...template,
    indicators: indicatorsOf(i),
    seq: i + 1,
    code: `SYN${i}`,
    name: `项目${i}`,
    budget: l.amount.toFixed(2),
    fiscalFunds: l.amount.toFixed(2),
    functionCode: l.code,
  }));
  const rest = projectLeaves.slice(size.projects).reduce((a, l) => a.plus(l.amount), new Decimal(0));
  if (rest.gt(0))
    ds.projects.push({
      ...template,
      seq: ds.projects.length + 1,
      code: 'SYN-REST',
      name: '其余项目',
      budget: rest.toFixed(2),
      fiscalFunds: rest.toFixed(2),
    });
  const t = total.toFixed(2);
  ds.tables.budgetSummary.rows = [
    { seq: 1, revenueItem: '一、一般公共预算拨款收入', revenueAmount: t },
    {
      seq: 2,
      revenueItem: '本年收入合计',
      revenueAmount: t,
      expenditureItem: '本年支出合计',
      expenditureAmount: t,
    },
    { seq: 3, revenueItem: '收入总计', revenueAmount: t, expenditureItem: '支出总计', expenditureAmount: t },
  ];
  ds.tables.revenue.rows = [
    { seq: 1, name: '合计', total: t, currentYearSubtotal: t, fiscalAppropriation: t },
  ];
  // 财政拨款收支总表: all of it 一般公共预算财政拨款, like the 支出表 it must equal.
  ds.tables.fiscalAppropriationSummary.rows = [
    {
      seq: 1,
      revenueItem: '本年收入合计',
      revenueAmount: t,
      expenditureItem: '本年支出合计',
      total: t,
      generalBudget: t,
    },
    {
      seq: 2,
      revenueItem: '收入总计',
      revenueAmount: t,
      expenditureItem: '支出总计',
      total: t,
      generalBudget: t,
    },
  ];
  ds.tables.basicExpenditure.rows = [
    { seq: 1, name: '合计', total: basicTotal.toFixed(2), personnelExpense: basicTotal.toFixed(2) },
    {
      seq: 2,
      economicCode: '301',
      name: '工资福利支出',
      total: basicTotal.toFixed(2),
      personnelExpense: basicTotal.toFixed(2),
    },
  ];
  const n = ds.narrative;
  n.revenueExplanation.total = t;
  n.expenditureExplanation = {
    ...n.expenditureExplanation,
    total: t,
    basicExpenditure: basicTotal.toFixed(2),
    personnelExpense: basicTotal.toFixed(2),
    publicExpense: undefined,
    projectExpenditure: projectTotal.toFixed(2),
    projectItems: [],
  };
  const change = (now: Decimal, before: Decimal) => now.minus(before).toFixed(2);
  const words = (now: Decimal, before: Decimal) => {
    const d = now.minus(before);
    return d.isZero() ? '持平' : `${d.isNegative() ? '减少' : '增加'}${d.abs().toFixed(2)}万元`;
  };
  n.yearOnYear = {
    text: `${year}年支出预算${t}万元，比上年${words(total, previous.total)}。其中：基本支出比上年${words(basicTotal, previous.basicTotal)}；项目支出比上年${words(projectTotal, previous.projectTotal)}。`,
    previousYear: year - 1,
    totalChange: change(total, previous.total),
    items: [
      {
        part: 'basicExpenditure',
        change: change(basicTotal, previous.basicTotal),
        reason: '合成数据：各项基本支出按年度微调。',
      },
      { part: 'projectExpenditure', change: change(projectTotal, previous.projectTotal) },
    ],
  };
  n.institutionalOperatingExpenses.amount = undefined;
  return migrateDatasetV1(ds);
}
