/** The 概览 view's tables as TableSpecs for the 导出 menu (same rows as its table twins). */
import type Decimal from 'decimal.js';
import type { BudgetModel } from '../../domain/budget-model';
import { measureLabel, tableTitle } from '../../domain/source';
import type { TableSpec } from '../../domain/table-spec';
import { amountColumn, codeColumn, nameColumn, shareColumn, twinSpec } from '../../export/twin-spec';
import type { OverviewModel } from './select-overview';

/** A row of 支出按功能分类（类）: a 类, or the 合计 row (code ''). */
export interface ClassRow {
  code: string;
  name: string;
  total?: Decimal;
  basicExpenditure?: Decimal;
  projectExpenditure?: Decimal;
  share?: Decimal;
}

/** The 合计 row of 支出按功能分类（类） (printed under the 类, never sorted into them). */
export const isTotalRow = (r: ClassRow): boolean => r.code === '';

/**
 * 收入来源 and 支出按功能分类（类）, declared once: the same specs draw both tables on screen
 * (SpecTable, sortable by any column: ?revsort= / ?clsort=) and write their files (万元;
 * shares in %; the 合计 row, last, has no share cell in files: on screen it says 100.00%
 * with its 尾差 note). Source: 收支总表 (收入栏) and 支出总表 (类 rows, 合计 row).
 */
export function overviewSpecs(
  model: OverviewModel,
  budget: BudgetModel,
): { revenue: TableSpec<OverviewModel['revenueSources'][number]>; classes: TableSpec<ClassRow> } {
  const revenue = twinSpec<OverviewModel['revenueSources'][number]>(budget.meta, {
    id: 'overview-revenue',
    title: '收入来源',
    source: `${tableTitle('budgetSummary', budget.printed)}（收入栏）`,
    columns: [
      nameColumn('name', '收入项目', (r) => r.name),
      amountColumn('amount', measureLabel(budget.meta.kind), (r) => r.amount),
      shareColumn('share', '占比', (r) => r.share),
    ],
    rows: model.revenueSources,
  });
  const rows: ClassRow[] = [
    ...model.classes.map((c) => ({
      code: c.code,
      name: c.name,
      ...(c.blank.includes('total') ? {} : { total: c.total }),
      ...(c.blank.includes('basicExpenditure') ? {} : { basicExpenditure: c.basicExpenditure }),
      ...(c.blank.includes('projectExpenditure') ? {} : { projectExpenditure: c.projectExpenditure }),
      share: c.share,
    })),
    {
      code: '',
      name: '合计',
      total: model.total,
      basicExpenditure: model.totalBasic,
      projectExpenditure: model.totalProject,
    },
  ];
  const classes = twinSpec<ClassRow>(budget.meta, {
    id: 'overview-classes',
    title: '支出按功能分类（类）',
    source: tableTitle(budget.functionTree.table, budget.printed),
    columns: [
      codeColumn('code', '科目编码', (r) => r.code || undefined),
      nameColumn('name', '科目名称', (r) => r.name),
      amountColumn('total', '合计', (r) => r.total),
      amountColumn('basicExpenditure', '基本支出', (r) => r.basicExpenditure),
      amountColumn('projectExpenditure', '项目支出', (r) => r.projectExpenditure),
      shareColumn('share', '占比', (r) => r.share),
    ],
    rows,
  });
  return { revenue, classes };
}
