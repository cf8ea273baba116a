import { describe, expect, it } from 'vitest';
import { chartAriaLabel, withAriaDescription } from './chart-aria';

describe('chart aria text comes from the view model, never from ECharts', () => {
  it('names the chart, then its exact figures', () => {
    expect(
      chartAriaLabel('支出按功能分类（类）条形图', '科学技术支出 49.49 万元，社会保障和就业支出 355.04 万元'),
    ).toBe('支出按功能分类（类）条形图：科学技术支出 49.49 万元，社会保障和就业支出 355.04 万元');
  });

  it('replaces the generated description (a waterfall keeps its hidden 基数 series out of it)', () => {
    const option = {
      aria: { enabled: true },
      series: [
        { name: '基数', type: 'bar', stack: 'w', data: [0, 49.49], itemStyle: { color: 'transparent' } },
        { name: '变化', type: 'bar', stack: 'w', data: [49.49, -3.2] },
      ],
    };
    const label = chartAriaLabel('与 2023 年比较，瀑布图', '2023 年 52.69 万元，科学技术支出 -3.20 万元');
    const out = withAriaDescription(option, label) as unknown as {
      aria: { enabled: boolean; decal: { show: boolean }; label: { enabled: boolean; description: string } };
      series: unknown[];
    };
    expect(out.aria).toEqual({
      enabled: true,
      decal: { show: false },
      label: { enabled: true, description: label },
    });
    expect(out.aria.label.description).not.toContain('基数');
    expect(out.aria.label.description).not.toContain('数据是');
    expect(out.series).toBe(option.series);
    expect(option.aria).toEqual({ enabled: true }); // the builder's option is not changed
  });
});
