/**
 * Slides that fit the screen (汇报模式): a view taller than its slide is split into pages
 * instead of scrolling. Works on any view's DOM, so views registered later are paged too:
 *
 * - the view's panels (`.panel`, not nested in another panel) are its blocks: the first
 *   page shows the view's header, its figures (cards, toolbars) and the first block; each
 *   further page shows the header and one more block (one chart or one table per page);
 * - a page a little too tall is shrunk to fit (CSS zoom, not below MIN_SLIDE_ZOOM);
 * - a block still too tall at that size shows its chart and its table on pages of their
 *   own, and a table still too tall is paged by rows: rows [start, end) per page, the table
 *   head and foot on each.
 * Hidden parts carry `data-slide-hidden` (display: none in present.css); nothing is cut.
 */

/** Smallest shrink factor on screen (projector type ≈ 25 px → 15 px at 1920×1080). */
export const MIN_SLIDE_ZOOM = 0.6;

/** One page of a slide: a block of the view, and for a long table which of its rows. */
export interface SlidePage {
  block: number;
  /** A block with a chart and a table too tall together: only its chart, or only its table. */
  only?: 'chart' | 'table';
  /** Rows of the block's longest table shown on this page, [start, end); null = all. */
  rows: { start: number; end: number } | null;
}

const HIDDEN = 'data-slide-hidden';
const PATH = 'data-slide-path';

/** The view's blocks: its outermost panels in document order (the view itself if none). */
export function blocksOf(view: HTMLElement): HTMLElement[] {
  const panels = Array.from(view.querySelectorAll<HTMLElement>('.panel')).filter(
    (p) => !p.parentElement?.closest('.panel'),
  );
  return panels.length > 0 ? panels : [view];
}

/** The longest table body of a block (the one that pages), or null. */
function longestBody(block: HTMLElement): HTMLTableSectionElement | null {
  let best: HTMLTableSectionElement | null = null;
  for (const body of Array.from(block.querySelectorAll('tbody'))) {
    if (!best || body.rows.length > best.rows.length) best = body;
  }
  return best && best.rows.length > 1 ? best : null;
}

function setHidden(el: Element, hidden: boolean): void {
  if (hidden) el.setAttribute(HIDDEN, '');
  else el.removeAttribute(HIDDEN);
}

/** Shows exactly page `page` of `view` (all rows when `page.rows` is null), zoom 1. */
function show(view: HTMLElement, blocks: HTMLElement[], page: SlidePage): void {
  for (const el of Array.from(view.querySelectorAll(`[${HIDDEN}]`))) el.removeAttribute(HIDDEN);
  for (const el of Array.from(view.querySelectorAll(`[${PATH}]`))) el.removeAttribute(PATH);
  view.style.zoom = '';
  const block = blocks[page.block];
  if (!block || block === view) {
    pageRows(view, page);
    return;
  }
  // Walk from the block up to the view: hide every sibling that holds other blocks, and
  // after the first page every sibling that is not the view's header (cards, toolbars).
  for (let node: HTMLElement = block; node !== view && node.parentElement; node = node.parentElement) {
    // Containers between the view and its block (grids of panels) stack: the block alone
    // takes the slide's full width.
    if (node.parentElement !== view) node.parentElement.setAttribute(PATH, '');
    for (const sibling of Array.from(node.parentElement.children)) {
      if (sibling === node) continue;
      const holdsBlocks = sibling.matches('.panel') || sibling.querySelector('.panel') !== null;
      const isHeader = sibling.matches('.view__header, header');
      setHidden(sibling, holdsBlocks || (page.block > 0 && !isHeader));
    }
  }
  if (page.only) splitBlock(block, page.only);
  pageRows(block, page);
}

/** The outermost ancestor of `el` inside `block` that does not also hold `other`. */
function branch(block: HTMLElement, el: Element, other: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== block && !node.parentElement.contains(other))
    node = node.parentElement;
  return node;
}

/** The block's chart and its longest table, when it has both. */
function chartAndTable(block: HTMLElement): { chart: Element; table: Element } | null {
  const chart = block.querySelector('.chart');
  const table = longestBody(block)?.closest('table');
  return chart && table && !chart.contains(table) && !table.contains(chart) ? { chart, table } : null;
}

/** Hides the table (only: 'chart') or the chart (only: 'table') of a block. */
function splitBlock(block: HTMLElement, only: 'chart' | 'table'): void {
  const both = chartAndTable(block);
  if (!both) return;
  if (only === 'chart') setHidden(branch(block, both.table, both.chart), true);
  else setHidden(branch(block, both.chart, both.table), true);
}

