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
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useNavigationType } from 'react-router';
import { VIEWS } from '../../app/views';
import { withSticky } from '../../app/url';
import { modes } from '../../copy/modes';
import { clampSlide, deckSearch, isBuilderPath, readDeckParams, resolveDeck, withSlideRoute } from './deck';
import { DeckBuilder } from './deck-builder';
import { builderSearch } from './deck-builder-model';
import { PrintDeck } from './print-deck';
import { pageShowing, paginate, showPage, type SlidePage } from './slide-pager';
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

/**
 * The history state of the deck's own `&screen=k` writes (the screen shown, 1-based). Such a
 * URL arriving is no request from outside: by then the presenter may have paged on, and
 * obeying it would send them back (a → then ← pressed at once ended on the second screen).
 */
interface OwnScreenState {
  deckScreen: number;
}

/**
 * The screen a location was written for by the deck itself, or null: only for a replace
 * (back and forward to an entry are the presenter's requests) with that state.
 */
function ownScreenOf(state: unknown, replaced: boolean): number | null {
  const screen = (state as Partial<OwnScreenState> | null)?.deckScreen;
  return replaced && typeof screen === 'number' ? screen : null;
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

/**
 * Pages of the slide on screen (slide-pager.ts): re-measured whenever the slide's content
 * or size changes. Returns the page count, the page shown, a setter and whether the slide
 * has been measured yet; `startAtLast` opens the slide on its last page (← from the next
 * slide), else it opens on `requested` (0-based, the URL's `screen`), clamped to the pages
 * found. Both are read once per slide (`key`); later, a change of `requested` alone (the
 * slide's `route` the same) shows that screen, clamped, unless `ownWrite` says the URL is
 * the deck's own record of a screen shown earlier.
 */
function useSlidePages(
  slideRef: React.RefObject<HTMLElement | null>,
  key: string,
  startAtLast: boolean,
  requested: number,
  route: string | undefined,
  ownWrite: boolean,
) {
  const [pages, setPages] = useState<SlidePage[]>([{ block: 0, rows: null }]);
  const [page, setPageState] = useState(0);
  // The slide (key) the pages belong to: right after a move to another slide they are still
  // the previous slide's until it is measured.
  const [measuredKey, setMeasuredKey] = useState<string | null>(null);
  const pageRef = useRef(page);
  const lastRef = useRef(startAtLast);
  // The screen the URL asked for: kept (shown clamped) until the presenter pages, so a
  // slide that grows once its data has drawn still opens on the screen of the link.
  const requestedRef = useRef<number | null>(requested);
  const setPage = useCallback((n: number) => {
    requestedRef.current = null;
    setPageState(n);
  }, []);
  useEffect(() => {
    pageRef.current = page;
    const slide = slideRef.current;
    const view = slide?.querySelector<HTMLElement>('.view') ?? null;
    const found = pagesRef.current;
    if (slide && view && found[page]) showPage(view, found[page], slide);
  }, [page, slideRef]);
  const pagesRef = useRef(pages);
  useEffect(() => {
    const slide = slideRef.current;
    if (!slide) return;
    lastRef.current = startAtLast;
    requestedRef.current = startAtLast ? null : requested;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const view = slide.querySelector<HTMLElement>('.view');
        if (!view || slide.querySelector('.loading')) return;
        // Measuring hides and shows parts of the slide, which takes the focus from a field
        // the presenter is typing in: keep its page, then give the focus (and caret) back.
        const active = document.activeElement;
        const focused = active instanceof HTMLElement && slide.contains(active) ? active : null;
        const caret =
          focused instanceof HTMLInputElement
            ? ([focused.selectionStart, focused.selectionEnd, focused.selectionDirection] as const)
            : null;
        const found = paginate(view, slide);
        pagesRef.current = found;
        const from = requestedRef.current ?? pageRef.current;
        let wanted = lastRef.current ? found.length - 1 : Math.min(from, found.length - 1);
        if (focused && !lastRef.current) {
          const holding = pageShowing(view, found, focused);
          if (holding >= 0) wanted = holding;
        }
        lastRef.current = false;
        showPage(view, found[wanted]!, slide);
        if (focused && focused.isConnected && document.activeElement !== focused) {
          focused.focus({ preventScroll: true });
          if (caret && focused instanceof HTMLInputElement)
            focused.setSelectionRange(caret[0], caret[1], caret[2] ?? undefined);
        }
        pageRef.current = wanted;
        setPages(found);
        setPageState(wanted);
        setMeasuredKey(key);
      });
    };
    measure();
    const mutations = new MutationObserver(measure);
    mutations.observe(slide, { childList: true, subtree: true });
    const resize = new ResizeObserver(measure);
    resize.observe(slide);
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      resize.disconnect();
      setPageState(0);
      setMeasuredKey(null);
    };
    // startAtLast and requested are read once per slide (key), on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slideRef, key]);
  // A screen asked for from outside while the slide stays (a link to `&screen=k` followed
  // on this slide, the address edited): shown clamped to the pages found, decided during the
  // render (so the URL is never rewritten from the page shown before), and kept as the
  // request so a re-measure that finds more pages clamps again. The URL this hook's own
  // paging writes (`ownWrite`) is no request, even when the presenter has paged on since.
  const measured = measuredKey === key;
  // A drill or a search inside the slide changes its route and drops `&screen`: that is no
  // request (the measure above keeps the presenter's page, or the field's), so only a change
  // of the screen alone, the route staying, is one.
  const [seen, setSeen] = useState({ requested, route });
  const [urlRequest, setUrlRequest] = useState<{ screen: number } | null>(null);
  if (requested !== seen.requested || route !== seen.route) {
    setSeen({ requested, route });
    if (measured && route === seen.route && requested !== page && !ownWrite) {
      setPageState(Math.max(0, Math.min(requested, pages.length - 1)));
      setUrlRequest({ screen: requested });
    }
  }
  useEffect(() => {
    if (urlRequest) requestedRef.current = urlRequest.screen;
  }, [urlRequest]);
  return { count: pages.length, page, setPage, measured };
}

