/**
 * The outcome of a consistency check (数据核验) and its one-sentence description. Kept apart
 * from checks.ts so the shell's badge and banner do not load the checks themselves.
 */
import type Decimal from 'decimal.js';
import { describeSource, type PrintedTables, type SourceRef } from './source';

/**
 * 'pass' when both sides agree exactly; 'rounding' for a 尾差: a difference no larger than the
 * rounding of the printed figures (half a unit of each figure's last printed decimal, in
 * 万元); 'fail' otherwise.
 */
export type CheckStatus = 'pass' | 'rounding' | 'fail';

/**
 * 'error' for an identity the figures must satisfy; 'warning' for a finding that does not
 * change any figure (one 科目编码 printed with two names): it is shown in the 核验 view
 * among the failures, but it does not raise the alarm banner.
 */
export type CheckSeverity = 'error' | 'warning';

/** Where one figure of a check stands in the disclosure. */
export interface CheckSource {
  /** Table title as printed (e.g. "部门预算支出总表"), or the narrative section's title. */
  title: string;
  /** Row as printed: code and name, the item, or "第 n 行". */
  row?: string;
  /** Column label as printed, "group/label" when grouped. */
  column?: string;
  /** Page (1-based) where known. */
  page?: number;
  /** The figure exactly as printed, e.g. "2,946.25" or "0.3万元". */
  printed?: string;
}

/** One side of a check: what it is, its figure in its own unit, and where it comes from. */
export interface CheckSide {
  /** Plain Chinese, e.g. "收支总表 本年收入合计" or "各类之和". */
  label: string;
  /** The figure in `unit` (a sum when several sources). */
  value: Decimal;
  /** 元 or 万元 as printed, % for a share, 个 for a count of printed names. */
  unit: '元' | '万元' | '%' | '个';
  sources: CheckSource[];
  /** Texts compared instead of amounts (names as printed), for a naming check. */
  texts?: string[];
}

/** The outcome of one check. `expected`, `actual` and `difference` are in `unit`. */
export interface CheckResult {
  /** Stable id, e.g. "summary-balance" or "table:final-revenue:classes:c1". */
  id: string;
  /** What is compared, short, e.g. "收支总表：收入总计 = 支出总计". */
  title: string;
  /** The rule in plain Chinese, one or two sentences a reader without the template understands. */
  description: string;
  status: CheckStatus;
  severity: CheckSeverity;
  /** true unless the status is 'fail' (kept for callers of the first version). */
  ok: boolean;
  /** The left side's figure, in `unit` (万元 for amounts compared across tables). */
  expected: Decimal;
  /** The right side's figure, in `unit`. */
  actual: Decimal;
  /** actual − expected, in `unit`. */
  difference: Decimal;
  unit: '万元' | '%' | '个';
  /** [expected side, actual side], each in its own printed unit with its sources. */
  sides: [CheckSide, CheckSide];
  /** References of the figures (for the older consumers). */
  sources: SourceRef[];
  /**
   * How the two sides are introduced on screen, default ["应为", "实为"]; "" for none. A
   * statement check compares two printed figures, neither of which is "the right one".
   */
  sideRoles?: readonly [string, string];
  /** The mismatch in one sentence, for checks the generic "应为 …，实为 …" misreads. */
  mismatch?: string;
}

/** True when the check should raise the alarm banner: a failure of an identity (not a warning). */
export function isAlarming(c: CheckResult): boolean {
  return c.status === 'fail' && c.severity === 'error';
}

/** Counts of a list of checks, for the header badge and the view's filter. */
export interface ChecksTally {
  total: number;
  pass: number;
  rounding: number;
  /** Failing identities (severity error). */
  fail: number;
  /** Failing warnings (severity warning). */
  warning: number;
}

/** Tallies checks by status; passes and 尾差 notes both count as agreeing. */
export function tallyChecks(checks: readonly CheckResult[]): ChecksTally {
  const t: ChecksTally = { total: checks.length, pass: 0, rounding: 0, fail: 0, warning: 0 };
  for (const c of checks) {
    if (c.status === 'pass') t.pass += 1;
    else if (c.status === 'rounding') t.rounding += 1;
    else if (c.severity === 'warning') t.warning += 1;
    else t.fail += 1;
  }
  return t;
}

/**
 * Formats a failing check as one sentence naming the mismatch.
 * @param printed the dataset's printed tables: sources then name its tables as printed
 */
export function describeMismatch(c: CheckResult, printed?: PrintedTables): string {
  const dp = c.unit === '个' ? 0 : 2;
  const unit = c.unit === '%' ? ' 个百分点' : c.unit === '个' ? ' 个' : ' 万元';
  const where =
    c.sources.length > 0 ? `（${c.sources.map((s) => describeSource(s, printed)).join('；')}）` : '';
  if (c.mismatch) return `${c.title}：${c.mismatch}${where}`;
  return `${c.title}：应为 ${c.expected.toFixed(dp)}，实为 ${c.actual.toFixed(dp)}，相差 ${c.difference.toFixed(dp)}${unit}${where}`;
}
