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
}

/**
 * Builds a dataset (format v2, migrated from v1's keyed tables) with classes × itemsPerClass 款 ×
 * subitemsPerItem 项 (amounts in 万元).
 */
export function syntheticDataset(size: SyntheticSize): DatasetJson {
  const ds = rawDatasetTemplate();
  const rows: DatasetV1Json['tables']['expenditure']['rows'] = [];
  let seq = 2;
  let total = new Decimal(0);
  let basicTotal = new Decimal(0);
  let projectTotal = new Decimal(0);
  const projectLeaves: { code: string; amount: Decimal }[] = [];
  for (let c = 0; c < size.classes; c++) {
    const classCode = String(201 + c);
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
        const basic = new Decimal((c * 7 + k * 3 + x) % 97).plus('0.37');
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
  ds.projects = projectLeaves.slice(0, size.projects).map((l, i) => ({
    ...template,
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
  n.institutionalOperatingExpenses.amount = undefined;
  return migrateDatasetV1(ds);
}
