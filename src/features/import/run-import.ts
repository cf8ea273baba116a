/**
 * Starts the import worker on one file and hands back its progress and outcome; `cancel()`
 * ends the worker at once (nothing is kept).
 */
import type { UploadOutcome, UploadProgress } from './parse-upload';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** A running import. */
export interface RunningImport {
  /** The outcome; `null` when cancelled. */
  done: Promise<UploadOutcome | null>;
  cancel: () => void;
}

/**
 * @param file       the chosen or dropped file
 * @param onProgress called with each progress message of the worker
 */
export function runImport(file: File, onProgress: (p: UploadProgress) => void): RunningImport {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let settle: (v: UploadOutcome | null) => void = () => {};
  const done = new Promise<UploadOutcome | null>((resolve) => {
    settle = resolve;
  });
  const finish = (v: UploadOutcome | null) => {
    worker.terminate();
    settle(v);
  };
  worker.addEventListener('message', (e: MessageEvent<WorkerReply | { type?: never }>) => {
    // pdf.js's worker module, loaded inside ours, announces itself on the same port: ignore it.
    if (e.data?.type === 'progress') onProgress(e.data.progress);
    else if (e.data?.type === 'done') finish(e.data.outcome);
  });
  worker.addEventListener('error', (e) => {
    finish({ ok: false, problem: { kind: 'unexpected', detail: e.message || '导入程序无法启动' } });
  });
  void file.arrayBuffer().then(
    (bytes) => {
      const request: WorkerRequest = { bytes, file: file.name };
      worker.postMessage(request, [bytes]);
    },
    (e: unknown) =>
      finish({
        ok: false,
        problem: { kind: 'unexpected', detail: e instanceof Error ? e.message : String(e) },
      }),
  );
  return { done, cancel: () => finish(null) };
}
