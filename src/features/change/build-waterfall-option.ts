/**
 * ECharts waterfall: a stacked bar whose first series is a transparent base and whose
 * second is the visible bar (totals in the 基本支出 blue, decreases red, increases green).
 * Labels carry exact Decimal strings: totals as amounts, changes signed with their percent.
 */
import { axisIndex, chartTooltip, labelText, type TooltipLine } from '../../charts/chart-text';
import { PART_COLORS } from '../../charts/colors';
import type { ChartOption } from '../../charts/echarts';
import { formatAmount, formatSignedAmount, formatSignedPercent } from '../../domain/format';
import type { WaterfallStep } from './select-change';

const TOTAL_COLOR = '#1f4e8c';

/** Label on top of a bar: "4,012.42" or "−1,653.40（−64.57%）". */
export function waterfallLabel(s: WaterfallStep, narrow = false): string {
  if (s.kind === 'total') {
    const base = formatAmount(s.amount);
    return s.totalChange && s.changePercent && !narrow
      ? `${base}\n${formatSignedAmount(s.totalChange)}（${formatSignedPercent(s.changePercent)}）`
      : base;
  }
  const pct = s.changePercent ? formatSignedPercent(s.changePercent) : '';
  return narrow ? `${formatSignedAmount(s.amount)}\n${pct}` : `${formatSignedAmount(s.amount)}（${pct}）`;
}

/** Bar colour of a step: totals blue, decreases red, increases green. */
function stepColor(s: WaterfallStep): string {
  return s.kind === 'total'
    ? TOTAL_COLOR
    : s.kind === 'decrease'
      ? PART_COLORS.decrease
      : PART_COLORS.increase;
}

/** Tooltip of a step: its label marked in the bar's colour, then the amount or the change. */
export function waterfallTooltip(s: WaterfallStep): TooltipLine[] {
  const head: TooltipLine = { text: s.label, color: stepColor(s), strong: true };
  if (s.kind === 'total') {
    return [
      head,
      { text: `${formatAmount(s.amount)} 万元` },
      ...(s.derived ? [{ text: '（推算：本年数 − 情况说明所列增减额）' }] : []),
    ];
  }
  return [
    head,
    {
      text: `${s.kind === 'decrease' ? '减少' : '增加'} ${formatAmount(s.amount.abs())} 万元${
        s.changePercent ? `（${formatSignedPercent(s.changePercent)}）` : ''
      }`,
    },
  ];
}

/** Builds the option; `narrow` (phones) stacks labels on two lines and uses smaller type. */
export function buildWaterfallOption(steps: readonly WaterfallStep[], narrow = false): ChartOption {
  const font = narrow ? 11 : 14;
  return {
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    grid: {
      left: 8,
      right: 8,
      top: narrow ? 48 : 56,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: chartTooltip(
      'axis',
      (params: { dataIndex: number }[]) => waterfallTooltip(steps[axisIndex(params)]!),
      {
        axisPointer: { type: 'shadow' },
      },
    ),
    xAxis: {
      type: 'category',
      data: steps.map((s) => s.label),
      axisTick: { show: false },
      axisLabel: {
        fontSize: font,
        color: '#1f2937',
        interval: 0,
        width: narrow ? 70 : 160,
        overflow: 'break',
      },
    },
    yAxis: {
      type: 'value',
      axisLabel: { fontSize: narrow ? 10 : 12, color: '#4b5563' },
      splitLine: { lineStyle: { color: '#e5e7eb' } },
    },
    series: [
      {
        // Transparent base: lifts each change bar to the running total.
        name: '基数',
        type: 'bar',
        stack: 'waterfall',
        silent: true,
        itemStyle: { color: 'transparent', borderColor: 'transparent' },
        emphasis: { disabled: true },
        tooltip: { show: false },
        data: steps.map((s) => s.base.toNumber()),
      },
      {
        name: '金额',
        type: 'bar',
        stack: 'waterfall',
        barMaxWidth: narrow ? 48 : 96,
        data: steps.map((s) => ({
          value: s.height.toNumber(),
          itemStyle: { color: stepColor(s) },
          label: {
            show: true,
            position: 'top',
            fontSize: font,
            // Two-line labels (total + change) need air between the lines.
            lineHeight: Math.round(font * 1.45),
            fontWeight: 600,
            color: s.kind === 'decrease' ? '#8f1d2c' : '#111827',
            ...labelText(waterfallLabel(s, narrow)),
          },
        })),
      },
    ],
  };
}
