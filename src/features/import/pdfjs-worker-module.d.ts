/** pdf.js's worker module ships no types: the import worker only hands it to pdf.js. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
