/**
 * Benchmark: speed and memory of the data path, and the JavaScript shipped before the
 * first figures. Prints a table and checks budgets; exits 1 when a budget is exceeded.
 *   npm run bench            (builds into dist-bench first)
 * Timings are medians over repeated runs on this machine; sizes are gzip bytes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildBudgetModel } from '../src/domain/budget-model';
import { runChecks } from '../src/domain/checks';
import { datasetSchema, type DatasetJson } from '../src/domain/schema';
import * as pdfjsLegacy from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseUpload } from '../src/features/import/parse-upload';
import { importDisclosure } from '../src/ingest/import-disclosure';
import type { PdfjsLike } from '../src/ingest/pdf/pdf-items';
import { readPdfFile } from '../src/ingest/pdf/read-pdf-file';
import { syntheticDataset } from './synthetic-dataset';

interface Row {
  what: string;
  value: number;
  unit: string;
  budget?: number;
}
const rows: Row[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
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
const big: DatasetJson = syntheticDataset({
  classes: 20,
  itemsPerClass: 10,
  subitemsPerItem: 10,
  projects: 300,
});
const bigText = JSON.stringify(big);
rows.push({
  what: `synthetic: ${big.tables.find((t) => t.standardId === 'budget-expenditure')!.rows.length} 功能科目 rows, ${big.projects.length} projects (JSON)`,
  value: bigText.length / 1024,
  unit: 'KiB',
});
time('synthetic: JSON.parse + zod validate', 10, () => datasetSchema.parse(JSON.parse(bigText)), 500);
const bigParsed = datasetSchema.parse(JSON.parse(bigText));
time('synthetic: budget model', 10, () => buildBudgetModel(bigParsed), 100);
const bigDs = buildBudgetModel(bigParsed);
time('synthetic: cross-table checks', 10, () => runChecks(bigDs), 200);
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

// 3. JavaScript before the first figures: the entry chunk and what it preloads, plus the overview chunk.
const dist = new URL('../dist-bench/', import.meta.url).pathname;
if (existsSync(join(dist, 'index.html'))) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length / 1024;
  rows.push({
    what: `initial JS (${initial.length} files, gzip)`,
    value: initial.reduce((a, f) => a + gz(f), 0),
    unit: 'KiB',
    budget: 120,
  });
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const overview = assets.filter((f) => f.startsWith('overview-page'));
  const charts = assets.filter((f) => /^echart-impl/.test(f));
  const dataLayer = assets.filter((f) => /^load-/.test(f));
  // Everything that must arrive before the overview's figures: the entry, the data layer and
  // the checks (loaded with the data), the overview chunk, and all their static imports.
  const staticImports = (f: string): string[] =>
    [
      ...readFileSync(join(dist, 'assets', f), 'utf8').matchAll(
        /(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g,
      ),
    ].map((m) => m[1]!);
  const closure = new Set<string>();
  const visit = (f: string) => {
    if (closure.has(f)) return;
    closure.add(f);
    staticImports(f).forEach(visit);
  };
  const checks = assets.filter((f) => /^checks-/.test(f));
  [...initial.map((f) => f.replace(/^assets\//, '')), ...dataLayer, ...checks, ...overview].forEach(visit);
  rows.push({
    what: 'data layer chunk: zod + schema (gzip)',
    value: dataLayer.reduce((a, f) => a + gz(`assets/${f}`), 0),
    unit: 'KiB',
    budget: 70,
  });
  rows.push({
    what: `JS before the first figures: ${closure.size} chunks incl. static imports (gzip)`,
    value: [...closure].reduce((a, f) => a + gz(`assets/${f}`), 0),
    unit: 'KiB',
    budget: 170,
  });
  rows.push({
    what: 'overview view chunk (gzip)',
    value: overview.reduce((a, f) => a + gz(`assets/${f}`), 0),
    unit: 'KiB',
    budget: 20,
  });
  rows.push({
    what: 'ECharts chunk(s) (gzip)',
    value: charts.reduce((a, f) => a + gz(`assets/${f}`), 0),
    unit: 'KiB',
    budget: 250,
  });
  rows.push({ what: 'all JS (gzip)', value: assets.reduce((a, f) => a + gz(`assets/${f}`), 0), unit: 'KiB' });
  const css = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css'));
  rows.push({
    what: 'all CSS (raw)',
    value: css.reduce((a, f) => a + statSync(join(dist, 'assets', f)).size, 0) / 1024,
    unit: 'KiB',
  });
} else {
  console.warn('dist-bench/ not found: run `npm run bench` (it builds first) for bundle sizes.');
}

let over = 0;
console.log('\n预算透视 benchmark');
console.log('| what | value | budget |');
console.log('|---|---:|---:|');
for (const r of rows) {
  const bad = r.budget !== undefined && r.value > r.budget;
  if (bad) over++;
  console.log(
    `| ${r.what} | ${r.value.toFixed(2)} ${r.unit} | ${r.budget !== undefined ? `≤ ${r.budget} ${r.unit}${bad ? ' ✗ OVER' : ' ✓'}` : ''} |`,
  );
}
console.log(over ? `\n${over} budget(s) exceeded` : '\nall budgets met');
process.exit(over ? 1 : 0);
