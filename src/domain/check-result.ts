/**
 * The outcome of a cross-table check (数据核验) and its one-sentence description. Kept apart
 * from checks.ts so the shell's warning banner does not load the checks themselves.
 */
import type Decimal from 'decimal.js';
import { describeSource, type PrintedTables, type SourceRef } from './source';

/** The outcome of one identity. Amounts in 万元. */
export interface CheckResult {
  id: string;
  /** What is being compared, in Chinese, e.g. "支出总表合计 = 基本支出 + 项目支出". */
  title: string;
  ok: boolean;
  expected: Decimal;
  actual: Decimal;
  /** Where `expected` and `actual` come from. */
  sources: SourceRef[];
}

/**
 * Formats a failing check as one sentence naming the mismatch.
 * @param printed the dataset's printed tables: sources then name its tables as printed
 */
export function describeMismatch(c: CheckResult, printed?: PrintedTables): string {
  return `${c.title}：应为 ${c.expected.toFixed(2)}，实为 ${c.actual.toFixed(2)}，相差 ${c.actual.minus(c.expected).toFixed(2)} 万元（${c.sources.map((s) => describeSource(s, printed)).join('；')}）`;
}