/** The deck (`#/present`), or its builder (`#/present/build`, deck-builder.tsx). */
export default function PresentRoute() {
  const { pathname } = useLocation();
  return isBuilderPath(pathname) ? <DeckBuilder /> : <PresentPage />;
}

function PresentPage() {
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
  const slideRef = useRef<HTMLElement>(null);
  const [fromNext, setFromNext] = useState(false);
  // Keyed by the slide's place in the deck, not its route: a search or a drill inside the
  // slide re-pages it (the observers below) without sending the presenter to its first page.
  const replaced = useNavigationType() === 'REPLACE';
  const ownWrite = ownScreenOf(location.state, replaced) === params.screen;
  const pages = useSlidePages(slideRef, String(current), fromNext, params.screen - 1, slide?.route, ownWrite);

  // The screen shown is in the URL (`&screen=k`, omitted for the first), replaced as the
  // presenter pages, and clamped once the slide is measured: a reload or a shared link
  // reopens the same screen.
  const shownScreen = pages.measured ? pages.page + 1 : null;
  useEffect(() => {
    if (shownScreen === null || shownScreen === params.screen) return;
    const state: OwnScreenState = { deckScreen: shownScreen };
    void navigate(`/present${deckSearch(params.slides, current, location.search, shownScreen)}`, {
      replace: true,
      state,
    });
  }, [shownScreen, params.screen, params.slides, current, location.search, navigate]);

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
  // → / PageDown / Space: the next page of this slide, then the next slide; ← the reverse.
  const next = useCallback(() => {
    if (pages.page < pages.count - 1) pages.setPage(pages.page + 1);
    else if (current < total) {
      setFromNext(false);
      goTo(current + 1);
    }
  }, [pages, current, total, goTo]);
  const prev = useCallback(() => {
    if (pages.page > 0) pages.setPage(pages.page - 1);
    else if (current > 1) {
      setFromNext(true);
      goTo(current - 1);
    }
  }, [pages, current, goTo]);
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
        ArrowRight: next,
        PageDown: next,
        ArrowLeft: prev,
        PageUp: prev,
        Home: () => {
          setFromNext(false);
          if (current === 1) pages.setPage(0);
          goTo(1);
        },
        End: () => {
          setFromNext(false);
          goTo(total);
        },
        f: fullscreen.toggle,
        F: fullscreen.toggle,
        Escape: leave,
      };
      if (e.key === ' ' && !isActivatable(e.target)) actions[' '] = next;
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, next, prev, pages, current, total, fullscreen.toggle, leave, print, printing]);

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
        {pages.count > 1 ? (
          <p className="present__page" data-testid="present-page">
            {modes.presentPageOf(pages.page + 1, pages.count)}
          </p>
        ) : null}
        <div className="present__buttons">
          <button
            type="button"
            className="present__button"
            onClick={prev}
            disabled={current <= 1 && pages.page === 0}
          >
            <span aria-hidden="true">← </span>
            {modes.presentPrev}
          </button>
          <button
            type="button"
            className="present__button"
            onClick={next}
            disabled={current >= total && pages.page >= pages.count - 1}
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
          <Link
            className="present__button"
            to={`/present/build${builderSearch(params.slides, slide.route, location.search)}`}
          >
            {modes.presentBuild}
          </Link>
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
        ref={slideRef}
        className="present__slide"
        aria-roledescription="幻灯片"
        aria-label={`${modes.presentSlideOf(current, total)} · ${slide.title}`}
        data-testid="present-slide"
        data-route={slide.route}
        data-page={pages.page + 1}
        data-pages={pages.count}
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
