/**
 * A table header's sort button (SpecTable, DataTable). When its label is, or contains, a
 * defined term of the dataset (名词解释, see term.tsx), the term is underlined dotted and the
 * button itself shows the definition on hover and keyboard focus, tied to it by
 * aria-describedby; Esc hides it (WCAG 1.4.13). So the header stays ONE focus stop (the
 * button: Enter sorts) and the explanation is reached by the same stop, by mouse or keyboard.
 */
import { useId, type ReactNode } from 'react';
import { useTermMatch, useTermTip } from './term';

export interface SortButtonProps {
  /** The header's label as drawn (text, or a rendered header). */
  label: ReactNode;
  /** The header's text to look a term up in (the label itself when it is a string). */
  termText?: string;
  sorted: false | 'asc' | 'desc';
  onClick: (() => void) | ((e: unknown) => void) | undefined;
  /** The sort hint, shown as the button's title when no definition is shown instead. */
  title?: string;
  /** Right-aligned (numeric) column: the definition opens towards the left. */
  alignEnd?: boolean;
}

export function SortButton({ label, termText, sorted, onClick, title, alignEnd }: SortButtonProps) {
  const text = termText ?? (typeof label === 'string' ? label : undefined);
  const match = useTermMatch(text);
  const id = useId();
  const { open, triggerProps } = useTermTip();
  const icon = (
    <span className="sort-button__icon" aria-hidden="true">
      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
    </span>
  );
  if (!match)
    return (
      <button type="button" className="sort-button" title={title} onClick={onClick}>
        {label}
        {icon}
      </button>
    );
  const marked =
    typeof label === 'string' ? (
      <>
        {label.slice(0, match.start)}
        <span className="term__text">{label.slice(match.start, match.end)}</span>
        {label.slice(match.end)}
      </>
    ) : (
      <span className="term__text">{label}</span>
    );
  return (
    <span className="term sort-button__term">
      <button type="button" className="sort-button" onClick={onClick} aria-describedby={id} {...triggerProps}>
        {marked}
        {icon}
      </button>
      <span
        role="tooltip"
        id={id}
        className={`term__definition${alignEnd ? ' term__definition--end' : ''}${open ? ' is-open' : ''}`}
      >
        {match.entry.term}：{match.entry.definition}
        {title ? <span className="term__hint">{title}</span> : null}
      </span>
    </span>
  );
}
