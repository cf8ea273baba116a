/** The 绩效目标 view's tables as TableSpecs for the 导出 menu (预算数 in 万元). */
import { perfCopy as c } from '../../copy/performance';
import type { BudgetModel } from '../../domain/budget-model';
import { QUALITY_RULES } from '../../domain/indicators/quality';
import type { AnyTableSpec } from '../../export/registry';
import { amountColumn, codeColumn, nameColumn, textColumn, twinSpec } from '../../export/twin-spec';
import type { IndicatorView, PerformanceModel, ProjectSummary } from './select-performance';

const RULE_TITLE = new Map(QUALITY_RULES.map((r) => [r.id, r.title]));
const SOURCE = '七、部门项目预算安排情况及绩效目标（各项目绩效目标表）';

type ProjectRow = Partial<ProjectSummary> & { name: string; indicators?: number };

/**
 * 项目与绩效目标表 (one row per project, then 合计) and 指标一览 (the indicators the filters
 * leave, one row per 三级指标, with its 指标值 as printed and the diagnosis).
 */
export function performanceSpecs(model: PerformanceModel, budget: BudgetModel): AnyTableSpec[] {
  const projects = twinSpec<ProjectRow>(budget.meta, {
    id: 'performance-projects',
    title: c.projectsHeading,
    source: SOURCE,
    columns: [
      codeColumn('code', c.projectCode, (r) => r.code),
      nameColumn('name', c.projectName, (r) => r.name),
      amountColumn('budget', '预算数', (r) => r.budget),
      codeColumn('functionCode', c.functionCode, (r) => r.functionCode),
      textColumn('indicators', c.indicatorCount, (r) =>
        r.indicators === undefined ? undefined : String(r.indicators),
      ),
      textColumn('flags', c.issueCount, (r) => (r.flagCount === undefined ? undefined : String(r.flagCount))),
    ],
    rows: [
      ...model.projects.map((p) => ({ ...p, indicators: p.indicatorCount })),
      ...(model.projectTotal
        ? [{ name: c.total, budget: model.projectTotal, indicators: model.totalRows }]
        : []),
    ],
  });
  const indicators = twinSpec<IndicatorView>(budget.meta, {
    id: 'performance-indicators',
    title: c.tableHeading,
    source: SOURCE,
    unitLabel: '',
    columns: [
      codeColumn('projectCode', c.projectCode, (r) => r.projectCode),
      nameColumn('projectName', c.colProject, (r) => r.projectName),
      textColumn('level1', c.colL1, (r) => r.level1),
      textColumn('level2', c.colL2, (r) => r.level2),
      nameColumn('level3', c.colL3, (r) => r.level3),
      textColumn('value', c.colValue, (r) => r.printedValue),
      textColumn('description', c.colDescription, (r) => r.description),
      textColumn('basis', c.colBasis, (r) => r.basis),
      textColumn('issues', c.colIssues, (r) =>
        r.flags.length
          ? r.flags.map((f) => `${RULE_TITLE.get(f.rule) ?? f.rule}：${f.reason}`).join('；')
          : undefined,
      ),
    ],
    rows: model.rows,
  });
  return model.projects.length > 0 ? [projects, indicators] : [];
}
