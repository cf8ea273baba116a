/** The 人员与公用 view's tables as TableSpecs for the 导出 menu (万元; shares in %). */
import type Decimal from 'decimal.js';
import { personnelPublicCopy as t } from '../../copy/breakdowns';
import type { BudgetModel } from '../../domain/budget-model';
import type { EconomicShareRow } from '../../domain/economic-shares';
import { tableTitle } from '../../domain/source';
import type { ThreePublicRow } from '../../domain/three-public-expenses';
import type { AnyTableSpec } from '../../export/registry';
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

interface Row {
  code?: string;
  name: string;
  total?: Decimal;
  personnelExpense?: Decimal;
  publicExpense?: Decimal;
  share?: Decimal;
  part?: string;
}

/**
 * The chart's table twin (经济分类 类 or the drilled 类's 款, then the 合计 line) and the
 * “三公”经费 table (items as printed, the narrative's figure, the 基本支出表 科目 of the same name).
 *
 * @param chartTitle the title on screen ("基本支出按经济分类（类）" or the drilled 类's)
 */
export function personnelPublicSpecs(
  model: PersonnelPublicModel,
  chartTitle: string,
  budget: BudgetModel,
): AnyTableSpec[] {
  const printed = (
    r: EconomicShareRow | PersonnelPublicModel['footer'],
    m: 'total' | 'personnelExpense' | 'publicExpense',
  ) => (r.blank.includes(m) ? undefined : r[m]);
  const rows: Row[] = [
    ...model.rows.map((r) => ({
      code: r.code,
      name: r.name,
      total: printed(r, 'total'),
      personnelExpense: printed(r, 'personnelExpense'),
      publicExpense: printed(r, 'publicExpense'),
      ...(r.share ? { share: r.share } : {}),
      part: PART_LABEL[r.part],
    })),
    {
      name: model.footer.label,
      total: model.footer.total,
      personnelExpense: printed(model.footer, 'personnelExpense'),
      publicExpense: printed(model.footer, 'publicExpense'),
    },
  ];
  const economic = twinSpec<Row>(budget.meta, {
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
  if (model.three.rows.length === 0) return [economic];
  const three = twinSpec<ThreePublicRow>(budget.meta, {
    id: 'personnel-public-three',
    title: tableTitle('threePublicExpenses', budget.printed),
    source: tableTitle('threePublicExpenses', budget.printed),
    columns: [
      nameColumn('item', t.threeItem, (r) => r.item),
      amountColumn('total', t.total, (r) => r.total),
      amountColumn('narrative', t.threeNarrative, (r) => r.narrative?.value),
      {
        ...codeColumn<ThreePublicRow>('economicCode', t.code, (r) => r.economic?.code),
        header: [t.threeEconomic, t.code],
      },
      {
        ...nameColumn<ThreePublicRow>('economicName', t.name, (r) => r.economic?.name),
        header: [t.threeEconomic, t.name],
      },
      amountColumn('economicTotal', [t.threeEconomic, t.total], (r) => r.economic?.total),
    ],
    rows: model.three.rows,
    rowLevel: (r) => r.level,
  });
  return [economic, three];
}
