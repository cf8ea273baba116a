/**
 * The department level (五、部门整体绩效目标): the overall goal as a list of commitments, the
 * itemised goals as cards with their indicators and the targets found in them, and the
 * safeguards (保障措施) folded away.
 */
import { perfCopy as c } from '../../copy/performance';
import { memo } from 'react';
import type { PerformanceModel } from './select-performance';
import { FlagList } from './flag-list';

/** The department-level part of the explorer's model: the same for every filter. */
export type DepartmentGoalsModel = Pick<
  PerformanceModel,
  'overallGoal' | 'goals' | 'workSafeguards' | 'mechanismSafeguards'
>;

/**
 * The 部门整体绩效目标 section. Memoised: its model is built once per dataset
 * (select-performance.ts), so a keystroke in the 指标 search does not draw it again.
 */
export const DepartmentGoals = memo(function DepartmentGoals({ model }: { model: DepartmentGoalsModel }) {
  return (
    <section className="panel perf-section" aria-labelledby="perf-dept-title">
      <h2 id="perf-dept-title">{c.departmentHeading}</h2>
      <p className="perf-source">{c.departmentSource}</p>
      <div className="perf-overall">
        <h3>{c.overallGoal}</h3>
        <ol className="perf-overall__list">
          {model.overallGoal.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </div>
      <h3>
        {c.itemisedGoals} <span className="perf-count">· {model.goals.length}</span>
      </h3>
      <ol className="goal-cards" data-testid="department-goals">
        {model.goals.map((g) => (
          <li key={g.seq} className="goal-card" data-testid={`goal-${g.seq}`}>
            <h4 className="goal-card__title">
              <span className="goal-card__seq" aria-hidden="true">
                {g.seq}
              </span>
              {g.title}
            </h4>
            <p className="goal-card__goal">
              <span className="goal-card__label">{c.goalLabel}</span>
              {g.goal}
            </p>
            <p className="goal-card__label">{c.indicatorsLabel}</p>
            <ul className="goal-card__indicators">
              {g.indicators.map((ind, i) => (
                <li key={i}>
                  <strong>{ind.name}</strong>
                  {ind.detail && <span className="goal-card__detail">{ind.detail}</span>}
                  {ind.targets.length > 0 && (
                    <span className="goal-card__targets">
                      {ind.targets.map((t, j) => (
                        <span key={j} className="target-chip">
                          {t}
                        </span>
                      ))}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <FlagList flags={g.flags} />
          </li>
        ))}
      </ol>
      <details className="perf-safeguards">
        <summary>
          {c.safeguards}（{c.workSafeguards} {model.workSafeguards.length} 条，{c.mechanismSafeguards}{' '}
          {model.mechanismSafeguards.length} 条）
        </summary>
        <h4>{c.workSafeguards}</h4>
        <ul>
          {model.workSafeguards.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
        <h4>{c.mechanismSafeguards}</h4>
        <ul>
          {model.mechanismSafeguards.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </details>
    </section>
  );
});