function pageRows(block: HTMLElement, page: SlidePage): void {
  const body = longestBody(block);
  if (!body || !page.rows) return;
  Array.from(body.rows).forEach((row, i) => setHidden(row, i < page.rows!.start || i >= page.rows!.end));
}

/** True when the container shows all of its content (its overflow is clipped, never scrolled). */
const fits = (box: HTMLElement) => box.scrollHeight <= box.clientHeight + 1;

/**
 * Zooms the shown page to fit its container (never above 1 or below MIN_SLIDE_ZOOM),
 * trying smaller steps while it overflows. Returns whether it fits.
 */
function fit(view: HTMLElement, box: HTMLElement): boolean {
  view.style.zoom = '';
  if (fits(box)) return true;
  let zoom = Math.floor((box.clientHeight / box.scrollHeight) * 1000) / 1000;
  for (; zoom >= MIN_SLIDE_ZOOM; zoom = Math.round((zoom - 0.02) * 1000) / 1000) {
    view.style.zoom = String(zoom);
    if (fits(box)) return true;
  }
  view.style.zoom = String(MIN_SLIDE_ZOOM);
  return false;
}

/** Last resort for a page that cannot be split further: smaller still, but nothing cut. */
function squeeze(view: HTMLElement, box: HTMLElement): void {
  if (fit(view, box)) return;
  for (let zoom = MIN_SLIDE_ZOOM - 0.02; zoom > 0.2; zoom = Math.round((zoom - 0.02) * 1000) / 1000) {
    view.style.zoom = String(zoom);
    if (fits(box)) return;
  }
}

/**
 * Splits `view` into pages that each fit `box`, its container (a fixed-height box with
 * clipped overflow: the slide, a printed page's body). Measures the live DOM and leaves the
 * view showing its first page. Deterministic for a given layout.
 */
export function paginate(view: HTMLElement, box: HTMLElement): SlidePage[] {
  const blocks = blocksOf(view);
  const pages: SlidePage[] = [];
  blocks.forEach((block, index) => {
    const whole: SlidePage = { block: index, rows: null };
    show(view, blocks, whole);
    if (fit(view, box)) {
      pages.push(whole);
      return;
    }
    const body = longestBody(block === view ? view : block);
    if (!body) {
      pages.push(whole); // nothing to page: shown at the smallest zoom
      return;
    }
    // A chart and its table twin too tall together: the chart on its own page first.
    let only: SlidePage['only'];
    if (block !== view && chartAndTable(block)) {
      pages.push({ block: index, only: 'chart', rows: null });
      only = 'table';
      show(view, blocks, { block: index, only, rows: null });
      if (fit(view, box)) {
        pages.push({ block: index, only, rows: null });
        return;
      }
    }
    const total = body.rows.length;
    let start = 0;
    while (start < total) {
      // The most rows from `start` that still fit (at least one): binary search.
      const fitsRows = (end: number) => {
        show(view, blocks, { block: index, ...(only ? { only } : {}), rows: { start, end } });
        return fit(view, box);
      };
      let low = start + 1;
      let high = total;
      if (!fitsRows(low)) high = low;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fitsRows(mid)) low = mid;
        else high = mid - 1;
      }
      const end = low;
      pages.push({ block: index, ...(only ? { only } : {}), rows: { start, end } });
      start = end;
    }
  });
  showPage(view, pages[0] ?? { block: 0, rows: null }, box);
  return pages;
}

/**
 * The index of the first of `pages` that shows `el` (an element inside `view`), or -1 when
 * none does. Leaves the view showing whatever page it tried last: call showPage() after.
 * Used to keep the presenter on the page of the field they are typing in when the slide
 * re-pages (a search that empties a table changes how many pages the slide has).
 */
export function pageShowing(view: HTMLElement, pages: SlidePage[], el: Element): number {
  const blocks = blocksOf(view);
  for (let i = 0; i < pages.length; i++) {
    show(view, blocks, pages[i]!);
    if (!el.closest(`[${HIDDEN}]`)) return i;
  }
  return -1;
}

/** Shows one page of the pages paginate() found, zoomed to fit its container `box`. */
export function showPage(view: HTMLElement, page: SlidePage, box: HTMLElement): void {
  show(view, blocksOf(view), page);
  squeeze(view, box);
}
