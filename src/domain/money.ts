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
 * Share of `part` in `whole` in percent, rounded half up to `dp` decimals: the one rounding
 * rule for every share on every view (866.21 / 912.70 = 94.9059…% → 94.91%,
 * 926.71 / 1398.08 = 66.2844…% → 66.28%).
 * @throws RangeError when `whole` is zero.
 */
export function roundShare(part: Decimal, whole: Decimal, dp = 2): Decimal {
  return percentOf(part, whole).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
}

/** Shares of parts that are shown together, and how far their rounded sum is from 100. */
export interface RoundedShares {
  /** One share per part, same order: the exact ratio rounded half up (roundShare). */
  shares: Decimal[];
  /** Sum of the rounded shares, e.g. 99.99. */
  sum: Decimal;
  /** 100 − sum: the 尾差 (rounding residual) a 合计 row of 100.00% notes; zero when they add up. */
  residual: Decimal;
}

/**
 * Shares of each part in the parts' sum, each rounded half up to `dp` decimals (never
 * adjusted to force a sum of 100: a figure reads the same on every view). Where they do not
 * add up, the 合计 row says 100.00% with a 尾差 note (format.ts formatShareTotal).
 * @throws RangeError when the parts sum to zero or one is negative.
 */
export function roundedShares(parts: readonly Decimal[], dp = 2): RoundedShares {
  if (parts.some((p) => p.isNegative())) throw new RangeError('占比不能由负数计算');
  const whole = sumOrZero(parts);
  if (whole.isZero()) throw new RangeError('占比的分母为 0');
  const shares = parts.map((p) => roundShare(p, whole, dp));
  const sum = sumOrZero(shares);
  return { shares, sum, residual: new Decimal(100).minus(sum) };
}
