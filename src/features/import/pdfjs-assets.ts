/**
 * pdf.js, shipped once for both of its users (issue 12: the whole app's JavaScript): its
 * minified API module (`pdf.min.mjs`) and its worker module (`pdf.worker.min.mjs`) are
 * emitted verbatim as two assets, and both the import worker (import-worker.ts: reading a
 * file) and the page (render-page.ts: 对照原页) load them with `import()` from those URLs.
 * A bundled `import('pdfjs-dist')` would instead put a copy of pdf.js into the import
 * worker's bundle and another into the page's chunks (Vite builds a worker on its own).
 * Same-origin module scripts from assets/, so the CSP's `script-src 'self'` allows them.
 */
import type * as PdfjsModule from 'pdfjs-dist';
import pdfjsUrl from 'pdfjs-dist/build/pdf.min.mjs?url';
import pdfjsWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** pdf.js's API module (what `import('pdfjs-dist')` gives). */
export type Pdfjs = typeof PdfjsModule;

/** The worker module's one export pdf.js needs to run it on the calling thread. */
export interface PdfjsWorkerModule {
  WorkerMessageHandler: unknown;
}

/** URL of the worker module, for `GlobalWorkerOptions.workerSrc` (a real pdf.js worker). */
export { pdfjsWorkerUrl };

/** Loads pdf.js's API module (once per thread: the browser caches the module). */
export function importPdfjs(): Promise<Pdfjs> {
  return import(/* @vite-ignore */ pdfjsUrl) as Promise<Pdfjs>;
}

/** Loads pdf.js's worker module (for running pdf.js's parsing on the calling thread). */
export function importPdfjsWorker(): Promise<PdfjsWorkerModule> {
  return import(/* @vite-ignore */ pdfjsWorkerUrl) as Promise<PdfjsWorkerModule>;
}
