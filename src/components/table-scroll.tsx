/**
 * Horizontal scroll container for wide tables on narrow screens. It is a labelled,
 * focusable region so keyboard users can scroll it too (axe: scrollable-region-focusable),
 * and a shadow on the side that holds more columns tells a sighted reader there is more to
 * scroll to (the columns past the edge are otherwise invisible on a phone). The shadows lie
 * over the table (absolutely positioned), so they never move the layout.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Which sides of the scroll box hold columns out of view. */
interface Overflow {
  left: boolean;
  right: boolean;
}

/**
 * @param label    the region's accessible name (the table's title)
 * @param children the table
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState<Overflow>({ left: false, right: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const left = box.scrollLeft > 1;
      const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
    };
    update();
    const resize = new ResizeObserver(update);
    resize.observe(box);
    for (const child of Array.from(box.children)) resize.observe(child);
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      resize.disconnect();
      box.removeEventListener('scroll', update);
    };
  }, []);
  return (
    <div
      className="table-scroll-frame"
      data-more-left={more.left ? '' : undefined}
      data-more-right={more.right ? '' : undefined}
    >
      {/* A focusable region is the accessible pattern for scrollable content. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div ref={ref} className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
