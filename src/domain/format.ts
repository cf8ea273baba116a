/**
 * The one formatter for money and percentages (zh-CN). Every figure on screen goes
 * through here so that rounding, grouping and signs are the same everywhere.
 */
import Decimal from 'decimal.js';

/**
 * Inserts zh-CN digit grouping (a comma every three digits of the integer part, as
 * Intl.NumberFormat('zh-CN') groups) into a fixed-point string, without going through
 * floats. Done on the digits themselves: creating an Intl.NumberFormat loads the locale's
 * data, about 50 ms of the first screen's main thread on a slow phone (issue 12).
 */
function group(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const digits = int.replace(/^0+(?=\d)/, '');
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '−' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Formats an amount in 万元 with two decimals and grouping: "2,305.27". No unit. */
export function formatAmount(value: Decimal, dp = 2): string {
  return group(value.toFixed(dp, Decimal.ROUND_HALF_UP));
}

/**
 * Groups an amount exactly as printed, at its own precision and in its own unit (no
 * rounding, no conversion): "3286618082.20" → "3,286,618,082.20".
 * @param printed a decimal string as stored in a printed table's cells
 */
export function formatPrinted(printed: string): string {
  return group(printed);
}

/** Formats an amount with its unit: "2,305.27 万元". */
export function formatWan(value: Decimal): string {
  return `${formatAmount(value)} 万元`;
}

/** True when `fixed` (a formatted number) reads as zero at its precision: "0.00", "−0.00". */
function readsZero(fixed: string): boolean {
  return /^[−-]?[0.,]+%?$/.test(fixed);
}

/**
 * Formats a change with an explicit sign: "+6.80", "−1,707.15". A change that reads zero at
 * two decimals is "0.00" (no sign) on every view: the one way a zero change reads.
 */
export function formatSignedAmount(value: Decimal, dp = 2): string {
  const s = formatAmount(value, dp);
  if (readsZero(s)) return formatAmount(value.abs().times(0), dp);
  return value.isNegative() || s.startsWith('−') ? s : `+${s}`;
}

/** Formats a percentage (already ×100) with two decimals: "60.65%". */
export function formatPercent(value: Decimal, dp = 2): string {
  return `${group(value.toFixed(dp, Decimal.ROUND_HALF_UP))}%`;
}

/** Formats a signed percentage: "−42.55%", "+3.10%"; a zero change is "0.00%" (no sign). */
export function formatSignedPercent(value: Decimal, dp = 2): string {
  const s = formatPercent(value, dp);
  if (readsZero(s)) return formatPercent(value.abs().times(0), dp);
  return value.isNegative() || s.startsWith('−') ? s : `+${s}`;
}

/**
 * The 占比 of a 合计 row: "100.00%", and where the rounded shares above it do not add up
 * (money.roundedShares), the 尾差 note: "100.00%（尾差：各项之和 99.99%）".
 * @param residual 100 − the sum of the rounded shares shown above the row
 */
export function formatShareTotal(residual?: Decimal): string {
  if (!residual || residual.isZero()) return '100.00%';
  return `100.00%（尾差：各项之和 ${formatPercent(new Decimal(100).minus(residual))}）`;
}

/** Text for a value that the disclosure left blank. */
export const NOT_DISCLOSED = '未披露';

/** Text for a cell the disclosure printed blank (not the same as a printed 0.00). */
export const BLANK_CELL = '—';

/** Formats an amount, or BLANK_CELL when the disclosure left the cell blank. */
export function formatCell(value: Decimal | undefined, blank = false): string {
  return blank || value === undefined ? BLANK_CELL : formatAmount(value);
}
