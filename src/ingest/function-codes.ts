/**
 * Linking projects to the 功能分类科目 (项) that carries them. The performance tables do not
 * print it; the 部门预算支出总表 does print, per 7-digit 项, the 项目支出 amount. A project's
 * 预算数 equals the 项目支出 of its 项, or several projects add up to one 项 (in the 2024 seed,
 * 2069999 其他科学技术支出 800.00 = 科技创新扶持资金 200.00 + 以前年度未拨付专项资金 600.00, as
 * the narrative's 支出说明 confirms).
 */
import Decimal from 'decimal.js';

/** A 项 row of 部门预算支出总表: code, name and its 项目支出 (万元). */
export interface ProjectFunctionItem {
  readonly functionCode: string;
  readonly name: string;
  readonly projectExpenditure: string;
}

/** A project as far as matching needs it: 序号, name and 预算数 (万元). */
export interface MatchableProject {
  readonly seq: number;
  readonly name: string;
  readonly budget: string;
}

const MAX_SUBSET_PROJECTS = 16;

/**
 * Assigns a function code to each project: first exact matches (a 项 whose 项目支出 equals one
 * project's 预算数, unique both ways), then for the remaining 项 the unique subset of the
 * remaining projects whose budgets sum to its 项目支出. Nothing is guessed: an ambiguous or
 * impossible match leaves the project without a code and adds a warning (Chinese).
 *
 * @returns project seq → 7-digit function code, and the warnings.
 */
export function matchProjectFunctionCodes(
  projects: readonly MatchableProject[],
  items: readonly ProjectFunctionItem[],
): { codes: Map<number, string>; warnings: string[] } {
  const warnings: string[] = [];
  const codes = new Map<number, string>();
  const eq = (a: string, b: string) => new Decimal(a).eq(b);
  const open = (p: MatchableProject) => !codes.has(p.seq);
  const doneItems = new Set<string>();

  // 1. Exact: one project, one 项, same amount.
  for (const item of items) {
    const ps = projects.filter((p) => open(p) && eq(p.budget, item.projectExpenditure));
    if (ps.length === 0) continue;
    const p = ps[0]!;
    const itemsForP = items.filter(
      (i) => !doneItems.has(i.functionCode) && eq(i.projectExpenditure, p.budget),
    );
    if (ps.length === 1 && itemsForP.length === 1) {
      codes.set(p.seq, item.functionCode);
      doneItems.add(item.functionCode);
    } else {
      warnings.push(
        `项目与功能分类科目匹配不唯一：金额 ${item.projectExpenditure} 对应项目 ${ps.map((x) => x.seq).join('、')} 和科目 ${itemsForP.map((x) => x.functionCode).join('、')}，改用组合匹配`,
      );
    }
  }

  // 2. Subset sum within each remaining 项.
  const restProjects = projects.filter(open);
  const restItems = items.filter((i) => !doneItems.has(i.functionCode));
  if (restItems.length && restProjects.length > MAX_SUBSET_PROJECTS) {
    warnings.push(`剩余项目过多（${restProjects.length} 个），未做组合匹配`);
  } else {
    const proposals = new Map<number, string[]>();
    for (const item of restItems) {
      const subsets = subsetsSummingTo(restProjects, item.projectExpenditure);
      if (subsets.length === 1) {
        for (const p of subsets[0]!)
          proposals.set(p.seq, [...(proposals.get(p.seq) ?? []), item.functionCode]);
      } else if (subsets.length === 0) {
        warnings.push(
          `科目 ${item.functionCode}「${item.name}」项目支出 ${item.projectExpenditure} 万元找不到预算数合计相等的项目组合`,
        );
      } else {
        warnings.push(
          `科目 ${item.functionCode}「${item.name}」项目支出 ${item.projectExpenditure} 万元有 ${subsets.length} 种项目组合可以相加得到，无法确定，未填功能科目`,
        );
      }
    }
    for (const [seq, fcs] of proposals) {
      if (fcs.length === 1) codes.set(seq, fcs[0]!);
      else warnings.push(`项目 ${seq} 可归入多个科目（${fcs.join('、')}），未填功能科目`);
    }
  }
  for (const p of projects) {
    if (!codes.has(p.seq))
      warnings.push(`项目 ${p.seq}「${p.name}」（${p.budget} 万元）未能匹配到功能分类科目`);
  }
  return { codes, warnings };
}

function subsetsSummingTo(projects: readonly MatchableProject[], target: string): MatchableProject[][] {
  const out: MatchableProject[][] = [];
  const n = projects.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    let sum = new Decimal(0);
    const chosen: MatchableProject[] = [];
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        sum = sum.plus(projects[i]!.budget);
        chosen.push(projects[i]!);
      }
    }
    if (sum.eq(target)) out.push(chosen);
  }
  return out;
}
