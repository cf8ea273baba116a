/**
 * Find anything, in the header: a combobox (WAI-ARIA APG "combobox with listbox popup") over
 * the dataset's search index (domain/search-index.ts): any 科目 by code or name, project,
 * 绩效指标, printed table row or narrative paragraph, each hit with its figure. `/` anywhere
 * (outside a text field) focuses it; ↑ ↓ choose a hit, Enter opens its view at that place,
 * Esc closes the list (and a second Esc clears the box). The index is built on first focus.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { withSticky } from '../../app/url';
import { searchCopy as t } from '../../copy/search';
import type { BudgetModel } from '../../domain/budget-model';
import type { Dataset } from '../../domain/schema';
import { buildSearchIndex, searchIndex, type SearchEntry } from '../../domain/search-index';
import './search.css';

/** True when a key press goes to a text field (so `/` types a slash there). */
function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

export function SearchBox({ dataset, budget }: { dataset: Dataset; budget: BudgetModel }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [wanted, setWanted] = useState(false);
  // Built on first use (not on every page load), once per dataset.
  const index = useMemo(
    () => (wanted ? buildSearchIndex(dataset, budget) : undefined),
    [wanted, dataset, budget],
  );
  const hits = useMemo(() => (index ? searchIndex(index, query) : []), [index, query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const choose = (hit: SearchEntry | undefined) => {
    if (!hit) return;
    setOpen(false);
    setQuery('');
    input.current?.blur();
    void navigate(withSticky(hit.route, location.search));
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && query.trim() !== '';
  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        className="search-box__input"
        placeholder={t.placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        value={query}
        onFocus={() => setWanted(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            if (expanded) choose(hits[active]);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            if (expanded) setOpen(false);
            else {
              setQuery('');
              input.current?.blur();
            }
          }
        }}
      />
      <p className="visually-hidden" role="status">
        {expanded ? t.count(hits.length) : ''}
      </p>
      {expanded && hits.length === 0 && (
        <p className="search-box__list search-box__none">{t.none(query.trim())}</p>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={t.listLabel}
        className="search-box__list"
        hidden={!expanded || hits.length === 0}
      >
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.route}-${i}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`search-box__option${i === active ? ' is-active' : ''}`}
              data-route={hit.route}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className={`search-box__kind search-box__kind--${hit.kind}`}>{t.kinds[hit.kind]}</span>
              <span className="search-box__main">
                <span className="search-box__title">
                  {hit.code ? <span className="search-box__code">{hit.code}</span> : null}
                  {hit.title}
                </span>
                <span className="search-box__context">{hit.context}</span>
              </span>
              {hit.figure ? <span className="search-box__figure">{hit.figure}</span> : null}
            </li>
          ))}
      </ul>
    </div>
  );
}

/**
 * The search field while the dataset it searches is still loading: the same box, disabled
 * (nothing to find yet), so the header has its final size from the start (issue 12: nothing
 * moves when the data arrive).
 */
export function SearchBoxStandIn() {
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        className="search-box__input"
        placeholder={t.placeholder}
        disabled
        aria-busy="true"
      />
    </div>
  );
}
