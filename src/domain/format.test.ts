import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatPercent, formatSignedAmount, formatSignedPercent, formatWan } from './format';

const d = (s: string) => new Decimal(s);

describe('format', () => {
  it('shows 万元 with two decimals and zh-CN grouping', () => {
    expect(formatAmount(d('2305.27'))).toBe('2,305.27');
    expect(formatAmount(d('6.8'))).toBe('6.80');
    expect(formatAmount(d('1234567.005'))).toBe('1,234,567.01');
    expect(formatWan(d('76.95'))).toBe('76.95 万元');
  });

  it('signs changes with a true minus sign', () => {
    expect(formatSignedAmount(d('-1707.15'))).toBe('−1,707.15');
    expect(formatSignedAmount(d('0'))).toBe('+0.00');
    expect(formatSignedPercent(d('-42.5465'))).toBe('−42.55%');
    expect(formatPercent(d('60.6528'))).toBe('60.65%');
  });

  it('formats amounts beyond float precision exactly', () => {
    expect(formatAmount(d('12345678901234567.89'))).toBe('12,345,678,901,234,567.89');
  });
});
