/**
 * Benchmark (issue 12): every figure beside its target, in one run on one build.
 *   npm run bench            (builds into dist-bench first)
 * Node half (here): the data path (parse, validate, model, checks, ingest) on the shipped
 * and the synthetic datasets, and the built JS. Browser half (scripts/bench-browser.ts): JS
 * the browser fetched before the first figure, Lighthouse mobile/desktop on three views and
 * on the static-HTML limit, interaction latency, the synthetic dataset in the browser, long
 * tasks under 4× CPU. Writes bench/results.json and the table in docs/performance.md; exits 1
 * when a target is missed. About 8 minutes on a busy 2-core machine. For quicker runs (the
 * results then say so in their row labels): `BENCH_SKIP_LIGHTHOUSE=1` leaves Lighthouse out,
 * `BENCH_REPS=<n>` repeats each interaction n times instead of 50, `BENCH_PROJECTS=<n>` makes
 * the synthetic department n projects (10 绩效指标 each) instead of 500, `BENCH_LH_RUNS=<n>`
 * takes each Lighthouse figure as the median of n runs instead of 3.
 * Timings are medians (or p95) over repeated runs on this machine; sizes are gzip bytes.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { chromium } from '@playwright/test';
import {
  CHROMIUM,
  firstFigureJs,
  interactionRows,
  lighthouseRows,
  longTaskRows,
  syntheticLoadRows,
  type BenchRow,
} from './bench-browser';
import { serveStatic } from './bench-server';
import { bundlePartsOf, ON_DEMAND_TOOLS } from './bundle-parts';
import { prerenderedScreenWithoutScripts, staticLimitPageFor } from './bench-static-page';
import { buildBudgetModel } from '../src/domain/budget-model';
import { checkSteps, runChecks } from '../src/domain/checks';
import { datasetSchema, type DatasetJson } from '../src/domain/schema';
import * as pdfjsLegacy from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseUpload } from '../src/features/import/parse-upload';
import { importDisclosure } from '../src/ingest/import-disclosure';
import type { PdfjsLike } from '../src/ingest/pdf/pdf-items';
import { readPdfFile } from '../src/ingest/pdf/read-pdf-file';
import { BENCH_SCALE as FULL_SCALE, SYNTHETIC_DEPARTMENT, syntheticDataset } from './synthetic-dataset';

/** The synthetic department's size: the issue's (FULL_SCALE) unless BENCH_PROJECTS says fewer projects. */
const BENCH_SCALE = { ...FULL_SCALE, projects: Number(process.env.BENCH_PROJECTS) || FULL_SCALE.projects };

interface Row {
  what: string;
  value: number;
  unit: string;
  budget?: number;
}
/** The Node half's rows (group "data path"), turned into BenchRows at the end. */
const rows: Row[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The longest step of checkSteps (what the app runs between yields, in idle time), median of runs. */
function longestCheckStep(
  what: string,
  runs: number,
  model: ReturnType<typeof buildBudgetModel>,
  budgetMs: number,
) {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const steps = checkSteps(model);
    let longest = 0;
    for (;;) {
      const t0 = performance.now();
      const step = steps.next();
      longest = Math.max(longest, performance.now() - t0);
      if (step.done) break;
    }
    if (i > 0) samples.push(longest); // the first run warms up
  }
  rows.push({ what, value: median(samples), unit: 'ms', budget: budgetMs });
}

function time(what: string, runs: number, fn: () => unknown, budgetMs?: number): void {
  fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  rows.push({
    what,
    value: median(samples),
    unit: 'ms',
    ...(budgetMs !== undefined ? { budget: budgetMs } : {}),
  });
}

// 1. The shipped dataset.
const text = readFileSync(new URL('../public/data/339-2024.json', import.meta.url), 'utf8');
rows.push({
  what: '339-2024.json size (gzip)',
  value: gzipSync(text).length / 1024,
  unit: 'KiB',
  budget: 64,
});
time('339-2024: JSON.parse + zod validate', 50, () => datasetSchema.parse(JSON.parse(text)), 50);
const parsed = datasetSchema.parse(JSON.parse(text));
time('339-2024: budget model (trees, figures, YoY)', 50, () => buildBudgetModel(parsed), 10);
const ds = buildBudgetModel(parsed);
time('339-2024: cross-table checks (数据核验)', 50, () => runChecks(ds), 20);
longestCheckStep('339-2024: 数据核验, longest step between yields', 20, ds, 12.5);

