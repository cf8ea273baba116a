/** Text helpers for matching printed labels. */

/** Removes all white space (the PDF extraction spaces out CJK: "项 目" → "项目"). */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** True when the printed label, without spaces, equals or ends with the wanted label. */
export function labelIs(printed: string | undefined, wanted: string): boolean {
  if (printed === undefined) return false;
  const p = compact(printed);
  return p === wanted || p.endsWith(`、${wanted}`);
}
