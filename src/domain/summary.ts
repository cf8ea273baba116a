/**
 * Headline figures of a dataset (the 概览 view), each with its source in the disclosure.
 */
import type Decimal from 'decimal.js';
import type { ModelBase } from './budget-model';
import type { EconomicTree } from './economic-tree';
import type { FunctionTree } from './function-tree';
import { percentOf, roundedShares } from './money';
import type { SourceRef } from './source';
import { compact, labelIs } from './text';
import type { YearOnYear } from './year-on-year';

/** A figure in 万元 with where it comes from. */
export interface Figure {
  value: Decimal;
  source: SourceRef;
}

/** One source of revenue (收支总表, left half), with its share of 本年收入合计 in percent. */
export interface RevenueSource {
  name: string;
  amount: Decimal;
  share: Decimal;
  source: SourceRef;
}

/** Everything the overview shows. Amounts in 万元, shares in percent (×100, unrounded). */
export interface BudgetSummary {
  /** 收入总计 (决算: the 收入 half's 总计 row). */
  revenueTotal?: Figure;
  /** 支出总计 (决算: the 支出 half's 总计 row). */
  expenditureTotal?: Figure;
  /** 本年收入合计 (without 年初结转和结余). */
  revenueCurrentYear?: Figure;
  /** 本年支出合计 (without 年末结转和结余). */
  expenditureCurrentYear?: Figure;
  basicExpenditure: Figure;
  projectExpenditure: Figure;
  basicShare: Decimal;
  projectShare: Decimal;
  personnelExpense?: Figure;
  publicExpense?: Figure;
  threePublicExpenses?: Figure;
  revenueSources: RevenueSource[];
  functionTree: FunctionTree;
  economicTree: EconomicTree;
  yearOnYear?: YearOnYear;
}

/**
 * Reads the headline figures (called once by buildBudgetModel; views read `model.summary`).
 * @param yearOnYear the model's comparison with the previous year (year-on-year.ts), when any
 * Sources: 收支总表 (收入总计 / 支出总计 / revenue rows), 支出总表 合计 row (基本支出 /
 * 项目支出), 基本支出表 合计 row (人员经费 / 公用经费), "三公"经费支出表 合计 row,
 * narrative 比上年增减情况.
 * @throws Error when 支出总表 has no 合计 row with 合计 (the dataset then has no total to show).
 */
