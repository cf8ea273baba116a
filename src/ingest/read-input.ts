/**
 * The first steps of reading an input file, shared by the browser's import worker
 * (src/features/import/parse-upload.ts) and the CLI (scripts/ingest.ts), so that both accept
 * the same files and name the same problems: PDF by signature, text as UTF-8 else GB18030
 * (GBK), and pdf.js failures as encrypted / broken / unexpected with a Chinese detail.
 */

/** Why a file gave no import, each with its own message (src/copy/import.ts). */
export type UploadProblem =
  /** No bytes; `blank`: bytes, but no text (only a BOM and whitespace). */
  | { kind: 'empty'; blank?: true }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'binary' }
  | { kind: 'not-text' }
  | { kind: 'scan'; pages: number }
  | { kind: 'encrypted' }
  | { kind: 'broken'; detail: string }
  | { kind: 'too-many-pages'; pages: number }
  | { kind: 'unexpected'; detail: string };

/** Whether the bytes start with the PDF signature (after up to 1 KiB of junk, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Decodes a text file: UTF-8 (a BOM dropped) when valid, else GB18030 (covers GBK and
 * GB2312, as Chinese Windows tools save text).
 * @returns the text and its encoding, or a problem: `empty` (no bytes, or only a BOM and
 *   whitespace), `binary` (NUL bytes), `not-text`
 */
export function decodeText(
  bytes: Uint8Array,
): { text: string; encoding: 'utf-8' | 'gb18030' } | { problem: UploadProblem } {
  if (bytes.length === 0) return { problem: { kind: 'empty' } };
  if (bytes.subarray(0, 65536).includes(0)) return { problem: { kind: 'binary' } };
  let decoded: { text: string; encoding: 'utf-8' | 'gb18030' } | undefined;
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try the Chinese national encoding
  }
  try {
    decoded ??= { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    return { problem: { kind: 'not-text' } };
  }
  if (decoded.text.replace(/^\uFEFF/, '').trim() === '') return { problem: { kind: 'empty', blank: true } };
  return decoded;
}

/** pdf.js's messages for a file it cannot open, in Chinese (the raw text when unknown). */
const PDFJS_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/PDF file is empty/i, '文件是空的（0 字节）'],
  [/Invalid PDF structure/i, 'PDF 的内部结构无效'],
  [/Missing PDF|No PDF header/i, '找不到 PDF 文件头'],
  [/Invalid XRef|XRef|startxref/i, 'PDF 的交叉引用表（xref）损坏或缺失'],
  [/Unexpected server response|Unexpected response/i, '读取文件时出错'],
  [/Bad (FCHECK|FDICT)|Invalid (block|code|stream)|Unknown compression/i, 'PDF 的压缩数据流损坏'],
];

/** pdf.js's error message in Chinese; an unknown one is kept as printed, trailing stop removed. */
export function pdfjsDetail(message: string): string {
  const known = PDFJS_MESSAGES.find(([re]) => re.test(message));
  return known ? known[1] : message.trim().replace(/[.。]+$/, '');
}

/**
 * The problem behind a pdf.js failure (`readPdfItems` wraps pdf.js's error as `cause`):
 * encrypted, broken (its detail in Chinese), or anything else unexpected.
 */
export function pdfProblem(e: unknown): UploadProblem {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
  const name = cause instanceof Error ? cause.name : '';
  const raw = cause instanceof Error ? cause.message : String(cause);
  if (name === 'PasswordException') return { kind: 'encrypted' };
  if (/PDF file is empty/i.test(raw)) return { kind: 'empty' };
  if (name === 'InvalidPDFException' || name === 'FormatError' || /Invalid PDF|PDF structure/i.test(raw))
    return { kind: 'broken', detail: pdfjsDetail(raw) };
  return { kind: 'unexpected', detail: pdfjsDetail(raw) };
}