// 1b. Every shipped dataset: parse + validate + model, and the importer's time per page.
const catalog = JSON.parse(readFileSync(new URL('../public/data/index.json', import.meta.url), 'utf8')) as {
  datasets: { id: string; file: string }[];
};
for (const entry of catalog.datasets) {
  const json = readFileSync(new URL(`../public/data/${entry.file}`, import.meta.url), 'utf8');
  time(
    `${entry.id}: parse + validate + model`,
    20,
    () => buildBudgetModel(datasetSchema.parse(JSON.parse(json))),
    100,
  );
}
const manifest = JSON.parse(
  readFileSync(new URL('../data/sources/datasets.json', import.meta.url), 'utf8'),
) as {
  datasets: { source: string }[];
};
for (const source of [...manifest.datasets.map((d) => d.source)]) {
  const url = new URL(`../data/sources/${source}`, import.meta.url);
  const samples: number[] = [];
  let pages = 1;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const input = /\.pdf$/i.test(source) ? await readPdfFile(url.pathname) : readFileSync(url, 'utf8');
    const { report } = importDisclosure({ source: input, file: source });
    samples.push(performance.now() - t0);
    pages = Math.max(1, report.pages);
  }
  // A text without page marks (the seed's extraction) is timed whole.
  rows.push({
    what:
      pages > 1
        ? `ingest ${source}: per page (${pages} pages${/\.pdf$/i.test(source) ? ', PDF read with pdf.js' : ', text'})`
        : `ingest ${source}: whole text (no page marks)`,
    value: median(samples) / pages,
    unit: 'ms',
    budget: pages > 1 ? 500 : 2000,
  });
}

// 1c. The import worker's code (src/features/import/parse-upload.ts: hash, pages read one by one
// with the tables found so far, import, structure check) per page of each source PDF.
for (const source of manifest.datasets.map((d) => d.source).filter((s) => /\.pdf$/i.test(s))) {
  const bytes = new Uint8Array(readFileSync(new URL(`../data/sources/${source}`, import.meta.url)));
  const samples: number[] = [];
  let pages = 1;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const outcome = await parseUpload(bytes, source, pdfjsLegacy as unknown as PdfjsLike);
    samples.push(performance.now() - t0);
    if (outcome.ok) pages = Math.max(1, outcome.result.report.pages);
  }
  rows.push({
    what: `import worker ${source}: per page (${pages} pages)`,
    value: median(samples) / pages,
    unit: 'ms',
    budget: 500,
  });
}

// 2. A large synthetic department (many 项 and 款) to see how the data path scales.
const big: DatasetJson = syntheticDataset({ ...BENCH_SCALE, year: 2024 });
const bigText = JSON.stringify(big);
rows.push({
  what: `synthetic: ${big.tables.find((t) => t.standardId === 'budget-expenditure')!.rows.length} 功能科目 rows, ${big.projects.length} projects, ${big.projects.reduce((a, p) => a + p.indicators.length, 0)} 绩效指标 (JSON)`,
  value: bigText.length / 1024,
  unit: 'KiB',
});
time('synthetic: JSON.parse + zod validate', 10, () => datasetSchema.parse(JSON.parse(bigText)), 500);
const bigParsed = datasetSchema.parse(JSON.parse(bigText));
time('synthetic: budget model', 10, () => buildBudgetModel(bigParsed), 100);
const bigDs = buildBudgetModel(bigParsed);
time('synthetic: cross-table checks', 10, () => runChecks(bigDs), 200);
longestCheckStep('synthetic: 数据核验, longest step between yields', 5, bigDs, 50);
global.gc?.();
const before = process.memoryUsage().heapUsed;
const kept = Array.from({ length: 5 }, () => datasetSchema.parse(JSON.parse(bigText)));
global.gc?.();
rows.push({
  what: 'synthetic: heap per parsed dataset',
  value: (process.memoryUsage().heapUsed - before) / kept.length / 1024 / 1024,
  unit: 'MiB',
  budget: 50,
});

