/**
 * A project's quarter-end spending plan (资金支出计划, 3月底 / 6月底 / 10月底 / 12月底) as
 * amounts in 万元 and as a share of the project budget, with each point's status.
 *
 * Why the statuses: the header of the printed table says "%", but the cells are cumulative
 * amounts in 万元 (project 4 prints 50 / 100 / 150 against a budget of 200). The text
 * extraction also lost cells; a lost cell is "not disclosed", never 0. The year-end point of a
 * cumulative plan must equal the budget, so when it is lost it is inferred (推算) and marked.
 */
import type Decimal from 'decimal.js';
import { percentOf } from '../money';
import type { Project } from '../schema';

/** printed = as in the disclosure; notDisclosed = blank/lost cell; inferred = derived from the budget. */
export type PlanPointStatus = 'printed' | 'notDisclosed' | 'inferred';

export interface PlanPoint {
  /** 3月底 | 6月底 | 10月底 | 12月底 as printed. */
  period: string;
  status: PlanPointStatus;
  /** Cumulative amount, 万元; absent when not disclosed. */
  amount?: Decimal;
  /** Amount as a share of the budget, percent, unrounded; absent when not disclosed or budget 0. */
  percentOfBudget?: Decimal;
}

export interface SpendingPlan {
  budget: Decimal;
  /** Unit printed in the header ("%"), kept to explain the mismatch on screen. */
  printedUnit?: string;
  points: PlanPoint[];
  /** The last point with a printed amount, if any. */
  lastPrinted?: PlanPoint;
  /** True when a year-end amount was inferred from the budget. */
  hasInferred: boolean;
}

/** The year-end period of the plan (the one whose cumulative amount equals the budget). */
export const YEAR_END_PERIOD = '12月底';

/**
 * Derives the plan of one project. The year-end (12月底) point is inferred as the budget
 * when it is not disclosed and every printed amount is within the budget (a printed amount
 * above the budget would make the inference unsafe, so the cell then stays not disclosed).
 */
export function deriveSpendingPlan(project: Pick<Project, 'budget' | 'spendingPlan'>): SpendingPlan {
  const budget = project.budget;
  const share = (a: Decimal) => (budget.isZero() ? undefined : percentOf(a, budget));
  const printedWithin = project.spendingPlan.points.every((p) => !p.amount || p.amount.lte(budget));
  let hasInferred = false;
  const points: PlanPoint[] = project.spendingPlan.points.map((p) => {
    if (p.amount) {
      const pct = share(p.amount);
      return {
        period: p.period,
        status: 'printed',
        amount: p.amount,
        ...(pct ? { percentOfBudget: pct } : {}),
      };
    }
    if (p.period.replace(/\s+/g, '') === YEAR_END_PERIOD && printedWithin) {
      hasInferred = true;
      const pct = share(budget);
      return {
        period: p.period,
        status: 'inferred',
        amount: budget,
        ...(pct ? { percentOfBudget: pct } : {}),
      };
    }
    return { period: p.period, status: 'notDisclosed' };
  });
  const printed = points.filter((p) => p.status === 'printed');
  const lastPrinted = printed[printed.length - 1];
  return {
    budget,
    ...(project.spendingPlan.printedUnit ? { printedUnit: project.spendingPlan.printedUnit } : {}),
    points,
    ...(lastPrinted ? { lastPrinted } : {}),
    hasInferred,
  };
}
