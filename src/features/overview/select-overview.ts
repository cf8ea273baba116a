/**
 * View model of the 概览 view: headline figures with shares or changes, revenue sources
 * and expenditure by 功能分类 类. Pure; amounts in 万元, shares in percent.
 */
import type Decimal from 'decimal.js';
import { formatAmount, formatPercent, formatSignedAmount, formatSignedPercent } from '../../domain/format';
import { percentOf, roundedShares } from '../../domain/money';
import type { BudgetModel } from '../../domain/budget-model';
import type { SourceRef } from '../../domain/source';
import type { FunctionMeasure } from '../../domain/function-tree';
import type { RevenueSource } from '../../domain/summary';

/** One headline card. */
export interface OverviewCard {
  id: string;
  label: string;
  value: Decimal;
  source: SourceRef;
  signed?: boolean;
  /** Second line: share or change, e.g. "占支出总计 60.65%". */
  note?: string;
  /** Source of the note's base figure, when it has one (e.g. the derived 2023 total). */
  noteSource?: SourceRef;
}

/** One 类 row of the expenditure chart and its table twin. */
export interface OverviewClassRow {
  code: string;
  name: string;
  total: Decimal;
  basicExpenditure: Decimal;
  projectExpenditure: Decimal;
  /** Share of 支出总表 合计, rounded to 2 dp, adding to 100.00. */
  share: Decimal;
  /** Measures printed blank in 支出总表 (shown as —). */
  blank: FunctionMeasure[];
  /** Source of each printed cell: 支出总表, this row, that column. */
  cellSources?: Record<FunctionMeasure, SourceRef>;
  source?: SourceRef;
}

export interface OverviewModel {
  department: string;
  year: number;
  kind: string;
  units: NonNullable<BudgetModel['narrative']['units']>;
  cards: OverviewCard[];
  revenueSources: RevenueSource[];
  classes: OverviewClassRow[];
  total: Decimal;
  totalBasic: Decimal;
  totalProject: Decimal;
  /** 尾差 of the 类 shares (100 − their sum), noted beside the 合计 row's 100.00%. */
  classesShareResidual?: Decimal;
  totalSource?: SourceRef;
}

const COLUMN_LABEL: Record<FunctionMeasure, string> = {
  total: '合计',
  basicExpenditure: '基本支出',
  projectExpenditure: '项目支出',
};

function cellSourcesOf(row: SourceRef & { kind: 'table' }): Record<FunctionMeasure, SourceRef> {
  const of = (m: FunctionMeasure): SourceRef => ({ ...row, column: COLUMN_LABEL[m] });
  return {
    total: of('total'),
    basicExpenditure: of('basicExpenditure'),
    projectExpenditure: of('projectExpenditure'),
  };
}

/**
 * Builds the overview from the budget model.
 * @returns null when the disclosure did not publish 支出总表 with its 合计 row (empty state).
 */
