/**
 * The browser half of `npm run bench`: what Chromium really fetches and how fast the built
 * app answers, measured on the build in dist-bench served by scripts/bench-server.ts.
 *   - JS fetched before the overview's first figure is visible, and before the prerendered
 *     overview is hydrated (per chunk, gzip as sent);
 *   - Lighthouse (mobile and desktop presets) on three views and on the static-HTML limit;
 *   - interaction latency (drill, measure switch, indicator search) over ≥ 50 repetitions;
 *   - the synthetic dataset (scripts/synthetic-dataset.ts): load, first render, drill,
 *     filter and JS heap;
 *   - long tasks on the overview under 4× CPU slowdown.
 * Every function returns rows for the bench table; nothing here decides pass or fail.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { treemapBlockCentre } from '../e2e/treemap-block';
import { APP_START_MARK, HYDRATE_MARK, HYDRATED_ATTR } from '../src/prerender/first-screen';

/** Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium (as playwright.config.ts). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu'];

/** One figure of the table: `max` / `min` are the targets (value ≤ max, ≥ min). */
export interface BenchRow {
  group: string;
  what: string;
  value: number;
  unit: string;
  max?: number;
  min?: number;
}

/** Median and 95th percentile (nearest rank) of samples. */
export function percentiles(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { median: rank(0.5), p95: rank(0.95) };
}

/** The selector of the overview's first headline figure (the first card). */
const FIRST_FIGURE = '[data-testid="overview-cards"] .card';

/** What the page records about its first figure (watchFirstFigure). */
interface FirstFigureWatch {
  /** ms since navigation start: the figure is in the DOM and laid out. */
  __firstFigure?: number;
  /** Whether the app's code had started when the figure entered the DOM (else: the HTML's). */
  __firstFigureByApp?: boolean;
  /** The classic scripts (src) that had run when the figure entered the DOM. */
  __firstFigureScripts?: string[];
}

/**
 * Marks, in the page, the time the first headline figure is in the DOM and laid out
 * (`window.__firstFigure`, ms since navigation start), for the resource timing cut-off, and
 * who put it there: when it enters the DOM, either the app's code has started (the
 * `appStartMark` User Timing mark of src/main.tsx exists) or the figure came with the HTML
 * and the classic scripts that ran before it (the prerender's picker), which are then listed.
 */
