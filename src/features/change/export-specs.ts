/** The 同比变化 view's table as a TableSpec for the 导出 menu (万元; 增减率 in %). */
import Decimal from 'decimal.js';
import { changeCopy as t } from '../../copy/breakdowns';
import type { BudgetModel } from '../../domain/budget-model';
import type { PartChange } from '../../domain/compare-datasets';
import type { SourceRef } from '../../domain/source';
import type { StatedChange } from '../../domain/stated-changes';
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

/** A line of the waterfall's table: 支出合计, 基本支出, 项目支出 or “三公”经费. */
export interface ChangeLineRow {
  part: 'total' | 'basicExpenditure' | 'projectExpenditure' | 'three';
  name: string;
  previous: Decimal;
  current: Decimal;
  change: Decimal;
  changePercent?: Decimal;
  reason?: string;
  previousSource?: SourceRef;
  currentSource?: SourceRef;
}

/** The 支出合计 line, printed first (never sorted into the parts). */
export const isTotalLine = (r: ChangeLineRow): boolean => r.part === 'total';

/**
 * The waterfall's table twin, declared once for screen (sortable: ?chsort=) and files:
 * 支出合计, 基本支出, 项目支出 (and “三公”经费), 万元; 增减率 in %.
 */
export function changeLinesSpec(model: ChangeModel, budget: BudgetModel): TableSpec<ChangeLineRow> {
  const { previousYear: py, currentYear: cy } = model;
  const rows: ChangeLineRow[] = model.lines.map((l) => ({
    part: l.part,
    name: LINE_LABEL[l.part],
    previous: l.previous,
    current: l.current,
    change: l.change,
    changePercent: l.changePercent,
    ...(l.reason ? { reason: l.reason } : {}),
    previousSource: l.previousSource,
    currentSource: l.currentSource,
  }));
  if (model.three)
    rows.push({
      part: 'three',
      name: t.threeTitle,
      previous: model.three.previous,
      current: model.three.current,
      change: model.three.change,
      ...(model.three.reason ? { reason: model.three.reason } : {}),
    });
  return twinSpec<ChangeLineRow>(budget.meta, {
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
  });
}

/** The 支出合计 part of the full comparison, printed first (never sorted into the parts). */
export const isTotalPart = (r: PartChange): boolean => r.part === 'total';

/**
 * 主要数字 of the item-by-item comparison (合计 rows of 支出总表, 基本支出表, “三公”经费支出表 of
 * both years), declared once for screen (sortable: ?ptsort=) and files; 万元, 增减率 in %
 * rounded half up to two decimals; a part one year does not print is blank, never 0.
 */
export function partChangeSpec(
  budget: BudgetModel,
  parts: readonly PartChange[],
  declaration: { title: string; source: string; previousYear: number; currentYear: number },
): TableSpec<PartChange> {
  return twinSpec<PartChange>(budget.meta, {
    id: 'change-parts',
    title: declaration.title,
    source: declaration.source,
    columns: [
      nameColumn('part', t.part, (p) => t.parts[p.part]),
      amountColumn('previous', t.previous(declaration.previousYear), (p) => p.previous),
      amountColumn('current', t.current(declaration.currentYear), (p) => p.current),
      amountColumn('change', t.change, (p) => p.change),
      shareColumn('changePercent', t.changePercent, (p) =>
        p.changePercent?.toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
      ),
    ],
    rows: parts,
  });
}

/**
 * The changes the narrative states (比上年增减), declared once for screen (sortable:
 * ?ssort=) and files: item, compared with, this year, change, 增减率 (as printed), sentence.
 */
export function statedChangesSpec(
  budget: BudgetModel,
  changes: readonly StatedChange[],
): TableSpec<StatedChange> {
  return twinSpec<StatedChange>(budget.meta, {
    id: 'change-stated',
    title: t.statedTitle,
    source: t.statedCaption.replace(/^来源：/, ''),
    columns: [
      nameColumn('label', t.statedItem, (c) => c.label),
      textColumn('against', t.statedAgainst, (c) => c.against),
      amountColumn('current', t.statedCurrent, (c) => c.current),
      amountColumn('change', t.change, (c) => c.change),
      shareColumn('percent', t.changePercent, (c) => c.percent),
      textColumn('sentence', t.statedSentence, (c) => c.sentence),
    ],
    rows: changes,
  });
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
