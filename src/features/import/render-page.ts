/**
 * Draws one page of a PDF on a canvas with pdf.js on the page (its parsing in pdf.js's own
 * worker; both modules are the app's assets shared with the import worker, pdfjs-assets.ts,
 * so the CSP's `script-src 'self'` allows them), and maps
 * a line box (PDF points) to the canvas's CSS pixels for the highlight.
 */
import type { LineBox } from './parse-upload';
import { importPdfjs, pdfjsWorkerUrl, type Pdfjs } from './pdfjs-assets';

let pdfjsPromise: Promise<Pdfjs> | undefined;

/** pdf.js (the same asset as the import worker's) with its worker configured (once). */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= importPdfjs().then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = pdfjsWorkerUrl;
    return pdfjs;
  });
  return pdfjsPromise;
}

/** An open PDF for drawing its pages. */
export interface OpenPdf {
  pageCount: number;
  /**
   * Draws page `n` to fit `cssWidth` CSS pixels (sharp on high-density screens).
   * @returns the page's size in CSS pixels and a mapper from a line box to a CSS-pixel rectangle
   */
  draw(
    n: number,
    canvas: HTMLCanvasElement,
    cssWidth: number,
  ): Promise<{
    width: number;
    height: number;
    box: (b: LineBox) => { left: number; top: number; width: number; height: number };
  }>;
  close(): void;
}

/**
 * Opens a PDF for drawing.
 * @throws Error when pdf.js cannot open it
 */
export async function openPdf(file: Blob): Promise<OpenPdf> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(await file.arrayBuffer()),
    isEvalSupported: false,
    // Errors only: a CJK font the PDF names but does not embed (SimHei, SimSun) is drawn
    // with the browser's fallback, and pdf.js's console warning about it helps no reader.
    verbosity: 0,
  }).promise;
  let task: { cancel(): void; promise: Promise<void> } | undefined;
  // One canvas takes one render at a time: draws run one after the other, and a draw asked
  // for while another waits makes the waiting one stale (it ends as cancelled).
  let queue: Promise<unknown> = Promise.resolve();
  let generation = 0;
  const cancelled = () => Object.assign(new Error('cancelled'), { name: 'RenderingCancelledException' });
  return {
    pageCount: doc.numPages,
    draw(n, canvas, cssWidth) {
      const mine = ++generation;
      task?.cancel();
      const run = queue
        .catch(() => {})
        .then(async () => {
          if (mine !== generation) throw cancelled();
          const page = await doc.getPage(n);
          if (mine !== generation) throw cancelled();
          const base = page.getViewport({ scale: 1 });
          const scale = cssWidth / base.width;
          const dpr = Math.min(window.devicePixelRatio || 1, 2);
          const viewport = page.getViewport({ scale: scale * dpr });
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          const render = page.render({ canvas, viewport });
          task = render;
          await render.promise;
          const css = page.getViewport({ scale });
          return {
            width: css.width,
            height: css.height,
            box: (b: LineBox) => {
              // The line from a little below its baseline to the top of its tallest glyph.
              const [x0, y0, x1, y1] = css.convertToViewportRectangle([
                b.x0 - 2,
                b.y - b.h * 0.3,
                b.x1 + 2,
                b.y + b.h * 0.95,
              ]);
              return {
                left: Math.min(x0!, x1!),
                top: Math.min(y0!, y1!),
                width: Math.abs(x1! - x0!),
                height: Math.abs(y1! - y0!),
              };
            },
          };
        });
      queue = run;
      return run;
    },
    close() {
      task?.cancel();
      void doc.destroy();
    },
  };
}
