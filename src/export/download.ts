/** Saving a generated file: an object URL clicked as a download link (no data: URLs, CSP). */

/** Saves `data` as a file named `name` with the given MIME type. */
export function saveFile(data: BlobPart | Blob, name: string, type: string): void {
  const blob = data instanceof Blob ? data : new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled (the download keeps its own reference).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on every system: no \ / : * ? " < > | and no control characters. */
export function fileName(...parts: string[]): string {
  return (
    parts
      .filter(Boolean)
      .join('-')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
  );
}
