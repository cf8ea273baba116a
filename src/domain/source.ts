/**
 * Where a figure comes from in the disclosure. Every figure on screen carries one, so a
 * reader can find it in the printed PDF (table and row, or narrative section).
 */
import { formatPrinted } from './format';
import type { AmountUnit, PrintedTable, TableColumn, TableRow } from './printed-table';
import type { Tables } from './schema-v1';
import type { ColumnRole } from './standard-tables';

/** Key of one of the nine standard tables. */
export type TableKey = keyof Tables;

/** A reference into the disclosure. */
export type SourceRef =
  | {
      kind: 'table';
      table: TableKey;
      /** 序号 of the row. */
      seq?: number;
      /** Printed column label, e.g. "基本支出". */
      column?: string;
      /** Year of the dataset, when the row is from another year's disclosure (上年数). */
      year?: number;
    }
  | {
      kind: 'narrative';
      /** Section heading as printed, e.g. "二、部门预算安排的总体情况 · 3、比上年增减情况". */
      section: string;
    }
  | {
      kind: 'derived';
      /** How the figure was computed, in words, e.g. "2024年支出总计 + 减少额 1707.15". */
      how: string;
      from: SourceRef[];
    };

/** Table titles used when the dataset is not at hand (the printed titles of the template). */
export const TEMPLATE_TABLE_TITLES: Record<TableKey, string> = {
  budgetSummary: '部门预算收支总表',
  revenue: '部门预算收入总表',
  expenditure: '部门预算支出总表',
  fiscalAppropriationSummary: '部门预算财政拨款收支总表',
  generalBudgetExpenditure: '部门预算一般公共预算财政拨款支出表',
  basicExpenditure: '部门预算一般公共预算财政拨款基本支出表',
  governmentFundExpenditure: '部门预算政府性基金预算财政拨款支出表',
  stateCapitalExpenditure: '部门预算国有资本经营预算财政拨款支出表',
  threePublicExpenses: '部门预算财政拨款“三公”经费支出表',
};

/** Titles of the 部门决算 template (the 决算 tables, 决算数), used for a 决算 dataset's missing table. */
export const FINAL_TEMPLATE_TABLE_TITLES: Record<TableKey, string> = {
  budgetSummary: '收入支出决算总表',
  revenue: '收入决算表',
  expenditure: '支出决算表',
  fiscalAppropriationSummary: '财政拨款收入支出决算总表',
  generalBudgetExpenditure: '一般公共预算财政拨款支出决算表',
  basicExpenditure: '一般公共预算财政拨款基本支出决算表',
  governmentFundExpenditure: '政府性基金预算财政拨款收入支出决算表',
  stateCapitalExpenditure: '国有资本经营预算财政拨款收入支出决算表',
  threePublicExpenses: '财政拨款“三公”经费支出决算表',
};

/** The template titles of a disclosure kind: 部门预算 or 部门决算. */
export function templateTitles(kind: '预算' | '决算'): Record<TableKey, string> {
  return kind === '决算' ? FINAL_TEMPLATE_TABLE_TITLES : TEMPLATE_TABLE_TITLES;
}

/** The printed tables of one dataset by key (the budget model's `printed`); absent = not published. */
export type PrintedTables = Partial<Record<TableKey, PrintedTable>>;

/**
 * The kind of disclosure the printed tables are from: 决算 when any is a 决算 table
 * (standard id final-*), else 预算. Lets a missing table be named as the kind's template
 * names it ("支出决算表" on a 决算, never "部门预算支出总表").
 */
export function printedKind(printed?: PrintedTables): '预算' | '决算' {
  return Object.values(printed ?? {}).some((t) => t?.standardId?.startsWith('final-')) ? '决算' : '预算';
}

/**
 * The title a dataset prints for a table, else the template's title for the dataset's kind
 * (the table is not published).
 */
export function tableTitle(key: TableKey, printed?: PrintedTables): string {
  return printed?.[key]?.title ?? templateTitles(printedKind(printed))[key];
}

/** The measure a disclosure's amounts are: 预算数 (部门预算) or 决算数 (部门决算). */
export function measureLabel(kind: '预算' | '决算'): '预算数' | '决算数' {
  return kind === '决算' ? '决算数' : '预算数';
}

/**
 * Column roles a source's column label names (the labels the model's sources use). A
 * summary table's "收入总计" is a row of its 收入 half: the half's amount column.
 */
const ROLES_OF_LABEL: Record<string, readonly ColumnRole[]> = {
  合计: ['total'],
  基本支出: ['basicExpenditure'],
  项目支出: ['projectExpenditure'],
  人员经费: ['personnelExpense'],
  公用经费: ['publicExpense'],
  收入总计: ['revenueAmount'],
  本年收入合计: ['revenueAmount'],
  '收入 · 预算数': ['revenueAmount'],
  支出总计: ['expenditureAmount'],
  本年支出合计: ['expenditureAmount'],
  // the "三公" items of a table that prints them as columns (决算)
  '因公出国（境）费': ['outboundTravel'],
  公务用车购置及运行费: ['vehiclePurchaseAndOperation'],
  公务用车购置费: ['vehiclePurchase'],
  公务用车运行维护费: ['vehicleOperation'],
  公务接待费: ['officialReception'],
};