export function summarize(
  dataset: ModelBase & { functionTree: FunctionTree; economicTree: EconomicTree },
  yearOnYear?: YearOnYear,
): BudgetSummary {
  const { tables, functionTree, economicTree } = dataset;
  // 支出总表, or the 一般公共预算 table standing in for it (budget-model.ts).
  const fnTable = functionTree.table;
  const totalRow = tables[fnTable].rows.find((r) => !r.functionCode);
  if (!totalRow?.total) throw new Error('部门预算支出总表缺少“合计”行');
  const ref = (
    table:
      | 'expenditure'
      | 'generalBudgetExpenditure'
      | 'basicExpenditure'
      | 'threePublicExpenses'
      | 'budgetSummary',
    seq: number,
    column: string,
  ): SourceRef => ({
    kind: 'table',
    table,
    seq,
    column,
  });

  const basic = totalRow.basicExpenditure;
  const project = totalRow.projectExpenditure;
  const [basicShare, projectShare] =
    basic && project && !basic.plus(project).isZero()
      ? roundedShares([basic, project]).shares
      : [undefined, undefined];

  // 预算 prints "收入总计" / "支出总计"; the 决算 template prints "总计" in each half.
  const isGrand = (item: string | undefined, wanted: string) =>
    labelIs(item, wanted) || (item !== undefined && compact(item) === '总计');
  const revenueTotalRow = tables.budgetSummary.rows.find((r) => isGrand(r.revenueItem, '收入总计'));
  const expenditureTotalRow = tables.budgetSummary.rows.find((r) => isGrand(r.expenditureItem, '支出总计'));
  const currentRevenueRow = tables.budgetSummary.rows.find((r) => labelIs(r.revenueItem, '本年收入合计'));
  const currentExpenditureRow = tables.budgetSummary.rows.find((r) =>
    labelIs(r.expenditureItem, '本年支出合计'),
  );

  // Revenue sources: the numbered rows of the left half ("一、一般公共预算拨款收入") above 本年收入合计.
  const revenueRows = tables.budgetSummary.rows.filter(
    (r) => r.revenueItem && r.revenueAmount && /^[一二三四五六七八九十]+、/.test(compact(r.revenueItem)),
  );
  // Shares of 本年收入合计; a table without one (no carry-forward, e.g. 财务收支预算总表) of 收入总计.
  const revenueWhole = currentRevenueRow?.revenueAmount ?? revenueTotalRow?.revenueAmount;
  const revenueSources: RevenueSource[] =
    revenueWhole && !revenueWhole.isZero()
      ? revenueRows.map((r) => ({
          name: compact(r.revenueItem!).replace(/^[一二三四五六七八九十]+、/, ''),
          amount: r.revenueAmount!,
          share: percentOf(r.revenueAmount!, revenueWhole),
          source: ref('budgetSummary', r.seq, '收入 · 预算数'),
        }))
      : [];

  // One 合计 row (预算), or one per half (决算: 人员经费合计 | 公用经费合计).
  const basicTotals = tables.basicExpenditure.rows.filter((r) => !r.economicCode);
  const personnelRow = basicTotals.find((r) => r.personnelExpense !== undefined);
  const publicRow = basicTotals.find((r) => r.publicExpense !== undefined);
  const threeTotalRow = tables.threePublicExpenses.rows.find((r) => r.level === 0);

  return {
    ...(revenueTotalRow?.revenueAmount
      ? {
          revenueTotal: {
            value: revenueTotalRow.revenueAmount,
            source: ref('budgetSummary', revenueTotalRow.seq, '收入总计'),
          },
        }
      : {}),
    ...(expenditureTotalRow?.expenditureAmount
      ? {
          expenditureTotal: {
            value: expenditureTotalRow.expenditureAmount,
            source: ref('budgetSummary', expenditureTotalRow.seq, '支出总计'),
          },
        }
      : {}),
    ...(currentRevenueRow?.revenueAmount
      ? {
          revenueCurrentYear: {
            value: currentRevenueRow.revenueAmount,
            source: ref('budgetSummary', currentRevenueRow.seq, '本年收入合计'),
          },
        }
      : {}),
    ...(currentExpenditureRow?.expenditureAmount
      ? {
          expenditureCurrentYear: {
            value: currentExpenditureRow.expenditureAmount,
            source: ref('budgetSummary', currentExpenditureRow.seq, '本年支出合计'),
          },
        }
      : {}),
    basicExpenditure: {
      value: functionTree.basicExpenditure,
      source: ref(fnTable, totalRow.seq, '基本支出'),
    },
    projectExpenditure: {
      value: functionTree.projectExpenditure,
      source: ref(fnTable, totalRow.seq, '项目支出'),
    },
    basicShare: basicShare ?? percentOf(functionTree.basicExpenditure, totalRow.total),
    projectShare: projectShare ?? percentOf(functionTree.projectExpenditure, totalRow.total),
    ...(personnelRow?.personnelExpense
      ? {
          personnelExpense: {
            value: personnelRow.personnelExpense,
            source: ref('basicExpenditure', personnelRow.seq, '人员经费'),
          },
        }
      : {}),
    ...(publicRow?.publicExpense
      ? {
          publicExpense: {
            value: publicRow.publicExpense,
            source: ref('basicExpenditure', publicRow.seq, '公用经费'),
          },
        }
      : {}),
    ...(threeTotalRow?.total
      ? {
          threePublicExpenses: {
            value: threeTotalRow.total,
            source: ref('threePublicExpenses', threeTotalRow.seq, '合计'),
          },
        }
      : {}),
    revenueSources,
    functionTree,
    economicTree,
    ...(yearOnYear ? { yearOnYear } : {}),
  };
}
