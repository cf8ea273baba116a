import { labelText } from './chart-text';

/**
 * The "合计" series of a stacked horizontal bar chart: a zero-height, transparent, silent
 * segment on top of each stack whose only job is to print the row's total (or any label)
 * at the bar's end. One label per category, in the chart's category order.
 */
export function stackTotalSeries(
  stack: string,
  labels: readonly string[],
  style: { fontSize: number; fontWeight?: number },
) {
  return {
    name: '合计',
    type: 'bar' as const,
    stack,
    silent: true,
    tooltip: { show: false },
    itemStyle: { color: 'transparent' },
    data: labels.map((text) => ({
      value: 0,
      label: { show: true, position: 'right' as const, color: '#111827', ...style, ...labelText(text) },
    })),
  };
}
