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
import { useEffect, useRef, useState } from 'react';
import { registerChart } from '../export/registry';
import { echarts, type ChartOption } from './echarts';
import { chartAriaLabel, withAriaDescription } from './chart-aria';
import { useReadingStore } from '../store/reading-store';
import { applyChartReading } from './reading-option';
import { chartFontFactor, scaleFontSizes } from './scale-fonts';
import { correctZoomedPointer } from './zoomed-pointer';
import { queueFirstDraw } from './first-draw';
import { usePageLive } from '../app/page-live';
import { chartFontFamily } from './measure-text';

type EChartsInstance = ReturnType<typeof echarts.init>;

/** What a chart was last drawn with: a new value of any of them redraws it. */
interface Drawn {
  option: ChartOption;
  label: string;
  large: boolean;
  contrast: boolean;
}

/** The wrapper's own handlers on a chart, by the event names they were bound for. */
interface Bound {
  names: string;
  handlers: (readonly [string, (p: unknown) => void])[];
}

/** Binds one handler per name of `names` ("click,finished"), each calling the current events' one. */
function bindEvents(
  chart: EChartsInstance,
  names: string,
  events: { current: ChartEvents | undefined },
): Bound {
  const handlers = (names ? names.split(',') : []).map((name) => {
    const handler = (p: unknown) => events.current?.[name]?.(p);
    chart.on(name, handler);
    return [name, handler] as const;
  });
  return { names, handlers };
}

/**
 * Draws `d` on the chart (notMerge), marking the container not rendered until ECharts says
 * 'finished'. 汇报模式 sets data-motion="off" on <html>: no animation that lags on a
 * projector, and the class present-mode: chart text grows with the page's projector-sized
 * type. The reader's system asks for less motion: none either. 大字 and 高对比度 (阅读 menu)
 * reach the chart here too. `lazy` (a first draw): setOption only builds the model, and ECharts
 * lays the chart out and renders it in its own next frame (lazyUpdate), a task of its own.
 */
