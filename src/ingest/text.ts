/**
 * Low-level helpers for the text extraction of a disclosure PDF: numbered lines, tab cells,
 * spaced-out CJK, amounts and the error type that names the position in the input.
 */

/** One line of the input with its 1-based line number (for error messages). */
export interface Line {
  readonly no: number;
  readonly text: string;
}

/**
 * A parse failure at a known place of the disclosure. The message is Chinese and names the
 * section (表名/章节) and the line, e.g. `「部门预算支出总表」第 142 行：…`.
 */
export class DisclosureParseError extends Error {
  override readonly name = 'DisclosureParseError';
  constructor(
    message: string,
    readonly section?: string,
    readonly line?: number,
  ) {
    super(
      `${section ? `「${section}」` : ''}${line !== undefined ? `第 ${line} 行：` : section ? '：' : ''}${message}`,
    );
  }
}

/** Splits the input into numbered lines; `\r` is dropped, nothing else is changed. */
export function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((t, i) => ({ no: i + 1, text: t.replace(/\r$/, '') }));
}

/** The tab-separated cells of a line, each trimmed (blank cells stay as ""). */
export function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’（）【】';

/**
 * Removes the spaces a PDF extraction puts between CJK characters (a cell wrapped onto two
 * lines, or letter-spaced headers): "项 目" → "项目", "一般公共预算 财政拨款" →
 * "一般公共预算财政拨款". Spaces next to Latin letters or digits are kept ("固定 IP 地址").
 */
export function squeezeCjk(s: string): string {
  const re = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');
  return s.trim().replace(re, '$1');
}

/** A label normalised for matching: CJK spaces removed, all whitespace removed, quotes unified. */
export function labelKey(s: string): string {
  return s.replace(/\s+/g, '').replace(/[“”"]/g, '"').replace(/[（]/g, '(').replace(/[）]/g, ')');
}

const AMOUNT = /^-?\d+(\.\d+)?$/;

/** True when `s` is a decimal amount as the schema accepts it ("2305.27", "0.00", "-53.75"). */
export function isAmount(s: string): boolean {
  return AMOUNT.test(s);
}

/**
 * A printed amount cell in 万元: "" → undefined (blank = not disclosed, never "0");
 * thousands separators are removed; anything else that is not a decimal throws.
 */
export function amountCell(raw: string, section: string, line: number): string | undefined {
  const s = raw.replace(/[,，\s]/g, '');
  if (s === '') return undefined;
  if (!AMOUNT.test(s)) {
    throw new DisclosureParseError(`金额「${raw}」不是十进制数字`, section, line);
  }
  return s;
}

/** Copies `obj` without its `undefined` values, so absent cells are absent keys. */
export function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** Chinese numerals up to 99 (一 … 九十九), as used in headings like "二十四、". */
export function chineseNumber(s: string): number | undefined {
  const digits: Record<string, number> = {
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? digits[a] : undefined;
  return (a ? digits[a]! : 1) * 10 + (b ? digits[b]! : 0);
}

/** A leading "（一）" / "(二十四) " numbering: its number and the rest of the line. */
export function parenNumbered(s: string): { n: number; rest: string } | undefined {
  const m = /^\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*(.*)$/s.exec(s);
  if (!m) return undefined;
  const n = chineseNumber(m[1]!);
  return n === undefined ? undefined : { n, rest: m[2]! };
}

/** A leading "一、" / "十一、" numbering. */
export function commaNumbered(s: string): { n: number; rest: string } | undefined {
  const m = /^\s*([一二三四五六七八九十]+)、\s*(.*)$/s.exec(s);
  if (!m) return undefined;
  const n = chineseNumber(m[1]!);
  return n === undefined ? undefined : { n, rest: m[2]! };
}

/**
 * Joins the physical lines of one paragraph. A PDF page break or wrap splits a paragraph; the
 * pieces are joined without a space (Chinese text has none between characters).
 */
export function joinParagraph(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('');
}
