/**
 * Page layout of a PDF's text layer, pure (no PDF library): positioned text items become
 * lines (items sharing a baseline within a tolerance, sorted by x) and cells (items split
 * where the horizontal gap exceeds a threshold derived from the font size). Used on the
 * items pdfjs-dist's `getTextContent()` returns, and unit-tested on items cut from the real
 * documents.
 */

/** One text item as the PDF placed it: PDF user-space points, y up, baseline at `y`. */
export interface PositionedItem {
  readonly str: string;
  /** Left edge (transform[4]). */
  readonly x: number;
  /** Baseline (transform[5]). */
  readonly y: number;
  /** Advance width of the run. */
  readonly w: number;
  /** Font height (≈ font size). */
  readonly h: number;
}

/**
 * A ruling line the page draws (a table cell border), PDF points, y up: horizontal when
 * y0 = y1, vertical when x0 = x1; x0 ≤ x1 and y0 ≤ y1.
 */
export interface PageRule {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The items of one page (1-based page number) and, when read, its ruling lines. */
export interface PositionedPage {
  readonly page: number;
  readonly items: readonly PositionedItem[];
  readonly rules?: readonly PageRule[];
}

/** A cell of a line: its text and, for PDF input, its horizontal extent. */
export interface LayoutCell {
  readonly text: string;
  readonly x0?: number;
  readonly x1?: number;
}

/** One line of a page: 1-based line number on that page, cells left to right. */
export interface LayoutLine {
  readonly page: number;
  readonly line: number;
  readonly cells: readonly LayoutCell[];
  /** Baseline, PDF input only. */
  readonly y?: number;
  /** Font size of the line's items (largest), PDF input only. */
  readonly fontSize?: number;
  /**
   * Text input only: 'columns' when cells keep their column index (tab-separated text, table
   * grids; an empty cell is ""), 'spaces' when cells are whitespace-separated tokens (empty
   * cells were dropped by the text layer).
   */
  readonly split?: 'columns' | 'spaces';
}

/** A page of lines, top to bottom, with the page's ruling lines when the PDF drew any. */
export interface LayoutPage {
  readonly page: number;
  readonly lines: readonly LayoutLine[];
  readonly rules?: readonly PageRule[];
}

/** Baselines closer than this fraction of the font size are one line. */
const BASELINE_TOLERANCE = 0.35;
/** A gap wider than this fraction of the font size starts a new cell. */
const CELL_GAP = 0.75;

/** The text of a line, cells joined by one space. */
export function lineText(line: LayoutLine): string {
  return line.cells.map((c) => c.text).join(' ');
}

/**
 * Lays out one page: whitespace-only items are dropped (they only carry gaps), the rest are
 * grouped into lines by baseline (within 0.35 × font size of the line's first baseline) from
 * the top of the page down, each line sorted by x and cut into cells at gaps wider than
 * 0.75 × font size. Text is NFKC-normalised: PDFs often print Kangxi radicals ("⽀") for the
 * common ideographs, and full-width digits.
 *
 * @param page  the page's items, in any order
 * @returns the page's lines, top to bottom, numbered from 1
 */
export function layoutPage(page: PositionedPage): LayoutPage {
  const items = page.items
    .filter((it) => it.str.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y))
    .slice()
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PositionedItem[] }[] = [];
  for (const it of items) {
    const size = it.h > 0 ? it.h : 10;
    const last = groups[groups.length - 1];
    if (last && Math.abs(last.y - it.y) <= BASELINE_TOLERANCE * Math.max(size, last.size)) {
      last.items.push(it);
      last.size = Math.max(last.size, size);
    } else {
      groups.push({ y: it.y, size, items: [it] });
    }
  }
  const lines = groups.map((g, i): LayoutLine => {
    const sorted = g.items.slice().sort((a, b) => a.x - b.x);
    const cells: { text: string; x0: number; x1: number }[] = [];
    for (const it of sorted) {
      const cur = cells[cells.length - 1];
      const gap = cur ? it.x - cur.x1 : Infinity;
      if (cur && gap <= CELL_GAP * Math.max(it.h, 1)) {
        cur.text += (gap > 0.2 * it.h ? ' ' : '') + it.str.trim().normalize('NFKC');
        cur.x1 = Math.max(cur.x1, it.x + it.w);
      } else {
        cells.push({ text: it.str.trim().normalize('NFKC'), x0: it.x, x1: it.x + it.w });
      }
    }
    return { page: page.page, line: i + 1, cells, y: g.y, fontSize: g.size };
  });
  return { page: page.page, lines, ...(page.rules?.length ? { rules: page.rules } : {}) };
}
