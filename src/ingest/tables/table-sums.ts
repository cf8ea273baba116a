/**
 * The arithmetic a printed function/economic table must satisfy: per amount column, its 合计
 * equals the sum of its 类 rows, each 类 the sum of its 款, each 款 the sum of its 项.
 * Exact decimals (decimal.js), in the table's own unit.
 */
import Decimal from 'decimal.js';
import type { PrintedTable } from '../../domain/printed-table';

/** One failed equation. */
export interface SumMismatch {
  readonly column: string;
  /** "合计" or the code whose children do not add up. */
  readonly parent: string;
  readonly printed: string;
  readonly sum: string;
}

/**
 * Checks 合计 = Σ类 (and 类 = Σ款, 款 = Σ项) for every amount column of a table with codes.
 *
 * @returns the mismatches; empty when the table adds up or has no codes or no 合计 row
 */
export function checkTableSums(table: PrintedTable): SumMismatch[] {
  const amountKeys = table.columns.filter((c) => c.kind === 'amount').map((c) => c.key);
  const coded = table.rows.filter((r) => r.code);
  if (coded.length === 0) return [];
  const total = table.rows.find((r) => r.kind === 'total');
  const out: SumMismatch[] = [];
  const sum = (rows: typeof coded, key: string) =>
    rows.reduce((s, r) => s.plus(r.cells[key] ?? 0), new Decimal(0));
  for (const key of amountKeys) {
    const classes = coded.filter((r) => r.code!.length === 3);
    if (total && (total.cells[key] !== undefined || classes.some((r) => r.cells[key] !== undefined))) {
      const s = sum(classes, key);
      if (!s.equals(total.cells[key] ?? 0))
        out.push({ column: key, parent: '合计', printed: total.cells[key] ?? '0', sum: s.toFixed() });
    }
    for (const parent of coded) {
      const len = parent.code!.length;
      if (len === 7) continue;
      const kids = coded.filter((r) => r.code!.length === len + 2 && r.code!.startsWith(parent.code!));
      if (kids.length === 0) continue;
      const s = sum(kids, key);
      if (!s.equals(parent.cells[key] ?? 0))
        out.push({ column: key, parent: parent.code!, printed: parent.cells[key] ?? '0', sum: s.toFixed() });
    }
  }
  return out;
}
