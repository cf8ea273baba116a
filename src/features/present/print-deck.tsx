/**
 * The printable deck: every slide on its own 16:9 page (1280 × 720 CSS px, see @page in
 * present.css), laid out off screen at the printed width, shrunk to fit its page when
 * taller, and printed once every view has loaded and every chart reports data-rendered.
 */
import { useEffect, useRef } from 'react';
import { modes } from '../../copy/modes';
import type { Slide } from './deck';
import { SlideView } from './slide-view';

/** Printed page size in CSS px (16:9, like the projector). */
export const PAGE_WIDTH = 1280;
export const PAGE_HEIGHT = 720;
/** Smallest shrink factor for a page's content (≈ 8 pt body text on the printout). */
export const MIN_ZOOM = 0.6;

export interface PrintDeckProps {
  slides: readonly Slide[];
  datasetId: string | null;
  deckPathFor: (index: number, route: string) => string;
  /** Called once, when every page is ready to print. */
  onReady: () => void;
}

const IGNORE_NAVIGATION = () => undefined;

/** True when no page has a loading state or an unfinished chart left. */
function allRendered(root: HTMLElement, pages: number): boolean {
  const bodies = root.querySelectorAll('.present-print__body');
  if (bodies.length !== pages) return false;
  if (root.querySelector('.loading, .chart[data-rendered="false"]')) return false;
  return Array.from(bodies).every((b) => b.childElementCount > 0);
}

/** Shrinks each page's content (CSS zoom) so it fits the page height. */
function fitPages(root: HTMLElement): void {
  for (const page of Array.from(root.querySelectorAll<HTMLElement>('.present-print__page'))) {
    const body = page.querySelector<HTMLElement>('.present-print__body');
    const head = page.querySelector<HTMLElement>('.present-print__head');
    const more = page.querySelector<HTMLElement>('.present-print__more');
    if (!body) continue;
    body.style.zoom = '';
    const styles = getComputedStyle(page);
    const available =
      PAGE_HEIGHT -
      parseFloat(styles.paddingTop) -
      parseFloat(styles.paddingBottom) -
      (head?.getBoundingClientRect().height ?? 0) -
      (more?.getBoundingClientRect().height ?? 0);
    const needed = body.scrollHeight;
    if (needed <= available) continue;
    // Shrink to fit, but never below MIN_ZOOM (unreadable on paper): a longer view is cut
    // at the page's foot and the page says where the rest is.
    const zoom = Math.max(MIN_ZOOM, Math.floor((available / needed) * 1000) / 1000);
    body.style.zoom = String(zoom);
  }
}

export function PrintDeck({ slides, datasetId, deckPathFor, onReady }: PrintDeckProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  }, [onReady]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let done = false;
    const check = () => {
      if (done || !allRendered(root, slides.length)) return;
      done = true;
      observer.disconnect();
      // Fit after layout has settled for this frame.
      requestAnimationFrame(() => {
        fitPages(root);
        root.setAttribute('data-print-ready', 'true');
        onReadyRef.current();
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-rendered'],
    });
    check();
    return () => observer.disconnect();
  }, [slides.length]);

  return (
    <div
      ref={ref}
      className="present-print"
      data-testid="present-print"
      data-print-ready="false"
      aria-hidden="true"
      inert
    >
      {slides.map((s, i) => (
        <section key={`${i}-${s.route}`} className="present-print__page">
          <p className="present-print__head">
            {modes.presentSlideOf(i + 1, slides.length)} · {s.title}
          </p>
          <div className="present-print__body">
            <SlideView
              route={s.route}
              title={s.title}
              datasetId={datasetId}
              onNavigate={IGNORE_NAVIGATION}
              deckPathFor={(route) => deckPathFor(i, route)}
            />
          </div>
          <p className="present-print__more">{modes.presentPrintMore(s.route)}</p>
        </section>
      ))}
    </div>
  );
}
