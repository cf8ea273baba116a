import { describe, expect, it } from 'vitest';
import type { Manifest } from './manifest';
import { bundleParts } from './bundle-parts';

/** A build like the real one: the import page links back to the entry, the worker is unlisted. */
const manifest: Manifest & Record<string, { assets?: string[] }> = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: [
      'src/features/function/function-page.tsx',
      'src/features/import/import-page.tsx',
      'src/export/export-menu.tsx',
    ],
  },
  '_react.js': { file: 'assets/react.js' },
  '_amount.js': { file: 'assets/amount.js' },
  'src/features/function/function-page.tsx': { file: 'assets/function.js', imports: ['_amount.js'] },
  'src/export/export-menu.tsx': { file: 'assets/export-menu.js', dynamicImports: ['src/export/xlsx.ts'] },
  'src/export/xlsx.ts': { file: 'assets/xlsx.js', imports: ['src/export/export-menu.tsx'] },
  'src/features/import/import-page.tsx': {
    file: 'assets/import-page.js',
    imports: ['index.html', '_amount.js', '_report.js'],
    assets: ['assets/pdf.min.mjs', 'assets/pdf.worker.min.mjs', 'assets/import-page.css'],
  },
  '_report.js': { file: 'assets/report.js', dynamicImports: ['src/export/xlsx.ts'] },
  'node_modules/pdfjs-dist/build/pdf.min.mjs': { file: 'assets/pdf.min.mjs' },
  'node_modules/pdfjs-dist/build/pdf.worker.min.mjs': { file: 'assets/pdf.worker.min.mjs' },
};
const files = [
  ...new Set(Object.values(manifest).map((c) => c.file)),
  'assets/import-worker.js',
  'assets/orphan.js',
];
const code: Record<string, string> = {
  'assets/import-page.js': 'new Worker(new URL(`import-worker.js`, import.meta.url))',
  'assets/import-worker.js': 'new URL(`pdf.min.mjs`, self.location.href)',
};
const sizes: Record<string, number> = { 'assets/pdf.worker.min.mjs': 368, 'assets/pdf.min.mjs': 122 };
const kib = (f: string) => sizes[f] ?? 1;
const parts = bundleParts(manifest, files, (f) => code[f] ?? '', kib);
const byName = Object.fromEntries(parts.map((p) => [p.name, p]));

describe('bundle parts: the dashboard and the on-demand tools', () => {
  it('the whole app is every JS file, also the unlisted worker (sizes summed)', () => {
    expect(byName.whole!.files).toHaveLength(12);
    expect(byName.whole!.kib).toBe(368 + 122 + 10);
  });

  it('the dashboard: what index.html reaches without entering a tool, shared chunks included', () => {
    expect(byName.dashboard!.files.sort()).toEqual([
      'assets/amount.js',
      'assets/export-menu.js',
      'assets/function.js',
      'assets/index.js',
      'assets/react.js',
    ]);
  });

  it('导入: its page, the chunks only it uses, the worker it names and pdf.js, largest first', () => {
    expect(byName['pdf-import']!.files).toEqual([
      'assets/pdf.worker.min.mjs',
      'assets/pdf.min.mjs',
      'assets/import-page.js',
      'assets/report.js',
      'assets/import-worker.js',
    ]);
    expect(byName['pdf-import']!.kib).toBe(368 + 122 + 3);
  });

  it('the XLSX writer is its own part even when the import page also loads it', () => {
    expect(byName.xlsx!.files).toEqual(['assets/xlsx.js']);
  });

  it('a file no page loads is listed on its own, and the parts add up to the whole app', () => {
    expect(byName.unreached!.files).toEqual(['assets/orphan.js']);
    const listed = parts.slice(1).flatMap((p) => p.files);
    expect(listed.sort()).toEqual([...files].sort());
  });

  it('names a tool root the manifest lacks (renamed: the list must follow)', () => {
    const { 'src/export/xlsx.ts': _, ...without } = manifest;
    expect(() => bundleParts(without, files, () => '', kib)).toThrow(
      'manifest: no chunk for src/export/xlsx.ts',
    );
  });
});
