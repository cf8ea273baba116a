/**
 * Finding the parts of a disclosure by their printed titles (never by position), and
 * recognising the lines a PDF repeats on every page.
 */
import { commaNumbered, DisclosureParseError, labelKey, type Line } from './text';

/** A titled part of the disclosure: the title line and the lines up to the next part. */
export interface Section {
  /** The title as searched for, e.g. "部门预算支出总表". */
  readonly title: string;
  /** 1-based line number of the printed title. */
  readonly titleLine: number;
  /** The lines after the title up to (not including) the next located title. */
  readonly lines: readonly Line[];
}

/** What to look for: `match` decides whether a (trimmed) line is this part's title. */
export interface SectionSpec<K extends string> {
  readonly key: K;
  readonly title: string;
  readonly required: boolean;
  readonly match: (line: string) => boolean;
}

/** Matches a line that is exactly `title` (spaces and quote styles ignored). */
export function exactTitle(title: string): (line: string) => boolean {
  const want = labelKey(title);
  return (line) => labelKey(line) === want;
}

/** Matches "七、部门项目预算安排情况及绩效目标" by its words, whatever the numeral. */
export function numberedTitle(title: string): (line: string) => boolean {
  const want = labelKey(title);
  return (line) => {
    const n = commaNumbered(line);
    return n !== undefined && labelKey(n.rest) === want;
  };
}

/**
 * Locates each spec's title within `lines` (the first matching line wins) and cuts the lines
 * between consecutive titles into sections. Parts are found by title, so their order in the
 * disclosure does not matter.
 *
 * @throws DisclosureParseError (Chinese) naming the missing title and the line range searched,
 *   when a `required` part is not found.
 */
export function locateSections<K extends string>(
  lines: readonly Line[],
  specs: readonly SectionSpec<K>[],
  context: string,
): Map<K, Section> {
  const found: { spec: SectionSpec<K>; index: number }[] = [];
  for (const spec of specs) {
    const index = lines.findIndex((l) => spec.match(l.text.trim()));
    if (index >= 0) found.push({ spec, index });
    else if (spec.required) {
      const range = lines.length ? `第 ${lines[0]!.no}–${lines[lines.length - 1]!.no} 行` : '（空文本）';
      throw new DisclosureParseError(
        `缺少必需的章节：在${context}（${range}）中找不到标题「${spec.title}」`,
        spec.title,
      );
    }
  }
  found.sort((a, b) => a.index - b.index);
  const out = new Map<K, Section>();
  found.forEach(({ spec, index }, i) => {
    const end = i + 1 < found.length ? found[i + 1]!.index : lines.length;
    out.set(spec.key, {
      title: spec.title,
      titleLine: lines[index]!.no,
      lines: lines.slice(index + 1, end),
    });
  });
  return out;
}

/**
 * True for the lines a PDF prints at the top of every table page:
 * "339 丰润区工业和信息化局", "预算年度：2024", "单位：万元", "截止时间：2023-12-31".
 */
export function isPageHeaderLine(text: string): boolean {
  const t = text.trim();
  return (
    (!t.includes('\t') && /^\d{1,6} +[^\d\s年]/.test(t)) ||
    /^预算年度[:：]/.test(t) ||
    /^单位[:：]/.test(t) ||
    /^截止时间[:：]/.test(t)
  );
}

/** The lines of a section split into paragraphs at blank lines (page furniture kept). */
export function paragraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}