export function selectOverview(budget: BudgetModel): OverviewModel | null {
  const s = budget.summary;
  if (!s) return null;
  const cards: OverviewCard[] = [];
  // 收入总计 / 支出总计 where printed; else the 本年 合计 rows the table does print (a 决算 extract
  // may stop before its 总计 rows), under their own printed names.
  if (s.revenueTotal) cards.push({ id: 'revenue-total', label: '收入总计', ...s.revenueTotal });
  else if (s.revenueCurrentYear)
    cards.push({ id: 'revenue-total', label: '本年收入合计', ...s.revenueCurrentYear });
  // A 总计 that adds 结转和结余 to the year's spending says so, so 基本 + 项目 (the year's
  // spending) is not read against it as a gap (决算 02: 2,995.39 = 2,940.05 + 55.34).
  const beyondYear =
    s.expenditureTotal && s.expenditureCurrentYear
      ? s.expenditureTotal.value.minus(s.expenditureCurrentYear.value)
      : undefined;
  if (s.expenditureTotal)
    cards.push({
      id: 'expenditure-total',
      label: '支出总计',
      ...s.expenditureTotal,
      ...(beyondYear && !beyondYear.isZero() && s.expenditureCurrentYear
        ? {
            note: `本年支出合计 ${formatAmount(s.expenditureCurrentYear.value)}，另含结转和结余 ${formatAmount(beyondYear)}`,
            noteSource: s.expenditureCurrentYear.source,
          }
        : {}),
    });
  else if (s.expenditureCurrentYear)
    cards.push({ id: 'expenditure-total', label: '本年支出合计', ...s.expenditureCurrentYear });
  cards.push({
    id: 'basic',
    label: '基本支出',
    ...s.basicExpenditure,
    note: `占支出 ${formatPercent(s.basicShare)}`,
  });
  cards.push({
    id: 'project',
    label: '项目支出',
    ...s.projectExpenditure,
    note: `占支出 ${formatPercent(s.projectShare)}`,
  });
  if (s.personnelExpense && s.publicExpense && !s.basicExpenditure.value.isZero()) {
    const [personnelShare, publicShare] = roundedShares([
      s.personnelExpense.value,
      s.publicExpense.value,
    ]).shares;
    cards.push({
      id: 'personnel',
      label: '人员经费',
      ...s.personnelExpense,
      note: `占基本支出 ${formatPercent(personnelShare!)}`,
    });
    cards.push({
      id: 'public',
      label: '公用经费',
      ...s.publicExpense,
      note: `占基本支出 ${formatPercent(publicShare!)}`,
    });
  }
  if (s.threePublicExpenses) {
    // Against the previous year's own dataset when the catalog has it, else as the narrative states.
    const previousThree = budget.previous?.threePublic.total?.value;
    const three = previousThree
      ? s.threePublicExpenses.value.minus(previousThree)
      : budget.narrative.threePublicExpenses?.changeFromPreviousYear;
    cards.push({
      id: 'three-public',
      label: '“三公”经费',
      ...s.threePublicExpenses,
      ...(three ? { note: `比上年 ${formatSignedAmount(three)}` } : {}),
    });
  }
  const total = s.yearOnYear?.lines.find((l) => l.part === 'total');
  if (total && s.yearOnYear) {
    cards.push({
      id: 'change',
      label: `比 ${s.yearOnYear.previousYear} 年增减`,
      value: total.change,
      signed: true,
      // Stated by the narrative, or computed from the previous year's own dataset.
      source: s.yearOnYear.inferred
        ? { kind: 'narrative', section: '二、部门预算安排的总体情况 · 3、比上年增减情况' }
        : {
            kind: 'derived',
            how: `${s.yearOnYear.currentYear}年合计 − ${s.yearOnYear.previousYear}年合计`,
            from: [total.currentSource, total.previousSource],
          },
      note: `${formatSignedPercent(total.changePercent)}，${s.yearOnYear.previousYear} 年 ${formatAmount(total.previous)}`,
      noteSource: total.previousSource,
    });
  } else if (budget.statedChanges[0]) {
    // No previous dataset nor a structured 比上年增减情况: the change the narrative states
    // first (the department's total), quoted with its sentence.
    const c = budget.statedChanges[0];
    cards.push({
      id: 'change',
      label: `${c.label} · 比 ${c.against} 增减`,
      value: c.change,
      signed: true,
      source: c.source,
      note: `${c.percent ? `${formatSignedPercent(c.percent)}；` : ''}原文：“${c.sentence}”`,
    });
  }

  const tree = s.functionTree;
  const rounded =
    tree.classes.length > 0 && !tree.total.isZero()
      ? roundedShares(tree.classes.map((c) => c.total))
      : undefined;
  const shares = rounded?.shares ?? [];
  const classes = tree.classes.map((c, i) => ({
    code: c.code,
    name: c.name,
    total: c.total,
    basicExpenditure: c.basicExpenditure,
    projectExpenditure: c.projectExpenditure,
    share: shares[i] ?? percentOf(c.total, tree.total),
    blank: c.blank,
    ...(c.source ? { source: c.source } : {}),
    ...(c.source?.kind === 'table' ? { cellSources: cellSourcesOf(c.source) } : {}),
  }));

  return {
    department: budget.meta.department.name,
    year: budget.meta.year,
    kind: budget.meta.kind,
    units: budget.narrative.units ?? [],
    cards,
    revenueSources: s.revenueSources,
    classes,
    total: tree.total,
    totalBasic: tree.basicExpenditure,
    totalProject: tree.projectExpenditure,
    ...(rounded ? { classesShareResidual: rounded.residual } : {}),
    ...(tree.totalSource ? { totalSource: tree.totalSource } : {}),
  };
}
