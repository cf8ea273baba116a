/** The 人员与公用 view's tables as TableSpecs for the 导出 menu (万元; shares in %). */
import type Decimal from 'decimal.js';
import { personnelPublicCopy as t } from '../../copy/breakdowns';
import type { BudgetModel } from '../../domain/budget-model';
import type { EconomicShareRow } from '../../domain/economic-shares';
import { tableTitle } from '../../domain/source';
import type { ThreePublicRow } from '../../domain/three-public-expenses';
import type { SourceRef } from '../../domain/source';
import type { TableSpec } from '../../domain/table-spec';
import {
  amountColumn,
  codeColumn,
  nameColumn,
  shareColumn,
  textColumn,
  twinSpec,
} from '../../export/twin-spec';
import type { PersonnelPublicModel } from './select-personnel-public';

const PART_LABEL = { personnelExpense: t.personnel, publicExpense: t.public, mixed: '人员与公用', none: '' };

/** A row of the 经济分类 table: a 类 or 款, or the 合计 line (no code). */
export interface EconomicRow {
  code?: string;
  name: string;
  total?: Decimal;
  personnelExpense?: Decimal;
  publicExpense?: Decimal;
  share?: Decimal;
  part?: string;
  /** Which part the row belongs to (its swatch on screen). */
  partKey?: EconomicShareRow['part'];
  /** The 合计 cell's source (基本支出表 row). */
  source?: SourceRef;
  /** A 类 with 款: its name links to its drill level. */
  drillable?: boolean;
}

/** The “三公”经费 合计 and 小计 lines (top level): kept first as printed, never sorted. */
export const isThreeTotalRow = (r: ThreePublicRow): boolean => r.level === 0;

/** The 合计 line, printed under the items (the table's foot, never sorted). */
export const isFooterRow = (r: EconomicRow): boolean => r.code === undefined;

/**
 * The chart's table twin (经济分类 类 or the drilled 类's 款, then the 合计 line) and the
 * “三公”经费 table (items as printed, the narrative's figure, the 基本支出表 科目 of the same
 * name; a tree by the printed levels), declared once: the same specs draw both tables on
 * screen (sortable: ?ppsort= / ?tsort=) and write their files. 万元; shares in %.
 *
 * @param chartTitle the title on screen ("基本支出按经济分类（类）" or the drilled 类's)
 * @returns three null when the dataset prints no “三公”经费 rows
 */
export function personnelPublicSpecs(
  model: PersonnelPublicModel,
  chartTitle: string,
  budget: BudgetModel,
): { economic: TableSpec<EconomicRow>; three: TableSpec<ThreePublicRow> | null } {
  const printed = (
    r: EconomicShareRow | PersonnelPublicModel['footer'],
    m: 'total' | 'personnelExpense' | 'publicExpense',
  ) => (r.blank.includes(m) ? undefined : r[m]);
  const rows: EconomicRow[] = [
    ...model.rows.map((r) => ({
      code: r.code,
      name: r.name,
      total: printed(r, 'total'),
      personnelExpense: printed(r, 'personnelExpense'),
      publicExpense: printed(r, 'publicExpense'),
      ...(r.share ? { share: r.share } : {}),
      part: PART_LABEL[r.part],
      partKey: r.part,
      ...(r.source ? { source: r.source } : {}),
      drillable: r.level === '类' && r.hasChildren,
    })),
    {
      name: model.footer.label,
      total: model.footer.total,
      personnelExpense: printed(model.footer, 'personnelExpense'),
      publicExpense: printed(model.footer, 'publicExpense'),
    },
  ];
  const economic = twinSpec<EconomicRow>(budget.meta, {
    id: 'personnel-public-economic',
    title: chartTitle,
    source: tableTitle('basicExpenditure', budget.printed),
    columns: [
      codeColumn('code', t.code, (r) => r.code),
      nameColumn('name', t.name, (r) => r.name),
      amountColumn('total', t.total, (r) => r.total),
      amountColumn('personnelExpense', t.personnel, (r) => r.personnelExpense),
      amountColumn('publicExpense', t.public, (r) => r.publicExpense),
      shareColumn('share', model.current ? t.shareOfClass : t.shareOfBasic, (r) => r.share),
      textColumn('part', t.part, (r) => r.part || undefined),
    ],
    rows,
  });
  if (model.three.rows.length === 0) return { economic, three: null };
  const three = twinSpec<ThreePublicRow>(budget.meta, {
    id: 'personnel-public-three',
    title: tableTitle('threePublicExpenses', budget.printed),
    source: tableTitle('threePublicExpenses', budget.printed),
    columns: [
      nameColumn('item', t.threeItem, (r) => r.item),
      amountColumn('total', budget.meta.kind === '决算' ? t.threeAmountFinal : t.threeAmount, (r) => r.total),
      amountColumn('narrative', t.threeNarrative, (r) => r.narrative?.value),
      {
        ...codeColumn<ThreePublicRow>('economicCode', t.code, (r) => r.economic?.code),
        header: [t.threeEconomic, t.code],
      },
      {
        ...nameColumn<ThreePublicRow>('economicName', t.name, (r) => r.economic?.name),
        header: [t.threeEconomic, t.name],
      },
      amountColumn('economicTotal', [t.threeEconomic, t.total], (r) =>
        r.economic && !r.economic.blank ? r.economic.total : undefined,
      ),
    ],
    rows: model.three.rows,
    rowLevel: (r) => r.level,
  });
  return { economic, three };
}
