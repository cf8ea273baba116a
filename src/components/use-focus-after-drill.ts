/**
 * Focus management for drill-down views: a drill or climb started on the page (a table
 * link, a chart click, the breadcrumb) moves keyboard focus to the new level's heading, so
 * keyboard and screen-reader users land on what changed instead of <body>. First load and
 * back/forward never move focus: only the level the page itself asked for.
 *
 * Usage: `const { headingRef, willDrill } = useFocusAfterDrill(levelKey)`; call
 * `willDrill(nextKey)` just before navigating; give the heading `ref={headingRef}` and
 * `tabIndex={-1}`. The heading is focused without scrolling when it is already in view.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useFocusAfterDrill(levelKey: string) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wanted = useRef<string | null>(null);
  useEffect(() => {
    const key = wanted.current;
    wanted.current = null;
    const heading = headingRef.current;
    if (key !== levelKey || !heading) return;
    const r = heading.getBoundingClientRect();
    heading.focus({ preventScroll: r.top >= 0 && r.bottom <= window.innerHeight });
  }, [levelKey]);
  const willDrill = useCallback((nextKey: string) => {
    wanted.current = nextKey;
  }, []);
  return { headingRef, willDrill };
}