function watchFirstFigure({ selector, appStartMark }: { selector: string; appStartMark: string }): void {
  const w = window as unknown as FirstFigureWatch;
  const check = () => {
    const el = document.querySelector(selector);
    if (el && w.__firstFigureByApp === undefined) {
      w.__firstFigureByApp = performance.getEntriesByName(appStartMark).length > 0;
      // Classic scripts run where the parser meets them: every one in the DOM now has run.
      w.__firstFigureScripts = Array.from(document.scripts)
        .filter((s) => s.src && s.type !== 'module' && !s.async && !s.defer)
        .map((s) => s.src);
    }
    if (w.__firstFigure !== undefined) return;
    if (el && el.getBoundingClientRect().height > 0) w.__firstFigure = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  // Layout can come later than the last mutation (the stylesheet): look each frame too.
  const frame = () => {
    check();
    if (w.__firstFigure === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

/**
 * tsx (esbuild, keepNames) wraps the functions it compiles in `__name(fn, "name")`; functions
 * sent to the page keep those calls, so the page gets a `__name` that returns its argument.
 */
async function shimNames(page: Page): Promise<void> {
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
}

/** One script the page fetched: file name and bytes as transferred (gzip). */
interface FetchedScript {
  name: string;
  bytes: number;
}

/** The KiB of `scripts` and their list, largest first ("name 12.3 KiB"). */
function scriptSummary(scripts: FetchedScript[]): { kib: number; list: string[] } {
  const sorted = [...scripts].sort((a, b) => b.bytes - a.bytes);
  return {
    kib: scripts.reduce((a, f) => a + f.bytes, 0) / 1024,
    list: sorted.map((c) => `${c.name} ${(c.bytes / 1024).toFixed(1)} KiB`),
  };
}

/**
 * (1) The JS on the way to the overview's figures, per chunk, as transferred (gzip), median
 * of `runs` cold loads:
 *   - before its first figure: when the figure came with the HTML (the prerendered screen,
 *     src/prerender/), the classic scripts that ran before it entered the DOM (the picker);
 *     when the app drew it, every script whose response ended before it was laid out. Not
 *     "whatever had arrived by then": the module scripts the browser fetches meanwhile run
 *     only after the HTML is parsed, so they cannot be needed for a prerendered figure;
 *   - before the prerendered overview is live (hydrated): every script requested before the
 *     app called hydrateRoot (src/main.tsx's HYDRATE_MARK): the entry, the data layer and the
 *     view, which hydration awaits; ECharts and the 导出 menu are requested after it.
 * @throws Error when the overview does not open prerendered or never hydrates.
 */
export async function firstFigureJs(
  base: string,
  runs = 3,
): Promise<{ rows: BenchRow[]; chunks: string[]; hydrationChunks: string[] }> {
  const browser = await launch();
  const figure: { kib: number; list: string[] }[] = [];
  const live: { kib: number; list: string[] }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await shimNames(page);
      await page.addInitScript(watchFirstFigure, { selector: FIRST_FIGURE, appStartMark: APP_START_MARK });
      await page.goto(`${base}#/overview`);
      await page.waitForFunction(() => (window as unknown as FirstFigureWatch).__firstFigure);
      await page.waitForFunction(
        (attr) => document.getElementById('root')?.hasAttribute(attr),
        HYDRATED_ATTR,
        { timeout: 60_000 },
      );
      const seen = await page.evaluate((hydrateMark) => {
        const w = window as unknown as Required<FirstFigureWatch>;
        const scripts = performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .filter((e) => /\.js(\?|$)/.test(e.name));
        const file = (e: PerformanceResourceTiming) => ({
          name: new URL(e.name).pathname.split('/').pop()!,
          bytes: e.encodedBodySize,
        });
        const hydrate = performance.getEntriesByName(hydrateMark)[0]?.startTime;
        return {
          byApp: w.__firstFigureByApp,
          figure: scripts
            .filter((e) =>
              w.__firstFigureByApp
                ? e.responseEnd <= w.__firstFigure
                : w.__firstFigureScripts.includes(e.name),
            )
            .map(file),
          live: hydrate === undefined ? null : scripts.filter((e) => e.startTime < hydrate).map(file),
        };
      }, HYDRATE_MARK);
      if (seen.byApp || !seen.live)
        throw new Error(
          'bench: #/overview did not open prerendered and hydrate (src/prerender/, src/main.tsx)',
        );
      figure.push(scriptSummary(seen.figure));
      live.push(scriptSummary(seen.live));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs: { kib: number; list: string[] }[]) =>
    [...xs].sort((a, b) => a.kib - b.kib)[Math.floor(xs.length / 2)]!;
  const f = median(figure);
  const h = median(live);
  const rows: BenchRow[] = [
    {
      group: 'bundle',
      what: `JS fetched before the overview's first figure (${f.list.length} chunks, gzip, median of ${runs})`,
      value: f.kib,
      unit: 'KiB',
      max: 120,
    },
    {
      group: 'bundle',
      what: `JS fetched before the prerendered overview is hydrated (interactive) (${h.list.length} chunks, gzip, median of ${runs})`,
      value: h.kib,
      unit: 'KiB',
      max: 120,
    },
  ];
  return { rows, chunks: f.list, hydrationChunks: h.list };
}

interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
  cls: number;
}

async function runLighthouse(url: string, port: number, desktop: boolean): Promise<LighthouseResult> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}

/** Lighthouse runs per page and preset (`BENCH_LH_RUNS`); each figure is their median. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LH_RUNS) || 3;

/**
 * Each figure's median over `runs` Lighthouse runs of `url` (Lighthouse's own advice: one
 * simulated run varies by a factor of two on a busy machine, the LCP most).
 */
async function medianLighthouse(
  url: string,
  port: number,
  desktop: boolean,
  runs: number,
): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url, port, desktop));
  // Each run in the log, so the spread behind a median can be seen.
  console.error(
    `bench:   lighthouse ${desktop ? 'desktop' : 'mobile'} ${url.replace(/^https?:\/\/[^/]+\//, '')}: ` +
      results.map((r) => `LCP ${r.lcp.toFixed(0)} TBT ${r.tbt.toFixed(0)} (${r.performance})`).join(', '),
  );
  const median = (key: keyof LighthouseResult) => {
    const xs = results.map((r) => r[key]).sort((a, b) => a - b);
    return xs.length % 2 ? xs[(xs.length - 1) / 2]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2;
  };
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    bestPractices: median('bestPractices'),
    lcp: median('lcp'),
    tbt: median('tbt'),
    cls: median('cls'),
  };
}

