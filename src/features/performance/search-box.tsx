/**
 * The 指标一览 search box. While the reader types, the box's own state is the truth: the URL
 * (`?q=`) is written after a pause (SEARCH_COMMIT_MS), on Enter and on blur, with replace (no
 * history entry per keystroke). Mirroring the URL on every keystroke lost characters, since
 * the hash router answers a navigation a moment later with the value as it was. While an IME
 * composes (拼音 → 汉字), nothing is written. When the URL changes from outside (back button,
 * a link, 清除筛选), the box follows it.
 */
import { useEffect, useRef, useState } from 'react';

/** Pause after the last keystroke before the URL is written, ms. */
export const SEARCH_COMMIT_MS = 250;

/** The query as the URL holds it: whitespace alone is no query (filtersToSearch drops it). */
const normalise = (text: string) => (text.trim() ? text : '');

export interface SearchBoxProps {
  id: string;
  /** The query in the URL (`q`). */
  value: string;
  /**
   * Writes the query to the URL (replace). Called with the box's text, at most once per pause;
   * `now` is true for Enter: the reader asked for the result and waits for it, so the view
   * draws it in the event rather than in an interruptible transition.
   */
  onCommit: (q: string, now: boolean) => void;
  placeholder?: string;
  testId?: string;
}

export function SearchBox({ id, value, onCommit, placeholder, testId }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const textRef = useRef(value);
  // The value last written to (or read from) the URL: an echo of our own write is not an
  // outside change.
  const committed = useRef(normalise(value));
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The latest callback: a pending commit must not write filters from an older render.
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  }, [onCommit]);

  const cancel = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };
  const commit = (now = false) => {
    cancel();
    if (composing.current) return;
    const q = normalise(textRef.current);
    if (q === committed.current) return;
    committed.current = q;
    commitRef.current(q, now);
  };
  const schedule = () => {
    cancel();
    timer.current = setTimeout(commit, SEARCH_COMMIT_MS);
  };

  // Outside change of the URL: the box follows (a pending commit would undo it).
  useEffect(() => {
    if (normalise(value) === committed.current) return;
    cancel();
    committed.current = normalise(value);
    textRef.current = value;
    setText(value);
  }, [value]);
  // Leaving the view mid-pause: nothing is written after unmount.
  useEffect(() => cancel, []);

  return (
    <input
      id={id}
      type="search"
      value={text}
      placeholder={placeholder}
      autoComplete="off"
      data-testid={testId}
      onChange={(e) => {
        textRef.current = e.target.value;
        setText(e.target.value);
        if (!composing.current) schedule();
      }}
      onCompositionStart={() => {
        composing.current = true;
        cancel();
      }}
      onCompositionEnd={(e) => {
        composing.current = false;
        textRef.current = e.currentTarget.value;
        schedule();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit(true);
      }}
      onBlur={() => commit()}
    />
  );
}
