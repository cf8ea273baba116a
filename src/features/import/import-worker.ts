/**
 * The import worker: reads one file off the main thread, so the page never freezes. pdf.js
 * runs inside this worker on its "main-thread" path (its worker module is loaded here and
 * handed over as `globalThis.pdfjsWorker`), so no second worker and no eval are needed under
 * the CSP. Both pdf.js modules are loaded when a PDF comes, from the assets the page's
 * 对照原页 uses too (pdfjs-assets.ts): pdf.js ships once, and this worker's own bundle is
 * only the importer.
 *
 * Messages: in, `{ bytes: ArrayBuffer, file: string }` once; out, `{ type: 'progress', progress }`
 * any number of times, then one `{ type: 'done', outcome }`. Cancel = terminate the worker.
 * pdf.js's worker module also listens on this worker's port (it starts itself when loaded in a
 * worker) and posts its own "ready" message: the page ignores messages without our `type`,
 * and pdf.js ignores ours (they name no pdf.js target).
 */
import type { PdfjsLike } from '../../ingest/pdf/pdf-items';
import { parseUpload } from './parse-upload';
import { importPdfjs, importPdfjsWorker } from './pdfjs-assets';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const post = (reply: WorkerReply) => postMessage(reply);

/** pdf.js with its worker module installed for the main-thread path (loaded once). */
let pdfjsReady: Promise<PdfjsLike> | undefined;
const loadPdfjs = () =>
  (pdfjsReady ??= Promise.all([importPdfjs(), importPdfjsWorker()]).then(([pdfjs, worker]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs as unknown as PdfjsLike;
  }));

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { bytes, file } = event.data;
  // pdf.js is loaded only for a PDF (parseUpload calls loadPdfjs then); a text file needs none.
  void parseUpload(new Uint8Array(bytes), file, loadPdfjs, (progress) =>
    post({ type: 'progress', progress }),
  ).then((outcome) => post({ type: 'done', outcome }));
});
