/**
 * 编排幻灯片 (`#/present/build`): the presenter picks views and drill states for the deck,
 * orders them and starts the deck or shares it as a link. The URL is the state (see
 * deck-builder-model.ts): every edit replaces `?slides=` in place, so a reload or the link
 * itself keeps the deck being built; `from=` is the view state the presenter came from.
 *
 * Keyboard: every control is a button, link or field in reading order; after 上移 / 下移 the
 * focus follows the moved slide, after 删除 it goes to the slide now in that place, and a
 * polite status line says what changed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { withDataset } from '../../app/url';
import { VIEWS } from '../../app/views';
import { modes } from '../../copy/modes';
import { deckSearch, defaultDeckRoutes, slideFor } from './deck';
import {
  addableViews,
  builderSearch,
  customRoutes,
  describeRoute,
  moveRoute,
  readBuilderParams,
  removeRoute,
  type RouteNames,
} from './deck-builder-model';
import './deck-builder.css';

type CopyState = 'idle' | 'copied' | 'selected';

/** Where the focus goes after an edit: a slide's button, or the add controls. */
interface PendingFocus {
  index: number;
  action: 'up' | 'down' | 'remove';
}

const ADDABLE = addableViews(VIEWS);

/** The deck builder page (inside the app shell, with its header and navigation). */
export function DeckBuilder() {
  const location = useLocation();
  const navigate = useNavigate();
  const { budget, entry } = useDataset();
  const params = useMemo(() => readBuilderParams(VIEWS, location.search), [location.search]);
  const slides = useMemo(() => params.routes.map((r) => slideFor(VIEWS, r)), [params.routes]);
  const names = useMemo<RouteNames>(() => {
    const projects = new Map(budget.projects.map((p) => [p.code, p.name]));
    return {
      functionName: (code) => budget.functionTree.byCode.get(code)?.name,
      economicName: (code) => budget.economicTree.byCode.get(code)?.name,
      projectName: (code) => projects.get(code),
    };
  }, [budget]);
  const describe = (route: string) => describeRoute(VIEWS, route, names, modes.builderWords);

  const [status, setStatus] = useState('');
  const [copy, setCopy] = useState<CopyState>('idle');
  const [addPath, setAddPath] = useState(ADDABLE[0]?.path ?? '');
  const listRef = useRef<HTMLOListElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const pickRef = useRef<HTMLSelectElement>(null);
  const pending = useRef<PendingFocus | null>(null);

  const search = withDataset(location.search, entry.id);
  const custom = customRoutes(VIEWS, params.routes);
  const deckPath = `/present${deckSearch(custom, 1, search)}`;
  const shareLink = `${window.location.href.split('#')[0]}#${deckPath}`;

  /** Writes the next deck to the URL (in place: editing is not a trail of history entries). */
  const update = (routes: string[], said: string, focus: PendingFocus | null) => {
    pending.current = focus;
    setStatus(said);
    setCopy('idle');
    // In one synchronous commit with the status (flushSync, not the router's usual transition):
    // a second key pressed at once meets the new list, focus already moved, not the old one.
    void navigate(`/present/build${builderSearch(customRoutes(VIEWS, routes), params.from, search)}`, {
      replace: true,
      flushSync: true,
    });
  };

  // The focus follows the edited slide once the list shows the new order.
  useEffect(() => {
    const want = pending.current;
    const list = listRef.current;
    if (!want || !list) return;
    pending.current = null;
    const item = list.querySelectorAll<HTMLElement>('[data-slide-item]')[want.index];
    const order = [want.action, 'up', 'down', 'remove'] as const;
    for (const action of order) {
      const button = item?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      if (button && !button.disabled) {
        button.focus();
        return;
      }
    }
    // The last slide left has no enabled button: the focus goes on to adding one.
    pickRef.current?.focus();
  }, [location.search]);

  const move = (index: number, delta: number) => {
    const title = slides[index]!.title;
    update(moveRoute(params.routes, index, delta), modes.builderMoved(title, index + delta + 1), {
      index: index + delta,
      action: delta < 0 ? 'up' : 'down',
    });
  };
  const remove = (index: number) => {
    const next = removeRoute(params.routes, index);
    update(next, modes.builderRemoved(slides[index]!.title), {
      index: Math.min(index, next.length - 1),
      action: 'remove',
    });
  };
  const add = (route: string) => {
    const title = slideFor(VIEWS, route).title;
    update([...params.routes, route], modes.builderAdded(title, params.routes.length + 1), null);
  };

  const copyLink = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(shareLink);
      setCopy('copied');
    } catch {
      // A sandboxed frame or a refused permission: the link is selected for Ctrl+C instead.
      const field = linkRef.current;
      field?.focus();
      field?.select();
      setCopy('selected');
    }
  };

  const fromSlide = params.from ? slideFor(VIEWS, params.from) : null;
  const addable = ADDABLE.find((v) => v.path === addPath) ?? ADDABLE[0];

  return (
    <section className="view deck-builder" aria-labelledby="deck-builder-title">
      <header className="view__header">
        <h1 id="deck-builder-title">{modes.builderTitle}</h1>
        <p className="view__lede">{modes.builderIntro}</p>
      </header>

      <div className="deck-builder__layout">
        <section className="panel deck-builder__slides" aria-labelledby="deck-builder-slides">
          <div className="deck-builder__slides-head">
            <h2 id="deck-builder-slides">{modes.builderSlidesHeading(slides.length)}</h2>
            {params.custom ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => update(defaultDeckRoutes(VIEWS), modes.builderResetDone, null)}
              >
                {modes.builderReset}
              </button>
            ) : null}
          </div>
          <p className="deck-builder__note">
            {params.custom ? modes.builderCustomNote : modes.builderDefaultNote}
          </p>
          <ol ref={listRef} className="deck-builder__list" data-testid="builder-slides">
            {slides.map((slide, i) => (
              <li key={`${i}-${slide.route}`} className="deck-builder__item" data-slide-item="">
                <span className="deck-builder__number" aria-hidden="true">
                  {i + 1}
                </span>
                <div className="deck-builder__what">
                  <span className="deck-builder__title">{slide.title}</span>
                  {describe(slide.route) ? (
                    <span className="deck-builder__detail">{describe(slide.route)}</span>
                  ) : null}
                  <code className="deck-builder__route">#/{slide.route}</code>
                </div>
                <div className="deck-builder__buttons">
                  <button
                    type="button"
                    className="deck-builder__button"
                    data-action="up"
                    aria-label={modes.builderUpLabel(i + 1, slide.title)}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    <span aria-hidden="true">↑ </span>
                    {modes.builderUp}
                  </button>
                  <button
                    type="button"
                    className="deck-builder__button"
                    data-action="down"
                    aria-label={modes.builderDownLabel(i + 1, slide.title)}
                    disabled={i === slides.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    <span aria-hidden="true">↓ </span>
                    {modes.builderDown}
                  </button>
                  <button
                    type="button"
                    className="deck-builder__button deck-builder__button--remove"
                    data-action="remove"
                    aria-label={modes.builderRemoveLabel(i + 1, slide.title)}
                    title={slides.length <= 1 ? modes.builderLastSlide : undefined}
                    disabled={slides.length <= 1}
                    onClick={() => remove(i)}
                  >
                    {modes.builderRemove}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <p className="deck-builder__status" role="status" data-testid="builder-status">
            {status}
          </p>
        </section>

        <div className="deck-builder__side">
          <section className="panel" aria-labelledby="deck-builder-add">
            <h2 id="deck-builder-add">{modes.builderAddHeading}</h2>
            <div className="deck-builder__current">
              <h3>{modes.builderCurrentLabel}</h3>
              {fromSlide && params.from ? (
                <>
                  <p className="deck-builder__what">
                    <span className="deck-builder__title">{fromSlide.title}</span>
                    {describe(params.from) ? (
                      <span className="deck-builder__detail">{describe(params.from)}</span>
                    ) : null}
                    <code className="deck-builder__route">#/{params.from}</code>
                  </p>
                  <button type="button" className="button" onClick={() => add(params.from!)}>
                    {modes.builderAddCurrent}
                  </button>
                </>
              ) : (
                <p className="deck-builder__note">{modes.builderNoCurrent}</p>
              )}
            </div>
            <div className="deck-builder__pick">
              <label>
                <span>{modes.builderViewLabel}</span>
                <select ref={pickRef} value={addPath} onChange={(e) => setAddPath(e.target.value)}>
                  {ADDABLE.map((v) => (
                    <option key={v.path} value={v.path}>
                      {v.label}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => addable && add(addable.route)}
              >
                {modes.builderAddView}
              </button>
            </div>
          </section>

          <section className="panel" aria-labelledby="deck-builder-share">
            <h2 id="deck-builder-share">{modes.builderShareHeading}</h2>
            <div className="deck-builder__actions">
              <Link className="button" to={deckPath}>
                {modes.builderStart}
              </Link>
              <button type="button" className="button button--secondary" onClick={() => void copyLink()}>
                {modes.builderCopy}
              </button>
            </div>
            <label className="deck-builder__link">
              <span>{modes.builderLinkLabel}</span>
              <input
                ref={linkRef}
                type="text"
                readOnly
                value={shareLink}
                data-testid="builder-link"
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <p className="deck-builder__status" role="status" data-testid="builder-copy-status">
              {copy === 'copied' ? modes.builderCopied : copy === 'selected' ? modes.builderCopyFallback : ''}
            </p>
          </section>
        </div>
      </div>
    </section>
  );
}
