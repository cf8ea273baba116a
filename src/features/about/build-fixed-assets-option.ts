/**
 * ECharts option of the 国有资产 chart: one horizontal bar per top-level 固定资产 category the
 * disclosure prints with an amount (资产总额 excluded: it is their sum), labelled with the
 * exact 万元 figure. Values are numbers for drawing only; labels are exact Decimal strings.
 */
import type Decimal from 'decimal.js';
import { chartTooltip, labelFormatter, nameAxisLabel } from '../../charts/chart-text';
import type { ChartOption } from '../../charts/echarts';
import { formatAmount } from '../../domain/format';

/** One bar: the category as printed and its amount (万元). */
export interface AssetBar {
  item: string;
  value: Decimal;
}

/** The categories drawn: level-0 rows with an amount, except the 资产总额 row. */
export function assetBars(rows: readonly { item: string; level: number; value?: Decimal }[]): AssetBar[] {
  return rows
    .filter((r) => r.level === 0 && r.value !== undefined && !/总额|合计/.test(r.item))
    .map((r) => ({ item: r.item, value: r.value! }));
}

/** The categories in drawing order (category axes draw bottom-up: smallest first). */
export function assetChartOrder(bars: readonly AssetBar[]): AssetBar[] {
  return [...bars].sort((a, b) => a.value.comparedTo(b.value));
}

/** The option; the largest category on top; tooltip and end labels with the exact 万元. */
export function buildFixedAssetsOption(bars: readonly AssetBar[], narrow = false): ChartOption {
  const sorted = assetChartOrder(bars);
  const font = narrow ? 12 : 14;
  return {
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    tooltip: chartTooltip('item', (p: { dataIndex: number }) => {
      const b = sorted[p.dataIndex];
      return b ? [{ text: b.item, strong: true }, { text: `${formatAmount(b.value)} 万元` }] : [];
    }),
    grid: {
      left: 8,
      right: narrow ? 72 : 96,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: sorted.map((b) => b.item),
      axisTick: { show: false },
      axisLabel: nameAxisLabel({ fontSize: font, color: '#1f2937', width: narrow ? 110 : 220 }),
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: '#1f4e8c' },
        label: {
          show: true,
          position: 'right',
          fontSize: font,
          color: '#1f2937',
          ...labelFormatter((p: { dataIndex: number }) => formatAmount(sorted[p.dataIndex]!.value)),
        },
        data: sorted.map((b) => b.value.toNumber()),
      },
    ],
  };
}
