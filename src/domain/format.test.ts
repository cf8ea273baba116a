import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPrinted,
  formatAmount,
  formatPercent,
  formatShareTotal,
  formatSignedAmount,
  formatSignedPercent,
  formatWan,
} from './format';

const d = (s: string) => new Decimal(s);

describe('format', () => {
  it('shows 万元 with two decimals and zh-CN grouping', () => {
    expect(formatAmount(d('2305.27'))).toBe('2,305.27');
    expect(formatAmount(d('6.8'))).toBe('6.80');
    expect(formatAmount(d('1234567.005'))).toBe('1,234,567.01');
    expect(formatWan(d('76.95'))).toBe('76.95 万元');
  });

  it('groups digits exactly as Intl.NumberFormat(zh-CN) does, at any size, without floats', () => {
    expect(formatPrinted('3286618082.20')).toBe('3,286,618,082.20');
    expect(formatPrinted('-1707.15')).toBe('−1,707.15');
    expect(formatPrinted('0.00')).toBe('0.00');
    expect(formatPrinted('000123')).toBe('123');
    const intl = new Intl.NumberFormat('zh-CN', { useGrouping: true });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat(99), (int, cents) => {
        const frac = String(cents).padStart(2, '0');
        expect(formatPrinted(`${int}.${frac}`)).toBe(`${intl.format(int)}.${frac}`);
      }),
    );
  });

  it('signs changes with a true minus sign', () => {
    expect(formatSignedAmount(d('-1707.15'))).toBe('−1,707.15');
    expect(formatSignedAmount(d('6.80'))).toBe('+6.80');
    expect(formatSignedPercent(d('3.1'))).toBe('+3.10%');
    expect(formatSignedPercent(d('-42.5465'))).toBe('−42.55%');
    expect(formatPercent(d('60.6528'))).toBe('60.65%');
  });

  it('reads a zero change one way everywhere: 0.00 and 0.00%, no sign', () => {
    expect(formatSignedAmount(d('0'))).toBe('0.00');
    expect(formatSignedAmount(d('-0.001'))).toBe('0.00');
    expect(formatSignedPercent(d('0'))).toBe('0.00%');
    expect(formatSignedPercent(d('-0.004'))).toBe('0.00%');
  });

  it('notes the 尾差 of a 合计 row whose rounded shares do not add up', () => {
    expect(formatShareTotal(d('0'))).toBe('100.00%');
    expect(formatShareTotal(undefined)).toBe('100.00%');
    expect(formatShareTotal(d('0.01'))).toBe('100.00%（尾差：各项之和 99.99%）');
    expect(formatShareTotal(d('-0.01'))).toBe('100.00%（尾差：各项之和 100.01%）');
  });

  it('formats amounts beyond float precision exactly', () => {
    expect(formatAmount(d('12345678901234567.89'))).toBe('12,345,678,901,234,567.89');
  });
});
