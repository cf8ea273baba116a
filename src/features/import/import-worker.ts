/**
 * The import worker: reads one file off the main thread, so the page never freezes. pdf.js
 * runs inside this worker on its "main-thread" path (its own worker module is loaded here as
 * `globalThis.pdfjsWorker`), so no second worker and no eval are needed under the CSP.
 *
 * Messages: in, `{ bytes: ArrayBuffer, file: string }` once; out, `{ type: 'progress', progress }`
 * any number of times, then one `{ type: 'done', outcome }`. Cancel = terminate the worker.
 * pdf.js's worker module also listens on this worker's port (it starts itself when loaded in a
 * worker) and posts its own "ready" message: the page ignores messages without our `type`,
 * and pdf.js ignores ours (they name no pdf.js target).
 */
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import type { PdfjsLike } from '../../ingest/pdf/pdf-items';
import { parseUpload } from './parse-upload';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const post = (reply: WorkerReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { bytes, file } = event.data;
  void parseUpload(new Uint8Array(bytes), file, pdfjs as unknown as PdfjsLike, (progress) =>
    post({ type: 'progress', progress }),
  ).then((outcome) => post({ type: 'done', outcome }));
});
