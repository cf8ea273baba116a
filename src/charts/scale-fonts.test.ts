import { describe, expect, it } from 'vitest';
import { scaleFontSizes } from './scale-fonts';

describe('scaleFontSizes', () => {
  it('scales nested fontSize and lineHeight, keeps everything else', () => {
    const formatter = () => 'x';
    const option = {
      title: { text: '支出', textStyle: { fontSize: 14 } },
      series: [
        {
          type: 'bar',
          label: { fontSize: 12, formatter },
          data: [{ value: 3, label: { fontSize: 13, lineHeight: 18 } }],
        },
      ],
      grid: { left: 8, right: 150, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      yAxis: { axisLabel: { lineHeight: 18, height: 54, lineOverflow: 'truncate' } },
      xAxis: { type: 'value', max: 100 },
    };
    const scaled = scaleFontSizes(option, 1.5);
    expect(scaled.title.textStyle.fontSize).toBe(21);
    expect(scaled.series[0]!.label.fontSize).toBe(18);
    expect(scaled.series[0]!.label.formatter).toBe(formatter);
    expect(scaled.series[0]!.data[0]!.label).toEqual({ fontSize: 20, lineHeight: 27 });
    expect(scaled.grid).toEqual({
      left: 12,
      right: 225,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    });
    expect(scaled.xAxis.max).toBe(100);
    expect(scaled.yAxis.axisLabel).toEqual({ lineHeight: 27, height: 81, lineOverflow: 'truncate' });
    expect(scaled.series[0]!.data[0]!.value).toBe(3);
    expect(option.title.textStyle.fontSize).toBe(14);
  });

  it('returns the same object for factor 1', () => {
    const option = { a: { fontSize: 10 } };
    expect(scaleFontSizes(option, 1)).toBe(option);
  });
});
