/**
 * Horizontal scroll container for wide tables on narrow screens. It is a labelled,
 * focusable region so keyboard users can scroll it too (axe: scrollable-region-focusable).
 * A long (virtualised) table also scrolls vertically inside it: `className` sizes the box
 * and `scrollRef` hands the element to the virtualiser (src/components/data-table.tsx).
 */
import type { ReactNode, Ref } from 'react';

export function TableScroll({
  label,
  children,
  className,
  scrollRef,
}: {
  label: string;
  children: ReactNode;
  className?: string;
  scrollRef?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={scrollRef}
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="region"
      aria-label={label}
      // A focusable region is the accessible pattern for scrollable content.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </div>
  );
}
