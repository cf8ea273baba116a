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

const blankRow = (row: readonly string[]) => row.every((c) => c === '');

/**
 * Where a grid's table starts among the page's text lines (from `from` on), or -1.
 * First by the grid's first cell (the header as printed); when pdfplumber merged the header
 * differently from the text layer ("经济分类 科目编码" for the two lines "经济分类 经济分类" /
 * "科目编码 科目编码"), by the first grid row that equals a text line, then back over the
 * text lines made only of the characters of the grid's header rows.
 */
function gridStart(text: readonly string[], grid: readonly string[][], from: number): number {
  const first = grid[0]!.find((c) => c !== '')!;
  const direct = text.findIndex((l, i) => i >= from && squeezed(l).startsWith(squeezed(first)));
  const joined = grid.map((row) => squeezed(row.join('')));
  for (let k = 0; k < Math.min(grid.length, 8); k++) {
    if (joined[k] === '') continue;
    const at = text.findIndex((l, i) => i >= from && squeezed(l) === joined[k]);
    if (at < 0) continue;
    if (k === 0) return at;
    if (direct >= 0 && direct <= at && at - direct <= k * 3) return direct;
    const headerChars = new Set(joined.slice(0, k).join(''));
    let start = at;
    while (start - 1 >= from && [...squeezed(text[start - 1]!)].every((ch) => headerChars.has(ch))) start--;
    return start;
  }
  return direct;
}

/**
 * The last text line of a grid's table when its last row was wrapped differently in the
 * page text ("机关事业单位职业年金缴费支" / "208 05 06 出 80.38 80.38"): the grid and the
 * page text hold the same characters, so the table ends where the text lines from `start`
 * have used up as many (non-blank) characters as the grid has.
 */
function gridEnd(text: readonly string[], grid: readonly string[][], start: number): number {
  const chars = grid.reduce((n, row) => n + squeezed(row.join('')).length, 0);
  let used = 0;
  for (let i = start; i < text.length; i++) {
    used += squeezed(text[i]!).length;
    if (used >= chars) return i;
  }
  return text.length - 1;
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
  for (const rawGrid of grids) {
    // pdfplumber pads a continuation page's grid with an empty first (or last) row
    let a = 0;
    let b = rawGrid.length;
    while (a < b && blankRow(rawGrid[a]!)) a++;
    while (b > a && blankRow(rawGrid[b - 1]!)) b--;
    const grid = rawGrid.slice(a, b);
    if (grid.length === 0) continue;
    const start = gridStart(text, grid, from);
    if (start < 0) continue;
    const last = grid[grid.length - 1]!.filter((c) => c !== '').join('');
    let end = text.findIndex((l, i) => i >= start && squeezed(l) === squeezed(last));
    if (end < 0) end = gridEnd(text, grid, start);
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
