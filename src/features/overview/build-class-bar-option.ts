/**
 * ECharts option for expenditure by 功能分类 类: horizontal bars, largest on top, one
 * colour per 类 (shared palette), labels with amount in 万元 and share.
 */
import { chartTooltip, labelText, nameAxisLabel, type TooltipLine } from '../../charts/chart-text';
import type { ChartOption } from '../../charts/echarts';
import { functionClassColor } from '../../charts/colors';
import { formatAmount, formatPercent } from '../../domain/format';
import type { OverviewClassRow } from './select-overview';

/** Tooltip of one 类: code and name (marked in its colour), total with share, the split. */
export function classTooltip(r: OverviewClassRow): TooltipLine[] {
  return [
    { text: `${r.code} ${r.name}`, color: functionClassColor(r.code), strong: true },
    { text: `合计 ${formatAmount(r.total)} 万元（${formatPercent(r.share)}）` },
    {
      text: `基本支出 ${formatAmount(r.basicExpenditure)}，项目支出 ${formatAmount(r.projectExpenditure)}`,
    },
  ];
}

/**
 * Builds the option. Values go to ECharts as numbers for drawing only; every label and
 * tooltip uses the exact Decimal strings. `narrow` (phones) wraps the category names and
 * labels bars with the amount only.
 */
export function buildClassBarOption(rows: readonly OverviewClassRow[], narrow = false): ChartOption {
  const sorted = [...rows].sort((a, b) => a.total.comparedTo(b.total));
  return {
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    grid: {
      left: 8,
      right: narrow ? 64 : 150,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: chartTooltip('item', (p: { dataIndex: number }) => classTooltip(sorted[p.dataIndex]!)),
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => `${r.code} ${r.name}`),
      axisTick: { show: false },
      // Every 类 name shows (the page gives each row 64 px, more than three label lines): no
      // automatic interval, which measures every label to find overlaps (issue 12).
      axisLabel: {
        ...nameAxisLabel({ fontSize: narrow ? 12 : 14, color: '#1f2937', width: narrow ? 112 : 240 }),
        interval: 0,
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 36,
        data: sorted.map((r) => ({
          value: r.total.toNumber(),
          itemStyle: { color: functionClassColor(r.code) },
          label: {
            show: true,
            position: 'right',
            fontSize: narrow ? 12 : 14,
            color: '#111827',
            ...labelText(
              narrow ? formatAmount(r.total) : `${formatAmount(r.total)} 万元 · ${formatPercent(r.share)}`,
            ),
          },
        })),
      },
    ],
  };
}
