/**
 * View model of 基本支出 vs 项目支出 (`#/basic-project[/类[/款]]?project=<项目编码>`):
 * per 功能分类 node the two parts with their shares, the project list with shares of
 * 项目支出, and the reconciliation of the narrative's project list. Pure; amounts in 万元,
 * shares in percent (2 dp; the two parts of a row add up to 100.00%, as do the projects).
 */
import type Decimal from 'decimal.js';
import { resolveFunctionPath, type FunctionNode } from '../../domain/function-tree';
import { roundedShares, sumOrZero } from '../../domain/money';
import { reconcileProjects, type ProjectReconciliation } from '../../domain/project-reconciliation';
import type { BudgetModel } from '../../domain/budget-model';
import type { SourceRef } from '../../domain/source';

/** The deepest drill: 类 → 款 (then the 项 rows of that 款 are shown). */
export const MAX_DRILL_DEPTH = 2;

/** One bar / table row: a 功能分类 node split into 基本支出 and 项目支出. */
export interface PartRow {
  code: string;
  name: string;
  level: FunctionNode['level'];
  total: Decimal;
  basicExpenditure: Decimal;
  projectExpenditure: Decimal;
  /**
   * Percent of the row's total, 2 dp, basic + project = 100.00; absent when the total is 0
   * and when the part's cell is printed blank (a blank has no share: the view shows "—",
   * and the other part then carries 100.00%).
   */
  basicShare?: Decimal;
  projectShare?: Decimal;
  blank: FunctionNode['blank'];
  /** Cell sources (支出总表 row, column); absent for a summed parent the table lacks. */
  totalSource?: SourceRef;
  basicSource?: SourceRef;
  projectSource?: SourceRef;
  /** Drill path (codes) when the row can be opened, e.g. ["206", "20699"]. */
  drillPath?: string[];
  /** Number of projects carried by this node (by the projects' 功能分类科目). */
  projectCount: number;
}

/** One project of the list. */
export interface ProjectRow {
  seq: number;
  code: string;
  name: string;
  /** 预算数, 万元. */
  budget: Decimal;
  /** Percent of the sum of project budgets (= 项目支出), 2 dp, adding to 100.00. */
  share: Decimal;
  functionCode?: string;
  functionName?: string;
  /** Under the node currently drilled into (always false at the top level). */
  inScope: boolean;
  source: SourceRef;
}

export interface BasicProjectModel {
  /** The nodes of the drill path, root first (empty at the top). */
  trail: { code: string; name: string; path: string[] }[];
  /** A requested code that does not exist (the view says so and shows its parent). */
  invalidCode?: string;
  /** The scope being split: 合计 at the top, else the drilled node. */
  scope: PartRow;
  /** Level of the rows listed. */
  level: FunctionNode['level'];
  rows: PartRow[];
  projects: ProjectRow[];
  projectsTotal: Decimal;
  /** Code of the project highlighted by `?project=` when it exists. */
  highlightedProject?: string;
  /** `?project=` naming no project of the budget (the view says so instead of ignoring it). */
  missingProject?: string;
  reconciliation: ProjectReconciliation;
  /**
   * False when the disclosure lists no projects at all: no project table and no 项目支出 list
   * in the narrative (a 决算 never prints one). The view then says 未公开项目明细 and shows
   * 项目支出 from its table, instead of an empty list and a reconciliation of 0.00 marked ✗.
   */
  projectsListed: boolean;
  /** 项目支出 of 支出总表 合计 row (or the table standing in for it), when printed. */
  projectExpenditure?: Decimal;
  /** 支出总表 合计 row · 项目支出 (the reconciliation's reference figure). */
  projectExpenditureSource?: SourceRef;
}

function cellSource(node: { source?: SourceRef }, column: string): SourceRef | undefined {
  return node.source?.kind === 'table' ? { ...node.source, column } : undefined;
}

function partRow(
  node: Pick<FunctionNode, 'total' | 'basicExpenditure' | 'projectExpenditure' | 'blank' | 'source'> & {
    code: string;
    name: string;
    level: FunctionNode['level'];
    children?: FunctionNode[];
    path?: string[];
  },
  projectCount: number,
): PartRow {
  const positive = !node.basicExpenditure.isNegative() && !node.projectExpenditure.isNegative();
  const shares =
    positive && !node.basicExpenditure.plus(node.projectExpenditure).isZero()
      ? roundedShares([node.basicExpenditure, node.projectExpenditure]).shares
      : undefined;
  const totalSource = cellSource(node, '合计');
  const basicSource = cellSource(node, '基本支出');
  const projectSource = cellSource(node, '项目支出');
  const canDrill = (node.children?.length ?? 0) > 0 && (node.path?.length ?? 0) <= MAX_DRILL_DEPTH;
  return {
    code: node.code,
    name: node.name,
    level: node.level,
    total: node.total,
    basicExpenditure: node.basicExpenditure,
    projectExpenditure: node.projectExpenditure,
    ...(shares && !node.blank.includes('basicExpenditure') ? { basicShare: shares[0]! } : {}),
    ...(shares && !node.blank.includes('projectExpenditure') ? { projectShare: shares[1]! } : {}),
    blank: node.blank,
    ...(totalSource ? { totalSource } : {}),
    ...(basicSource ? { basicSource } : {}),
    ...(projectSource ? { projectSource } : {}),
    ...(canDrill && node.path ? { drillPath: node.path } : {}),
    projectCount,
  };
}

