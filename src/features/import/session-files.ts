/**
 * The PDFs imported in this tab, by local dataset id, for the side-by-side page view. Only
 * in memory: the original file is never stored in the browser (the dataset is), so after a
 * reload the page view says the original is not kept.
 */
const files = new Map<string, Blob>();

/** Keeps the imported PDF of `id` for this tab. */
export function keepSessionFile(id: string, file: Blob): void {
  files.set(id, file);
}

/** The PDF imported in this tab for `id`, if any. */
export function sessionFile(id: string): Blob | undefined {
  return files.get(id);
}

/** Forgets the PDF of `id` (its import was removed). */
export function forgetSessionFile(id: string): void {
  files.delete(id);
}
