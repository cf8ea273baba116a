/**
 * Reading single printed cells: amounts (thousands separators, full-width digits, "－" for
 * blank), 科目编码 in their three layouts, labels with line-break spaces.
 */

/**
 * Full-width ASCII (digits, letters, punctuation) and the ideographic space to half-width,
 * and compatibility characters PDFs print (Kangxi radicals "⽀" for "支") to the ideograph
 * (Unicode NFKC).
 */
export function toHalfWidth(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Cells printed for "nothing here". */
const BLANK = /^[-－—–─]+$/;

/** True when a cell prints a blank (nothing, or a dash). */
export function isBlankCell(raw: string): boolean {
  const t = toHalfWidth(raw).trim();
  return t === '' || BLANK.test(t);
}

const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * The decimal string a printed amount cell holds, or undefined when the cell is not an
 * amount: "2,946.25" → "2946.25", "３２８，６６１" → "328661", "-0.50" → "-0.50".
 * Thousands separators must group by three (a "1,23" is not an amount).
 */
export function parseAmount(raw: string): string | undefined {
  const t = toHalfWidth(raw).replace(/\s+/g, '').replace(/，/g, ',');
  if (!AMOUNT.test(t)) return undefined;
  return t.replace(/,/g, '');
}

/** True when the cell is an amount (see `parseAmount`). */
export const isAmountCell = (raw: string): boolean => parseAmount(raw) !== undefined;

/** A whole code "2080501" / "20805" / "208" (economic codes "30101" too). */
const WHOLE_CODE = /^\d{3}(\d{2}){0,2}$/;
/** A spaced code "208 05 01" in one cell. */
const SPACED_CODE = /^\d{3}( \d{2}){1,2}$/;

/** How a code cell is printed. */
export type CodeForm = 'whole' | 'spaced';

/** Reads a code cell: its joined digits and form, or undefined when it is not a code. */
export function parseCode(raw: string): { code: string; form: CodeForm } | undefined {
  const t = toHalfWidth(raw).trim().replace(/\s+/g, ' ');
  if (WHOLE_CODE.test(t)) return { code: t, form: 'whole' };
  if (SPACED_CODE.test(t)) return { code: t.replace(/ /g, ''), form: 'spaced' };
  return undefined;
}

/** True for a 3-digit 类 part or a 2-digit 款/项 part printed in its own column. */
export const isCodePart = (raw: string, width: 2 | 3): boolean =>
  new RegExp(`^\\d{${width}}$`).test(toHalfWidth(raw).trim());

/**
 * A label as printed with the spaces the layout put in removed: "本年收入合 计" →
 * "本年收入合计", "社 会 保 障" → "社会保障"; spaces between two Latin/digit runs stay.
 */
export function squeezeLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (?=[^A-Za-z0-9])|(?<=[^A-Za-z0-9]) /g, '');
}

/** Placeholder text of a blank template ("XXX", "XX.XX", "××"). */
export const isPlaceholder = (raw: string): boolean =>
  /^[XxＸｘ×*＊]{2,}([.．][XxＸｘ×]+)?$/.test(raw.trim());
