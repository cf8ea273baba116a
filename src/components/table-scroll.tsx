/**
 * Horizontal scroll container for wide tables on narrow screens. It is a labelled,
 * focusable region so keyboard users can scroll it too (axe: scrollable-region-focusable),
 * and a shadow on the side that holds more columns tells a sighted reader there is more to
 * scroll to (the columns past the edge are otherwise invisible on a phone). The shadows lie
 * over the table (absolutely positioned), so they never move the layout.
 * A long (virtualised) table also scrolls vertically inside it: `className` sizes the box
 * and `scrollRef` hands the element to the virtualiser (src/components/data-table.tsx).
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/** Which sides of the scroll box hold columns out of view. */
interface Overflow {
  left: boolean;
  right: boolean;
}

/**
 * @param label     the region's accessible name (the table's title)
 * @param children  the table
 * @param className added to the scroll box (e.g. the virtualised table's fixed height)
 * @param scrollRef receives the scroll box element
 */
export function TableScroll({
  label,
  children,
  className,
  scrollRef,
}: {
  label: string;
  children: ReactNode;
  className?: string;
  scrollRef?: RefObject<HTMLDivElement | null>;
}) {
  const own = useRef<HTMLDivElement | null>(null);
  const ref = scrollRef ?? own;
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
    // No ResizeObserver (an old browser, jsdom): the cue follows scrolling only.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resize?.observe(box);
    for (const child of Array.from(box.children)) resize?.observe(child);
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      resize?.disconnect();
      box.removeEventListener('scroll', update);
    };
  }, [ref]);
  return (
    <div
      className="table-scroll-frame"
      data-more-left={more.left ? '' : undefined}
      data-more-right={more.right ? '' : undefined}
    >
      <div
        ref={ref}
        className={className ? `table-scroll ${className}` : 'table-scroll'}
        role="region"
        aria-label={label}
        // A focusable region is the accessible pattern for scrollable content.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
