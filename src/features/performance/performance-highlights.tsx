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
import { TableScroll } from '../../components/table-scroll';
import { formatAmount } from '../../domain/format';
import { perfCopy as t } from '../../copy/performance';
import { selectPerformanceHighlights, type LabelledCount } from './select-highlights';
import './performance.css';

function CountTable({
  caption,
  label,
  rows,
  total,
}: {
  caption: string;
  label: string;
  rows: LabelledCount[];
  total: number;
}) {
  return (
    <table className="data-table perf-hl__counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="num">
            {t.hlCount}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">
              {r.label}
              <span className="perf-hl__bar" aria-hidden="true">
                <span style={{ width: `${total > 0 ? (r.count / total) * 100 : 0}%` }} />
              </span>
            </th>
            <td className="num">{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PerformanceHighlights() {
  const { budget } = useDataset();
  const { search } = useLocation();
  const h = useMemo(() => selectPerformanceHighlights(budget), [budget]);
  if (!h) {
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
          <TableScroll label={t.hlProjectsHeading}>
            <table className="data-table">
              <caption>{t.hlProjectsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.projectName}</th>
                  <th scope="col" className="num">
                    {t.budget}
                  </th>
                  <th scope="col" className="num">
                    {t.indicatorCount}
                  </th>
                  <th scope="col" className="num">
                    {t.hlFlaggedShort}
                  </th>
                </tr>
              </thead>
              <tbody>
                {h.projects.map((p) => (
                  <tr key={p.code}>
                    <th scope="row">
                      <Link to={withSticky(p.route, search)}>{p.name}</Link>
                    </th>
                    <td className="num">
                      <Amount value={p.budget} source={p.source} />
                    </td>
                    <td className="num">{p.indicators}</td>
                    <td className="num">{p.flagged}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.total}</th>
                  <td className="num">{formatAmount(h.projectTotal)}</td>
                  <td className="num">{h.indicatorTotal}</td>
                  <td className="num">{h.flaggedIndicators}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </section>
        <section className="panel" aria-labelledby="hl-kinds-title">
          <h2 id="hl-kinds-title">{t.hlByLevel1}</h2>
          <CountTable
            caption={t.hlByLevel1Caption}
            label="一级指标"
            rows={h.byLevel1}
            total={h.indicatorTotal}
          />
          <h2 className="perf-hl__second">{t.hlByRule}</h2>
          <CountTable caption={t.hlByRuleCaption} label={t.hlRule} rows={h.flagsByRule} total={maxFlags} />
        </section>
      </div>
      <p className="panel__more">
        <Link to={withSticky('/performance', search)}>{t.hlOpenExplorer}</Link>
      </p>
    </article>
  );
}
