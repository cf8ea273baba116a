/**
 * Cross-table consistency checks (数据核验): identities that every disclosure in this
 * template must satisfy. A failing check does not stop the dashboard; it shows the data
 * with a warning that names the mismatch.
 */
import type Decimal from 'decimal.js';
import type { BudgetModel } from './budget-model';
import type { EconomicNode } from './economic-tree';
import type { FunctionNode } from './function-tree';
import { sumOrZero } from './money';
import type { CheckResult } from './check-result';
import type { SourceRef, TableKey } from './source';
import { labelIs } from './text';

export { describeMismatch, type CheckResult } from './check-result';

/**
 * Runs every identity that the dataset has the rows for; identities whose rows are absent
 * are skipped (absence is not a mismatch).
 * Runs on the budget model (its normalised rows in 万元 and its trees, built once).
 * Returns all results, passing and failing, in a stable order.
 */
export function runChecks(dataset: BudgetModel): CheckResult[] {
  const results: CheckResult[] = [];
  const t = dataset.tables;
  const add = (
    id: string,
    title: string,
    expected: Decimal | undefined,
    actual: Decimal | undefined,
    sources: SourceRef[],
  ) => {
    if (expected === undefined || actual === undefined) return;
    results.push({ id, title, ok: expected.equals(actual), expected, actual, sources });
  };
  const tref = (table: TableKey, seq?: number, column?: string): SourceRef => ({
    kind: 'table',
    table,
    ...(seq !== undefined ? { seq } : {}),
    ...(column ? { column } : {}),
  });

  // 收支总表
  const bs = t.budgetSummary.rows;
  const revTotal = bs.find((r) => labelIs(r.revenueItem, '收入总计'));
  const expTotal = bs.find((r) => labelIs(r.expenditureItem, '支出总计'));
  add(
    'summary-balance',
    '收支总表：收入总计 = 支出总计',
    revTotal?.revenueAmount,
    expTotal?.expenditureAmount,
    [tref('budgetSummary', revTotal?.seq, '收入总计'), tref('budgetSummary', expTotal?.seq, '支出总计')],
  );
  const expCurrent = bs.find((r) => labelIs(r.expenditureItem, '本年支出合计'));
  const expItems = bs.filter(
    (r) =>
      r.expenditureAmount && /^[一二三四五六七八九十]+、/.test((r.expenditureItem ?? '').replace(/\s/g, '')),
  );
  if (expCurrent?.expenditureAmount && expItems.length > 0) {
    add(
      'summary-expenditure-items',
      '收支总表：本年支出合计 = 各功能分类支出之和',
      expCurrent.expenditureAmount,
      sumOrZero(expItems.map((r) => r.expenditureAmount)),
      [tref('budgetSummary', expCurrent.seq, '本年支出合计')],
    );
  }

  // 支出总表
  const expRows = t.expenditure.rows;
  const expTotalRow = expRows.find((r) => !r.functionCode);
  add(
    'expenditure-vs-summary',
    '支出总表合计 = 收支总表支出总计',
    expTotal?.expenditureAmount,
    expTotalRow?.total,
    [tref('budgetSummary', expTotal?.seq, '支出总计'), tref('expenditure', expTotalRow?.seq, '合计')],
  );
  for (const r of expRows) {
    if (!r.total) continue;
    const parts = [
      r.basicExpenditure,
      r.projectExpenditure,
      r.operatingExpenditure,
      r.remittanceToSuperior,
      r.grantsToSubsidiaries,
    ];
    add(
      `expenditure-row-${r.seq}`,
      `支出总表 ${r.functionCode ?? ''}${r.name}：合计 = 基本支出 + 项目支出 + 其他各栏`,
      r.total,
      sumOrZero(parts),
      [tref('expenditure', r.seq)],
    );
  }
  const functionTree = dataset.functionTree;
  const checkChildren = (node: FunctionNode) => {
    if (node.children.length > 0 && node.source) {
      add(
        `expenditure-children-${node.code}`,
        `支出总表 ${node.code} ${node.name} = 下级科目之和`,
        node.total,
        sumOrZero(node.children.map((c) => c.total)),
        [node.source],
      );
    }
    node.children.forEach(checkChildren);
  };
  functionTree.classes.forEach(checkChildren);
  if (expTotalRow?.total && functionTree.classes.length > 0) {
    add(
      'expenditure-classes',
      '支出总表合计 = 各类之和',
      expTotalRow.total,
      sumOrZero(functionTree.classes.map((c) => c.total)),
      [tref('expenditure', expTotalRow.seq, '合计')],
    );
  }

  // 收入总表 against 收支总表
  const revTotalRow = t.revenue.rows.find((r) => !r.functionCode);
  const revCurrent = bs.find((r) => labelIs(r.revenueItem, '本年收入合计'));
  add(
    'revenue-vs-summary',
    '收入总表合计 = 收支总表本年收入合计',
    revCurrent?.revenueAmount,
    revTotalRow?.currentYearSubtotal ?? revTotalRow?.total,
    [tref('budgetSummary', revCurrent?.seq, '本年收入合计'), tref('revenue', revTotalRow?.seq, '合计')],
  );

  // 一般公共预算财政拨款支出表 and 基本支出表
  const gbTotal = t.generalBudgetExpenditure.rows.find((r) => !r.functionCode);
  const basicTree = dataset.economicTree;
  const basicTotalRow = t.basicExpenditure.rows.find((r) => !r.economicCode);
  add(
    'basic-vs-general-budget',
    '基本支出表合计 = 一般公共预算财政拨款支出表基本支出',
    gbTotal?.basicExpenditure,
    basicTotalRow?.total,
    [
      tref('generalBudgetExpenditure', gbTotal?.seq, '基本支出'),
      tref('basicExpenditure', basicTotalRow?.seq, '合计'),
    ],
  );
  if (basicTotalRow?.total) {
    add(
      'basic-personnel-public',
      '基本支出表合计 = 人员经费 + 公用经费',
      basicTotalRow.total,
      sumOrZero([basicTotalRow.personnelExpense, basicTotalRow.publicExpense]),
      [tref('basicExpenditure', basicTotalRow.seq)],
    );
    add(
      'basic-classes',
      '基本支出表合计 = 各类之和',
      basicTotalRow.total,
      sumOrZero(basicTree.classes.map((c) => c.total)),
      [tref('basicExpenditure', basicTotalRow.seq, '合计')],
    );
  }
  const checkEconomic = (node: EconomicNode) => {
    if (node.children.length > 0 && node.source) {
      add(
        `basic-children-${node.code}`,
        `基本支出表 ${node.code} ${node.name} = 下级科目之和`,
        node.total,
        sumOrZero(node.children.map((c) => c.total)),
        [node.source],
      );
    }
  };
  basicTree.classes.forEach(checkEconomic);

  // "三公"经费
  const three = t.threePublicExpenses.rows;
  const threeTotal = three.find((r) => r.level === 0);
  const threeItems = three.filter((r) => r.level === 1 && /^[一二三]、/.test(r.item.replace(/\s/g, '')));
  if (threeTotal?.total) {
    add(
      'three-public-items',
      '“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费',
      threeTotal.total,
      sumOrZero(threeItems.map((r) => r.total)),
      [tref('threePublicExpenses', threeTotal.seq, '合计')],
    );
  }

  // Projects against 项目支出
  if (dataset.projects.length > 0 && expTotalRow?.projectExpenditure) {
    add(
      'projects-sum',
      '各项目预算之和 = 支出总表项目支出',
      expTotalRow.projectExpenditure,
      sumOrZero(dataset.projects.map((p) => p.budget)),
      [
        tref('expenditure', expTotalRow.seq, '项目支出'),
        { kind: 'narrative', section: '七、部门项目预算安排情况及绩效目标' },
      ],
    );
  }

  // Narrative figures against the tables
  const n = dataset.narrative;
  const sec = (section: string): SourceRef => ({ kind: 'narrative', section });
  add(
    'narrative-revenue',
    '情况说明收入总额 = 收支总表收入总计',
    revTotal?.revenueAmount,
    n.revenueExplanation?.total,
    [tref('budgetSummary', revTotal?.seq, '收入总计'), sec('二、1、收入说明')],
  );
  add(
    'narrative-expenditure',
    '情况说明支出总额 = 支出总表合计',
    expTotalRow?.total,
    n.expenditureExplanation?.total,
    [tref('expenditure', expTotalRow?.seq, '合计'), sec('二、2、支出说明')],
  );
  add(
    'narrative-basic',
    '情况说明基本支出 = 支出总表基本支出',
    expTotalRow?.basicExpenditure,
    n.expenditureExplanation?.basicExpenditure,
    [tref('expenditure', expTotalRow?.seq, '基本支出'), sec('二、2、支出说明')],
  );
  add(
    'narrative-project',
    '情况说明项目支出 = 支出总表项目支出',
    expTotalRow?.projectExpenditure,
    n.expenditureExplanation?.projectExpenditure,
    [tref('expenditure', expTotalRow?.seq, '项目支出'), sec('二、2、支出说明')],
  );
  add(
    'narrative-personnel',
    '情况说明人员经费 = 基本支出表人员经费',
    basicTotalRow?.personnelExpense,
    n.expenditureExplanation?.personnelExpense,
    [tref('basicExpenditure', basicTotalRow?.seq, '人员经费'), sec('二、2、支出说明')],
  );
  add(
    'narrative-public',
    '情况说明日常公用经费 = 基本支出表公用经费',
    basicTotalRow?.publicExpense,
    n.expenditureExplanation?.publicExpense,
    [tref('basicExpenditure', basicTotalRow?.seq, '公用经费'), sec('二、2、支出说明')],
  );
  const projectItems = n.expenditureExplanation?.projectItems ?? [];
  if (projectItems.length > 0) {
    add(
      'narrative-project-items',
      '情况说明所列项目之和 = 项目支出',
      expTotalRow?.projectExpenditure,
      sumOrZero(projectItems.map((p) => p.amount)),
      [tref('expenditure', expTotalRow?.seq, '项目支出'), sec('二、2、支出说明')],
    );
  }
  add(
    'narrative-operating',
    '机关运行经费 = 基本支出表公用经费',
    basicTotalRow?.publicExpense,
    n.institutionalOperatingExpenses?.amount,
    [tref('basicExpenditure', basicTotalRow?.seq, '公用经费'), sec('三、机关运行经费安排情况')],
  );
  add(
    'narrative-three-public',
    '情况说明“三公”经费 = “三公”经费支出表合计',
    threeTotal?.total,
    n.threePublicExpenses?.total,
    [tref('threePublicExpenses', threeTotal?.seq, '合计'), sec('四、财政拨款“三公”经费预算情况')],
  );
  const yoyParts = n.yearOnYear?.items.map((i) => i.change) ?? [];
  if (n.yearOnYear && yoyParts.length > 0) {
    add(
      'narrative-yoy-parts',
      '比上年增减：总额变化 = 基本支出变化 + 项目支出变化',
      n.yearOnYear.totalChange,
      sumOrZero(yoyParts),
      [sec('二、3、比上年增减情况')],
    );
  }

  // The change the narrative states against the previous year's own dataset.
  const yoy = dataset.yearOnYear;
  if (yoy && !yoy.inferred) {
    const label = { total: '合计', basicExpenditure: '基本支出', projectExpenditure: '项目支出' } as const;
    for (const l of yoy.lines) {
      add(
        `previous-year-${l.part}`,
        `情况说明所列${label[l.part]}比上年增减 = ${yoy.currentYear}年 − ${yoy.previousYear}年数据`,
        l.change,
        l.stated,
        [l.currentSource, l.previousSource, sec('二、3、比上年增减情况')],
      );
    }
  }
  return results;
}
