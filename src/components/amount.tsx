/**
 * A figure that says where it comes from: the formatted value is a button whose
 * description (shown on hover and on keyboard focus) names the table and row of the
 * disclosure as the dataset prints it, e.g. "来源：部门预算支出总表 · 序号 1 · 基本支出", and,
 * where the table prints another unit, the value as printed ("原表数 3,286,618,082.20 元").
 *
 * The note is placed in viewport coordinates (position: fixed, clamped to the screen), so a
 * scrolling table or a narrow card never clips it and it never widens the page. Esc hides it
 * (WCAG 1.4.13, content on hover or focus is dismissible); so do blur and mouse-out. While
 * open it follows its figure when a table or the page scrolls.
 *
 * Pressing the figure (click, Enter, Space) opens its printed table at its row
 * (#/tables/<id>?row=<key>) where the dataset publishes that table and the app provides
 * navigation (SourceNavigationContext); the note then says so.
 */
import type Decimal from 'decimal.js';
import { useEffect, useId, useRef, useState } from 'react';
import { formatAmount, formatSignedAmount } from '../domain/format';
import { sourceLocation, tableLocationPath } from '../domain/printed-table-spec';
import { describeSource, resolvePrintedCell, type SourceRef } from '../domain/source';
import { zh } from '../copy/zh';
import { usePrintedTables } from './printed-tables-context';
import { useOpenRoute } from './source-navigation';

export interface AmountProps {
  /** Amount in 万元. */
  value: Decimal;
  source: SourceRef;
  /** Show an explicit + / − sign (changes). */
  signed?: boolean;
  /** Append the unit "万元". */
  withUnit?: boolean;
  /** The value as shown when not in 万元 (e.g. "32.8661" 亿元 on a card); the source note then adds the exact 万元. */
  display?: string;
  className?: string;
}

/** Where the open note sits, in viewport px. */
interface NotePosition {
  top: number;
  left: number;
  maxWidth: number;
}

/** Places a note of at most 360 px under the button, kept 8 px inside the viewport. */
function placeNote(button: HTMLElement): NotePosition {
  const r = button.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const maxWidth = Math.min(360, viewport - 16);
  return { top: r.bottom + 6, left: Math.max(8, Math.min(r.left, viewport - maxWidth - 8)), maxWidth };
}

export function Amount({ value, source, signed, withUnit, display, className }: AmountProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [note, setNote] = useState<NotePosition | null>(null);
  const exact = signed ? formatSignedAmount(value) : formatAmount(value);
  const text = display ?? exact;
  const printed = usePrintedTables();
  const cell = resolvePrintedCell(source, printed);
  // The value as printed when the table prints another unit (元), and the 预算数 beside a 决算数.
  const asPrinted = [
    ...(cell?.value && cell.unit !== zh.unitWan ? [`${zh.printedValue} ${cell.value}`] : []),
    ...(cell?.budgetBeside ?? []),
  ];
  // Pressing the figure opens its printed table at its row (#/tables/<id>?row=<key>).
  const openRoute = useOpenRoute();
  const location = openRoute ? sourceLocation(source, printed) : undefined;
  const open = () => button.current && setNote(placeNote(button.current));
  const close = () => setNote(null);

  const isOpen = note !== null;
  useEffect(() => {
    if (!isOpen) return;
    // The note is fixed to the viewport: when anything scrolls (focus scrolls a table to
    // bring the figure into view, the reader scrolls the page), move it with its figure.
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => button.current && setNote(placeNote(button.current)));
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
    };
  }, [isOpen]);

  return (
    <span className={`amount ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        className="amount__value"
        aria-describedby={id}
        onMouseEnter={open}
        onMouseLeave={() => {
          if (document.activeElement !== button.current) close();
        }}
        onFocus={open}
        onBlur={close}
        onClick={
          location && openRoute
            ? (e) => {
                e.stopPropagation(); // the figure, not the row around it
                openRoute(tableLocationPath(location));
              }
            : undefined
        }
        data-source-table={location?.tableId}
        data-source-row={location?.rowKey}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && note) {
            e.stopPropagation(); // Esc closes the note only, not the presentation deck
            close();
          }
        }}
      >
        {text}
        {withUnit ? <span className="amount__unit"> {zh.unitWan}</span> : null}
      </button>
      <span
        role="tooltip"
        className={`amount__source ${note ? 'is-open' : ''}`}
        style={note ? { top: note.top, left: note.left, maxWidth: note.maxWidth } : undefined}
      >
        <span id={id}>
          {zh.source}：{describeSource(source, printed)}
          {display !== undefined ? `（${exact} ${zh.unitWan}）` : null}
          {asPrinted.length > 0 ? `；${asPrinted.join('；')}` : null}
        </span>
        {location ? <span className="amount__open-hint">{zh.openSourceRow}</span> : null}
      </span>
    </span>
  );
}
