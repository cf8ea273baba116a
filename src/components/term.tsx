/**
 * A defined term of the dataset (名词解释) where it appears in a heading or label: the term is
 * underlined dotted, focusable (a <dfn> in the tab order), and shows its definition on hover and on keyboard focus (a
 * tooltip named by aria-describedby); Esc hides it (WCAG 1.4.13). The definition is the
 * dataset's own (datasetGlossary), never a text of the app.
 *
 * `text` may be a longer label ("财政拨款“三公”经费支出"): the longest term it contains is
 * marked, the rest stays plain. A text with no defined term renders as plain text.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { termKey, type GlossaryEntry } from '../domain/glossary';
import { useGlossary } from './glossary-context';

/** The longest defined term in `text`: its glossary entry and where it is, or undefined. */
export function useTermMatch(
  text: string | undefined,
): { entry: GlossaryEntry; start: number; end: number } | undefined {
  const glossary = useGlossary();
  if (!text) return undefined;
  // Longest term first, so "财政拨款收入" wins over "收入".
  const found = [...glossary]
    .sort((a, b) => termKey(b.term).length - termKey(a.term).length)
    .map((g) => ({ g, at: locate(text, g.term) }))
    .find((x) => x.at !== undefined);
  return found?.at ? { entry: found.g, start: found.at[0], end: found.at[1] } : undefined;
}

/**
 * Show / hide of a term's definition (WCAG 1.4.13): shown while its trigger is hovered or
 * focused, hidden on leave, blur or Esc (Esc goes no further while it hides one). Spread
 * `triggerProps` on the trigger (the <dfn> here, a header's sort button in sort-button.tsx);
 * `open` says whether the definition shows.
 */
export function useTermTip() {
  const [open, setOpen] = useState(false);
  const triggerProps = {
    onMouseEnter: () => setOpen(true),
    onMouseLeave: () => setOpen(false),
    onFocus: () => setOpen(true),
    onBlur: () => setOpen(false),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        setOpen(false);
      }
    },
  };
  return { open, triggerProps };
}

export function Term({ text }: { text: string }) {
  const id = useId();
  const { open, triggerProps } = useTermTip();
  const match = useTermMatch(text);
  if (!match) return <>{text}</>;
  const { start, end, entry } = match;
  return (
    <>
      {text.slice(0, start)}
      <span className="term">
        {/* Focusable (a tap focuses it too) but not a button: it does nothing when pressed, and
            a figure card's one button stays its figure. APG tooltip: the trigger takes focus. */}
        {/* eslint-disable jsx-a11y/no-noninteractive-tabindex */}
        <dfn className="term__text" tabIndex={0} aria-describedby={id} {...triggerProps}>
          {text.slice(start, end)}
        </dfn>
        {/* eslint-enable jsx-a11y/no-noninteractive-tabindex */}
        <span role="tooltip" id={id} className={`term__definition${open ? ' is-open' : ''}`}>
          {entry.term}：{entry.definition}
        </span>
      </span>
      {text.slice(end)}
    </>
  );
}

/** Where `term` occurs in `text`, quotes and spaces ignored: [start, end) in `text`. */
function locate(text: string, term: string): [number, number] | undefined {
  const key = termKey(term);
  if (!key) return undefined;
  // Map each kept character of the text to its index, then search the compacted text.
  const kept: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    if (termKey(text[i]!) === '') continue;
    kept.push(i);
    compact += text[i];
  }
  const at = compact.indexOf(key);
  if (at < 0) return undefined;
  let start = kept[at]!;
  const end = kept[at + key.length - 1]! + 1;
  // Keep an opening quote with the term ("“三公”经费").
  if (start > 0 && /[“"‘]/.test(text[start - 1]!)) start -= 1;
  return [start, end];
}
