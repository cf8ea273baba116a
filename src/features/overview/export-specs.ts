/** The 概览 view's tables as TableSpecs for the 导出 menu (same rows as its table twins). */
import type Decimal from 'decimal.js';
import type { BudgetModel } from '../../domain/budget-model';
import { measureLabel, tableTitle } from '../../domain/source';
import type { AnyTableSpec } from '../../export/registry';
import { amountColumn, codeColumn, nameColumn, shareColumn, twinSpec } from '../../export/twin-spec';
import type { OverviewModel } from './select-overview';

interface ClassRow {
  code: string;
  name: string;
  total?: Decimal;
  basicExpenditure?: Decimal;
  projectExpenditure?: Decimal;
  share?: Decimal;
}

/**
 * 收入来源 and 支出按功能分类（类） as on screen (万元; shares in %, the 合计 row's share 100.00).
 */
export function overviewSpecs(model: OverviewModel, budget: BudgetModel): AnyTableSpec[] {
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
  return [revenue, classes];
}
