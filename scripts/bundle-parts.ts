/**
 * The built app's JavaScript split into what a reader loads for the dashboard and the two
 * tools loaded only on demand (issue 12: "JavaScript only when needed"), for the bundle rows
 * of `npm run bench`. Sizes are KiB of the files as emitted, gzip (zlib's default level).
 *
 * Every `.js` and `.mjs` file of the build's assets/ counts, also those Vite's manifest does
 * not list (the import worker's own bundle) and the verbatim pdf.js modules:
 * - a tool is everything reachable from its root module (static and dynamic imports, the
 *   JS assets it references by URL, such as the worker and pdf.js) without entering another
 *   tool's root, that the dashboard does not reach without passing through a tool root;
 * - the dashboard is everything reachable from index.html without entering a tool root
 *   (every view, ECharts, the CSV and PNG export, the print footer);
 * - a file no one reaches (none today) is listed as "unreached", still in the whole app.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlEntries, type Manifest } from './manifest';

/** The on-demand tools: a label and the source modules whose import loads the tool. */
export const ON_DEMAND_TOOLS: readonly { name: string; label: string; roots: readonly string[] }[] = [
  {
    name: 'pdf-import',
    label: '导入 (PDF/text import: page, worker, pdf.js and its worker)',
    roots: ['src/features/import/import-page.tsx'],
  },
  { name: 'xlsx', label: '导出 Excel (the XLSX writer, ExcelJS)', roots: ['src/export/xlsx.ts'] },
];

/** One part of the bundle: its files (relative to the build folder) and their gzip size. */
export interface BundlePart {
  name: string;
  label: string;
  files: string[];
  kib: number;
}

/**
 * Splits a build's JavaScript into the dashboard, the on-demand tools and what is unreached.
 *
 * @param manifest Vite's `.vite/manifest.json` of the build
 * @param files    every JS file of the build, relative to the build folder (`assets/x.js`)
 * @param code     a file's content (used to find files the manifest omits: who names them)
 * @param kib      a file's size, KiB gzip
 * @param tools    the tools and their root modules (default ON_DEMAND_TOOLS)
 * @returns the whole app first, then the dashboard, each tool, and "unreached" when not empty;
 *   the parts after the first are disjoint and together are the whole app
 * @throws Error when the manifest has no index.html entry or lacks a tool's root module
 */
export function bundleParts(
  manifest: Manifest,
  files: readonly string[],
  code: (file: string) => string,
  kib: (file: string) => number,
  tools = ON_DEMAND_TOOLS,
): BundlePart[] {
  const entries = htmlEntries(manifest);
  for (const t of tools)
    for (const r of t.roots) if (!manifest[r]) throw new Error(`manifest: no chunk for ${r} (renamed?)`);
  const isJs = (f: string) => /\.m?js$/.test(f);
  const fileOfKey = new Map(Object.entries(manifest).map(([k, c]) => [k, c.file]));
  const keyOfFile = new Map(Object.entries(manifest).map(([k, c]) => [c.file, k]));
  const unlisted = files.filter((f) => !keyOfFile.has(f));
  const base = (f: string) => f.slice(f.lastIndexOf('/') + 1);
  /** Files a file loads: its manifest imports and JS assets, and unlisted files its code names. */
  const edges = (file: string): string[] => {
    const chunk = keyOfFile.has(file) ? manifest[keyOfFile.get(file)!] : undefined;
    const viaManifest = [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])].map((k) =>
      fileOfKey.get(k)!,
    );
    const text = code(file);
    const named = unlisted.filter((u) => u !== file && text.includes(base(u)));
    return [...viaManifest, ...(chunk?.assets ?? []), ...named].filter((f) => f && isJs(f));
  };
  const reach = (starts: string[], stop: Set<string>): Set<string> => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f) || stop.has(f)) return;
      seen.add(f);
      edges(f).forEach(visit);
    };
    starts.forEach(visit);
    return seen;
  };
  const rootFiles = new Set(tools.flatMap((t) => t.roots.map((r) => manifest[r]!.file)));
  const dashboard = reach(
    entries.map((k) => manifest[k]!.file),
    rootFiles,
  );
  const part = (name: string, label: string, fs: Iterable<string>): BundlePart => {
    const list = [...fs].filter((f) => files.includes(f)).sort((a, b) => kib(b) - kib(a));
    return { name, label, files: list, kib: list.reduce((a, f) => a + kib(f), 0) };
  };
  const taken = new Set(dashboard);
  const toolParts = tools.map((t) => {
    const mine = t.roots.map((r) => manifest[r]!.file);
    const others = new Set([...rootFiles].filter((f) => !mine.includes(f)));
    const own = [...reach(mine, others)].filter((f) => !taken.has(f));
    own.forEach((f) => taken.add(f));
    return part(t.name, t.label, own);
  });
  const unreached = files.filter((f) => !taken.has(f));
  return [
    part('whole', 'whole app', files),
    part('dashboard', 'dashboard', dashboard),
    ...toolParts,
    ...(unreached.length ? [part('unreached', 'not loaded by any page', unreached)] : []),
  ];
}

/**
 * bundleParts for a build folder on disk.
 * @param dir the build folder (with assets/ and .vite/manifest.json)
 * @throws Error when the manifest is missing or unreadable
 */
export function bundlePartsOf(dir: string): BundlePart[] {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const files = readdirSync(join(dir, 'assets'))
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => `assets/${f}`);
  const sizes = new Map<string, number>();
  const kib = (f: string) => {
    if (!sizes.has(f)) sizes.set(f, gzipSync(readFileSync(join(dir, f))).length / 1024);
    return sizes.get(f)!;
  };
  return bundleParts(manifest, files, (f) => readFileSync(join(dir, f), 'utf8'), kib);
}
