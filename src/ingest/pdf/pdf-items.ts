/**
 * Thin loader over pdfjs-dist: the text items of every page of a PDF, with their positions,
 * as `PositionedPage`s for `layoutPage`. No Node API: the caller passes the PDF's bytes and
 * the pdfjs module (Node: `pdfjs-dist/legacy/build/pdf.mjs`; a browser worker: `pdfjs-dist`),
 * so the same code runs in the CLI and in a Web Worker.
 */
import type { PositionedPage } from '../tables/layout';

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
        cleanup(): void;
      }>;
      destroy(): Promise<void>;
    }>;
  };
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
 * @returns one entry per page, 1-based, items with x = transform[4], y = transform[5],
 *          w = width, h = height (PDF points)
 * @throws Error (Chinese message) when the bytes are not a readable PDF
 */
export async function readPdfItems(
  data: Uint8Array,
  pdfjs: PdfjsLike,
  assets: { cMapUrl?: string; standardFontDataUrl?: string } = {},
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
    throw new Error(`无法读取 PDF 文件：${e instanceof Error ? e.message : String(e)}`);
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
      pages.push({ page: n, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
