/**
 * ECharts option: one horizontal stacked bar per 功能分类 node, 基本支出 then 项目支出
 * (PART_COLORS), each segment labelled with its share when wide enough, and the row's
 * total at the end of the bar. Largest row on top.
 */
import { axisIndex, chartTooltip, labelText, nameAxisLabel, type TooltipLine } from '../../charts/chart-text';
import { stackTotalSeries } from '../../charts/stack-total-series';
import { PART_COLORS } from '../../charts/colors';
import type { ChartOption } from '../../charts/echarts';
import { BLANK_CELL, formatAmount, formatPercent } from '../../domain/format';
import { ZERO } from '../../domain/money';
import type { PartRow } from './select-basic-project';

/** Segments narrower than this share of their row (percent) carry no label inside… */
export const MIN_LABELLED_SHARE = 14;
/** …nor segments shorter than this fraction of the longest bar (a "100.00%" would spill out). */
export const MIN_LABELLED_LENGTH = 0.12;
/** On phones the bars are short in pixels: only long segments carry a label. */
export const MIN_LABELLED_LENGTH_NARROW = 0.3;

/** Rows in drawing order (ECharts draws category axes bottom-up: smallest first). */
export function chartOrder(rows: readonly PartRow[]): PartRow[] {
  return [...rows].sort(
    (a, b) => a.total.comparedTo(b.total) || (b.code < a.code ? -1 : b.code > a.code ? 1 : 0),
  );
}

/**
 * One part of a row as words: "项目支出 858.00 万元（74.57%）", or "项目支出 —（原表空白）"
 * when 支出总表 printed the cell blank (never "0.00").
 */
export function partText(r: PartRow, part: 'basicExpenditure' | 'projectExpenditure'): string {
  const label = part === 'basicExpenditure' ? '基本支出' : '项目支出';
  if (r.blank.includes(part)) return `${label} ${BLANK_CELL}（原表空白）`;
  const share = part === 'basicExpenditure' ? r.basicShare : r.projectShare;
  return `${label} ${formatAmount(r[part])} 万元${share ? `（${formatPercent(share)}）` : ''}`;
}

/** Tooltip of one row: code and name, total, then each part marked in its colour. */
export function partTooltip(r: PartRow): TooltipLine[] {
  return [
    { text: `${r.code} ${r.name}`, strong: true },
    { text: `合计 ${formatAmount(r.total)} 万元` },
    { text: partText(r, 'basicExpenditure'), color: PART_COLORS.basicExpenditure },
    { text: partText(r, 'projectExpenditure'), color: PART_COLORS.projectExpenditure },
  ];
}

/**
 * Builds the option. Drawing values are numbers; every label and tooltip is an exact
 * Decimal string. `narrow` (phones) uses shorter category labels and smaller type.
 */
export function buildPartsBarOption(rows: readonly PartRow[], narrow = false): ChartOption {
  const sorted = chartOrder(rows);
  const longest = sorted.reduce((m, r) => (r.total.greaterThan(m) ? r.total : m), sorted[0]?.total ?? ZERO);
  const inside = (share: PartRow['basicShare'], value: PartRow['total']) =>
    share &&
    share.greaterThanOrEqualTo(MIN_LABELLED_SHARE) &&
    !longest.isZero() &&
    value.div(longest).greaterThanOrEqualTo(narrow ? MIN_LABELLED_LENGTH_NARROW : MIN_LABELLED_LENGTH)
      ? {
          show: true,
          position: 'inside',
          color: '#fff',
          fontSize: narrow ? 11 : 13,
          ...labelText(formatPercent(share)),
        }
      : { show: false };
  return {
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    legend: {
      top: 0,
      left: 0,
      data: ['基本支出', '项目支出'],
      textStyle: { fontSize: narrow ? 12 : 14, color: '#1f2937' },
    },
    grid: {
      left: 8,
      right: narrow ? 72 : 110,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: chartTooltip(
      'axis',
      (params: { dataIndex: number }[]) => partTooltip(sorted[axisIndex(params)]!),
      {
        axisPointer: { type: 'shadow' },
      },
    ),
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => `${r.code} ${r.name}`),
      axisTick: { show: false },
      axisLabel: nameAxisLabel({ fontSize: narrow ? 12 : 14, color: '#1f2937', width: narrow ? 110 : 240 }),
    },
    series: [
      {
        name: '基本支出',
        type: 'bar',
        stack: 'parts',
        barMaxWidth: 40,
        itemStyle: { color: PART_COLORS.basicExpenditure },
        data: sorted.map((r) => ({
          value: r.basicExpenditure.toNumber(),
          label: inside(r.basicShare, r.basicExpenditure),
        })),
      },
      {
        name: '项目支出',
        type: 'bar',
        stack: 'parts',
        barMaxWidth: 40,
        itemStyle: { color: PART_COLORS.projectExpenditure },
        data: sorted.map((r) => ({
          value: r.projectExpenditure.toNumber(),
          label: inside(r.projectShare, r.projectExpenditure),
        })),
      },
      stackTotalSeries(
        'parts',
        sorted.map((r) => formatAmount(r.total)),
        { fontSize: narrow ? 12 : 14, fontWeight: 600 },
      ),
    ],
  };
}
