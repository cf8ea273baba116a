/**
 * The 说明 view's tables as TableSpecs (src/domain/table-spec.ts): 机构设置 (units), 政府采购
 * (procurement, its columns as printed, "来源/项目名称" as a grouped header) and 国有资产占用
 * 情况 (fixed assets, 万元 after the budget model's exact conversion; 其中 rows one level in).
 * The same declaration draws the table on screen, sorts it and writes its CSV / XLSX.
 */
import { aboutCopy as t } from '../../copy/about';
import type { BudgetModel } from '../../domain/budget-model';
import type { Dataset } from '../../domain/schema';
import type { TableSpec } from '../../domain/table-spec';
import { amountColumn, nameColumn, textColumn, twinSpec } from '../../export/twin-spec';

type Narrative = Dataset['narrative'];
export type UnitRow = NonNullable<Narrative['units']>[number];
export type ProcurementRow = Record<string, string>;
export type FixedAssetRow = NonNullable<BudgetModel['narrative']['fixedAssets']>['rows'][number];

/** The tables the narrative has (absent blocks give no spec; an empty 政府采购 gives none). */
export interface AboutSpecs {
  units?: TableSpec<UnitRow>;
  procurement?: TableSpec<ProcurementRow>;
  fixedAssets?: TableSpec<FixedAssetRow>;
}

const SOURCE = '部门预算信息公开情况说明';

/** Declares the 说明 view's tables for `dataset` (its narrative) and `budget` (万元). */
export function aboutSpecs(dataset: Dataset, budget: BudgetModel): AboutSpecs {
  const n = dataset.narrative;
  const assets = budget.narrative.fixedAssets;
  const out: AboutSpecs = {};
  if (n.units && n.units.length > 0)
    out.units = twinSpec<UnitRow>(dataset.meta, {
      id: 'about-units',
      title: t.units,
      source: `${SOURCE} · ${t.units}`,
      unitLabel: '',
      columns: [
        nameColumn('name', t.unitCols.name, (u) => u.name),
        textColumn('nature', t.unitCols.nature, (u) => u.nature),
        textColumn('rank', t.unitCols.rank, (u) => u.rank),
        textColumn('fundingForm', t.unitCols.fundingForm, (u) => u.fundingForm),
      ],
      rows: n.units,
    });
  if (n.procurement && n.procurement.rows.length > 0)
    out.procurement = twinSpec<ProcurementRow>(dataset.meta, {
      id: 'about-procurement',
      title: t.procurement,
      source: `${SOURCE} · ${t.procurement}`,
      unitLabel: '',
      // Keys are the column's place (a printed label may hold any character).
      columns: n.procurement.columns.map((c, i) => textColumn(`c${i + 1}`, c.split('/'), (r) => r[c])),
      rows: n.procurement.rows,
      notes: n.procurement.notes,
    });
  if (assets)
    out.fixedAssets = twinSpec<FixedAssetRow>(dataset.meta, {
      id: 'about-fixed-assets',
      title: t.fixedAssetsChart(assets.asOf),
      source: `${SOURCE} · ${t.fixedAssets}`,
      columns: [
        nameColumn('item', t.fixedAssetsCols.item, (r) => r.item),
        textColumn('quantity', t.fixedAssetsCols.quantity, (r) => r.quantity),
        amountColumn('value', t.fixedAssetsCols.value, (r) => r.value),
      ],
      rows: assets.rows,
      rowLevel: (r) => r.level,
    });
  return out;
}
