/**
 * 绩效目标与指标 (issue 5): the department's performance goals, the 7 project 绩效目标表 tied
 * to their money, one filterable indicator table across all projects, and a quality review
 * for budget reviewers. The URL holds the selected project (path) and the filters (query).
 */
import { RovingList } from '../../components/roving-list';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PerformanceHighlights } from './performance-highlights';
import { useDataset } from '../../app/dataset-context';
import { perfCopy as c } from '../../copy/performance';
import { DepartmentGoals } from './department-goals';
import { IndicatorTable } from './indicator-table';
import { ProjectList } from './project-list';
import { ProjectDetail } from './project-detail';
import { useExportTables } from '../../export/registry';
import { isProjectTotal, performanceProjectsSpec, performanceSpecs } from './export-specs';
import { useSortedSpec } from '../../components/use-url-table-state';
import { SearchBox } from './search-box';
import {
  selectPerformance,
  type FacetOption,
  type PerformanceModel,
  type QualityGroup,
  type QualityItem,
} from './select-performance';
import {
  filtersToSearch,
  hasActiveFilters,
  isAtTable,
  NO_FILTERS,
  parseFilters,
  tableLinkSearch,
  selectedProjectFromSplat,
  type Grouping,
  type PerformanceFilters,
} from './url-state';
import { useSearchWriter } from '../../components/use-search-writer';
import './performance.css';

/** A change of the filters, applied to the latest ones. */
type FilterUpdate = (latest: PerformanceFilters) => PerformanceFilters;

/**
 * `#/performance/*`: the explorer, or its one-screen summary at `highlights` (the deck's
 * performance slide).
 */
export default function PerformanceRoute() {
  return useParams()['*'] === 'highlights' ? <PerformanceHighlights /> : <PerformancePage />;
}

/** The 绩效目标与指标 explorer. */
function PerformancePage() {
  const { budget } = useDataset();
  const location = useLocation();
  const splat = useParams()['*'];
  const selectedCode = selectedProjectFromSplat(splat);
  const filters = useMemo(() => parseFilters(location.search), [location.search]);
  const model = useMemo(
    () => selectPerformance(budget, filters, selectedCode),
    [budget, filters, selectedCode],
  );
  // The parts built once per dataset keep their identity across filters (select-performance.ts),
  // so the sections made of them are not drawn again on a keystroke in the search.
  const { overallGoal, goals, workSafeguards, mechanismSafeguards, projects, projectTotal, totalRows } =
    model;
  const goalsModel = useMemo(
    () => ({ overallGoal, goals, workSafeguards, mechanismSafeguards }),
    [overallGoal, goals, workSafeguards, mechanismSafeguards],
  );
  const projectsModel = useMemo(
    () => ({ projects, projectTotal, totalRows }),
    [projects, projectTotal, totalRows],
  );
  // The project list's sort (?plsort=) orders the rows on screen and in the files alike.
  const projectsSpec = useMemo(() => performanceProjectsSpec(projectsModel, budget), [projectsModel, budget]);
  const projectsSorted = useSortedSpec(projectsSpec, 'plsort', isProjectTotal)!;
  useExportTables(
    useMemo(() => performanceSpecs(model, budget, projectsSorted.spec), [model, budget, projectsSorted.spec]),
  );
  const projectOrder = useMemo(() => {
    const byCode = new Map(projects.map((p) => [p.code, p]));
    return projectsSorted.body.flatMap((r) => {
      const p = r.code === undefined ? undefined : byCode.get(r.code);
      return p ? [p] : [];
    });
  }, [projects, projectsSorted.body]);

  /**
   * Writes the filters: `update` gets the latest ones (the URL as last written, which may be
   * a moment ahead of this render: useSearchWriter) and returns the next. `now`: render in
   * the event (flushSync), not in the router's transition (the search's Enter).
   */
  const writeSearch = useSearchWriter();
  const setFilters = (update: FilterUpdate, replace = false, now = false) =>
    writeSearch((latest) => new URLSearchParams(filtersToSearch(update(parseFilters(latest)), latest)), {
      replace,
      ...(now ? { flushSync: true } : {}),
    });

  // `at=table` (a link to the table, e.g. "只看有问题的指标" copied or opened in a new tab):
  // bring the 指标一览 into view and focus its heading. Runs after the project detail's own
  // focus (child effects first), so the table wins when both are asked for.
  const tableSection = useRef<HTMLElement>(null);
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const atTable = isAtTable(location.search);
  const showTable = () => {
    tableHeading.current?.focus({ preventScroll: true });
    tableSection.current?.scrollIntoView({ block: 'start' });
  };
  useEffect(() => {
    if (atTable) showTable();
  }, [atTable, location.key]);

  if (budget.projects.length === 0 && !budget.narrative.performance) {
    return (
      <article className="view performance">
        <h1>{c.title}</h1>
        <p className="empty-state" data-testid="perf-not-published">
          {c.notPublished(budget.meta.department.name, budget.meta.year, budget.meta.kind)}
        </p>
      </article>
    );
  }

  return (
    <article className="view performance">
      <header className="view__header">
        <h1>{c.title}</h1>
        <p className="view__lede">
          {c.lede(model.department, model.year, model.projects.length, model.totalRows)}
        </p>
      </header>

      <DepartmentGoals model={goalsModel} />

      <ProjectList model={projectsModel} projects={projectOrder} selectedCode={selectedCode} />

      {model.missingProject && (
        <p className="empty-state" role="status">
          {c.notFound(model.missingProject)}{' '}
          <Link to={{ pathname: '/performance', search: location.search }}>{c.backToList}</Link>
        </p>
      )}
      {model.selected && <ProjectDetail project={model.selected} />}

      <section
        className="panel perf-section"
        aria-labelledby="perf-table-title"
        id="indicator-table"
        ref={tableSection}
      >
        <h2 id="perf-table-title" ref={tableHeading} tabIndex={-1}>
          {c.tableHeading} <span className="perf-count">· {model.totalRows}</span>
        </h2>
        <Filters model={model} filters={filters} onChange={setFilters} />
        {model.rows.length > 0 ? (
          <IndicatorTable rows={model.rows} grouping={filters.group} />
        ) : (
          <p className="empty-state" data-testid="no-rows">
            {c.noRows}{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setFilters((f) => ({ ...NO_FILTERS, group: f.group }))}
            >
              {c.clearFilters}
            </button>
          </p>
        )}
      </section>

      <QualityReview
        model={model}
        issuesLink={{
          pathname: location.pathname,
          search: `?${tableLinkSearch({ ...filters, issues: true }, location.search)}`,
        }}
        onIssuesLink={() => {
          // Already there (same URL): the effect will not run again, so show it here.
          if (atTable && filters.issues) showTable();
        }}
      />
    </article>
  );
}

