/**
 * Implementation of <EChart> (loaded lazily through ./EChart.tsx, so ECharts is its own
 * chunk and views paint their figures before it arrives).
 *
 * The one React wrapper around an ECharts instance. It owns init, option updates, resize
 * (ResizeObserver), event binding (pointer positions corrected under CSS zoom,
 * ./zoomed-pointer.ts) and dispose, and marks the container with
 * `data-rendered="true"` once ECharts reports 'finished', so browser tests wait on that
 * instead of sleeping. The instance is exposed as `element.echarts` for those tests.
 */
import { useEffect, useRef } from 'react';
import { registerChart } from '../export/registry';
import { echarts, type ChartOption } from './echarts';
import { chartAriaLabel, withAriaDescription } from './chart-aria';
import { useReadingStore } from '../store/reading-store';
import { applyChartReading } from './reading-option';
import { chartFontFactor, scaleFontSizes } from './scale-fonts';
import { correctZoomedPointer } from './zoomed-pointer';

/** Handlers by ECharts event name ('click', 'mouseover', …). */
export type ChartEvents = Record<string, (params: unknown) => void>;

export interface EChartProps {
  /** The option, built by a pure builder. A new object re-renders (notMerge). */
  option: ChartOption;
  /** Accessible name of the chart: what it shows, e.g. "支出按功能分类（类）条形图". */
  ariaLabel: string;
  /**
   * The chart's text for screen readers, built from the same view model as the chart and its
   * table twin (exact figures as the page prints them, e.g. "科学技术支出 49.49 万元，…").
   * It REPLACES ECharts' generated aria description (which reads raw drawing numbers such
   * as "数据是49.49，0，49.49，NaN" and announces helper series such as a waterfall's hidden
   * 基数); the wrapper owns the chart's aria-label: "<ariaLabel>：<description>".
   */
  description: string;
  events?: ChartEvents;
  /** CSS height, e.g. "420px" or "60vh". */
  height?: string;
  className?: string;
  /** Test id for Playwright. */
  testId?: string;
  /**
   * Title of the chart's PNG in the 导出 menu (stamped in the image); default: the
   * accessible name up to its first "："。
   */
  exportTitle?: string;
  /** Unit stamped in the PNG (default 万元). */
  exportUnit?: string;
  /** Source stamped in the PNG (default: the dataset's source). */
  exportSource?: string;
}

/** Renders one chart. */
export default function EChartImpl({
  option,
  ariaLabel,
  description,
  events,
  height = '400px',
  className,
  testId,
  exportTitle,
  exportUnit = '万元',
  exportSource,
}: EChartProps) {
  const label = chartAriaLabel(ariaLabel, description);
  const large = useReadingStore((s) => s.large);
  const contrast = useReadingStore((s) => s.contrast);
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);
  const eventsRef = useRef<ChartEvents | undefined>(events);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    Object.defineProperty(el, 'echarts', { value: chart, configurable: true });
    chart.on('finished', () => el.setAttribute('data-rendered', 'true'));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    // A deck screen shrunk with CSS zoom: hovers and clicks land on the block under the pointer.
    const unzoom = correctZoomedPointer(el);
    return () => {
      unzoom();
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    const el = ref.current;
    if (!chart || !el) return;
    el.setAttribute('data-rendered', 'false');
    // 汇报模式 sets data-motion="off" on <html>: no animation that lags on a projector,
    // and the class present-mode: chart text grows with the page's projector-sized type.
    // The reader's system asks for less motion: none either. 大字 and 高对比度 (阅读 menu)
    // reach the chart here too.
    const still =
      document.documentElement.dataset.motion === 'off' ||
      (typeof window.matchMedia === 'function' &&
        window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    const sized = withAriaDescription(scaleFontSizes(option, chartFontFactor()), label);
    chart.setOption(applyChartReading(sized, { large, contrast, still }), { notMerge: true });
  }, [option, label, large, contrast]);

  // The 导出 menu offers every chart on screen as a PNG (src/export/registry.ts).
  const title = exportTitle ?? ariaLabel.split('：')[0]!;
  useEffect(() => {
    const chart = chartRef.current;
    const element = ref.current;
    if (!chart || !element) return;
    return registerChart({
      title,
      unit: exportUnit,
      ...(exportSource ? { source: exportSource } : {}),
      chart,
      element,
    });
  }, [title, exportUnit, exportSource]);

  // Bind by event NAMES, not by the identity of the events object: a caller passing a new
  // object each render must not cause unbind/rebind gaps (ECharts can fire synchronously
  // inside setOption). Handlers are read through eventsRef, so they are always current.
  const eventNames = Object.keys(events ?? {})
    .sort()
    .join(',');
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !eventNames) return;
    // Unbind only our own handlers: chart.off(name) alone would also remove the wrapper's
    // 'finished' handler that sets data-rendered.
    const bound = eventNames.split(',').map((name) => {
      const handler = (p: unknown) => eventsRef.current?.[name]?.(p);
      chart.on(name, handler);
      return [name, handler] as const;
    });
    return () => {
      // On unmount the first effect's cleanup has disposed the chart already: ECharts warns
      // on any call to a disposed instance, and its handlers went with it.
      if (chart.isDisposed()) return;
      for (const [name, handler] of bound) chart.off(name, handler);
    };
  }, [eventNames]);

  return (
    <div
      ref={ref}
      className={`chart ${className ?? ''}`}
      style={{ height, width: '100%' }}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-rendered="false"
    />
  );
}
