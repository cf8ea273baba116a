/**
 * Where a figure comes from in the disclosure. Every figure on screen carries one, so a
 * reader can find it in the printed PDF (table and row, or narrative section).
 */
import type { Tables } from './schema-v1';

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

/**
 * Describes a source in Chinese for tooltips and table captions, e.g.
 * "部门预算支出总表 · 序号 1 · 基本支出".
 */
export function describeSource(ref: SourceRef): string {
  switch (ref.kind) {
    case 'table': {
      const parts = [`${ref.year !== undefined ? `${ref.year}年` : ''}${TEMPLATE_TABLE_TITLES[ref.table]}`];
      if (ref.seq !== undefined) parts.push(`序号 ${ref.seq}`);
      if (ref.column) parts.push(ref.column);
      return parts.join(' · ');
    }
    case 'narrative':
      return `情况说明 · ${ref.section}`;
    case 'derived':
      return `推算：${ref.how}（依据 ${ref.from.map(describeSource).join('；')}）`;
  }
}