/**
 * Builds the view model.
 * @param path drill codes from the URL (e.g. ["206", "20699"]); deeper levels than
 *   MAX_DRILL_DEPTH and unknown codes are cut off (reported as `invalidCode`).
 * @param project `?project=` (项目编码) to highlight; when no project has it, it is reported
 *   as `missingProject` (nothing is highlighted).
 * @returns null when 支出总表 has no rows to split (explicit empty state).
 */
export function selectBasicProject(
  budget: BudgetModel,
  path: readonly string[],
  project?: string | null,
): BasicProjectModel | null {
  const tree = budget.functionTree;
  if (tree.classes.length === 0) return null;
  const requested = path.slice(0, MAX_DRILL_DEPTH);
  const nodes = resolveFunctionPath(tree, requested);
  const invalidCode =
    nodes.length < requested.length
      ? requested[nodes.length]
      : path.length > MAX_DRILL_DEPTH
        ? path[MAX_DRILL_DEPTH]
        : undefined;
  const current = nodes[nodes.length - 1];

  const projectsOf = (code: string) => budget.projects.filter((p) => p.functionCode?.startsWith(code)).length;
  const scope = current
    ? partRow(current, projectsOf(current.code))
    : partRow(
        {
          code: '',
          name: '支出合计',
          level: '类',
          total: tree.total,
          basicExpenditure: tree.basicExpenditure,
          projectExpenditure: tree.projectExpenditure,
          blank: [],
          ...(tree.totalSource ? { source: tree.totalSource } : {}),
        },
        budget.projects.length,
      );
  const children = current ? current.children : tree.classes;
  const rows = children.map((c) => partRow(c, projectsOf(c.code)));

  const budgets = budget.projects.map((p) => p.budget);
  const positive =
    budgets.length > 0 && budgets.every((b) => !b.isNegative()) && !sumOrZero(budgets).isZero();
  const shares = positive ? roundedShares(budgets).shares : [];
  const projects: ProjectRow[] = budget.projects.map((p, i) => {
    const fn = p.functionCode ? tree.byCode.get(p.functionCode) : undefined;
    return {
      seq: p.seq,
      code: p.code,
      name: p.name,
      budget: p.budget,
      share: shares[i] ?? p.budget.times(0),
      ...(p.functionCode ? { functionCode: p.functionCode } : {}),
      ...(fn ? { functionName: fn.name } : {}),
      inScope: current ? (p.functionCode?.startsWith(current.code) ?? false) : false,
      source: {
        kind: 'narrative',
        section: `七、部门项目预算安排情况及绩效目标 · ${p.seq}、${p.tableTitle} · 预算数`,
      },
    };
  });

  const narrativeItems = budget.narrative.expenditureExplanation?.projectItems ?? [];
  const reconciliation = reconcileProjects(
    narrativeItems,
    budget.projects,
    budget.summary?.projectExpenditure.value,
  );
  return {
    trail: nodes.map((n) => ({ code: n.code, name: n.name, path: n.path })),
    ...(invalidCode ? { invalidCode } : {}),
    scope,
    level: children[0]?.level ?? '项',
    rows,
    projects,
    projectsTotal: sumOrZero(budgets),
    ...(project
      ? budget.projects.some((p) => p.code === project)
        ? { highlightedProject: project }
        : { missingProject: project }
      : {}),
    reconciliation,
    projectsListed: budget.projects.length > 0 || narrativeItems.length > 0,
    ...(budget.summary
      ? {
          projectExpenditure: budget.summary.projectExpenditure.value,
          projectExpenditureSource: budget.summary.projectExpenditure.source,
        }
      : {}),
  };
}

/** Route of a drill path: ["206", "20699"] → "/basic-project/206/20699". */
export function basicProjectRoute(path: readonly string[], project?: string): string {
  const base = ['/basic-project', ...path].join('/');
  return project ? `${base}?project=${encodeURIComponent(project)}` : base;
}
