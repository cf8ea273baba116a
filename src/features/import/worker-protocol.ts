/** The messages between the import page and its worker (src/features/import/import-worker.ts). */
import type { UploadOutcome, UploadProgress } from './parse-upload';

/** Page → worker: the file to read (the buffer is transferred). */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  file: string;
}

/** Worker → page: progress, then the outcome. */
export type WorkerReply =
  { type: 'progress'; progress: UploadProgress } | { type: 'done'; outcome: UploadOutcome };
