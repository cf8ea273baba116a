/**
 * Horizontal scroll container for wide tables on narrow screens. It is a labelled,
 * focusable region so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A focusable region is the accessible pattern for scrollable content.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
