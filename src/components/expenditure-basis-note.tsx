/**
 * Says which table a view's 功能分类 and 基本/项目支出 come from when 支出总表 (决算: 支出决算表)
 * is missing: the 一般公共预算 table standing in for it (its 合计 equals 本年支出合计), or why
 * nothing is shown (the two disagree, or neither is printed). Renders nothing when 支出总表 is
 * printed. Reads the budget model (`expenditureStandIn`, `functionTree`), never the tables.
 */
import { zh } from '../copy/zh';
import type { BudgetModel } from '../domain/budget-model';
import { formatAmount } from '../domain/format';
import { tableTitle } from '../domain/source';

/** The sentence of the note, or null when 支出总表 is printed with its 合计 row. */
export function expenditureBasisText(budget: BudgetModel): string | null {
  const missing = tableTitle('expenditure', budget.printed);
  const standIn = budget.expenditureStandIn;
  if (standIn) {
    const used = tableTitle(standIn.table, budget.printed);
    const summary = tableTitle('budgetSummary', budget.printed);
    return standIn.agrees
      ? zh.expenditureStandIn(missing, used, formatAmount(standIn.total), summary)
      : zh.expenditureStandInDisagrees(
          missing,
          used,
          formatAmount(standIn.total),
          summary,
          formatAmount(standIn.currentYearExpenditure),
        );
  }
  return budget.functionTree.totalSource ? null : zh.expenditureNotPublished(missing);
}

export function ExpenditureBasisNote({ budget }: { budget: BudgetModel }) {
  const text = expenditureBasisText(budget);
  if (!text) return null;
  return (
    <p className="basis-note" role="note" data-testid="expenditure-basis">
      {text}
    </p>
  );
}
