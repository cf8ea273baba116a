/**
 * One headline figure as a card: label (with the colour swatch it has in the charts), the
 * amount in 万元 with two decimals at every size (one unit per view, the house rule: a 亿 scale
 * figure is not switched to 亿元 beside 万元 cards), its source and the printed value (元) on
 * hover/focus (<Amount>), unit and an optional note
 * (share, change). A blank cell shows "—", never 0.00. Cards go in a `<ul className="cards">`.
 */
import type Decimal from 'decimal.js';
import type { ReactNode } from 'react';
import { BLANK_CELL, formatAmount, formatSignedAmount } from '../domain/format';
import type { SourceRef } from '../domain/source';
import { Term } from './term';
import { Amount } from './amount';

export interface FigureCardProps {
  label: ReactNode;
  /** Colour of the swatch before the label (the figure's colour in the charts). */
  swatch?: string;
  /** Amount in 万元; shown as "—" when absent or `blank`. */
  value?: Decimal;
  /** Where the figure comes from; without one the value is shown without the source note. */
  source?: SourceRef;
  /** The disclosure left this cell blank. */
  blank?: boolean;
  /** Show an explicit + / − sign (changes). */
  signed?: boolean;
  /** Unit after the value (default 万元). */
  unit?: string;
  note?: ReactNode;
  /** Tooltip of the note (e.g. how a derived figure in it was computed). */
  noteTitle?: string;
  testId?: string;
  className?: string;
  valueClassName?: string;
}

export function FigureCard({
  label,
  swatch,
  value,
  source,
  blank,
  signed,
  unit = '万元',
  note,
  noteTitle,
  testId,
  className,
  valueClassName,
}: FigureCardProps) {
  const valueClass = `card__value ${valueClassName ?? ''}`;
  const shown = value && !blank ? value : undefined;
  return (
    <li className={`card ${className ?? ''}`} data-testid={testId}>
      <span className="card__label">
        {swatch ? <span className="swatch" style={{ background: swatch }} aria-hidden="true" /> : null}
        {/* A defined term of the dataset (基本支出, "三公"经费 …) shows its definition. */}
        {typeof label === 'string' ? <Term text={label} /> : label}
      </span>
      {shown && source ? (
        <Amount className={valueClass} value={shown} source={source} signed={signed} />
      ) : (
        <span className={valueClass}>
          {!shown ? BLANK_CELL : signed ? formatSignedAmount(shown) : formatAmount(shown)}
        </span>
      )}
      <span className="card__unit">{unit}</span>
      {note !== undefined && note !== null && note !== false ? (
        <span className="card__note" title={noteTitle}>
          {note}
        </span>
      ) : null}
    </li>
  );
}
