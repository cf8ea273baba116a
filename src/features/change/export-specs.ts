/** The 同比变化 view's table as a TableSpec for the 导出 menu (万元; 增减率 in %). */
import Decimal from 'decimal.js';
import { changeCopy as t } from '../../copy/breakdowns';
import type { BudgetModel } from '../../domain/budget-model';
import type { AnyTableSpec } from '../../export/registry';
import {
  amountColumn,
  codeColumn,
  nameColumn,
  shareColumn,
  textColumn,
  twinSpec,
} from '../../export/twin-spec';
import type { ItemChange } from '../../domain/compare-datasets';
import type { TableSpec } from '../../domain/table-spec';
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

/**
 * The item-by-item comparison (功能分类 项 or 经济分类 款) as one TableSpec: the same
 * declaration draws the table on screen, sorts it (?fsort= / ?esort=) and writes its files.
 * 万元 (the budget model's unit); 增减率 in %, rounded half up to two decimals; an item
 * absent one year has a blank amount there, never 0.
 * @param id 'change-function' or 'change-economic'
 */
export function itemChangeSpec(
  budget: BudgetModel,
  items: readonly ItemChange[],
  declaration: { id: string; title: string; source: string; previousYear: number; currentYear: number },
): TableSpec<ItemChange> {
  return twinSpec<ItemChange>(budget.meta, {
    id: declaration.id,
    title: declaration.title,
    source: declaration.source,
    columns: [
      codeColumn('code', t.code, (i) => i.code),
      nameColumn('name', t.name, (i) => i.name),
      amountColumn('previous', t.previous(declaration.previousYear), (i) => i.previous),
      amountColumn('current', t.current(declaration.currentYear), (i) => i.current),
      amountColumn('change', t.change, (i) => i.change),
      // Rounded half up to two decimals, as the screen shows it.
      shareColumn('changePercent', t.changePercent, (i) =>
        i.changePercent?.toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
      ),
      textColumn('kind', t.kind, (i) => t.kinds[i.kind]),
    ],
    rows: items,
  });
}
