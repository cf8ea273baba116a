/**
 * The 指标一览 search box. While the reader types, the box's own state is the truth: the URL
 * (`?q=`) is written after a pause (SEARCH_COMMIT_MS), on Enter and on blur, with replace (no
 * history entry per keystroke). Mirroring the URL on every keystroke lost characters, since
 * the hash router answers a navigation a moment later with the value as it was. While an IME
 * composes (拼音 → 汉字), nothing is written. When the URL changes from outside (back button,
 * a link, 清除筛选), the box follows it. Text typed into the prerendered box before the page
 * was live is taken up once it is, and searched after the pause. The box holds at most
 * MAX_VALUE_LENGTH characters, the longest `q` a link may carry (src/app/url-validation.ts),
 * and says so when full.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_VALUE_LENGTH } from '../../app/url-validation';
import { perfCopy as c } from '../../copy/performance';

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
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
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
  // Typed before the page was live (into the prerendered box, which no handler heard): the
  // box's own text is taken up and searched after the pause, as if typed now.
  useEffect(() => {
    const typed = input.current?.value;
    if (typed === undefined || typed === textRef.current) return;
    textRef.current = typed;
    setText(typed);
    schedule();
    // Once, at mount: later text comes through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const full = text.length >= MAX_VALUE_LENGTH;

  return (
    <>
      <input
        ref={input}
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        maxLength={MAX_VALUE_LENGTH}
        aria-describedby={full ? hintId : undefined}
        data-testid={testId}
        onChange={(e) => {
          textRef.current = e.target.value;
          setText(e.target.value);
          // A composition begun before the page was live sent no compositionstart to React.
          if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) schedule();
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
      {/* A live region in the page from the start, so the note is announced when it appears. */}
      <span id={hintId} className="perf-filter__hint" role="status">
        {full ? c.searchFull(MAX_VALUE_LENGTH) : ''}
      </span>
    </>
  );
}
