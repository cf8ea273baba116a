import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changePercent, percentOf, roundedShares, roundShare, sumAmounts, sumOrZero } from './money';

const d = (s: string) => new Decimal(s);

describe('money', () => {
  it('sums exactly where floats would not (0.1 + 0.2)', () => {
    expect(sumOrZero([d('0.1'), d('0.2')]).toString()).toBe('0.3');
    expect(sumOrZero([d('926.71'), d('76.95'), d('394.42')]).toFixed(2)).toBe('1398.08');
  });

  it('keeps absent apart from zero', () => {
    expect(sumAmounts([undefined, undefined])).toBeUndefined();
    expect(sumAmounts([undefined, d('6.80')])!.toFixed(2)).toBe('6.80');
    expect(sumOrZero([undefined]).toFixed(2)).toBe('0.00');
  });

  it('computes the basic / project shares of 2024 (60.65% / 39.35%)', () => {
    const [basic, project] = roundedShares([d('1398.08'), d('907.19')]).shares;
    expect(basic!.toFixed(2)).toBe('60.65');
    expect(project!.toFixed(2)).toBe('39.35');
    expect(percentOf(d('1321.13'), d('1398.08')).toFixed(2)).toBe('94.50');
  });

  it('computes the change against 2023 (−42.55%)', () => {
    expect(changePercent(d('2305.27'), d('4012.42')).toFixed(2)).toBe('-42.55');
    expect(() => changePercent(d('1'), d('0'))).toThrow(RangeError);
  });

  it('rounds every share half up, the same wherever it is shown', () => {
    // 2150501 行政运行 in 21505: 866.21 / 912.70 = 94.9059…% (largest remainder gave 94.90).
    expect(roundShare(d('866.21'), d('912.70')).toFixed(2)).toBe('94.91');
    // 301 工资福利支出 in 基本支出: 926.71 / 1398.08 = 66.2844…% (largest remainder gave 66.29).
    expect(roundShare(d('926.71'), d('1398.08')).toFixed(2)).toBe('66.28');
    // 302 76.95 / 1398.08 = 5.5040…%, 303 394.42 / 1398.08 = 28.2115…%: 66.28 + 5.50 + 28.21 = 99.99.
    const r = roundedShares([d('926.71'), d('76.95'), d('394.42')]);
    expect(r.shares.map((x) => x.toFixed(2))).toEqual(['66.28', '5.50', '28.21']);
    expect(r.sum.toFixed(2)).toBe('99.99');
    expect(r.residual.toFixed(2)).toBe('0.01');
  });

  it('each share is the exact ratio rounded half up, and the residual is what is missing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 }),
        (cents) => {
          fc.pre(cents.some((c) => c > 0));
          const parts = cents.map((c) => new Decimal(c).div(100));
          const { shares, sum, residual } = roundedShares(parts);
          expect(sum.plus(residual).toFixed(2)).toBe('100.00');
          shares.forEach((s, i) => {
            const exact = parts[i]!.div(sumOrZero(parts)).times(100);
            expect(s.equals(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
          });
        },
      ),
    );
  });

  it('refuses shares of nothing and of negative parts', () => {
    expect(() => roundedShares([d('0'), d('0')])).toThrow(RangeError);
    expect(() => roundedShares([d('-1'), d('2')])).toThrow(RangeError);
  });
});
