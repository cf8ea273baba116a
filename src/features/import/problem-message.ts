/**
 * The Chinese message of an import problem (words in src/copy/import.ts): one function for the
 * browser's 导入 view and the CLI (scripts/ingest.ts), so both say the same thing.
 */
import { importCopy as t } from '../../copy/import';
import type { UploadProblem } from '../../ingest/read-input';
import { MAX_MEGABYTES, MAX_PAGES } from './limits';

/** The message for `p`, e.g. "文件是空的（0 字节）。" for an empty file. */
export function problemMessage(p: UploadProblem): string {
  switch (p.kind) {
    case 'empty':
      return p.blank ? t.problems.blank : t.problems.empty;
    case 'too-large':
      return t.problems.tooLarge((p.bytes / 1024 / 1024).toFixed(1), MAX_MEGABYTES);
    case 'binary':
      return t.problems.binary;
    case 'not-text':
      return t.problems.notText;
    case 'scan':
      return t.problems.scan(p.pages);
    case 'encrypted':
      return t.problems.encrypted;
    case 'broken':
      return t.problems.broken(p.detail);
    case 'too-many-pages':
      return t.problems.tooManyPages(p.pages, MAX_PAGES);
    case 'unexpected':
      return t.problems.unexpected(p.detail);
  }
}
