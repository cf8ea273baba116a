/**
 * The change against the previous year as the narrative states it
 * (二、部门预算安排的总体情况 · 3、比上年增减情况). The previous year's figures are not
 * printed: they are derived as this year's figure minus the stated change.
 */
import type Decimal from 'decimal.js';
import { changePercent } from './money';
import type { Dataset } from './schema';
import type { SourceRef } from './source';

/** One line of the comparison. Amounts in 万元; percent already ×100. */
export interface YearOnYearLine {
  part: 'total' | 'basicExpenditure' | 'projectExpenditure';
  current: Decimal;
  /** Derived: current − change. */
  previous: Decimal;
  change: Decimal;
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
  lines: YearOnYearLine[];
  text: string;
}

export const YOY_SECTION = '二、部门预算安排的总体情况 · 3、比上年增减情况';

/**
 * Derives the comparison from the narrative and 支出总表's 合计 row.
 * @throws Error when 支出总表 has no 合计 row or it lacks the needed columns.
 */
export function deriveYearOnYear(dataset: Dataset): YearOnYear {
  const yoy = dataset.narrative.yearOnYear;
  const totalRow = dataset.tables.expenditure.rows.find((r) => !r.functionCode);
  if (!totalRow?.total) throw new Error('部门预算支出总表缺少合计行，无法计算比上年增减');
  const narrativeRef: SourceRef = { kind: 'narrative', section: YOY_SECTION };
  const line = (
    part: YearOnYearLine['part'],
    current: Decimal | undefined,
    column: string,
    change: Decimal | undefined,
    reason?: string,
  ): YearOnYearLine | undefined => {
    if (!current || !change) return undefined;
    const previous = current.minus(change);
    const currentSource: SourceRef = { kind: 'table', table: 'expenditure', seq: totalRow.seq, column };
    return {
      part,
      current,
      previous,
      change,
      changePercent: changePercent(current, previous),
      ...(reason ? { reason } : {}),
      currentSource,
      previousSource: {
        kind: 'derived',
        how: `${dataset.meta.year}年${column} − 情况说明所列增减额`,
        from: [currentSource, narrativeRef],
      },
    };
  };
  const item = (part: 'basicExpenditure' | 'projectExpenditure') => yoy.items.find((i) => i.part === part);
  const lines = [
    line('total', totalRow.total, '合计', yoy.totalChange),
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
  return { previousYear: yoy.previousYear, currentYear: dataset.meta.year, lines, text: yoy.text };
}
