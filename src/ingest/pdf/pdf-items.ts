/**
 * Thin loader over pdfjs-dist: the text items of every page of a PDF, with their positions,
 * and the ruling lines (table cell borders) drawn on it, as `PositionedPage`s for `layoutPage`. No Node API: the caller passes the PDF's bytes and
 * the pdfjs module (Node: `pdfjs-dist/legacy/build/pdf.mjs`; a browser worker: `pdfjs-dist`),
 * so the same code runs in the CLI and in a Web Worker.
 */
import type { PageRule, PositionedPage } from '../tables/layout';

/** The part of pdfjs-dist's API this loader uses (getDocument → getPage → getTextContent). */
export interface PdfjsLike {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    verbosity?: number;
    cMapUrl?: string;
    cMapPacked?: boolean;
    standardFontDataUrl?: string;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getTextContent(): Promise<{ items: readonly object[] }>;
        getOperatorList?(): Promise<{ fnArray: ArrayLike<number>; argsArray: readonly unknown[] }>;
        cleanup(): void;
      }>;
      destroy(): Promise<void>;
    }>;
  };
  /** Operator ids (pdfjs-dist's `OPS`); without them no ruling lines are read. */
  OPS?: Readonly<Record<string, number>>;
}

/** A text item as pdfjs returns it (marked content items have no `str`). */
interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

const isTextItem = (it: object): it is PdfjsTextItem =>
  'str' in it && 'transform' in it && Array.isArray((it as PdfjsTextItem).transform);

/**
 * Reads the positioned text items of every page.
 *
 * @param data   the PDF file's bytes (pdfjs may detach the buffer: pass a copy if you need it)
 * @param pdfjs  the pdfjs-dist module
 * @param assets where pdfjs finds its character maps and standard fonts (pdfjs-dist's
 *               `cmaps/` and `standard_fonts/` folders, ending in "/"); without them, text in
 *               CID fonts may not be decoded
 * @param onPage called after each page is read, with the page and the page count (a worker
 *               reports progress with it); an exception it throws stops the reading
 * @returns one entry per page, 1-based, items with x = transform[4], y = transform[5],
 *          w = width, h = height (PDF points)
 * @throws Error (Chinese message) when the bytes are not a readable PDF; its `cause` is
 *         pdfjs's own error (`name` "PasswordException" for an encrypted file,
 *         "InvalidPDFException" for a broken one)
 */
