/**
 * Exact money arithmetic on `Decimal` (万元). Components never add amounts; they call these.
 */
import Decimal from 'decimal.js';

/** Zero in 万元. */
export const ZERO = new Decimal(0);

/**
 * Sums amounts exactly. `undefined` entries (blank cells, "not disclosed") count as absent,
 * not as zero: the result is `undefined` only when every entry is absent.
 */
export function sumAmounts(values: readonly (Decimal | undefined)[]): Decimal | undefined {
  let total: Decimal | undefined;
  for (const v of values) {
    if (v === undefined) continue;
    total = total === undefined ? v : total.plus(v);
  }
  return total;
}

/** Sums amounts, treating absent as zero. Use only where the table itself defines blanks as 0. */
export function sumOrZero(values: readonly (Decimal | undefined)[]): Decimal {
  return sumAmounts(values) ?? ZERO;
}

/**
 * Share of `part` in `whole` in percent (e.g. 60.6528…), unrounded.
 * @throws RangeError when `whole` is zero (a share of nothing is undefined, not 0 %).
 */
export function percentOf(part: Decimal, whole: Decimal): Decimal {
  if (whole.isZero()) throw new RangeError('占比的分母为 0');
  return part.div(whole).times(100);
}

/**
 * Change from `previous` to `current` in percent (e.g. −42.5465…), unrounded.
 * @throws RangeError when `previous` is zero.
 */
export function changePercent(current: Decimal, previous: Decimal): Decimal {
  if (previous.isZero()) throw new RangeError('上年数为 0，无法计算增减百分比');
  return current.minus(previous).div(previous).times(100);
}

/**
 * Shares of each part in percent, rounded to `dp` decimals so that they add up to exactly
 * 100 (largest-remainder method). Parts must be non-negative and sum to more than zero.
 * Returns one Decimal per part, in the same order.
 * @throws RangeError when the parts sum to zero or one is negative.
 */
export function sharesAddingTo100(parts: readonly Decimal[], dp = 2): Decimal[] {
  if (parts.some((p) => p.isNegative())) throw new RangeError('占比不能由负数计算');
  const whole = sumOrZero(parts);
  if (whole.isZero()) throw new RangeError('占比的分母为 0');
  const unit = new Decimal(10).pow(-dp);
  const raw = parts.map((p) => p.div(whole).times(100));
  const floored = raw.map((r) => r.toDecimalPlaces(dp, Decimal.ROUND_DOWN));
  let remaining = new Decimal(100).minus(sumOrZero(floored)).div(unit).round().toNumber();
  const order = raw
    .map((r, i) => ({ i, rest: r.minus(floored[i]!) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const result = [...floored];
  for (const { i } of order) {
    if (remaining <= 0) break;
    result[i] = result[i]!.plus(unit);
    remaining -= 1;
  }
  return result;
}
