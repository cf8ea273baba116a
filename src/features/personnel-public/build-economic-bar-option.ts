/**
 * ECharts option: one horizontal bar per 经济分类 类 (or 款 after a drill), coloured by the
 * part of 基本支出 it belongs to (人员经费 / 公用经费, PART_COLORS), labelled at the end with
 * the exact amount and its share. Largest on top.
 */
import { axisIndex, chartTooltip, nameAxisLabel, type TooltipLine } from '../../charts/chart-text';
import { stackTotalSeries } from '../../charts/stack-total-series';
import { PART_COLORS } from '../../charts/colors';
import type { ChartOption } from '../../charts/echarts';
import type { EconomicShareRow } from '../../domain/economic-shares';
import { BLANK_CELL, formatAmount, formatPercent } from '../../domain/format';

/** A share, or "—" for a row whose 合计 the table left blank (a blank has no share). */
export function formatShare(r: Pick<EconomicShareRow, 'share'>): string {
  return r.share ? formatPercent(r.share) : BLANK_CELL;
}

/** Rows in drawing order (category axes draw bottom-up: smallest first). */
export function economicChartOrder(rows: readonly EconomicShareRow[]): EconomicShareRow[] {
  return [...rows].sort(
    (a, b) => a.total.comparedTo(b.total) || (b.code < a.code ? -1 : b.code > a.code ? 1 : 0),
  );
}

/** End-of-bar label: "926.71 · 66.29%". */
export function economicBarLabel(r: EconomicShareRow): string {
  return `${formatAmount(r.total)} · ${formatShare(r)}`;
}

/**
 * Tooltip of one row: code and name, total with its share of `shareOf` (the whole: "基本支出"
 * or the drilled 类), then the 人员经费 / 公用经费 parts it has, marked in their colours.
 */
export function economicTooltip(r: EconomicShareRow, shareOf: string): TooltipLine[] {
  const lines: TooltipLine[] = [
    { text: `${r.code} ${r.name}`, strong: true },
    { text: `合计 ${formatAmount(r.total)} 万元，占${shareOf} ${formatShare(r)}` },
  ];
  if (!r.personnelExpense.isZero())
    lines.push({
      text: `人员经费 ${formatAmount(r.personnelExpense)} 万元`,
      color: PART_COLORS.personnelExpense,
    });
  if (!r.publicExpense.isZero())
    lines.push({ text: `公用经费 ${formatAmount(r.publicExpense)} 万元`, color: PART_COLORS.publicExpense });
  return lines;
}

/**
 * Builds the option. Two stacked series (人员经费, 公用经费) so the legend explains the
 * colours; a zero-width third series carries the end label. Values are numbers for drawing
 * only; labels and tooltips are exact Decimal strings.
 */
export function buildEconomicBarOption(
  rows: readonly EconomicShareRow[],
  shareOf: string,
  narrow = false,
): ChartOption {
  const sorted = economicChartOrder(rows);
  const font = narrow ? 12 : 14;
  return {
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    legend: {
      top: 0,
      left: 0,
      data: ['人员经费', '公用经费'],
      textStyle: { fontSize: font, color: '#1f2937' },
    },
    grid: {
      left: 8,
      right: narrow ? 112 : 150,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: chartTooltip(
      'axis',
      (params: { dataIndex: number }[]) => economicTooltip(sorted[axisIndex(params)]!, shareOf),
      { axisPointer: { type: 'shadow' } },
    ),
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => `${r.code} ${r.name}`),
      axisTick: { show: false },
      axisLabel: nameAxisLabel({ fontSize: font, color: '#1f2937', width: narrow ? 104 : 220 }),
    },
    series: [
      {
        name: '人员经费',
        type: 'bar',
        stack: 'basic',
        barMaxWidth: 32,
        itemStyle: { color: PART_COLORS.personnelExpense },
        data: sorted.map((r) => r.personnelExpense.toNumber()),
      },
      {
        name: '公用经费',
        type: 'bar',
        stack: 'basic',
        barMaxWidth: 32,
        itemStyle: { color: PART_COLORS.publicExpense },
        data: sorted.map((r) => r.publicExpense.toNumber()),
      },
      stackTotalSeries('basic', sorted.map(economicBarLabel), { fontSize: font }),
    ],
  };
}
