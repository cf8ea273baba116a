/**
 * Text extractions of a disclosure as pages of lines of cells, the same shape `layoutPage`
 * gives a PDF (without x positions):
 * - tab-separated text (the Hebei seed): one page, cells by tab, empty cells kept;
 * - page texts marked `===== PAGE n =====` (pdfplumber or a PDF text layer), cells by
 *   whitespace; where the page is followed by `--- table N ---` grids (cells joined by
 *   " | "), the grid rows replace the page-text lines of that table, empty cells kept.
 */
import type { LayoutLine, LayoutPage } from './layout';
import { squeezeLabel } from './cells';

const PAGE_MARK = /^=====\s*PAGE\s+(\d+)\s*=====\s*$/;
const GRID_MARK = /^---\s*table\s+\d+.*---\s*$/;

/** True when the text is a page-marked extraction (`===== PAGE n =====`). */
export const isPageMarkedText = (text: string): boolean => /^=====\s*PAGE\s+\d+\s*=====\s*$/m.test(text);

const squeezed = (s: string) => squeezeLabel(s).replace(/\s+/g, '');

/**
 * Splits a text extraction into pages of lines.
 *
 * @param text  the whole extraction (UTF-8 text; a leading BOM and "\r" are tolerated)
 * @returns pages in order; line numbers are 1-based per page for page-marked text and the
 *          file's own line numbers for unmarked text (which is one page)
 */
export function pagesFromText(text: string): LayoutPage[] {
  const raw = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (!isPageMarkedText(text)) {
    const lines: LayoutLine[] = [];
    raw.forEach((l, i) => {
      if (l.trim() === '') return;
      const split = l.includes('\t') ? 'columns' : 'spaces';
      const cells = (split === 'columns' ? l.split('\t') : l.trim().split(/\s+/)).map((c) => ({
        text: c.trim(),
      }));
      lines.push({ page: 1, line: i + 1, cells, split });
    });
    return [{ page: 1, lines }];
  }
  const pages: { page: number; text: string[]; grids: string[][][] }[] = [];
  let inGrid = false;
  for (const l of raw) {
    const m = PAGE_MARK.exec(l);
    if (m) {
      pages.push({ page: Number(m[1]), text: [], grids: [] });
      inGrid = false;
      continue;
    }
    const cur = pages[pages.length - 1];
    if (!cur) continue; // header comments before the first page
    if (GRID_MARK.test(l)) {
      cur.grids.push([]);
      inGrid = true;
      continue;
    }
    if (inGrid) {
      if (l.trim() === '') continue;
      cur.grids[cur.grids.length - 1]!.push(l.split(' | ').map((c) => c.trim()));
    } else if (l.trim() !== '') {
      cur.text.push(l);
    }
  }
  return pages.map((p) => ({ page: p.page, lines: mergeGrids(p.page, p.text, p.grids) }));
}

/** The page's lines with each grid's rows standing where its table's text lines stood. */
function mergeGrids(page: number, text: readonly string[], grids: readonly string[][][]): LayoutLine[] {
  const out: (LayoutLine | null)[] = text.map((l, i) => ({
    page,
    line: i + 1,
    cells: l
      .trim()
      .split(/\s+/)
      .map((c) => ({ text: c })),
    split: 'spaces' as const,
  }));
  const inserts = new Map<number, LayoutLine[]>();
  let from = 0;
  for (const grid of grids) {
    const first = grid[0]?.find((c) => c !== '');
    if (!first) continue;
    const start = text.findIndex((l, i) => i >= from && squeezed(l).startsWith(squeezed(first)));
    if (start < 0) continue;
    const last = grid[grid.length - 1]!.filter((c) => c !== '').join('');
    let end = text.findIndex((l, i) => i >= start && squeezed(l) === squeezed(last));
    if (end < 0) end = Math.min(text.length - 1, start + grid.length - 1);
    for (let i = start; i <= end; i++) out[i] = null;
    inserts.set(
      start,
      grid.map((row, k) => ({
        page,
        line: start + 1 + Math.min(k, end - start),
        cells: row.map((c) => ({ text: c })),
        split: 'columns' as const,
      })),
    );
    from = end + 1;
  }
  const lines: LayoutLine[] = [];
  out.forEach((l, i) => {
    const ins = inserts.get(i);
    if (ins) lines.push(...ins);
    if (l) lines.push(l);
  });
  return lines;
}
