import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changePercent, percentOf, sharesAddingTo100, sumAmounts, sumOrZero } from './money';

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
    const [basic, project] = sharesAddingTo100([d('1398.08'), d('907.19')]);
    expect(basic!.toFixed(2)).toBe('60.65');
    expect(project!.toFixed(2)).toBe('39.35');
    expect(percentOf(d('1321.13'), d('1398.08')).toFixed(2)).toBe('94.50');
  });

  it('computes the change against 2023 (−42.55%)', () => {
    expect(changePercent(d('2305.27'), d('4012.42')).toFixed(2)).toBe('-42.55');
    expect(() => changePercent(d('1'), d('0'))).toThrow(RangeError);
  });

  it('rounds shares so that they add up to exactly 100.00 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 }),
        (cents) => {
          fc.pre(cents.some((c) => c > 0));
          const parts = cents.map((c) => new Decimal(c).div(100));
          const shares = sharesAddingTo100(parts);
          expect(sumOrZero(shares).toFixed(2)).toBe('100.00');
          shares.forEach((s, i) => {
            const exact = parts[i]!.div(sumOrZero(parts)).times(100);
            expect(s.minus(exact).abs().lte('0.01')).toBe(true);
          });
        },
      ),
    );
  });

  it('refuses shares of nothing and of negative parts', () => {
    expect(() => sharesAddingTo100([d('0'), d('0')])).toThrow(RangeError);
    expect(() => sharesAddingTo100([d('-1'), d('2')])).toThrow(RangeError);
  });
});