/** One printed cell a source points to: where it stands, and its value in its own unit. */
export interface PrintedCell {
  /** Table title as printed, e.g. "支出决算表". */
  title: string;
  /** The row as printed: "序号 1", "2010101 行政运行", "人员经费合计" or "第 3 行". */
  row: string;
  /** The column as printed with its group headers, e.g. "人员经费/决算数"; absent for a whole row. */
  column?: string;
  /** The printed amount with grouping and its unit, e.g. "3,286,618,082.20 元"; absent when blank. */
  value?: string;
  /** The 预算 columns printed beside a 决算数 (年初预算 / 调整预算 / 预算数), as "label value unit". */
  budgetBeside: string[];
  unit: AmountUnit;
}

/** Leaf labels that say which measure, not what: the group header above names the what. */
const MEASURE_LABELS = new Set([
  '预算数',
  '决算数',
  '年初预算',
  '调整预算',
  '年初预算数',
  '调整预算数',
  '金额',
]);

/** "基本支出"; a measure leaf with the header above it: "人员经费/决算数". */
function columnLabel(c: TableColumn): string {
  const parent = c.path[c.path.length - 1];
  return MEASURE_LABELS.has(c.label) && parent ? `${parent}/${c.label}` : c.label;
}

function rowLabel(row: TableRow, index: number): string {
  if (row.seq !== undefined) return `序号 ${row.seq}`;
  if (row.code) return `${row.code} ${row.name ?? ''}`.trim();
  if (row.name) return row.name;
  return `第 ${index + 1} 行`;
}

/**
 * Finds the printed cell of a table source in the dataset's own tables: the row by 序号 (or
 * its place, for tables without 序号: the model numbers rows 1, 2, … in printed order), the
 * column by the role its label names, preferring the 决算数 measure. A row of a table without
 * a 合计 column (决算 基本支出决算表 halves) reads its one printed amount as its 合计.
 *
 * @returns the cell, or undefined for a source that is not a table of this dataset (another
 *   year's table, a narrative, a derived figure, an unpublished table or a row not found)
 */
export function resolvePrintedCell(ref: SourceRef, printed?: PrintedTables): PrintedCell | undefined {
  if (ref.kind !== 'table' || ref.year !== undefined || ref.seq === undefined) return undefined;
  const table = printed?.[ref.table];
  if (!table) return undefined;
  const index = table.rows.findIndex((r, i) => (r.seq ?? i + 1) === ref.seq);
  const row = table.rows[index];
  if (!row) return undefined;
  // A 收支总表 row has neither 序号, code nor name: the source's label names it ("支出总计").
  const summaryItem =
    row.seq === undefined && !row.code && !row.name && ref.column
      ? ROLES_OF_LABEL[ref.column]?.some((r) => r === 'revenueAmount' || r === 'expenditureAmount')
      : false;
  const base = {
    title: table.title,
    row: summaryItem
      ? `${row.seq !== undefined ? `序号 ${row.seq} · ` : ''}${ref.column!}`
      : rowLabel(row, index),
    budgetBeside: [],
    unit: table.unit,
  };
  if (!ref.column) return base;
  const roles = ROLES_OF_LABEL[ref.column] ?? [];
  const rank = (c: TableColumn) => (c.measure === 'final' ? 0 : c.measure === undefined ? 1 : 2);
  const candidates = table.columns
    .filter((c) => c.kind === 'amount' && c.role && roles.includes(c.role))
    .sort((a, b) => rank(a) - rank(b));
  let column = candidates[0];
  if (!column && ref.column === '合计') {
    const printedAmounts = table.columns.filter((c) => c.kind === 'amount' && row.cells[c.key] !== undefined);
    if (printedAmounts.length === 1) column = printedAmounts[0];
  }
  if (!column) return { ...base, column: ref.column };
  const fmt = (c: TableColumn) => {
    const v = row.cells[c.key];
    return v === undefined ? undefined : `${formatPrinted(v)} ${table.unit}`;
  };
  const beside =
    column.measure === 'final'
      ? table.columns.filter((c) => c.role === column.role && c !== column && c.measure !== 'final')
      : [];
  const value = fmt(column);
  return {
    ...base,
    column: columnLabel(column),
    ...(value ? { value } : {}),
    budgetBeside: beside.flatMap((c) => {
      const v = fmt(c);
      return v ? [`${columnLabel(c)} ${v}`] : [];
    }),
  };
}

/**
 * Describes a source in Chinese for tooltips and table captions, e.g.
 * "部门预算支出总表 · 序号 1 · 基本支出".
 *
 * @param printed the dataset's own tables (the model's `printed`): the source then names the
 *   table, row and column AS PRINTED in that dataset ("支出决算表 · 合计 · 基本支出"); without
 *   them, the template's titles are used
 */
export function describeSource(ref: SourceRef, printed?: PrintedTables): string {
  switch (ref.kind) {
    case 'table': {
      const cell = resolvePrintedCell(ref, printed);
      if (cell) return [cell.title, cell.row, cell.column].filter(Boolean).join(' · ');
      const title =
        ref.year !== undefined ? TEMPLATE_TABLE_TITLES[ref.table] : tableTitle(ref.table, printed);
      const parts = [`${ref.year !== undefined ? `${ref.year}年` : ''}${title}`];
      if (ref.seq !== undefined) parts.push(`序号 ${ref.seq}`);
      if (ref.column) parts.push(ref.column);
      return parts.join(' · ');
    }
    case 'narrative':
      return `情况说明 · ${ref.section}`;
    case 'derived':
      return `推算：${ref.how}（依据 ${ref.from.map((f) => describeSource(f, printed)).join('；')}）`;
  }
}
