/**
 * The printable deck: every screen of every slide on its own 16:9 page (1280 × 720 CSS px,
 * see @page in present.css), laid out off screen at the printed width. Two passes: each
 * slide is drawn once and split into pages that fit the printed page (slide-pager.ts, the
 * same rules as on screen: a chart or a table per page, long tables paged by rows, so no
 * row is cut); then every page is drawn, shown at its part, and printed once every view
 * has loaded and every chart reports data-rendered.
 */
import { useEffect, useRef, useState } from 'react';
import { modes } from '../../copy/modes';
import type { Slide } from './deck';
import { paginate, showPage, type SlidePage } from './slide-pager';
import { SlideView } from './slide-view';

/** Printed page size in CSS px (16:9, like the projector). */
export const PAGE_WIDTH = 1280;
export const PAGE_HEIGHT = 720;

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

/** The view and the fixed-height body of each printed page, in page order. */
function printedPages(root: HTMLElement): { view: HTMLElement; body: HTMLElement }[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.present-print__body')).flatMap((body) => {
    const view = body.querySelector<HTMLElement>('.view');
    return view ? [{ view, body }] : [];
  });
}

export function PrintDeck({ slides, datasetId, deckPathFor, onReady }: PrintDeckProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  }, [onReady]);

  // Pass 1 (plan null): each slide once, measured into pages. Pass 2: every page.
  const [plan, setPlan] = useState<SlidePage[][] | null>(null);
  const sheets = plan
    ? slides.flatMap((s, i) =>
        plan[i]!.map((part, k) => ({ slide: s, index: i, part, k, of: plan[i]!.length })),
      )
    : slides.map((s, i) => ({ slide: s, index: i, part: null, k: 0, of: 1 }));

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let done = false;
    const check = () => {
      if (done || !allRendered(root, sheets.length)) return;
      done = true;
      observer.disconnect();
      // Measure after layout has settled for this frame.
      requestAnimationFrame(() => {
        const pages = printedPages(root);
        if (!plan) {
          setPlan(pages.map(({ view, body }) => paginate(view, body)));
          return;
        }
        pages.forEach(({ view, body }, i) => {
          const part = sheets[i]?.part;
          if (part) showPage(view, part, body);
        });
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
    // sheets follows from slides and plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slides.length, plan]);

  return (
    <div
      ref={ref}
      className="present-print"
      data-testid="present-print"
      data-print-ready="false"
      aria-hidden="true"
      inert
    >
      {sheets.map(({ slide: s, index: i, k, of }) => (
        <section key={`${plan ? 'p' : 'm'}-${i}-${k}-${s.route}`} className="present-print__page">
          <p className="present-print__head">
            {modes.presentSlideOf(i + 1, slides.length)} · {s.title}
            {of > 1 ? ` · ${modes.presentPageOf(k + 1, of)}` : null}
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
