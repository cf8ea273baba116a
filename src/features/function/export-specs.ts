/** The 功能分类 view's tree table as a TableSpec for the 导出 menu (every 类/款/项, 万元). */
import type Decimal from 'decimal.js';
import { functionCopy, measureLabel } from '../../copy/function';
import type { BudgetModel } from '../../domain/budget-model';
import type { FunctionMeasure } from '../../domain/function-tree';
import { tableTitle } from '../../domain/source';
import type { AnyTableSpec } from '../../export/registry';
import { amountColumn, codeColumn, nameColumn, shareColumn, twinSpec } from '../../export/twin-spec';
import type { FunctionViewModel } from './select-function-view';

interface Row {
  code?: string;
  name: string;
  level: number;
  total?: Decimal;
  basicExpenditure?: Decimal;
  projectExpenditure?: Decimal;
  share?: Decimal;
}

/**
 * Every row of the tree table (all levels, open or not), then 合计; the share column is of
 * the chosen measure as on screen (share of the parent, siblings add to 100.00).
 */
export function functionSpecs(
  model: FunctionViewModel,
  measure: FunctionMeasure,
  budget: BudgetModel,
): AnyTableSpec[] {
  const rows: Row[] = [];
  const walk = (list: FunctionViewModel['rows'], level: number) => {
    for (const r of list) {
      const printed = (m: FunctionMeasure) => (r.blank.includes(m) ? undefined : r[m]);
      rows.push({
        code: r.code,
        name: r.name,
        level,
        total: printed('total'),
        basicExpenditure: printed('basicExpenditure'),
        projectExpenditure: printed('projectExpenditure'),
        ...(r.share ? { share: r.share } : {}),
      });
      walk(r.subRows, level + 1);
    }
  };
  walk(model.rows, 0);
  rows.push({ name: functionCopy.total, level: 0, ...model.totals });
  return [
    twinSpec<Row>(budget.meta, {
      id: 'function-tree',
      title: `${functionCopy.title}${functionCopy.tableHeading}`,
      source: tableTitle(budget.functionTree.table, budget.printed),
      columns: [
        codeColumn('code', functionCopy.colCode, (r) => r.code),
        nameColumn('name', functionCopy.colName, (r) => r.name),
        amountColumn('total', measureLabel('total'), (r) => r.total),
        amountColumn('basicExpenditure', measureLabel('basicExpenditure'), (r) => r.basicExpenditure),
        amountColumn('projectExpenditure', measureLabel('projectExpenditure'), (r) => r.projectExpenditure),
        shareColumn('share', `${functionCopy.colShare}（${measureLabel(measure)}）`, (r) => r.share),
      ],
      rows,
      rowLevel: (r) => r.level,
    }),
  ];
}
