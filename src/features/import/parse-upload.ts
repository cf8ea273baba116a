/**
 * One uploaded file → the importer's dataset and report, or a specific problem. Pure
 * TypeScript around the importer (src/ingest/import-disclosure.ts), with pdfjs passed in, so
 * the browser's import worker and `npm run bench` run the same code.
 *
 * Steps: the file's SHA-256 (crypto.subtle); PDF (by its "%PDF-" signature) read page by page
 * with `readPdfItems`, reporting progress and the tables found so far; or text decoded as
 * UTF-8, else GB18030 (a superset of GBK); then `importDisclosure`.
 */
import { findTables } from '../../ingest/tables/find-tables';
import { layoutPage, type LayoutPage, type PositionedPage } from '../../ingest/tables/layout';
import { importDisclosure, type ImportReport } from '../../ingest/import-disclosure';
import { readPdfItems, type PdfjsLike } from '../../ingest/pdf/pdf-items';
import { STRUCTURE_RULE_TEXT, validateDatasetStructure } from '../../domain/dataset-structure';
import { datasetSchema, type DatasetJson } from '../../domain/schema';
import { decodeText, isPdf, pdfProblem, type UploadProblem } from '../../ingest/read-input';

import { MAX_MEGABYTES, MAX_PAGES } from './limits';

export { MAX_MEGABYTES, MAX_PAGES };
export { decodeText, isPdf, type UploadProblem };
/** Fewer visible characters than this on every page together: no text layer (a scan). */
const MIN_TEXT_CHARS = 20;

/** Progress of one import. */
export type UploadProgress =
  | { phase: 'hash' }
  | { phase: 'pages'; read: number; total: number; tables: number }
  | { phase: 'text' }
  | { phase: 'recognise'; tables: number };

/** The box of one line of a PDF page, PDF points (y up, baseline `y`), for highlighting a row. */
export interface LineBox {
  line: number;
  x0: number;
  x1: number;
  y: number;
  h: number;
}

/** What the import of a readable file gives (a dataset unless `report.errors` says why not). */
export interface UploadResult {
  file: string;
  sha256: string;
  format: 'pdf' | 'text';
  /** How the text was decoded (text input only). */
  encoding?: 'utf-8' | 'gb18030';
  dataset?: DatasetJson;
  report: ImportReport;
  /**
   * The dataset's blocking structure errors (dataset-structure.ts: no 合计 row, two 合计 rows,
   * a code twice, a child without its parent), one line each: such a dataset is not shown.
   */
  structureErrors: string[];
  /** True when the importer met placeholders ("XX") instead of figures: a blank template. */
  blankTemplate: boolean;
  /** PDF input: every page's line boxes (page → lines), to find a row on the page image. */
  lineBoxes: Record<number, LineBox[]>;
  /** Reading and recognising time, ms. */
  elapsedMs: number;
}

/** The outcome: a result, or the one problem that stopped the import. */
export type UploadOutcome = { ok: true; result: UploadResult } | { ok: false; problem: UploadProblem };

/** Lower-case hex SHA-256 of the bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The blocking structure errors of an imported dataset, one readable line each. */
function structureErrors(dataset: DatasetJson | undefined): string[] {
  if (!dataset) return [];
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) return [];
  return validateDatasetStructure(parsed.data)
    .filter((i) => i.severity === 'error')
    .map((i) => `${i.tableTitle}：${i.detail}（规则：${STRUCTURE_RULE_TEXT[i.rule]}）`);
}

/** Thrown by the page callback to stop reading a PDF with too many pages. */
class TooManyPages extends Error {
  constructor(readonly pages: number) {
    super(`${pages} pages`);
  }
}

/**
 * Imports one uploaded file.
 *
 * @param bytes      the file's content (not modified: pdfjs gets a copy)
 * @param file       its name, recorded in the dataset's meta.source.file
 * @param pdfjs      pdfjs-dist (the browser's module build; Node: the legacy build), or a loader
 *                   of it called only for a PDF (the import worker loads pdf.js on demand)
 * @param onProgress called as the import goes (hash, each page with tables found so far, text)
 * @returns the importer's result (dataset and report) or the problem that stopped it; never throws
 */
export async function parseUpload(
  bytes: Uint8Array,
  file: string,
  pdfjs: PdfjsLike | (() => Promise<PdfjsLike>),
  onProgress: (p: UploadProgress) => void = () => {},
): Promise<UploadOutcome> {
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (bytes.length > MAX_MEGABYTES * 1024 * 1024)
    return { ok: false, problem: { kind: 'too-large', bytes: bytes.length } };
  onProgress({ phase: 'hash' });
  const sha256 = await sha256Hex(bytes);
  const t0 = performance.now();
  try {
    if (isPdf(bytes)) {
      const lib = typeof pdfjs === 'function' ? await pdfjs() : pdfjs;
      const layout: LayoutPage[] = [];
      let pages: PositionedPage[];
      try {
        pages = await readPdfItems(bytes.slice(), lib, {}, (page, total) => {
          if (total > MAX_PAGES) throw new TooManyPages(total);
          layout.push(layoutPage(page));
          // Tables so far: the finder on the pages read (a table's title is on its first page).
          onProgress({ phase: 'pages', read: page.page, total, tables: findTables(layout).length });
        });
      } catch (e) {
        if (e instanceof TooManyPages)
          return { ok: false, problem: { kind: 'too-many-pages', pages: e.pages } };
        return { ok: false, problem: pdfProblem(e) };
      }
      const chars = pages.reduce((n, p) => n + p.items.reduce((m, it) => m + it.str.trim().length, 0), 0);
      if (chars < MIN_TEXT_CHARS) return { ok: false, problem: { kind: 'scan', pages: pages.length } };
      onProgress({ phase: 'recognise', tables: findTables(layout).length });
      const { dataset, report } = importDisclosure({ source: pages, file, sha256 });
      const lineBoxes: Record<number, LineBox[]> = {};
      for (const p of layout)
        lineBoxes[p.page] = p.lines.flatMap((l) =>
          l.y === undefined || l.cells.length === 0
            ? []
            : [
                {
                  line: l.line,
                  x0: Math.min(...l.cells.map((c) => c.x0 ?? Infinity)),
                  x1: Math.max(...l.cells.map((c) => c.x1 ?? -Infinity)),
                  y: l.y,
                  h: l.fontSize ?? 10,
                },
              ],
        );
      return {
        ok: true,
        result: {
          file,
          sha256,
          format: 'pdf',
          ...(dataset ? { dataset } : {}),
          report,
          structureErrors: structureErrors(dataset),
          blankTemplate: report.warnings.some((w) => w.code === 'placeholder'),
          lineBoxes,
          elapsedMs: performance.now() - t0,
        },
      };
    }
    onProgress({ phase: 'text' });
    const decoded = decodeText(bytes);
    if ('problem' in decoded) return { ok: false, problem: decoded.problem };
    onProgress({ phase: 'recognise', tables: 0 });
    const { dataset, report } = importDisclosure({ source: decoded.text, file, sha256 });
    return {
      ok: true,
      result: {
        file,
        sha256,
        format: 'text',
        encoding: decoded.encoding,
        ...(dataset ? { dataset } : {}),
        report,
        structureErrors: structureErrors(dataset),
        blankTemplate: report.warnings.some((w) => w.code === 'placeholder'),
        lineBoxes: {},
        elapsedMs: performance.now() - t0,
      },
    };
  } catch (e) {
    return { ok: false, problem: { kind: 'unexpected', detail: e instanceof Error ? e.message : String(e) } };
  }
}
