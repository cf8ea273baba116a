/**
 * Long tasks on the overview under 4× CPU slowdown, measured as bench-browser.ts's
 * longTaskRows does, for one or more builds alternately (the machine is noisy: compare runs
 * made in one session). Prints each run's tasks over 50 ms (start → duration, ms since
 * navigation) and the app's User Timing marks, then a summary per build. On a loaded machine
 * the long tasks' wall time mostly measures the other processes; each main-thread task's CPU
 * time from a Chrome trace (time the thread ran, throttling included) is printed beside it.
 *
 *   npx vite build --outDir dist-a && … && node --import tsx scripts/longtask-probe.ts dist-a dist-b [reps]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM } from './bench-browser';
import { serveStatic } from './bench-server';

const args = process.argv.slice(2);
const reps = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 3;
const dirs = args.map((d) => new URL(`../${d}/`, import.meta.url).pathname);

interface Run {
  long: { start: number; dur: number }[];
  marks: string[];
  /** Main-thread tasks' CPU time (trace tdur, ms): less sensitive to a loaded machine than wall time. */
  cpu: number[];
}

/** CPU time (ms) of each task of the renderer's main thread, from a Chrome trace. */
function mainThreadTaskCpu(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  return events
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
        typeof e.tdur === 'number',
    )
    .map((e) => e.tdur! / 1000);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

async function measure(base: string): Promise<Run> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; dur: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: e.startTime, dur: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await page.goto(`${base}#/overview`);
    await page.waitForFunction(
      () => {
        const charts = document.querySelectorAll('[data-rendered]');
        return charts.length > 0 && [...charts].every((c) => c.getAttribute('data-rendered') === 'true');
      },
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForFunction(
      () => performance.getEntriesByType('measure').some((m) => m.name.startsWith('checks:')),
      undefined,
      { timeout: 60_000 },
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await page.evaluate(() => ({
      long: (window as unknown as { __long: { start: number; dur: number }[] }).__long,
      marks: performance
        .getEntriesByType('mark')
        .concat(performance.getEntriesByType('measure'))
        .map((m) => `${m.name}@${m.startTime.toFixed(0)}${m.duration ? `+${m.duration.toFixed(0)}` : ''}`),
    }));
    return { ...seen, cpu: mainThreadTaskCpu(await browser.stopTracing()) };
  } finally {
    await browser.close();
  }
}

/**
 * The main-thread tasks whose CPU time exceeds 50 ms, largest first (Chromium's throttling
 * spends the slowed-down time on the thread, so it counts as the task's CPU time).
 */
function cpuOver(run: Run): number[] {
  return run.cpu.filter((c) => c > 50).sort((a, b) => b - a);
}

const results = new Map<string, Run[]>(dirs.map((d) => [d, []]));
for (let i = 0; i < reps; i++) {
  for (const dir of dirs) {
    const server = await serveStatic(dir);
    const run = await measure(server.url);
    await server.close();
    results.get(dir)!.push(run);
    const over = run.long.filter((t) => t.dur > 50);
    console.log(
      `${dir.split('/').at(-2)} #${i + 1}: ${over.length} over 50 ms, longest ${Math.max(0, ...run.long.map((t) => t.dur)).toFixed(0)} ms:`,
      over.map((t) => `${t.start.toFixed(0)}→${t.dur.toFixed(0)}`).join(' '),
    );
    console.log('   marks:', run.marks.join(' '));
    console.log(
      `   CPU over 50 ms: ${cpuOver(run).length}:`,
      cpuOver(run)
        .map((c) => c.toFixed(0))
        .join(' '),
    );
  }
}
for (const [dir, runs] of results) {
  const counts = runs.map((r) => r.long.filter((t) => t.dur > 50).length);
  const longest = runs.map((r) => Math.max(0, ...r.long.map((t) => t.dur)).toFixed(0));
  const total = runs.map((r) => r.long.reduce((a, t) => a + Math.max(0, t.dur - 50), 0).toFixed(0));
  const cpu = runs.map((r) => cpuOver(r).length);
  const cpuBlocking = runs.map((r) =>
    cpuOver(r)
      .reduce((a, c) => a + c - 50, 0)
      .toFixed(0),
  );
  console.log(
    `${dir.split('/').at(-2)}: over 50 ms ${counts.join(', ')}; longest ${longest.join(', ')} ms; blocking (Σ dur−50) ${total.join(', ')} ms; CPU over 50 ms ${cpu.join(', ')}, blocking ${cpuBlocking.join(', ')} ms`,
  );
}
