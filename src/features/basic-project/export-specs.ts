/** The 基本与项目 view's tables as TableSpecs for the 导出 menu (万元; shares in %). */
import { basicProjectCopy as t } from '../../copy/breakdowns';
import type { BudgetModel } from '../../domain/budget-model';
import { tableTitle } from '../../domain/source';
import type { AnyTableSpec } from '../../export/registry';
import {
  amountColumn,
  codeColumn,
  nameColumn,
  shareColumn,
  textColumn,
  twinSpec,
} from '../../export/twin-spec';
import type { BasicProjectModel, PartRow, ProjectRow } from './select-basic-project';

const part = (r: PartRow, m: PartRow['blank'][number]) => (r.blank.includes(m) ? undefined : r[m]);

/**
 * The chart's table twin (rows of the level, then the scope's own row, as on screen) with
 * 基本支出 and 项目支出 each a group of 金额 and 占比; and the project list.
 *
 * @param scopeName the scope's label as on screen ("支出合计" or "206 科学技术支出")
 */
export function basicProjectSpecs(
  model: BasicProjectModel,
  scopeName: string,
  budget: BudgetModel,
): AnyTableSpec[] {
  const title = t.chartTitle(scopeName);
  const parts = twinSpec<PartRow & { code?: string }>(budget.meta, {
    id: 'basic-project-parts',
    title,
    source: tableTitle(budget.functionTree.table, budget.printed),
    columns: [
      codeColumn('code', '科目编码', (r) => r.code || undefined),
      nameColumn('name', '科目名称', (r) => r.name),
      amountColumn('total', t.total, (r) => part(r, 'total')),
      amountColumn('basicExpenditure', [t.basic, '金额'], (r) => part(r, 'basicExpenditure')),
      shareColumn('basicShare', [t.basic, t.share], (r) => r.basicShare),
      amountColumn('projectExpenditure', [t.project, '金额'], (r) => part(r, 'projectExpenditure')),
      shareColumn('projectShare', [t.project, t.share], (r) => r.projectShare),
    ],
    rows: [...model.rows, { ...model.scope, code: '', name: scopeName }],
  });
  const projects = twinSpec<ProjectRow>(budget.meta, {
    id: 'basic-project-projects',
    title: t.projectsTitle,
    source: '七、部门项目预算安排情况及绩效目标（各项目绩效目标表 · 预算数）',
    columns: [
      textColumn('seq', '序号', (r) => String(r.seq)),
      codeColumn('code', '项目编码', (r) => r.code),
      nameColumn('name', t.projectName, (r) => r.name),
      amountColumn('budget', '预算数', (r) => r.budget),
      shareColumn('share', t.projectShare, (r) => r.share),
      codeColumn('functionCode', t.functionCode, (r) => r.functionCode),
      nameColumn('functionName', '功能分类科目名称', (r) => r.functionName),
    ],
    rows: model.projects,
  });
  return model.projects.length > 0 ? [parts, projects] : [parts];
}