// 3. The built JS (from the build folder): the whole app (every .js and .mjs file, the import
// worker and pdf.js included), split into the dashboard and the on-demand tools (bundle-parts.ts).
const dist = new URL('../dist-bench/', import.meta.url).pathname;
const benchRows: BenchRow[] = [];
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist-bench/ not found: run `npm run bench` (it builds first).');
  process.exit(1);
}
const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const gz = (f: string) => gzipSync(readFileSync(join(dist, 'assets', f))).length / 1024;
const sum = (fs: string[]) => fs.reduce((a, f) => a + gz(f), 0);
const parts = bundlePartsOf(dist);
const part = (name: string) => parts.find((p) => p.name === name)!;
const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
/** Each part's files, largest first, for the log and results.json: "dashboard: echart-impl 206.6, …". */
const partsList = parts.map(
  (p) =>
    `${p.name} ${p.kib.toFixed(1)} KiB gzip: ${p.files
      .map(
        (f) =>
          `${f.replace(/^assets\//, '').replace(/-[\w-]{8}(?=\.m?js$)/, '')} ${gz(f.replace(/^assets\//, '')).toFixed(1)}`,
      )
      .join(', ')}`,
);
benchRows.push(
  {
    group: 'bundle',
    what: `whole app: every JS file, workers and pdf.js included (gzip, ${files(part('whole').files.length)})`,
    value: part('whole').kib,
    unit: 'KiB',
    max: 450,
  },
  {
    group: 'bundle',
    what: `dashboard: every view, the charts, CSV/PNG/print (gzip, ${files(part('dashboard').files.length)})`,
    value: part('dashboard').kib,
    unit: 'KiB',
  },
  ...ON_DEMAND_TOOLS.map((t) => ({
    group: 'bundle',
    what: `on demand, ${t.label} (gzip, ${files(part(t.name).files.length)})`,
    value: part(t.name).kib,
    unit: 'KiB',
  })),
  ...parts
    .filter((p) => p.name === 'unreached')
    .map((p) => ({
      group: 'bundle',
      what: `${p.label} (gzip, ${files(p.files.length)})`,
      value: p.kib,
      unit: 'KiB',
    })),
  {
    group: 'bundle',
    what: 'ECharts chunk(s) (gzip, after the figures)',
    value: sum(assets.filter((f) => /^echart-impl/.test(f))),
    unit: 'KiB',
    max: 250,
  },
  {
    group: 'bundle',
    what: 'all CSS (raw)',
    value: readdirSync(join(dist, 'assets'))
      .filter((f) => f.endsWith('.css'))
      .reduce((a, f) => a + statSync(join(dist, 'assets', f)).size / 1024, 0),
    unit: 'KiB',
  },
);

// 4. The browser: the static-HTML limit page and the synthetic datasets join the build.
writeFileSync(join(dist, 'static-limit.html'), staticLimitPageFor(dist));
writeFileSync(
  join(dist, 'screen-without-js.html'),
  prerenderedScreenWithoutScripts(readFileSync(join(dist, 'index.html'), 'utf8')),
);
const catalogFile = join(dist, 'data', 'index.json');
const benchCatalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { datasets: unknown[] };
for (const year of [2023, 2024]) {
  const id = `synthetic-${year}`;
  writeFileSync(join(dist, 'data', `${id}.json`), JSON.stringify(syntheticDataset({ ...BENCH_SCALE, year })));
  benchCatalog.datasets.push({
    id,
    department: SYNTHETIC_DEPARTMENT.name,
    departmentCode: SYNTHETIC_DEPARTMENT.code,
    year,
    kind: '预算',
    file: `${id}.json`,
  });
}
writeFileSync(catalogFile, JSON.stringify(benchCatalog));

const server = await serveStatic(dist);
let chunkList: string[] = [];
let hydrationChunkList: string[] = [];
try {
  const step = (what: string) => console.error(`bench: ${what} (${new Date().toISOString().slice(11, 19)})`);
  step('JS before the first figure');
  const first = await firstFigureJs(server.url);
  benchRows.push(...first.rows);
  chunkList = first.chunks;
  hydrationChunkList = first.hydrationChunks;
  step('long tasks under 4× CPU');
  benchRows.push(...(await longTaskRows(server.url, 'static-limit.html', 'screen-without-js.html')));
  step('interactions on 339-2024');
  benchRows.push(...(await interactionRows(server.url, 'shipped 339-2024', '215', '满意度')));
  step('synthetic dataset: load');
  benchRows.push(...(await syntheticLoadRows(server.url, 'synthetic-2024')));
  step('interactions on the synthetic dataset');
  benchRows.push(
    ...(await interactionRows(server.url, 'synthetic', '211', '满意度', 'synthetic-2024', undefined, 200)),
  );
  step('Lighthouse');
  if (!process.env.BENCH_SKIP_LIGHTHOUSE)
    benchRows.push(...(await lighthouseRows(server.url, 'static-limit.html')));
} finally {
  await server.close();
}

// 5. The table, the results file and docs/performance.md.
const all: BenchRow[] = [
  ...rows.map((r) => ({
    group: 'data path (Node)',
    what: r.what,
    value: r.value,
    unit: r.unit,
    ...(r.budget !== undefined ? { max: r.budget } : {}),
  })),
  ...benchRows,
];
const missed = (r: BenchRow) =>
  !Number.isFinite(r.value) ||
  (r.max !== undefined && r.value > r.max) ||
  (r.min !== undefined && r.value < r.min);
const fmt = (v: number, unit: string) =>
  `${unit === '' && Number.isInteger(v) ? v : v.toFixed(unit === '' || unit === '×' ? 3 : 1)}${unit ? ` ${unit}` : ''}`;
const target = (r: BenchRow) =>
  r.max !== undefined ? `≤ ${fmt(r.max, r.unit)}` : r.min !== undefined ? `≥ ${fmt(r.min, r.unit)}` : '';
const lines = ['| group | what | value | target | |', '|---|---|---:|---:|---|'];
for (const r of all) {
  const judged = r.max !== undefined || r.min !== undefined;
  lines.push(
    `| ${r.group} | ${r.what} | ${fmt(r.value, r.unit)} | ${target(r)} | ${judged ? (missed(r) ? '✗' : '✓') : ''} |`,
  );
}
const over = all.filter(missed);
const browserVersion = await chromium
  .launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  .then(async (b) => {
    const v = b.version();
    await b.close();
    return v;
  });
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, Chromium ${browserVersion}`;
const when = new Date().toISOString();

/** `text` formatted the way the repository's Prettier config formats the file at `path`. */
async function formatWithPrettier(text: string, path: string): Promise<string> {
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}
console.log('\n预算透视 benchmark');
console.log(`machine: ${machine}\n`);
console.log(lines.join('\n'));
console.log(`\nJS before the first figure, per chunk (gzip): ${chunkList.join(', ')}`);
console.log(
  `JS before the prerendered overview is hydrated, per chunk (gzip): ${hydrationChunkList.join(', ')}`,
);
console.log(`\n${partsList.join('\n')}`);
console.log(over.length ? `\n${over.length} target(s) missed` : '\nall targets met');

mkdirSync(new URL('../bench/', import.meta.url), { recursive: true });
// Both files are written as the repository's Prettier keeps them, so `npm test`'s format
// check passes right after a bench run.
const results = new URL('../bench/results.json', import.meta.url);
writeFileSync(
  results,
  await formatWithPrettier(
    JSON.stringify(
      {
        when,
        machine,
        firstFigureChunks: chunkList,
        hydrationChunks: hydrationChunkList,
        bundleParts: partsList,
        rows: all.map((r) => ({ ...r, ok: !missed(r) })),
      },
      null,
      2,
    ),
    fileURLToPath(results),
  ),
);
const doc = new URL('../docs/performance.md', import.meta.url);
const docText = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';
const block = `${BEGIN}\nMeasured ${when} on ${machine}.\n\n${lines.join('\n')}\n\nJS before the overview's first figure, per chunk (gzip): ${chunkList.join(', ')}.\n\nJS before the prerendered overview is hydrated (interactive), per chunk (gzip): ${hydrationChunkList.join(', ')}.\n${END}`;
const nextDoc = docText.includes(BEGIN)
  ? docText.replace(new RegExp(`${BEGIN}[\\s\\S]*${END}`), block)
  : `${docText}\n${block}\n`;
writeFileSync(doc, await formatWithPrettier(nextDoc, fileURLToPath(doc)));
process.exit(over.length ? 1 : 0);
