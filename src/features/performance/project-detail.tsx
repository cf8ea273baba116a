/**
 * One project in full: money and links (function treemap, basic / project view), purpose,
 * goals (template text flagged), the spending plan as a chart with its table twin, and the
 * indicators grouped 一级 → 二级 → 三级 with description, value and basis.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { withSticky } from '../../app/url';
import { EChart } from '../../charts/EChart';
import { Amount } from '../../components/amount';
import { useDataset } from '../../app/dataset-context';
import { SpecTable } from '../../components/spec-table';
import { specTableProps, useSortedSpec } from '../../components/use-url-table-state';
import { useExportTables } from '../../export/registry';
import { spendingPlanSpec } from './export-specs';
import { useNarrow } from '../../components/use-media-query';
import { perfCopy as c } from '../../copy/performance';
import { formatAmount, NOT_DISCLOSED } from '../../domain/format';
import { buildSpendingPlanOption, describePlanPoint } from './build-spending-plan-option';
import { IndicatorValueCell } from './indicator-value';
import { FlagList } from './flag-list';
import type { ProjectDetail as Detail } from './select-performance';

const STATUS = {
  printed: c.statusPrinted,
  notDisclosed: c.statusNotDisclosed,
  inferred: c.statusInferred,
} as const;

export function ProjectDetail({ project: p }: { project: Detail }) {
  const { search } = useLocation();
  const narrow = useNarrow();
  const option = useMemo(() => buildSpendingPlanOption(p.plan, narrow), [p.plan, narrow]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A deep link or a click in the list opens the project: bring it into view and focus.
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [p.code]);
  const footnoteId = useId();
  const { budget } = useDataset();
  const planSpec = useMemo(() => spendingPlanSpec(p, budget), [p, budget]);
  const plan = useSortedSpec(planSpec, 'spsort')!;
  useExportTables(useMemo(() => [plan.spec], [plan]));
  const inferred = p.plan.points.filter((pt) => pt.status === 'inferred' && pt.amount);
  const projectFlags = p.flags.filter((f) => f.target.kind === 'project' || f.rule === 'costMismatch');

  return (
    <section className="panel perf-project" aria-labelledby="perf-project-title" data-testid="project-detail">
      <p className="perf-project__kicker">
        {c.selectedProject} · <code>{p.code}</code>
      </p>
      <h2 id="perf-project-title" ref={heading} tabIndex={-1}>
        {p.name}
      </h2>
      <dl className="perf-facts">
        <div>
          <dt>{c.budget}</dt>
          <dd>
            <Amount value={p.budget} source={p.budgetSource} />
          </dd>
        </div>
        <div>
          <dt>{c.functionCode}</dt>
          <dd>
            {p.functionCode && p.functionRoute ? (
              <Link to={withSticky(p.functionRoute, search)} data-testid="to-treemap">
                {c.toTreemap(p.functionCode)} →
              </Link>
            ) : (
              NOT_DISCLOSED
            )}
          </dd>
        </div>
        <div>
          <dt>基本支出与项目支出</dt>
          <dd>
            <Link to={withSticky(p.basicProjectRoute, search)} data-testid="to-basic-project">
              {c.toBasicProject} →
            </Link>
          </dd>
        </div>
      </dl>
      <p className="perf-project__back">
        <Link to={{ pathname: '/performance', search }}>← {c.backToList}</Link>
      </p>

      <FlagList flags={projectFlags} label={c.qualityHeading} testId="project-flags" />

      <div className="perf-project__grid">
        <div>
          <h3>{c.purpose}</h3>
          <p>{p.purpose ?? NOT_DISCLOSED}</p>
          <h3>{c.goals}</h3>
          <ol className="perf-goals" data-testid="project-goals">
            {p.goals.map((g, i) => (
              <li key={i} className={g.template ? 'is-flagged' : undefined}>
                {g.text}
                {g.template && <span className="flag-badge">{c.templateGoal}</span>}
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3>{c.spendingPlan}</h3>
          <EChart
            option={option}
            ariaLabel={`${p.name}${c.spendingPlan}`}
            description={`${p.plan.points.map(describePlanPoint).join('；')}`}
            height={narrow ? '220px' : '240px'}
            testId="spending-plan-chart"
          />
          <SpecTable
            {...specTableProps(plan)}
            caption={`表格版本 · 来源：${p.tableTitle} · 资金支出计划（表头印“${p.plan.printedUnit ?? '—'}”）`}
            label={`${c.spendingPlan}表格`}
            rowKey={(pt) => pt.period}
            testId="spending-plan-table"
            rowAttributes={(pt) => ({ 'data-status': pt.status })}
            cellClass={(col, pt) =>
              pt.status === 'notDisclosed' && col.key !== 'period' ? 'plan-cell--muted' : undefined
            }
            renderCell={(col, pt) =>
              col.key === 'status' ? (
                <span
                  className={`status-badge status-badge--${pt.status}`}
                  aria-describedby={pt.status === 'inferred' ? footnoteId : undefined}
                >
                  {STATUS[pt.status]}
                  {pt.status === 'inferred' && (
                    <sup className="plan-footnote-mark" aria-hidden="true">
                      {c.inferredMark}
                    </sup>
                  )}
                </span>
              ) : undefined
            }
          />
          {inferred.length > 0 && (
            <p className="perf-note plan-footnote" id={footnoteId} data-testid="plan-footnote">
              {inferred.map((pt) => (
                <span key={pt.period}>
                  {c.inferredMark} {c.inferredFootnote(pt.period, formatAmount(pt.amount!))}
                </span>
              ))}
            </p>
          )}
          <p className="perf-note">{c.spendingPlanNote}</p>
        </div>
      </div>

      <h3>{c.indicatorsHeading}</h3>
      <div className="ind-tree" data-testid="project-indicators">
        {p.tree.map((l1) => (
          <section key={l1.level1} className="ind-tree__l1" aria-label={`${l1.level1} · ${l1.count}`}>
            <h4>
              {l1.level1} <span className="perf-count">· {l1.count}</span>
            </h4>
            {l1.groups.map((l2) => (
              <div key={l2.level2} className="ind-tree__l2">
                <h5>{l2.level2}</h5>
                <ul>
                  {l2.rows.map((r) => (
                    <li key={r.id} className={`ind-item${r.flags.length ? ' is-flagged' : ''}`}>
                      <span className="ind-item__name">{r.level3}</span>
                      {r.description && r.description !== r.level3 && (
                        <span className="ind-item__desc">{r.description}</span>
                      )}
                      <span className="ind-item__value">
                        <IndicatorValueCell row={r} />
                      </span>
                      <span className="ind-item__basis">
                        {c.colBasis}：{r.basis ?? NOT_DISCLOSED}
                      </span>
                      <FlagList flags={r.flags} compact />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
