/**
 * ECharts option for expenditure by 功能分类 类: horizontal bars, largest on top, one
 * colour per 类 (shared palette), labels with amount in 万元 and share.
 */
import type { ChartOption } from '../../charts/echarts';
import { functionClassColor } from '../../charts/colors';
import { formatAmount, formatPercent } from '../../domain/format';
import type { OverviewClassRow } from './select-overview';

/** Builds the option. Values are passed as numbers to ECharts for drawing only; labels use the exact strings. */
export function buildClassBarOption(rows: readonly OverviewClassRow[]): ChartOption {
  const sorted = [...rows].sort((a, b) => a.total.comparedTo(b.total));
  return {
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    grid: { left: 8, right: 150, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const r = sorted[p.dataIndex]!;
        return `${r.code} ${r.name}<br/>合计 ${formatAmount(r.total)} 万元（${formatPercent(r.share)}）<br/>基本支出 ${formatAmount(r.basicExpenditure)} 项目支出 ${formatAmount(r.projectExpenditure)}`;
      },
    },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => `${r.code} ${r.name}`),
      axisTick: { show: false },
      axisLabel: { fontSize: 14, color: '#1f2937' },
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
            fontSize: 14,
            color: '#111827',
            formatter: `${formatAmount(r.total)} 万元 · ${formatPercent(r.share)}`,
          },
        })),
      },
    ],
  };
}