function FacetSelect({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string | undefined;
  options: FacetOption[];
  onChange: (v: string | undefined) => void;
  testId: string;
}) {
  const id = useId();
  const all = options.reduce((n, o) => n + o.count, 0);
  return (
    <div className="perf-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        data-testid={testId}
      >
        <option value="">
          {c.all} · {all}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} · {o.count}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The facet filters, in order on screen: the URL key (and the model's facet) and the label. */
const FACETS: readonly { key: 'project' | 'l1' | 'l2' | 'kind' | 'basis'; label: string }[] = [
  { key: 'project', label: c.filterProject },
  { key: 'l1', label: c.filterL1 },
  { key: 'l2', label: c.filterL2 },
  { key: 'kind', label: c.filterKind },
  { key: 'basis', label: c.filterBasis },
];

function Filters({
  model,
  filters,
  onChange,
}: {
  model: PerformanceModel;
  filters: PerformanceFilters;
  onChange: (update: FilterUpdate, replace?: boolean, now?: boolean) => void;
}) {
  const searchId = useId();
  const groupId = useId();
  // The checkbox shows its new state at once; the URL (the source of truth) follows a moment
  // later, after the router resolves the navigation. When the URL changes from elsewhere
  // (back button, links), the box follows it (state adjusted during render, not in an effect).
  const [issuesChecked, setIssuesChecked] = useState(filters.issues);
  const [issuesInUrl, setIssuesInUrl] = useState(filters.issues);
  if (issuesInUrl !== filters.issues) {
    setIssuesInUrl(filters.issues);
    setIssuesChecked(filters.issues);
  }
  const set = <K extends keyof PerformanceFilters>(key: K, v: PerformanceFilters[K] | undefined) => {
    onChange((latest) => {
      const next = { ...latest };
      if (v === undefined) delete next[key];
      else next[key] = v;
      return next;
    });
  };
  return (
    <div className="perf-filters" role="search" aria-label={c.tableHeading}>
      <div className="perf-filter perf-filter--search">
        <label htmlFor={searchId}>{c.search}</label>
        <SearchBox
          id={searchId}
          value={filters.q}
          placeholder={c.searchPlaceholder}
          onCommit={(q, now) => onChange((f) => ({ ...f, q }), true, now)}
          testId="indicator-search"
        />
      </div>
      {FACETS.map(({ key, label }) => (
        <FacetSelect
          key={key}
          label={label}
          value={filters[key]}
          options={model.facets[key]}
          // The option values are the facet's own (select-performance.ts), e.g. a ValueKind.
          onChange={(v) => set(key, v as PerformanceFilters[typeof key])}
          testId={`filter-${key}`}
        />
      ))}
      <div className="perf-filter">
        <label htmlFor={groupId}>{c.groupBy}</label>
        <select
          id={groupId}
          value={filters.group}
          onChange={(e) => {
            const group = e.target.value as Grouping;
            onChange((f) => ({ ...f, group }));
          }}
        >
          <option value="level">{c.groupLevel}</option>
          <option value="project">{c.groupProject}</option>
          <option value="none">{c.groupNone}</option>
        </select>
      </div>
      <label className="perf-filter perf-filter--check">
        <input
          type="checkbox"
          checked={issuesChecked}
          onChange={(e) => {
            setIssuesChecked(e.target.checked);
            const issues = e.target.checked;
            onChange((f) => ({ ...f, issues }));
          }}
          data-testid="filter-issues"
        />
        <span>
          {c.filterIssues} <span className="perf-count">· {model.facets.issues}</span>
        </span>
      </label>
      <p className="perf-filters__status" aria-live="polite" data-testid="indicator-count">
        {c.showing(model.rows.length, model.totalRows)}
        {hasActiveFilters(filters) && (
          <button
            type="button"
            className="button button--secondary perf-filters__clear"
            onClick={() => onChange((f) => ({ ...NO_FILTERS, group: f.group }))}
          >
            {c.clearFilters}
          </button>
        )}
      </p>
    </div>
  );
}

/** Rule groups with at most this many flags start open; longer ones start folded. */
const QUALITY_OPEN_MAX = 6;

/** Items grouped by what they are about (project or department goal), in order. */
function byOwner(items: QualityItem[]): [string, QualityItem[]][] {
  const out = new Map<string, QualityItem[]>();
  for (const it of items) out.set(it.owner, [...(out.get(it.owner) ?? []), it]);
  return [...out];
}

/**
 * One rule's group of the quality review, a <details> open when it holds at most
 * QUALITY_OPEN_MAX items. A closed group draws its list only once opened: a large
 * department's review can name thousands of indicators, whose links would otherwise be
 * drawn again on every keystroke in the search (every link follows the URL).
 */
function QualityGroupDetails({ group: g, search }: { group: QualityGroup; search: string }) {
  const [open, setOpen] = useState(g.items.length <= QUALITY_OPEN_MAX);
  return (
    <details
      className="quality-group"
      data-rule={g.rule}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <span className="quality-group__title">{g.title}</span>{' '}
        <span className="perf-count">· {g.items.length}</span>
      </summary>
      {open && (
        <RovingList className="quality-group__owners" itemSelector=".quality-group__subject">
          {byOwner(g.items).map(([owner, items]) => (
            <li key={owner}>
              {items[0]!.route ? (
                <Link to={{ pathname: items[0]!.route, search }} className="quality-group__subject">
                  {owner}
                </Link>
              ) : (
                <span className="quality-group__subject">{owner}</span>
              )}
              <ul>
                {items.map((it, i) => (
                  <li key={i}>
                    {it.indicator && <span className="quality-group__indicator">{it.indicator}：</span>}
                    <span className="flag-reason">{it.flag.reason}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </RovingList>
      )}
    </details>
  );
}

function QualityReview({
  model,
  issuesLink,
  onIssuesLink,
}: {
  model: PerformanceModel;
  /** The deep link of the table with issues only (`issues=1&at=table`): it works copied too. */
  issuesLink: { pathname: string; search: string };
  onIssuesLink: () => void;
}) {
  const { search } = useLocation();
  return (
    <section className="panel perf-section" aria-labelledby="perf-quality-title" data-testid="quality-review">
      <h2 id="perf-quality-title">
        {c.qualityHeading} <span className="perf-count">· {model.flagCount}</span>
      </h2>
      <p className="perf-note">{c.qualityLede}</p>
      {model.quality.length === 0 ? (
        <p>{c.qualityNone}</p>
      ) : (
        <>
          <p>
            <Link
              to={issuesLink}
              className="button button--secondary"
              onClick={onIssuesLink}
              data-testid="issues-link"
            >
              {c.showIssuesInTable}
            </Link>
          </p>
          <div className="quality-groups">
            {model.quality.map((g) => (
              <QualityGroupDetails key={g.rule} group={g} search={search} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
