/**
 * The 阅读 settings and the system's motion preference, applied to an ECharts option by the
 * chart wrapper (so no option builder needs to know about them):
 * - 大字: every font size (and the grid margins that hold labels) × 1.5, like the page's type;
 * - 高对比度: all chart text black, every bar / block / slice outlined in black, axis lines
 *   black; the series keep their colours (they match the legend and the tables' swatches);
 * - prefers-reduced-motion (or 汇报模式's data-motion="off"): no animation.
 */
import type { ChartOption } from './echarts';

export interface ChartReading {
  large: boolean;
  contrast: boolean;
  still: boolean;
}

const TEXT_KEYS = new Set([
  'label',
  'axisLabel',
  'nameTextStyle',
  'textStyle',
  'upperLabel',
  'title',
  'legend',
]);

/** `option` with high-contrast text and outlines (a new object; the input is unchanged). */
export function highContrast(option: ChartOption): ChartOption {
  const walk = (value: unknown, parentKey: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, parentKey));
    if (value === null || typeof value !== 'object') return value;
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'color' && typeof v === 'string' && TEXT_KEYS.has(parentKey)) out[key] = '#000000';
      else out[key] = walk(v, key);
    }
    if (
      parentKey === 'series' &&
      !('itemStyle' in out && (out.itemStyle as { color?: string }).color === 'transparent')
    )
      out.itemStyle = { ...(out.itemStyle as object), borderColor: '#000000', borderWidth: 1 };
    if (parentKey === 'xAxis' || parentKey === 'yAxis')
      out.axisLine = { ...(out.axisLine as object), lineStyle: { color: '#000000', width: 1.5 } };
    return out;
  };
  const walked = walk(option, '') as Record<string, unknown>;
  return { ...walked, textStyle: { ...(walked.textStyle as object), color: '#000000' } } as ChartOption;
}

/** The option as drawn under `reading`. */
export function applyChartReading(option: ChartOption, reading: ChartReading): ChartOption {
  const contrasted = reading.contrast ? highContrast(option) : option;
  return reading.still ? ({ ...contrasted, animation: false } as ChartOption) : contrasted;
}
