/** The 基本与项目 view's tables as TableSpecs for the 导出 menu (万元; shares in %). */
import { basicProjectCopy as t } from '../../copy/breakdowns';
import type { BudgetModel } from '../../domain/budget-model';
import { tableTitle } from '../../domain/source';
import type Decimal from 'decimal.js';
import { normalizeProjectName, type ProjectReconciliation } from '../../domain/project-reconciliation';
import type { TableSpec } from '../../domain/table-spec';
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

/** A row of the parts table: a 功能分类 node of the level, or the scope's own row (code ''). */
export type PartsRow = PartRow & { code: string };

/** The scope's own row, printed under the level's rows (the table's foot, never sorted). */
export const isScopeRow = (r: PartsRow): boolean => r.code === '';

/**
 * The chart's table twin, declared once for screen and files: rows of the level, then the
 * scope's own row (code '') as on screen, with 基本支出 and 项目支出 each a group of 金额 and
 * 占比 (万元; %; a part printed blank has no amount and no share). Source: 支出总表.
 *
 * @param scopeName the scope's label as on screen ("支出合计" or "206 科学技术支出")
 */
export function partsSpec(
  model: BasicProjectModel,
  scopeName: string,
  budget: BudgetModel,
): TableSpec<PartsRow> {
  const title = t.chartTitle(scopeName);
  return twinSpec<PartsRow>(budget.meta, {
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
}

/**
 * The project list as a TableSpec for the 导出 menu (its screen table is the DataTable of
 * project-list.tsx, sorted by ?sort=).
 */
export function projectsSpec(model: BasicProjectModel, budget: BudgetModel): TableSpec<ProjectRow> | null {
  if (model.projects.length === 0) return null;
  return twinSpec<ProjectRow>(budget.meta, {
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
}

/** One row of 情况说明与项目表核对: a narrative item and its project, or a project it does not list. */
export interface ReconciliationRow {
  /** 'n<index>' for a narrative item, 'p<项目编码>' for a project the narrative does not list. */
  key: string;
  narrativeName?: string;
  /** 万元, as the narrative prints it (1.8, 48, 600). */
  narrativeAmount?: Decimal;
  projectName?: string;
  projectCode?: string;
  /** 万元, the project table's 预算数. */
  projectBudget?: Decimal;
  functionCode?: string;
  ok: boolean;
  /** The two names are written differently (matched by similarity). */
  nameDiffers: boolean;
  /** A project of the tables the narrative does not list. */
  unmatched: boolean;
  /** The sums row (情况说明各项之和, 项目表预算数之和, 支出总表 项目支出). */
  sums?: { projectExpenditure?: Decimal; ok: boolean };
}

/** The sums row of the reconciliation (the table's foot, never sorted). */
export const isSumsRow = (r: ReconciliationRow): boolean => r.sums !== undefined;

/**
 * 情况说明与项目表核对 declared once for screen and files: each item of the narrative's
 * 项目支出 list (二、部门预算安排的总体情况 · 2、支出说明) beside the project table it matches
 * (七、部门项目预算安排情况及绩效目标), then the projects it does not list, then the sums
 * row (万元). 核对 is "一致" / "不一致" as text.
 *
 * @param tableTitle the 支出总表 as the dataset prints it (caption and source)
 */
export function reconciliationSpec(
  rec: ProjectReconciliation,
  tableTitle: string,
  budget: BudgetModel,
): TableSpec<ReconciliationRow> {
  const rows: ReconciliationRow[] = [
    ...rec.lines.map((l) => ({
      key: `n${l.index}`,
      narrativeName: l.narrativeName,
      narrativeAmount: l.narrativeAmount,
      ...(l.project
        ? {
            projectName: l.project.name,
            projectCode: l.project.code,
            projectBudget: l.project.budget,
            ...(l.project.functionCode ? { functionCode: l.project.functionCode } : {}),
          }
        : {}),
      ok: l.ok,
      nameDiffers:
        !!l.project && normalizeProjectName(l.project.name) !== normalizeProjectName(l.narrativeName),
      unmatched: false,
    })),
    ...rec.unmatchedProjects.map((p) => ({
      key: `p${p.code}`,
      projectName: p.name,
      projectCode: p.code,
      projectBudget: p.budget,
      ...(p.functionCode ? { functionCode: p.functionCode } : {}),
      ok: false,
      nameDiffers: false,
      unmatched: true,
    })),
    {
      key: 'sums',
      narrativeName: t.sumNarrative,
      narrativeAmount: rec.narrativeSum,
      projectName: t.sumProjects,
      projectBudget: rec.projectsSum,
      ok: rec.sumMatches && rec.projectsSum.equals(rec.narrativeSum),
      nameDiffers: false,
      unmatched: false,
      sums: {
        ...(rec.projectExpenditure ? { projectExpenditure: rec.projectExpenditure } : {}),
        ok: rec.sumMatches && rec.projectsSum.equals(rec.narrativeSum),
      },
    },
  ];
  return twinSpec<ReconciliationRow>(budget.meta, {
    id: 'basic-project-reconciliation',
    title: t.reconciliationTitle,
    source: t.reconciliationCaption(tableTitle).replace(/^来源：/, ''),
    columns: [
      nameColumn('narrativeName', t.narrativeItem, (r) => r.narrativeName),
      amountColumn('narrativeAmount', t.narrativeAmount, (r) => r.narrativeAmount),
      nameColumn('projectName', t.tableProject, (r) => r.projectName),
      amountColumn('projectBudget', t.tableAmount, (r) => r.projectBudget),
      codeColumn('functionCode', t.functionCode, (r) => r.functionCode),
      textColumn('result', t.result, (r) =>
        r.sums
          ? `${t.sumTable} ${r.sums.projectExpenditure?.toFixed(2) ?? '—'} ${r.ok ? t.ok : t.mismatch}`
          : `${r.ok ? t.ok : t.mismatch}${r.unmatched ? `（${t.unmatchedProject}）` : ''}`,
      ),
    ],
    rows,
  });
}

/**
 * Every table of the view for the 导出 menu, in the order on screen (each as sorted there).
 */
export function basicProjectExports(
  parts: TableSpec<PartsRow>,
  projects: TableSpec<ProjectRow> | null,
  reconciliation: TableSpec<ReconciliationRow> | null,
): AnyTableSpec[] {
  return [parts, ...(projects ? [projects] : []), ...(reconciliation ? [reconciliation] : [])];
}