/**
 * (2) + (3) Lighthouse, mobile (its default: simulated slow 4G, 4× CPU) and desktop, on the
 * three views and on the static page `staticPath`, each figure the median of
 * LIGHTHOUSE_RUNS runs; the ratio of the overview's LCP to the static page's in each preset.
 */
export async function lighthouseRows(base: string, staticPath: string): Promise<BenchRow[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const rows: BenchRow[] = [];
  const runs = LIGHTHOUSE_RUNS;
  try {
    for (const desktop of [false, true]) {
      const preset = desktop ? 'desktop' : 'mobile';
      const group = `lighthouse ${preset} (median of ${runs})`;
      const limit = await medianLighthouse(`${base}${staticPath}`, chrome.port, desktop, runs);
      let overviewLcp = NaN;
      for (const view of ['overview', 'function', 'performance']) {
        const r = await medianLighthouse(`${base}#/${view}`, chrome.port, desktop, runs);
        if (view === 'overview') overviewLcp = r.lcp;
        rows.push(
          { group, what: `${view}: performance score`, value: r.performance, unit: '', min: 95 },
          { group, what: `${view}: accessibility score`, value: r.accessibility, unit: '', min: 100 },
          { group, what: `${view}: best-practices score`, value: r.bestPractices, unit: '', min: 100 },
          { group, what: `${view}: LCP`, value: r.lcp, unit: 'ms' },
          { group, what: `${view}: TBT`, value: r.tbt, unit: 'ms', max: 150 },
          { group, what: `${view}: CLS`, value: r.cls, unit: '', max: 0.02 },
        );
      }
      rows.push(
        { group, what: 'static HTML limit: LCP', value: limit.lcp, unit: 'ms' },
        { group, what: 'static HTML limit: performance score', value: limit.performance, unit: '' },
        {
          group,
          what: 'LCP ratio overview / static HTML',
          value: overviewLcp / limit.lcp,
          unit: '×',
          max: 1.3,
        },
      );
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

/**
 * Installs, in the page, a latency probe: `__probe.arm(kind)` records the time of the next
 * trusted pointerdown / keydown; the end is the first moment after it when a chart reports
 * data-rendered="true" (kind "chart") or the element `[data-testid=<target>]` changes its
 * text (kind "text:<target>"). `__probe.last` is end − start in ms.
 */
function installProbe(): void {
  interface Probe {
    kind?: string;
    /** The watched element's text when armed (kind "text:…"). */
    text?: string | null;
    start?: number;
    /** ms from the input to the first frame showing the new state (after its commit). */
    drawn?: number;
    /** ms from the input to the end (chart 'finished', incl. its transition; or the text). */
    last?: number;
    arm: (kind: string) => void;
  }
  const probe: Probe = {
    arm(kind) {
      probe.kind = kind;
      probe.text = kind.startsWith('text:')
        ? document.querySelector(`[data-testid="${kind.slice(5)}"]`)?.textContent
        : undefined;
      probe.start = undefined;
      probe.drawn = undefined;
      probe.last = undefined;
    },
  };
  (window as unknown as { __probe: Probe }).__probe = probe;
  const begin = (e: Event) => {
    if (!probe.kind || probe.start !== undefined || !e.isTrusted) return;
    probe.start = performance.now();
    // The search's own pause committed before the timed key: this sample is void (−1).
    if (
      probe.kind.startsWith('text:') &&
      document.querySelector(`[data-testid="${probe.kind.slice(5)}"]`)?.textContent !== probe.text
    ) {
      probe.last = -1;
      probe.drawn = -1;
      probe.kind = undefined;
    }
  };
  window.addEventListener('pointerdown', begin, true);
  window.addEventListener('keydown', begin, true);
  // The frame after the commit: rAF runs before that frame's paint, the task after it after.
  const frame = () => {
    const start = probe.start;
    if (start === undefined || probe.drawn !== undefined) return;
    probe.drawn = NaN;
    requestAnimationFrame(() => setTimeout(() => (probe.drawn = performance.now() - start)));
  };
  const done = () => {
    if (probe.start === undefined || probe.last !== undefined) return;
    frame();
    probe.last = performance.now() - probe.start;
    probe.kind = undefined;
  };
  new MutationObserver((records) => {
    if (!probe.kind || probe.start === undefined) return;
    if (probe.kind === 'chart') {
      // data-rendered="false": the new option was set, ECharts draws it in the next frame.
      if (records.some((r) => r.attributeName === 'data-rendered')) frame();
      if (
        records.some(
          (r) =>
            r.attributeName === 'data-rendered' &&
            (r.target as Element).getAttribute('data-rendered') === 'true',
        )
      )
        done();
    } else if (probe.kind.startsWith('text:')) {
      const now = document.querySelector(`[data-testid="${probe.kind.slice(5)}"]`)?.textContent;
      if (now !== probe.text) done();
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-rendered'],
  });
}

async function arm(page: Page, kind: string): Promise<void> {
  await page.evaluate(
    (k) => (window as unknown as { __probe: { arm: (k: string) => void } }).__probe.arm(k),
    kind,
  );
}

/** The last interaction's times: `drawn` (first frame of the new state) and `last` (end). */
async function lastLatency(page: Page): Promise<{ drawn: number; last: number } | null> {
  const handle = await page
    .waitForFunction(
      () => {
        const p = (window as unknown as { __probe: { drawn?: number; last?: number } }).__probe;
        return p.last !== undefined && p.drawn !== undefined && !Number.isNaN(p.drawn)
          ? { drawn: p.drawn, last: p.last }
          : null;
      },
      undefined,
      { timeout: 5_000 },
    )
    // A click that missed (the chart moved under the pointer): no sample, the caller goes on.
    .catch(() => null);
  return handle ? ((await handle.jsonValue()) as { drawn: number; last: number }) : null;
}

async function waitCharts(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.loading') &&
      !document.querySelector('.chart[data-rendered="false"]') &&
      document.querySelector('.chart[data-rendered="true"]'),
    undefined,
    { timeout: 60_000 },
  );
}

/** The centre of treemap block `code` in page coordinates (the chart's own layout). */
async function blockCentre(page: Page, code: string): Promise<{ x: number; y: number }> {
  const chart = page.getByTestId('function-treemap');
  await chart.scrollIntoViewIfNeeded();
  const pos = await treemapBlockCentre(chart, code);
  const box = (await chart.boundingBox())!;
  return { x: box.x + pos.x, y: box.y + pos.y };
}

/**
 * (4) Interaction latency on dataset `d` (undefined: the default): `reps` drills into the
 * 类 `drillCode` on the treemap (click → chart finished; the climb back by the back button is
 * not timed), measure switches, and indicator searches (Enter in the search box → the
 * indicator count updated; typing alone waits SEARCH_COMMIT_MS by design).
 */
export async function interactionRows(
  base: string,
  label: string,
  drillCode: string,
  query: string,
  d?: string,
  reps = Number(process.env.BENCH_REPS ?? 50),
  maxP95 = 100,
): Promise<BenchRow[]> {
  const browser = await launch();
  const rows: BenchRow[] = [];
  const search = d ? `?d=${d}` : '';
  const t0 = Date.now();
  const progress = (what: string, n: number) =>
    console.error(`bench:   ${label}: ${what} ${n}/${reps} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await shimNames(page);
    await page.addInitScript(installProbe);
    const group = `interaction ${label}`;
    // The target is on the first frame showing the new state; a chart's 'finished' also waits
    // for its transition animation (ECharts' default update animation), shown beside it.
    const push = (what: string, xs: { drawn: number; last: number }[], end: string) => {
      const drawn = percentiles(xs.map((x) => x.drawn));
      const last = percentiles(xs.map((x) => x.last));
      rows.push(
        {
          group,
          what: `${what} → new state drawn: median (${xs.length} reps)`,
          value: drawn.median,
          unit: 'ms',
        },
        { group, what: `${what} → new state drawn: p95`, value: drawn.p95, unit: 'ms', max: maxP95 },
        { group, what: `${what} → ${end}: median`, value: last.median, unit: 'ms' },
        { group, what: `${what} → ${end}: p95`, value: last.p95, unit: 'ms' },
      );
    };

    // Drill: click a 类 block → the 款 level drawn; back (untimed) → the 类 level drawn.
    await page.goto(`${base}#/function${search}`);
    await waitCharts(page);
    const drill: { drawn: number; last: number }[] = [];
    for (let tries = 0; drill.length < reps && tries < reps + 5; tries++) {
      await page.getByTestId('function-chart-box').and(page.locator('[data-labels="fitted"]')).waitFor();
      const { x, y } = await blockCentre(page, drillCode);
      await arm(page, 'chart');
      await page.mouse.click(x, y);
      const sample = await lastLatency(page);
      if (sample) drill.push(sample);
      else if (!page.url().includes(`#/function/${drillCode}`)) continue;
      await page.waitForURL(new RegExp(`#/function/${drillCode}`));
      await page.goBack();
      await page.waitForURL((u) => !u.hash.includes(`/function/${drillCode}`));
      await waitCharts(page);
    }
    progress('drill', drill.length);
    push('drill (click)', drill, 'chart finished');

    // Measure switch: 项目支出 ↔ 合计, each click timed.
    const measure: { drawn: number; last: number }[] = [];
    for (let i = 0; i < reps; i++) {
      const name = i % 2 === 0 ? '项目支出' : '合计';
      await arm(page, 'chart');
      await page.getByRole('radio', { name }).click();
      const sample = await lastLatency(page);
      if (sample) measure.push(sample);
      await waitCharts(page);
    }
    progress('measure switch', measure.length);
    push('measure switch (click)', measure, 'chart finished');

    // Indicator search: the query typed, Enter timed (→ count updated); cleared, Enter timed.
    await page.goto(`${base}#/performance${search}`);
    await page.getByTestId('indicator-count').waitFor({ timeout: 60_000 });
    const box = page.getByTestId('indicator-search');
    const filter: { drawn: number; last: number }[] = [];
    for (let i = 0, tries = 0; i < reps && tries < reps * 3; tries++) {
      await arm(page, 'text:indicator-count');
      await box.fill(i % 2 === 0 ? query : '');
      await box.press('Enter');
      const ms = await lastLatency(page);
      if (!ms) continue;
      if (ms.last < 0) {
        // Let the pause's commit land, then this query again.
        await page.getByTestId('indicator-count').waitFor();
        await box.fill(i % 2 === 0 ? '' : query);
        await box.press('Enter');
        continue;
      }
      filter.push(ms);
      i++;
    }
    progress('indicator search', filter.length);
    push('indicator search (Enter)', filter, 'table updated');
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * (5) The synthetic dataset `d` in the browser: fetch + validate + model (the store's
 * `dataset:<id>` User Timing measure, both years), first render (navigation → first figure
 * visible), 数据核验 (src/store/checks-store.ts: `checks:<id>`, run in idle steps after the
 * first render; its main-thread time and request → done), and the JS heap after load (after
 * a GC).
 */
export async function syntheticLoadRows(base: string, d: string): Promise<BenchRow[]> {
  const browser = await launch();
  const group = 'synthetic dataset';
  try {
    const page = await browser.newPage();
    await shimNames(page);
    await page.addInitScript(watchFirstFigure, { selector: FIRST_FIGURE, appStartMark: APP_START_MARK });
    await page.goto(`${base}#/overview?d=${d}`);
    await page.waitForFunction(
      () => (window as unknown as { __firstFigure?: number }).__firstFigure,
      undefined,
      {
        timeout: 60_000,
      },
    );
    await waitCharts(page);
    await page.waitForFunction((id) => performance.getEntriesByName(`checks:${id}`).length > 0, d, {
      timeout: 60_000,
    });
    const t = await page.evaluate((id) => {
      const load = performance.getEntriesByName(`dataset:${id}`)[0];
      const checks = performance.getEntriesByName(`checks:${id}`)[0] as PerformanceMeasure | undefined;
      return {
        load: load?.duration ?? NaN,
        figure: (window as unknown as { __firstFigure: number }).__firstFigure,
        checks: checks?.duration ?? NaN,
        checksBusy: (checks?.detail as { busyMs?: number } | undefined)?.busyMs ?? NaN,
      };
    }, d);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return [
      { group, what: 'fetch + validate + model (both years)', value: t.load, unit: 'ms', max: 2000 },
      {
        group,
        what: '数据核验 in idle steps: main-thread time',
        value: t.checksBusy,
        unit: 'ms',
        max: 200,
      },
      { group, what: '数据核验 in idle steps: requested → done', value: t.checks, unit: 'ms' },
      {
        group,
        what: 'first render: navigation → first figure visible',
        value: t.figure,
        unit: 'ms',
        max: 3000,
      },
      {
        group,
        what: 'JS heap after load (after GC)',
        value: heap.usedSize / 1024 / 1024,
        unit: 'MiB',
        max: 150,
      },
    ];
  } finally {
    await browser.close();
  }
}

/** Runs of each long-task measurement (the median is reported: one run is noisy). */
const LONG_TASK_RUNS = 3;

/**
 * The long tasks (ms, as the Long Tasks API reports them) of one load of `url` under 4× CPU
 * slowdown, and the first contentful paint's time (ms since navigation). With `app`, until
 * every chart has finished and the 数据核验 (run in idle steps after the first render) are
 * done; without (the static-HTML limit page), until the page has loaded and painted.
 */
async function longTasksOf(
  browser: Browser,
  url: string,
  app: boolean,
): Promise<{ tasks: { start: number; dur: number }[]; fcp: number }> {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await shimNames(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; dur: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: e.startTime, dur: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    if (app) {
      await waitCharts(page);
      await page.waitForFunction(
        () => performance.getEntriesByType('measure').some((m) => m.name.startsWith('checks:')),
        undefined,
        { timeout: 60_000 },
      );
    }
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    // Two frames later, so the last task is in the list.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return await page.evaluate(() => ({
      tasks: (window as unknown as { __long: { start: number; dur: number }[] }).__long,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    }));
  } finally {
    await page.close();
  }
}

/**
 * Long tasks under 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate), median of
 * LONG_TASK_RUNS loads each: on the overview, from navigation until every chart has finished
 * and the 数据核验 are done, the longest task and how many exceed 50 ms, also counted from the
 * first contentful paint on (as Lighthouse's TBT counts); on the static-HTML limit page
 * (`limitPage`, the headline cards, no JavaScript) and on the overview's own prerendered
 * screen without any JavaScript (`screenPage`, scripts/bench-static-page.ts
 * prerenderedScreenWithoutScripts), each page's longest task: its first paint's style and
 * layout, which no page with that HTML avoids (on this machine mostly the CJK fonts' first
 * use). The three pages load in turn in one browser, so each load finds the fonts as warm.
 */
export async function longTaskRows(base: string, limitPage: string, screenPage: string): Promise<BenchRow[]> {
  const browser = await launch();
  try {
    const app: { tasks: { start: number; dur: number }[]; fcp: number }[] = [];
    const limit: number[] = [];
    const screen: number[] = [];
    const longest = (tasks: { dur: number }[]) => Math.max(0, ...tasks.map((t) => t.dur));
    for (let i = 0; i < LONG_TASK_RUNS; i++) {
      app.push(await longTasksOf(browser, `${base}#/overview`, true));
      limit.push(longest((await longTasksOf(browser, `${base}${limitPage}`, false)).tasks));
      screen.push(longest((await longTasksOf(browser, `${base}${screenPage}`, false)).tasks));
    }
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const of = `median of ${LONG_TASK_RUNS}`;
    return [
      {
        group: 'main thread',
        what: `overview, 4× CPU: longest task (${of})`,
        value: mid(app.map((r) => longest(r.tasks))),
        unit: 'ms',
        max: 50,
      },
      {
        group: 'main thread',
        what: `overview, 4× CPU: tasks over 50 ms (${of})`,
        value: mid(app.map((r) => r.tasks.filter((t) => t.dur > 50).length)),
        unit: '',
        max: 0,
      },
      {
        group: 'main thread',
        what: `overview, 4× CPU: tasks over 50 ms after the first contentful paint (${of})`,
        value: mid(app.map((r) => r.tasks.filter((t) => t.dur > 50 && t.start >= r.fcp).length)),
        unit: '',
      },
      {
        group: 'main thread',
        what: `static-HTML limit page, 4× CPU: longest task (its first paint; ${of})`,
        value: mid(limit),
        unit: 'ms',
      },
      {
        group: 'main thread',
        what: `the overview's prerendered screen without its JavaScript, 4× CPU: longest task (its first paint; ${of})`,
        value: mid(screen),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
  }
}
