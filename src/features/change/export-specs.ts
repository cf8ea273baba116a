/** The 同比变化 view's table as a TableSpec for the 导出 menu (万元; 增减率 in %). */
import type Decimal from 'decimal.js';
import { changeCopy as t } from '../../copy/breakdowns';
import type { BudgetModel } from '../../domain/budget-model';
import type { AnyTableSpec } from '../../export/registry';
import { amountColumn, nameColumn, shareColumn, textColumn, twinSpec } from '../../export/twin-spec';
import type { ChangeModel } from './select-change';

const LINE_LABEL = { total: t.total, basicExpenditure: t.basic, projectExpenditure: t.project } as const;

interface Row {
  name: string;
  previous: Decimal;
  current: Decimal;
  change: Decimal;
  changePercent?: Decimal;
  reason?: string;
}

/** The waterfall's table twin: 支出合计, 基本支出, 项目支出 (and “三公”经费), as on screen. */
export function changeSpecs(model: ChangeModel, budget: BudgetModel): AnyTableSpec[] {
  const { previousYear: py, currentYear: cy } = model;
  const rows: Row[] = model.lines.map((l) => ({
    name: LINE_LABEL[l.part],
    previous: l.previous,
    current: l.current,
    change: l.change,
    changePercent: l.changePercent,
    ...(l.reason ? { reason: l.reason } : {}),
  }));
  if (model.three)
    rows.push({
      name: t.threeTitle,
      previous: model.three.previous,
      current: model.three.current,
      change: model.three.change,
      ...(model.three.reason ? { reason: model.three.reason } : {}),
    });
  return [
    twinSpec<Row>(budget.meta, {
      id: 'change-lines',
      title: t.waterfallTitle(py, cy),
      // The caption's source, without its on-screen "表格版本 · 来源：" lead.
      source: t.tableCaption(py).replace(/^表格版本 · 来源：/, ''),
      columns: [
        nameColumn('name', t.part, (r) => r.name),
        amountColumn('previous', `${t.previous(py)}（${t.derived}）`, (r) => r.previous),
        amountColumn('current', t.current(cy), (r) => r.current),
        amountColumn('change', t.change, (r) => r.change),
        shareColumn('changePercent', t.changePercent, (r) => r.changePercent),
        textColumn('reason', t.reason, (r) => r.reason),
      ],
      rows,
    }),
  ];
}
