import { describe, expect, it } from 'vitest';
import type { ChartOption } from './echarts';
import { applyChartReading } from './reading-option';

const option = {
  animation: true,
  xAxis: { axisLabel: { color: '#6b7280', fontSize: 12 } },
  series: [
    { name: '基数', type: 'bar', itemStyle: { color: 'transparent' }, data: [0, 49.49] },
    { name: '变化', type: 'bar', label: { show: true, color: '#374151' }, data: [49.49, -3.2] },
  ],
} as unknown as ChartOption;

describe('阅读 settings on a chart option', () => {
  it('high contrast: black text and axes, visible series outlined, the hidden 基数 series left alone', () => {
    const out = applyChartReading(option, { large: false, contrast: true, still: false }) as unknown as {
      textStyle: { color: string };
      xAxis: { axisLabel: { color: string }; axisLine: { lineStyle: { color: string } } };
      series: { itemStyle: { color?: string; borderColor?: string }; label?: { color: string } }[];
    };
    expect(out.textStyle.color).toBe('#000000');
    expect(out.xAxis.axisLabel.color).toBe('#000000');
    expect(out.xAxis.axisLine.lineStyle.color).toBe('#000000');
    expect(out.series[0]!.itemStyle).toEqual({ color: 'transparent' });
    expect(out.series[1]!.itemStyle.borderColor).toBe('#000000');
    expect(out.series[1]!.label!.color).toBe('#000000');
  });
  it('reduced motion: no animation; the input is unchanged', () => {
    expect(
      (applyChartReading(option, { large: false, contrast: false, still: true }) as { animation?: boolean })
        .animation,
    ).toBe(false);
    expect((option as { animation?: boolean }).animation).toBe(true);
    expect(applyChartReading(option, { large: false, contrast: false, still: false })).toBe(option);
  });
});
