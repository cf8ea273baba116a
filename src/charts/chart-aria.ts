/**
 * The chart wrapper's aria text (src/charts/echart-impl.tsx): every chart is announced with
 * the page's own words and exact figures from its view model, never ECharts' generated
 * description (raw drawing values such as "数据是49.49，0，49.49，NaN", and helper series such
 * as the waterfall's transparent 基数).
 */
import type { ChartOption } from './echarts';

/** The chart's accessible text: its name, then its figures ("名称：数字…"). */
export function chartAriaLabel(ariaLabel: string, description: string): string {
  return description ? `${ariaLabel}：${description}` : ariaLabel;
}

/**
 * `option` with ECharts' aria on (decal patterns off: colours and the table twin carry the
 * parts) and its description set to `label`, so ECharts writes our text, never its
 * generated one, into the container's aria-label.
 */
export function withAriaDescription(option: ChartOption, label: string): ChartOption {
  const aria = (option as { aria?: Record<string, unknown> }).aria ?? {};
  return {
    ...option,
    aria: { ...aria, enabled: true, decal: { show: false }, label: { enabled: true, description: label } },
  } as ChartOption;
}