function draw(chart: EChartsInstance, el: HTMLElement, d: Drawn, lazy = false): Drawn {
  el.setAttribute('data-rendered', 'false');
  const still =
    document.documentElement.dataset.motion === 'off' ||
    (typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  const sized = withPageFont(withAriaDescription(scaleFontSizes(d.option, chartFontFactor()), d.label));
  chart.setOption(applyChartReading(sized, { large: d.large, contrast: d.contrast, still }), {
    notMerge: true,
    lazyUpdate: lazy,
  });
  return d;
}

/**
 * The option with the page's font stack as the default of all its text (ECharts' global
 * textStyle): chart labels in the tables' face, and Chinese measured without font fallback
 * (./measure-text.ts). A family the option sets itself wins.
 */
function withPageFont(option: ChartOption): ChartOption {
  const textStyle = (option.textStyle ?? {}) as Record<string, unknown>;
  return { ...option, textStyle: { fontFamily: chartFontFamily(), ...textStyle } };
}

/**
 * Settles after the browser's next frame (its requestAnimationFrame callbacks, ECharts' own
 * included, and the ResizeObserver reports that follow them), or after 1 s where no frame
 * comes (a hidden tab), so a first draw's next step does not share that frame's task.
 */
function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

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
  // The instance, once its first option is set (./first-draw.ts: init, option and render in
  // three tasks).
  const [chart, setChart] = useState<EChartsInstance | null>(null);
  const eventsRef = useRef<ChartEvents | undefined>(events);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);
  // What the chart shows now, read by the queued first draw when its turn comes.
  const wanted: Drawn = { option, label, large, contrast };
  const wantedRef = useRef(wanted);
  useEffect(() => {
    wantedRef.current = wanted;
  });
  const drawnRef = useRef<Drawn | null>(null);
  // Bind by event NAMES, not by the identity of the events object: a caller passing a new
  // object each render must not cause unbind/rebind gaps (ECharts can fire synchronously
  // inside setOption). Handlers are read through eventsRef, so they are always current.
  const eventNames = Object.keys(events ?? {})
    .sort()
    .join(',');
  const eventNamesRef = useRef(eventNames);
  useEffect(() => {
    eventNamesRef.current = eventNames;
  });
  const boundRef = useRef<Bound | null>(null);
  // The first option waits until the page is live (src/app/page-live.tsx): a hydrated page's
  // browser values (a phone's compact layout) arrive just after the hydration, and a chart
  // drawn before them was drawn twice (a second full layout, 50–100 ms under 4× CPU).
  const pageLive = usePageLive();
  const liveRef = useRef(pageLive);
  const liveWaitRef = useRef<(() => void) | null>(null);
  useEffect(() => {
    liveRef.current = pageLive;
    if (pageLive) {
      liveWaitRef.current?.();
      liveWaitRef.current = null;
    }
  }, [pageLive]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let instance: EChartsInstance | null = null;
    let observer: ResizeObserver | null = null;
    let unzoom: (() => void) | null = null;
    // False once unmounted: a step that comes after does nothing (the chart is disposed).
    let mounted = true;
    // Set by ECharts' first 'rendered' (a paint of the chart): (c) below checks it.
    let renderedOnce = false;
    const live = () => (mounted && instance && !instance.isDisposed() ? instance : null);
    const cancel = queueFirstDraw(
      // (a) ECharts' init.
      () => {
        if (!mounted) return;
        const c = echarts.init(el, undefined, { renderer: 'canvas' });
        instance = c;
        Object.defineProperty(el, 'echarts', { value: c, configurable: true });
        // A ResizeObserver reports the box once when it starts observing. Started here, that
        // report comes in the frame awaited below, before the chart has an option (a resize
        // then only sizes the canvas), not in the frame that lays the chart out (a second
        // layout in that task: issue 12). A drawn chart (finished) redraws only on a new
        // size; one still waiting for its 'finished' is resized as before.
        observer = new ResizeObserver(() => {
          const same = el.clientWidth === c.getWidth() && el.clientHeight === c.getHeight();
          if (!same || el.getAttribute('data-rendered') !== 'true') c.resize();
        });
        observer.observe(el);
        // A deck screen shrunk with CSS zoom: hovers and clicks land on the block under the pointer.
        unzoom = correctZoomedPointer(el);
        return afterFrame();
      },
      // The page live (at once unless it is still being hydrated): its option is the final one.
      () =>
        liveRef.current || !mounted
          ? undefined
          : new Promise<void>((resolve) => {
              liveWaitRef.current = resolve;
            }),
      // (b) The first option, as the chart wants it now: the model built, the layout and the
      // rendering left to (c), ECharts' own next frame, which the queue waits for.
      () => {
        const c = live();
        if (!c) return;
        // Bound here, before the setOption whose 'finished' they hear, not at init: a chart
        // with no option yet can emit 'finished' too (a frame repainting it after the
        // observer's resize), and a handler reading its series would find no model.
        c.on('finished', () => el.setAttribute('data-rendered', 'true'));
        c.on('rendered', () => (renderedOnce = true));
        boundRef.current = bindEvents(c, eventNamesRef.current, eventsRef);
        drawnRef.current = draw(c, el, wantedRef.current, true);
        setChart(c);
        return afterFrame();
      },
      // (c) Where no frame came to render it (browsers run none in a hidden tab or in a
      // cross-origin frame off screen, e.g. a portal's second embed below the first): the
      // pending layout and a paint now, as a setOption without lazyUpdate would have done.
      () => {
        const c = live();
        if (!c || renderedOnce) return;
        c.resize();
        c.getZr().flush();
      },
    );
    return () => {
      mounted = false;
      // A chart unmounted while it waits for the page to be live releases the queue.
      liveWaitRef.current?.();
      liveWaitRef.current = null;
      cancel();
      unzoom?.();
      observer?.disconnect();
      if (instance && !instance.isDisposed()) instance.dispose();
      instance = null;
      drawnRef.current = null;
      boundRef.current = null;
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!chart || !el) return;
    const drawn = drawnRef.current;
    // The first draw drew these already.
    if (
      drawn &&
      drawn.option === option &&
      drawn.label === label &&
      drawn.large === large &&
      drawn.contrast === contrast
    )
      return;
    drawnRef.current = draw(chart, el, { option, label, large, contrast });
  }, [chart, option, label, large, contrast]);

  // The 导出 menu offers every chart on screen as a PNG (src/export/registry.ts).
  const title = exportTitle ?? ariaLabel.split('：')[0]!;
  useEffect(() => {
    const element = ref.current;
    if (!chart || !element) return;
    return registerChart({
      title,
      unit: exportUnit,
      ...(exportSource ? { source: exportSource } : {}),
      chart,
      element,
    });
  }, [chart, title, exportUnit, exportSource]);

  useEffect(() => {
    if (!chart) return;
    const bound = boundRef.current;
    // The first draw bound these already (before its setOption, whose 'finished' they hear).
    if (bound?.names === eventNames) return;
    // Unbind only our own handlers: chart.off(name) alone would also remove the wrapper's
    // 'finished' handler that sets data-rendered.
    if (bound) for (const [name, handler] of bound.handlers) chart.off(name, handler);
    boundRef.current = bindEvents(chart, eventNames, eventsRef);
  }, [chart, eventNames]);

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
