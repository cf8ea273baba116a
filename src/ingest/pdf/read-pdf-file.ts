/**
 * CLI-side reader (Node only): loads a PDF file from disk with pdfjs-dist's legacy build and
 * returns its positioned pages. The browser reads bytes from a File and calls `readPdfItems`.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PositionedPage } from '../tables/layout';
import { readPdfItems, type PdfjsLike } from './pdf-items';

/**
 * @param path  path of a PDF file
 * @returns its pages' positioned text items
 * @throws Error (Chinese message) when the file cannot be read or is not a PDF
 */
export async function readPdfFile(path: string): Promise<PositionedPage[]> {
  const bytes = new Uint8Array(await readFile(path));
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return readPdfItems(bytes, pdfjs as unknown as PdfjsLike, {
    cMapUrl: join(root, 'cmaps') + '/',
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  });
}
