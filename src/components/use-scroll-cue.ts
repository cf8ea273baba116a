/**
 * Marks a sideways-scrolling strip (the view tabs on a phone) with where more content
 * lies: `data-overflow="none" | "start" | "end" | "both"` on the element, updated on scroll
 * and resize, so CSS can fade the edge that hides more tabs (a visible scroll cue).
 */
import { useEffect, type RefObject } from 'react';

export function useScrollCue(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const start = el.scrollLeft > 1;
      const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      el.dataset.overflow = start && end ? 'both' : start ? 'start' : end ? 'end' : 'none';
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [ref]);
}
