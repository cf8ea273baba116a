/**
 * 绩效目标要点 (`#/performance/highlights`): the projects with their budgets and indicator
 * counts, the indicators by 一级指标, and the quality review by rule, on one screen. It is
 * the performance slide of the presentation deck; the full explorer is one link away.
 */
import { RovingList } from '../../components/roving-list';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { withSticky } from '../../app/url';
import { Amount } from '../../components/amount';
import { SpecTable } from '../../components/spec-table';
import { specTableProps, useSortedSpec, type SortedSpec } from '../../components/use-url-table-state';
import { formatAmount } from '../../domain/format';
import { perfCopy as t } from '../../copy/performance';
import { useExportTables } from '../../export/registry';
import { highlightsSpecs, isHighlightTotal } from './export-specs';
import { selectPerformanceHighlights, type LabelledCount } from './select-highlights';
import './performance.css';

/** Counts right-aligned like every figure (the spec holds them as text, so files keep them exact). */
const countClass = (column: { key: string }) =>
  column.key === 'count' || column.key === 'indicators' || column.key === 'flagged' ? 'num' : undefined;

/** A count by label (一级指标, 质量诊断 rule) with its bar, drawn from its TableSpec. */
function CountTable({
  table,
  caption,
  label,
  total,
  testId,
}: {
  table: SortedSpec<LabelledCount>;
  caption: string;
  label: string;
  total: number;
  testId: string;
}) {
  return (
    <SpecTable
      {...specTableProps(table)}
      caption={caption}
      label={label}
      rowKey={(r) => r.label}
      testId={testId}
      cellClass={countClass}
      renderCell={(c, r) =>
        c.key === 'label' ? (
          <>
            {r.label}
            <span className="perf-hl__bar" aria-hidden="true">
              <span style={{ width: `${total > 0 ? (r.count / total) * 100 : 0}%` }} />
            </span>
          </>
        ) : undefined
      }
    />
  );
}

export function PerformanceHighlights() {
  const { budget } = useDataset();
  const { search } = useLocation();
  const h = useMemo(() => selectPerformanceHighlights(budget), [budget]);
  const specs = useMemo(() => (h ? highlightsSpecs(h, budget) : null), [h, budget]);
  // Each table keeps its own sort: ?hlsort= (项目与指标), ?l1sort= (一级指标), ?rulesort= (质量诊断).
  const projects = useSortedSpec(specs?.projects, 'hlsort', isHighlightTotal);
  const byLevel1 = useSortedSpec(specs?.byLevel1, 'l1sort');
  const byRule = useSortedSpec(specs?.byRule, 'rulesort');
  useExportTables(
    useMemo(
      () => (projects && byLevel1 && byRule ? [projects.spec, byLevel1.spec, byRule.spec] : null),
      [projects, byLevel1, byRule],
    ),
  );
  if (!h || !projects || !byLevel1 || !byRule) {
    return (
      <article className="view performance">
        <h1>{t.hlTitle}</h1>
        <p className="empty-state">{t.hlEmpty}</p>
      </article>
    );
  }
  const maxFlags = Math.max(...h.flagsByRule.map((r) => r.count), 1);
  return (
    <article className="view performance perf-hl">
      <header className="view__header">
        <h1>{t.hlTitle}</h1>
        <p className="view__lede">
          {t.hlLede(budget.meta.year, h.projects.length, h.indicatorTotal, h.departmentGoals)}
        </p>
      </header>
      <RovingList className="cards">
        <li className="card" data-testid="hl-projects">
          <span className="card__label">{t.hlProjects(h.projects.length)}</span>
          <span className="card__value">{formatAmount(h.projectTotal)}</span>
          <span className="card__unit">万元</span>
        </li>
        <li className="card" data-testid="hl-indicators">
          <span className="card__label">{t.hlIndicators}</span>
          <span className="card__value">{h.indicatorTotal}</span>
          <span className="card__unit">{t.hlItems}</span>
          <span className="card__note">{t.hlKinds(h.quantitative, h.qualitative)}</span>
        </li>
        <li className="card" data-testid="hl-flagged">
          <span className="card__label">{t.hlFlagged}</span>
          <span className="card__value">{h.flaggedIndicators}</span>
          <span className="card__unit">{t.hlItems}</span>
          <span className="card__note">
            <Link to={withSticky('/performance?issues=1&at=table', search)}>{t.hlSeeFlagged}</Link>
          </span>
        </li>
      </RovingList>
      <div className="perf-hl__grid">
        <section className="panel" aria-labelledby="hl-projects-title">
          <h2 id="hl-projects-title">{t.hlProjectsHeading}</h2>
          <SpecTable
            {...specTableProps(projects)}
            caption={t.hlProjectsCaption}
            label={t.hlProjectsHeading}
            rowKey={(p) => p.code ?? 'total'}
            testId="hl-projects-table"
            cellClass={countClass}
            renderCell={(c, p) => {
              if (!p.code || !p.route || !p.source || !p.budget) return undefined;
              if (c.key === 'name') return <Link to={withSticky(p.route, search)}>{p.name}</Link>;
              if (c.key === 'budget') return <Amount value={p.budget} source={p.source} />;
              return undefined;
            }}
          />
        </section>
        <section className="panel" aria-labelledby="hl-kinds-title">
          <h2 id="hl-kinds-title">{t.hlByLevel1}</h2>
          <CountTable
            table={byLevel1}
            caption={t.hlByLevel1Caption}
            label={t.hlByLevel1}
            total={h.indicatorTotal}
            testId="hl-level1-table"
          />
          <h2 className="perf-hl__second">{t.hlByRule}</h2>
          <CountTable
            table={byRule}
            caption={t.hlByRuleCaption}
            label={t.hlByRule}
            total={maxFlags}
            testId="hl-rules-table"
          />
        </section>
      </div>
      <p className="panel__more">
        <Link to={withSticky('/performance', search)}>{t.hlOpenExplorer}</Link>
      </p>
    </article>
  );
}
