import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { PdfjsLike } from '../../ingest/pdf/pdf-items';
import { decodeText, isPdf, MAX_PAGES, parseUpload, type UploadProgress } from './parse-upload';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../e2e/fixtures/import/${name}`, import.meta.url)));
const source = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../data/sources/${name}`, import.meta.url)));
const lib = pdfjs as unknown as PdfjsLike;

// Reading a PDF with pdf.js takes seconds on a loaded 2-core machine.
describe('parseUpload', { timeout: 60_000 }, () => {
  it('reads 02 (财政局 决算) page by page, every standard table found, with line boxes and progress', async () => {
    const progress: UploadProgress[] = [];
    const outcome = await parseUpload(source('02-putuo-finance-bureau-2024-final.pdf'), '02.pdf', lib, (p) =>
      progress.push(p),
    );
    if (!outcome.ok) throw new Error(outcome.problem.kind);
    const { result } = outcome;
    expect(result.format).toBe('pdf');
    expect(result.report.pages).toBe(25);
    expect(result.report.department).toBe('上海市普陀区财政局');
    expect(result.dataset?.meta.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.report.tables.filter((t) => !t.found && !t.optional)).toEqual([]);
    const pages = progress.filter((p) => p.phase === 'pages');
    expect(pages).toHaveLength(25);
    expect(pages.at(-1)).toMatchObject({ read: 25, total: 25 });
    // tables found so far only grow
    const counts = pages.map((p) => (p.phase === 'pages' ? p.tables : 0));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBeGreaterThanOrEqual(9);
    // every row of the 收入支出决算总表 has a box on its page
    const table = result.dataset!.tables.find((t) => t.standardId === 'final-summary')!;
    const row = table.rows.find((r) => r.source?.line)!;
    expect(result.lineBoxes[row.source!.page]!.some((b) => b.line === row.source!.line)).toBe(true);
  });

  it('says a scan has no text layer', async () => {
    expect(await parseUpload(fixture('scan.pdf'), 'scan.pdf', lib)).toEqual({
      ok: false,
      problem: { kind: 'scan', pages: 1 },
    });
  });

  it('says an encrypted PDF is encrypted', async () => {
    expect(await parseUpload(fixture('encrypted.pdf'), 'encrypted.pdf', lib)).toEqual({
      ok: false,
      problem: { kind: 'encrypted' },
    });
  });

  it('says a truncated PDF is broken', async () => {
    const outcome = await parseUpload(fixture('broken.pdf'), 'broken.pdf', lib);
    expect(outcome.ok ? 'ok' : outcome.problem.kind).toBe('broken');
  });

  it(`refuses more than ${MAX_PAGES} pages after reading only the first`, async () => {
    const progress: UploadProgress[] = [];
    const outcome = await parseUpload(fixture('200-pages.pdf'), '200.pdf', lib, (p) => progress.push(p));
    expect(outcome).toEqual({ ok: false, problem: { kind: 'too-many-pages', pages: 200 } });
    expect(progress.filter((p) => p.phase === 'pages')).toHaveLength(0);
  });

  it('gives no dataset for a PDF that is no disclosure, with the reasons', async () => {
    const outcome = await parseUpload(fixture('not-a-disclosure.pdf'), 'x.pdf', lib);
    if (!outcome.ok) throw new Error(outcome.problem.kind);
    expect(outcome.result.dataset).toBeUndefined();
    expect(outcome.result.report.errors.length).toBeGreaterThan(0);
  });

  it('reads the 05 text in GBK exactly as in UTF-8', async () => {
    const gbk = await parseUpload(fixture('05-construction-gbk.txt'), '05.txt', lib);
    const utf8 = await parseUpload(source('05-putuo-construction-2026-budget.txt'), '05.txt', lib);
    if (!gbk.ok || !utf8.ok) throw new Error('not read');
    expect(gbk.result.encoding).toBe('gb18030');
    expect(utf8.result.encoding).toBe('utf-8');
    expect(gbk.result.dataset?.tables).toEqual(utf8.result.dataset?.tables);
    expect(gbk.result.report.department).toBe('上海市普陀区建设和管理委员会');
  });

  it('calls a pdf.js loader only for a PDF (the import worker loads pdf.js on demand)', async () => {
    let loads = 0;
    const loader = () => {
      loads += 1;
      return Promise.resolve(lib);
    };
    const text = await parseUpload(fixture('05-construction-gbk.txt'), '05.txt', loader);
    expect(text.ok && text.result.report.department).toBe('上海市普陀区建设和管理委员会');
    expect(loads).toBe(0);
    expect(await parseUpload(fixture('encrypted.pdf'), 'encrypted.pdf', loader)).toEqual({
      ok: false,
      problem: { kind: 'encrypted' },
    });
    expect(loads).toBe(1);
  });

  it('says so when pdf.js cannot be loaded (its module failed to arrive)', async () => {
    const outcome = await parseUpload(fixture('scan.pdf'), 'scan.pdf', () =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    );
    expect(outcome).toEqual({
      ok: false,
      problem: { kind: 'unexpected', detail: 'Failed to fetch dynamically imported module' },
    });
  });

  it('refuses empty and binary files', async () => {
    expect(await parseUpload(new Uint8Array(), 'e.txt', lib)).toEqual({
      ok: false,
      problem: { kind: 'empty' },
    });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual({
      problem: { kind: 'binary' },
    });
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
  });
});
