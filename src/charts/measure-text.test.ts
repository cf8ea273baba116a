import { afterEach, describe, expect, it, vi } from 'vitest';

/** A canvas 2D context that records what it measured and each font it was given. */
function fakeDocument(fontVar: string) {
  const measured: string[] = [];
  const fonts: string[] = [];
  const document = {
    documentElement: {},
    createElement: () => ({
      getContext: () => {
        let font = '10px sans-serif';
        return {
          get font() {
            return font;
          },
          set font(value: string) {
            font = value;
            fonts.push(value);
          },
          // 7 px per character, so a width shows which text was measured.
          measureText: (text: string) => {
            measured.push(`${font}|${text}`);
            return { width: text.length * 7 };
          },
        };
      },
    }),
  };
  vi.stubGlobal('document', document);
  vi.stubGlobal('getComputedStyle', () => ({ getPropertyValue: () => fontVar }));
  return { measured, fonts };
}

async function load() {
  vi.resetModules();
  return import('./measure-text');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('measureChartText', () => {
  it('gives control characters (ECharts’ ASCII table probes them) no width, without the canvas', async () => {
    const { measured } = fakeDocument('');
    const { measureChartText } = await load();
    expect(measureChartText('\u0000', '14px sans-serif')).toEqual({ width: 0 });
    expect(measureChartText('\t\n\u007f', '14px sans-serif')).toEqual({ width: 0 });
    expect(measureChartText('', '14px sans-serif')).toEqual({ width: 0 });
    expect(measured).toEqual([]);
    // A label with a tab in it is still measured whole.
    expect(measureChartText('206\t科学技术支出', '14px sans-serif')).toEqual({ width: 70 });
  });

  it('keeps one context per font: alternating fonts never re-sets ctx.font', async () => {
    const { measured, fonts } = fakeDocument('');
    const { measureChartText } = await load();
    for (let i = 0; i < 3; i++) {
      measureChartText('206 科学技术支出', '14px sans-serif');
      measureChartText('1,150.65 万元 · 49.91%', 'bold 12px sans-serif');
    }
    expect(fonts).toEqual(['14px sans-serif', 'bold 12px sans-serif']);
    expect(measured[0]).toBe('14px sans-serif|206 科学技术支出');
    expect(measured[1]).toBe('bold 12px sans-serif|1,150.65 万元 · 49.91%');
    expect(measured).toHaveLength(6);
  });

  it('measures in ECharts’ default font when none is given', async () => {
    const { measured } = fakeDocument('');
    const { measureChartText } = await load();
    expect(measureChartText('住房保障支出').width).toBe(42);
    expect(measured).toEqual(['12px sans-serif|住房保障支出']);
  });

  it('estimates from the font size where there is no canvas: 1 em a Chinese character, 0.6 em the others', async () => {
    const { measureChartText } = await load();
    expect(measureChartText('科学技术支出', '14px sans-serif').width).toBe(84);
    expect(measureChartText('49.49', '10px sans-serif').width).toBeCloseTo(30, 10);
    expect(measureChartText('206 科学', 'bold 20px x').width).toBeCloseTo(4 * 0.6 * 20 + 2 * 20, 10);
  });
});

describe('chartFontFamily', () => {
  it('is the page’s --font stack, so chart labels share the tables’ face', async () => {
    fakeDocument("'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif ");
    const { chartFontFamily } = await load();
    expect(chartFontFamily()).toBe("'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif");
  });

  it('is sans-serif while no stylesheet sets --font, and asks again later', async () => {
    fakeDocument('');
    const { chartFontFamily } = await load();
    expect(chartFontFamily()).toBe('sans-serif');
    vi.stubGlobal('getComputedStyle', () => ({ getPropertyValue: () => "'Noto Sans CJK SC', sans-serif" }));
    expect(chartFontFamily()).toBe("'Noto Sans CJK SC', sans-serif");
  });

  it('is sans-serif outside a browser', async () => {
    const { chartFontFamily } = await load();
    expect(chartFontFamily()).toBe('sans-serif');
  });
});
