/**
 * Reconciles the narrative's breakdown of 项目支出 (二、2、支出说明: "项目支出907.19万元，主要为
 * 网络运行维护费1.8万元；…") with the project tables (七、部门项目预算安排情况及绩效目标) and
 * 支出总表's 项目支出. The narrative names differ slightly from the table names (【2023】 vs
 * [2023], 以前年度未拨付资金 vs 以前年度未拨付专项资金, a year prefix, a typo), so items are
 * matched by amount and name similarity, and both names are kept for display.
 */
import type Decimal from 'decimal.js';
import { sumOrZero } from './money';
import type { Project } from './schema';

/** One item of the narrative's 项目支出 list, amount in 万元 as printed ("1.8"). */
export interface NarrativeProjectItem {
  name: string;
  amount: Decimal;
}

/** The part of a project the reconciliation shows. */
export type ReconciledProject = Pick<Project, 'seq' | 'code' | 'name' | 'budget' | 'functionCode'>;

/** One narrative item and the project it was matched to (if any). */
export interface ReconciliationLine {
  /** Position in the narrative list (0-based). */
  index: number;
  narrativeName: string;
  /** 万元 as printed in the narrative. */
  narrativeAmount: Decimal;
  project?: ReconciledProject;
  /** Narrative amount equals the project's 预算数 (1.8 = 1.80). */
  amountMatches: boolean;
  /** Name similarity 0…1 (Dice coefficient of character bigrams after normalisation). */
  similarity: number;
  /** Matched, same amount, and names similar enough to be the same project. */
  ok: boolean;
}

/** The whole reconciliation. Amounts in 万元. */
export interface ProjectReconciliation {
  lines: ReconciliationLine[];
  /** Projects of the tables that no narrative item matched. */
  unmatchedProjects: ReconciledProject[];
  narrativeSum: Decimal;
  projectsSum: Decimal;
  /** 支出总表 合计 row, 项目支出 column; absent when not printed. */
  projectExpenditure?: Decimal;
  /** narrativeSum = projectExpenditure (false when projectExpenditure is absent). */
  sumMatches: boolean;
  /** Every line ok, every project matched, and the sums agree. */
  ok: boolean;
}

/** Below this similarity a same-amount pair is still shown, but marked ✗ (names disagree). */
export const MIN_NAME_SIMILARITY = 0.3;
/** A pair with different amounts is matched only when the names are this similar. */
export const NAME_ONLY_SIMILARITY = 0.6;

/**
 * Normalises a project name for comparison: removes white space, quotes and punctuation,
 * turns every bracket pair (【】［］〔〕) into [], and drops the generic words 的.
 */
export function normalizeProjectName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[【［〔(（]/g, '[')
    .replace(/[】］〕)）]/g, ']')
    .replace(/[“”"'‘’「」《》、，,。.；;：:]/g, '')
    .replace(/的/g, '');
}

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/**
 * Similarity of two project names, 0 (nothing in common) to 1 (equal after normalisation):
 * the Dice coefficient of their character bigrams.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(normalizeProjectName(a));
  const y = bigrams(normalizeProjectName(b));
  if (x.length === 0 && y.length === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common += 1;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/**
 * Matches each narrative item to at most one project, each project to at most one item.
 * Pairs are taken greedily, best first: equal amount before different amount, then higher
 * name similarity, then printed order. A pair with equal amounts is always accepted; a pair
 * with different amounts only when the names are at least NAME_ONLY_SIMILARITY alike (so a
 * mistyped amount shows as ✗ next to its project rather than as two loose ends).
 *
 * @param items the narrative list (narrative.expenditureExplanation.projectItems)
 * @param projects the project tables (dataset.projects)
 * @param projectExpenditure 支出总表 合计 · 项目支出, when printed
 */
export function reconcileProjects(
  items: readonly NarrativeProjectItem[],
  projects: readonly ReconciledProject[],
  projectExpenditure?: Decimal,
): ProjectReconciliation {
  const pairs = items.flatMap((item, i) =>
    projects.map((p, j) => ({
      i,
      j,
      amountMatches: item.amount.equals(p.budget),
      similarity: nameSimilarity(item.name, p.name),
    })),
  );
  pairs.sort(
    (a, b) =>
      Number(b.amountMatches) - Number(a.amountMatches) ||
      b.similarity - a.similarity ||
      a.i - b.i ||
      a.j - b.j,
  );
  const itemTaken = new Map<number, (typeof pairs)[number]>();
  const projectTaken = new Set<number>();
  for (const pair of pairs) {
    if (itemTaken.has(pair.i) || projectTaken.has(pair.j)) continue;
    if (!pair.amountMatches && pair.similarity < NAME_ONLY_SIMILARITY) continue;
    itemTaken.set(pair.i, pair);
    projectTaken.add(pair.j);
  }

  const lines: ReconciliationLine[] = items.map((item, i) => {
    const pair = itemTaken.get(i);
    if (!pair) {
      return {
        index: i,
        narrativeName: item.name,
        narrativeAmount: item.amount,
        amountMatches: false,
        similarity: 0,
        ok: false,
      };
    }
    const p = projects[pair.j]!;
    return {
      index: i,
      narrativeName: item.name,
      narrativeAmount: item.amount,
      project: pick(p),
      amountMatches: pair.amountMatches,
      similarity: pair.similarity,
      ok: pair.amountMatches && pair.similarity >= MIN_NAME_SIMILARITY,
    };
  });
  const unmatchedProjects = projects.filter((_, j) => !projectTaken.has(j)).map(pick);
  const narrativeSum = sumOrZero(items.map((x) => x.amount));
  const projectsSum = sumOrZero(projects.map((p) => p.budget));
  const sumMatches = projectExpenditure !== undefined && narrativeSum.equals(projectExpenditure);
  return {
    lines,
    unmatchedProjects,
    narrativeSum,
    projectsSum,
    ...(projectExpenditure !== undefined ? { projectExpenditure } : {}),
    sumMatches,
    ok: sumMatches && unmatchedProjects.length === 0 && lines.every((l) => l.ok),
  };
}

function pick(p: ReconciledProject): ReconciledProject {
  return {
    seq: p.seq,
    code: p.code,
    name: p.name,
    budget: p.budget,
    ...(p.functionCode ? { functionCode: p.functionCode } : {}),
  };
}