export async function readPdfItems(
  data: Uint8Array,
  pdfjs: PdfjsLike,
  assets: { cMapUrl?: string; standardFontDataUrl?: string } = {},
  onPage?: (page: PositionedPage, pageCount: number) => void,
): Promise<PositionedPage[]> {
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
      ...(assets.cMapUrl ? { cMapUrl: assets.cMapUrl, cMapPacked: true } : {}),
      ...(assets.standardFontDataUrl ? { standardFontDataUrl: assets.standardFontDataUrl } : {}),
    }).promise;
  } catch (e) {
    throw new Error(`无法读取 PDF 文件：${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  try {
    const pages: PositionedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter(isTextItem).map((it) => ({
        str: it.str,
        x: it.transform[4] ?? 0,
        y: it.transform[5] ?? 0,
        w: it.width,
        h: it.height || Math.abs(it.transform[3] ?? 0),
      }));
      const ops = pdfjs.OPS && page.getOperatorList ? await page.getOperatorList() : null;
      const rules = ops && pdfjs.OPS ? rulesOf(ops, pdfjs.OPS) : [];
      const read: PositionedPage = { page: n, items, ...(rules.length ? { rules } : {}) };
      pages.push(read);
      page.cleanup();
      onPage?.(read, doc.numPages);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m1 applied after m2 (PDF `cm`: the new matrix is m × CTM). */
const multiply = (m: Matrix, ctm: Matrix): Matrix => [
  m[0] * ctm[0] + m[1] * ctm[2],
  m[0] * ctm[1] + m[1] * ctm[3],
  m[2] * ctm[0] + m[3] * ctm[2],
  m[2] * ctm[1] + m[3] * ctm[3],
  m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
  m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
/** Thicker than this (points), a filled rectangle is a shaded cell, not a ruling line. */
const MAX_RULE_WIDTH = 2.5;
/** Shorter than this, a segment is a tick or a corner dot, not a border. */
const MIN_RULE_LENGTH = 3;

/**
 * The horizontal and vertical ruling lines a page draws, in page space (PDF points, y up):
 * stroked straight segments, and filled rectangles no thicker than 2.5 pt (how some
 * producers draw borders), each as the line along its middle. Clipping paths, curves and
 * slanted segments are left out. pdfjs ≥ 5 passes paths as `constructPath(op, [data],
 * minMax)` with `data` a flat list of DrawOPS (0 moveTo x y, 1 lineTo x y, 2 curveTo 6
 * numbers, 3 quadraticCurveTo 4 numbers, 4 closePath) in the current transform's space.
 */
export function rulesOf(
  ops: { fnArray: ArrayLike<number>; argsArray: readonly unknown[] },
  OPS: Readonly<Record<string, number>>,
): PageRule[] {
  const rules: PageRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const painted = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const stroked = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const push = (ax: number, ay: number, bx: number, by: number) => {
    const [x0, x1] = ax <= bx ? [ax, bx] : [bx, ax];
    const [y0, y1] = ay <= by ? [ay, by] : [by, ay];
    const horizontal = y1 - y0 < 0.5 && x1 - x0 >= MIN_RULE_LENGTH;
    const vertical = x1 - x0 < 0.5 && y1 - y0 >= MIN_RULE_LENGTH;
    if (horizontal) rules.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
    else if (vertical) rules.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = multiply(args[0] as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && args) {
      const op = args[0] as number;
      if (!painted.has(op)) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      for (const sub of subpaths(data)) {
        const pts = sub.points.map(([x, y]) => apply(ctm, x, y));
        if (stroked.has(op) || !sub.closedRect) {
          if (!stroked.has(op)) continue;
          for (let k = 1; k < pts.length; k++) push(...pts[k - 1]!, ...pts[k]!);
          if (sub.closed && pts.length > 2) push(...pts[pts.length - 1]!, ...pts[0]!);
          continue;
        }
        // a filled axis-aligned rectangle: a border when thin
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (y1 - y0 <= MAX_RULE_WIDTH && x1 - x0 >= MIN_RULE_LENGTH)
          push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        else if (x1 - x0 <= MAX_RULE_WIDTH && y1 - y0 >= MIN_RULE_LENGTH)
          push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
      }
    }
  }
  return rules;
}

/** Straight subpaths of a DrawOPS list; a subpath with a curve is dropped. */
function subpaths(
  data: ArrayLike<number>,
): { points: [number, number][]; closed: boolean; closedRect: boolean }[] {
  const out: { points: [number, number][]; closed: boolean; curved: boolean }[] = [];
  let cur: (typeof out)[number] | undefined;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === 0) {
      cur = { points: [[data[i]!, data[i + 1]!]], closed: false, curved: false };
      out.push(cur);
      i += 2;
    } else if (op === 1) {
      cur?.points.push([data[i]!, data[i + 1]!]);
      i += 2;
    } else if (op === 2) {
      if (cur) cur.curved = true;
      i += 6;
    } else if (op === 3) {
      if (cur) cur.curved = true;
      i += 4;
    } else if (op === 4) {
      if (cur) cur.closed = true;
    } else break;
  }
  return out
    .filter((s) => !s.curved)
    .map((s) => {
      const pts = s.points;
      const closedRect =
        (pts.length === 4 || (pts.length === 5 && pts[4]![0] === pts[0]![0] && pts[4]![1] === pts[0]![1])) &&
        pts.slice(0, 4).every((p, k) => {
          const q = pts[(k + 1) % 4]!;
          return p[0] === q[0] || p[1] === q[1];
        });
      return { points: pts, closed: s.closed, closedRect };
    });
}
