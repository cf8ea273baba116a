/**
 * 汇报模式 (#/present): the key views as a deck for a projector. Slides come from the view
 * registry in order (or from `?slides=`), the current slide is `&slide=n` in the URL,
 * keyboard and clickers (PageUp / PageDown) move through it, F toggles full screen, Esc
 * leaves (full screen first, then back to the normal view of the current slide). Drilling
 * inside a slide changes that slide's route in the deck. 打印 prints one slide per page.
 *
 * Presentation styling (large type, no motion) hangs off the `present-mode` class and
 * `data-motion="off"` on <html>, set while this page is shown.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { VIEWS } from '../../app/views';
import { withSticky } from '../../app/url';
import { modes } from '../../copy/modes';
import { clampSlide, deckSearch, readDeckParams, resolveDeck, withSlideRoute } from './deck';
import { PrintDeck } from './print-deck';
import { SlideView } from './slide-view';
import { useFullscreen } from './use-fullscreen';
import './present.css';

/** Keys that belong to form fields, where the deck must not steal them. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Space activates buttons and links; only elsewhere does it mean "next slide". */
function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && Boolean(target.closest('button, a[href], summary, [role="button"]'))
  );
}

/** Applies the presentation look to the whole document while the deck is shown. */
function usePresentationDocument(printing: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('present-mode');
    root.dataset.motion = 'off';
    return () => {
      root.classList.remove('present-mode');
      delete root.dataset.motion;
    };
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle('present-printing', printing);
    return () => document.documentElement.classList.remove('present-printing');
  }, [printing]);
}

export default function PresentPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => readDeckParams(location.search), [location.search]);
  const slides = useMemo(() => resolveDeck(VIEWS, params), [params]);
  const total = slides.length;
  const current = clampSlide(params.slide, total);
  const slide = slides[current - 1];
  const datasetId = new URLSearchParams(location.search).get('d');
  const fullscreen = useFullscreen();
  const [printing, setPrinting] = useState(false);
  usePresentationDocument(printing);

  const deckPath = useCallback(
    (custom: string[] | null, n: number) => `/present${deckSearch(custom, n, location.search)}`,
    [location.search],
  );
  const deckPathFor = useCallback(
    (index: number, route: string) => deckPath(withSlideRoute(VIEWS, slides, index, route), index + 1),
    [deckPath, slides],
  );
  const goTo = useCallback(
    (n: number) => {
      const next = clampSlide(n, total);
      if (next !== current) void navigate(deckPath(params.slides, next), { replace: true });
    },
    [navigate, deckPath, params.slides, total, current],
  );
  const onSlideNavigate = useCallback(
    (route: string, replace: boolean) => void navigate(deckPathFor(current - 1, route), { replace }),
    [navigate, deckPathFor, current],
  );
  const slidePathFor = useCallback(
    (route: string) => deckPathFor(current - 1, route),
    [deckPathFor, current],
  );

  const leave = useCallback(() => {
    if (fullscreen.exit()) return;
    void navigate(withSticky(`/${slide?.route ?? 'overview'}`, location.search));
  }, [fullscreen, navigate, slide, location.search]);

  const print = useCallback(() => setPrinting(true), []);
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        print();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target) || printing) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => goTo(current + 1),
        PageDown: () => goTo(current + 1),
        ArrowLeft: () => goTo(current - 1),
        PageUp: () => goTo(current - 1),
        Home: () => goTo(1),
        End: () => goTo(total),
        f: fullscreen.toggle,
        F: fullscreen.toggle,
        Escape: leave,
      };
      if (e.key === ' ' && !isActivatable(e.target)) actions[' '] = () => goTo(current + 1);
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, current, total, fullscreen.toggle, leave, print, printing]);

  if (!slide)
    return (
      <section className="empty-state">
        <h1>{modes.presentLabel}</h1>
        <p>{modes.presentEmptyDeck}</p>
      </section>
    );

  return (
    <div className="present" data-testid="present">
      <div className="present__bar" role="group" aria-label={modes.presentToolbar}>
        <p className="present__where" aria-live="polite" data-testid="present-where">
          <span className="present__count">{modes.presentSlideOf(current, total)}</span>
          <span aria-hidden="true"> · </span>
          <span className="present__title">{slide.title}</span>
        </p>
        <div className="present__buttons">
          <button
            type="button"
            className="present__button"
            onClick={() => goTo(current - 1)}
            disabled={current <= 1}
          >
            <span aria-hidden="true">← </span>
            {modes.presentPrev}
          </button>
          <button
            type="button"
            className="present__button"
            onClick={() => goTo(current + 1)}
            disabled={current >= total}
          >
            {modes.presentNext}
            <span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="present__button"
            aria-pressed={fullscreen.active}
            onClick={fullscreen.toggle}
          >
            {fullscreen.active ? modes.presentExitFullscreen : modes.presentFullscreen}
          </button>
          <button type="button" className="present__button" onClick={print} disabled={printing}>
            {modes.presentPrint}
          </button>
          <button type="button" className="present__button present__button--exit" onClick={leave}>
            {modes.presentExit}
          </button>
        </div>
      </div>
      {fullscreen.refused ? (
        <p className="present__notice" role="status">
          {modes.presentFullscreenUnavailable}
        </p>
      ) : null}
      {printing ? (
        <p className="present__notice" role="status">
          {modes.presentPreparingPrint}
        </p>
      ) : null}
      <section
        className="present__slide"
        aria-roledescription="幻灯片"
        aria-label={`${modes.presentSlideOf(current, total)} · ${slide.title}`}
        data-testid="present-slide"
        data-route={slide.route}
      >
        <SlideView
          key={current}
          route={slide.route}
          title={slide.title}
          datasetId={datasetId}
          onNavigate={onSlideNavigate}
          deckPathFor={slidePathFor}
        />
      </section>
      <p className="present__keys">{modes.presentKeysHint}</p>
      {printing ? (
        <PrintDeck
          slides={slides}
          datasetId={datasetId}
          deckPathFor={deckPathFor}
          onReady={() => window.print()}
        />
      ) : null}
    </div>
  );
}
