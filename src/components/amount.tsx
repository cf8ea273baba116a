/**
 * A figure that says where it comes from: the formatted value is a button whose
 * description (shown on hover and on keyboard focus) names the table and row of the
 * disclosure, e.g. "来源：部门预算支出总表 · 序号 1 · 基本支出".
 */
import type Decimal from 'decimal.js';
import { useId } from 'react';
import { formatAmount, formatSignedAmount } from '../domain/format';
import { describeSource, type SourceRef } from '../domain/source';
import { zh } from '../copy/zh';

export interface AmountProps {
  /** Amount in 万元. */
  value: Decimal;
  source: SourceRef;
  /** Show an explicit + / − sign (changes). */
  signed?: boolean;
  /** Append the unit "万元". */
  withUnit?: boolean;
  className?: string;
}

export function Amount({ value, source, signed, withUnit, className }: AmountProps) {
  const id = useId();
  const text = signed ? formatSignedAmount(value) : formatAmount(value);
  return (
    <span className={`amount ${className ?? ''}`}>
      <button type="button" className="amount__value" aria-describedby={id}>
        {text}
        {withUnit ? <span className="amount__unit"> {zh.unitWan}</span> : null}
      </button>
      <span role="tooltip" id={id} className="amount__source">
        {zh.source}：{describeSource(source)}
      </span>
    </span>
  );
}
