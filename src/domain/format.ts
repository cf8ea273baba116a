/**
 * The one formatter for money and percentages (zh-CN). Every figure on screen goes
 * through here so that rounding, grouping and signs are the same everywhere.
 */
import Decimal from 'decimal.js';

const groupFormat = new Intl.NumberFormat('zh-CN', { useGrouping: true });

/** Inserts zh-CN digit grouping into a fixed-point string without going through floats. */
function group(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = groupFormat.format(BigInt(int));
  return `${negative ? '−' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Formats an amount in 万元 with two decimals and grouping: "2,305.27". No unit. */
export function formatAmount(value: Decimal, dp = 2): string {
  return group(value.toFixed(dp, Decimal.ROUND_HALF_UP));
}

/** Formats an amount with its unit: "2,305.27 万元". */
export function formatWan(value: Decimal): string {
  return `${formatAmount(value)} 万元`;
}

/** Formats an amount with an explicit sign: "+0.00", "−1,707.15". */
export function formatSignedAmount(value: Decimal, dp = 2): string {
  const s = formatAmount(value, dp);
  return value.isNegative() || s.startsWith('−') ? s : `+${s}`;
}

/** Formats a percentage (already ×100) with two decimals: "60.65%". */
export function formatPercent(value: Decimal, dp = 2): string {
  return `${group(value.toFixed(dp, Decimal.ROUND_HALF_UP))}%`;
}

/** Formats a signed percentage: "−42.55%", "+3.10%". */
export function formatSignedPercent(value: Decimal, dp = 2): string {
  const s = formatPercent(value, dp);
  return value.isNegative() || s.startsWith('−') ? s : `+${s}`;
}

/** Text for a value that the disclosure left blank. */
export const NOT_DISCLOSED = '未披露';

/** Text for a cell the disclosure printed blank (not the same as a printed 0.00). */
export const BLANK_CELL = '—';

/** Formats an amount, or BLANK_CELL when the disclosure left the cell blank. */
export function formatCell(value: Decimal | undefined, blank = false): string {
  return blank || value === undefined ? BLANK_CELL : formatAmount(value);
}
