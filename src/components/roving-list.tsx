/**
 * <RovingList>: a list that is ONE tab stop however many controls it holds (WAI-ARIA
 * "roving tabindex"). Tab enters the list on the last control used (the first at start);
 * ← ↑ / → ↓ move between its controls, Home / End jump to the first / last; Tab leaves.
 * Used for the figure cards of every view (each figure's source note opens on focus, so
 * every note is still reachable on demand, one arrow key away) and for link lists such as
 * 绩效目标's 质量提示 groups. The list says how it works to screen readers (aria-describedby).
 *
 * The controls are found in the DOM by `itemSelector` (default: the figures' source
 * buttons, `.amount__value`, and links), so the list works with any children; their
 * tabindex is managed here, after every render and whenever the list's content changes.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { zh } from '../copy/zh';

export interface RovingListProps {
  className?: string;
  testId?: string;
  /** CSS selector of the controls inside the list that share the one tab stop. */
  itemSelector?: string;
  children: ReactNode;
}

const DEFAULT_ITEMS = '.amount__value, a[href]';

/** The list's controls in document order (disabled or hidden ones skipped). */
function itemsOf(list: HTMLElement, selector: string): HTMLElement[] {
  return Array.from(list.querySelectorAll<HTMLElement>(selector)).filter(
    (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
}

/**
 * Makes `list` one tab stop: only its active control keeps tabindex 0.
 * @returns a cleanup function
 */
export function rovingFocus(list: HTMLElement, selector: string): () => void {
  let active: HTMLElement | null = null;
  const sync = () => {
    const items = itemsOf(list, selector);
    if (!active || !items.includes(active)) active = items[0] ?? null;
    for (const el of items) el.tabIndex = el === active ? 0 : -1;
  };
  const onFocusIn = (e: FocusEvent) => {
    const target = e.target as HTMLElement;
    const items = itemsOf(list, selector);
    if (!items.includes(target)) return;
    active = target;
    for (const el of items) el.tabIndex = el === active ? 0 : -1;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = itemsOf(list, selector);
    const at = items.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const last = items.length - 1;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? Math.min(last, at + 1)
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    // Inside the deck, arrows and Home / End must not also change the slide.
    e.stopPropagation();
    items[next]!.focus();
  };
  sync();
  const observer = new MutationObserver(sync);
  observer.observe(list, { childList: true, subtree: true });
  list.addEventListener('focusin', onFocusIn);
  list.addEventListener('keydown', onKeyDown);
  return () => {
    observer.disconnect();
    list.removeEventListener('focusin', onFocusIn);
    list.removeEventListener('keydown', onKeyDown);
  };
}

/** A `<ul>` whose controls are one tab stop (see the module comment). */
export function RovingList({ className, testId, itemSelector = DEFAULT_ITEMS, children }: RovingListProps) {
  const ref = useRef<HTMLUListElement>(null);
  const hint = useId();
  useEffect(() => {
    const list = ref.current;
    return list ? rovingFocus(list, itemSelector) : undefined;
  }, [itemSelector]);
  return (
    <>
      <ul ref={ref} className={className} data-testid={testId} aria-describedby={hint}>
        {children}
      </ul>
      <span id={hint} className="visually-hidden">
        {zh.rovingHint}
      </span>
    </>
  );
}
