/**
 * The projects behind a 功能分类科目: dataset.projects (部门项目预算安排情况及绩效目标) carry the
 * 项 code that holds them in 部门预算支出总表 (`functionCode`, matched at ingest). A node's
 * 项目支出 should equal the exact sum of its projects' 预算数; this module says whether it does.
 */
import type Decimal from 'decimal.js';
import type { FunctionNode } from './function-tree';
import { sumOrZero } from './money';
import type { Project } from './schema';

/** How a node's 项目支出 (支出总表) compares with the projects matched to it. */
export interface FunctionProjects {
  /** Projects whose functionCode is the node's code or below it, in printed order. */
  projects: Project[];
  /** Exact sum of their 预算数, 万元 (0 when there is none). */
  projectSum: Decimal;
  /** node.projectExpenditure − projectSum, 万元: zero when the two agree. */
  difference: Decimal;
  /** True when the sum of the projects equals the node's 项目支出 exactly. */
  reconciles: boolean;
}

/**
 * Projects carried by `node` (a 项, or every 项 under a 类/款), with the reconciliation of
 * their 预算数 against the node's 项目支出. Projects without a functionCode are not counted.
 */
export function projectsOfFunction(node: FunctionNode, projects: readonly Project[]): FunctionProjects {
  const mine = projects.filter((p) => p.functionCode !== undefined && p.functionCode.startsWith(node.code));
  const projectSum = sumOrZero(mine.map((p) => p.budget));
  const difference = node.projectExpenditure.minus(projectSum);
  return { projects: mine, projectSum, difference, reconciles: difference.isZero() };
}
