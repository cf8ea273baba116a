/**
 * The change against the previous year as the narrative states it
 * (二、部门预算安排的总体情况 · 3、比上年增减情况), or read from the previous year's
 * dataset when the catalog has it. Without it the previous year's figures are not printed:
 * they are inferred as this year's figure minus the stated change (推算).
 */
import type Decimal from 'decimal.js';
import type { BudgetModel, ModelBase } from './budget-model';
import type { FunctionTree } from './function-tree';
import { changePercent } from './money';
import type { SourceRef } from './source';

/** One line of the comparison. Amounts in 万元; percent already ×100. */
export interface YearOnYearLine {
  part: 'total' | 'basicExpenditure' | 'projectExpenditure';
  current: Decimal;
  /** From the previous year's dataset, or inferred as current − stated change (推算). */
  previous: Decimal;
  /** current − previous. */
  change: Decimal;
  /** The change the narrative states, when it states one. */
  stated?: Decimal;
  /** Change in percent of the previous year. */
  changePercent: Decimal;
  reason?: string;
  currentSource: SourceRef;
  previousSource: SourceRef;
}

/** The whole comparison. */
export interface YearOnYear {
  previousYear: number;
  currentYear: number;
  /** True when the previous year is inferred from the narrative (推算), not read from its dataset. */
  inferred: boolean;
  lines: YearOnYearLine[];
  text: string;
}

export const YOY_SECTION = '二、部门预算安排的总体情况 · 3、比上年增减情况';

/**
 * Derives the comparison.
 *
 * With `previous` (the previous year's dataset of the same department), the previous-year
 * figures are its 支出总表 合计 row and the change is computed; the change the narrative
 * states is kept beside it (`stated`) for the check that compares them. Without it, the
 * previous year is inferred as this year's figure minus the narrative's change (推算).
 *
 * @throws Error when 支出总表 has no 合计 row, or there is neither a previous dataset nor a
 *   narrative 比上年增减情况.
 */
export function deriveYearOnYear(
  dataset: ModelBase & { functionTree?: FunctionTree },
  previous?: BudgetModel,
): YearOnYear {
  const yoy = dataset.narrative.yearOnYear;
  // 支出总表, or the 一般公共预算 table standing in for it (budget-model.ts).
  const table = dataset.functionTree?.table ?? 'expenditure';
  const totalRow = dataset.tables[table].rows.find((r) => !r.functionCode);
  if (!totalRow?.total) throw new Error('部门预算支出总表缺少合计行，无法计算比上年增减');
  if (!previous && !yoy) throw new Error('情况说明未公开比上年增减情况，也没有上年数据');
  const prevTable = previous?.functionTree.table ?? 'expenditure';
  const prevRow = previous?.tables[prevTable].rows.find((r) => !r.functionCode);
  const narrativeRef: SourceRef = { kind: 'narrative', section: YOY_SECTION };
  const line = (
    part: YearOnYearLine['part'],
    current: Decimal | undefined,
    column: string,
    stated: Decimal | undefined,
    reason?: string,
  ): YearOnYearLine | undefined => {
    const fromPrevious = prevRow?.[part];
    if (!current || (previous ? !fromPrevious : !stated)) return undefined;
    const previousValue = previous ? fromPrevious! : current.minus(stated!);
    const currentSource: SourceRef = { kind: 'table', table, seq: totalRow.seq, column };
    const previousSource: SourceRef = previous
      ? { kind: 'table', table: prevTable, seq: prevRow!.seq, column, year: previous.meta.year }
      : {
          kind: 'derived',
          how: `${dataset.meta.year}年${column} − 情况说明所列增减额`,
          from: [currentSource, narrativeRef],
        };
    return {
      part,
      current,
      previous: previousValue,
      change: current.minus(previousValue),
      ...(stated !== undefined ? { stated } : {}),
      changePercent: changePercent(current, previousValue),
      ...(reason ? { reason } : {}),
      currentSource,
      previousSource,
    };
  };
  const item = (part: 'basicExpenditure' | 'projectExpenditure') => yoy?.items.find((i) => i.part === part);
  const lines = [
    line('total', totalRow.total, '合计', yoy?.totalChange),
    line(
      'basicExpenditure',
      totalRow.basicExpenditure,
      '基本支出',
      item('basicExpenditure')?.change,
      item('basicExpenditure')?.reason,
    ),
    line(
      'projectExpenditure',
      totalRow.projectExpenditure,
      '项目支出',
      item('projectExpenditure')?.change,
      item('projectExpenditure')?.reason,
    ),
  ].filter((l): l is YearOnYearLine => l !== undefined);
  return {
    previousYear: previous?.meta.year ?? yoy!.previousYear,
    currentYear: dataset.meta.year,
    inferred: !previous,
    lines,
    text: yoy?.text ?? '',
  };
}
