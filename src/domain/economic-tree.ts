/**
 * The 部门预算支出经济分类 tree (类 → 款) built from 一般公共预算财政拨款基本支出表.
 */
import type Decimal from 'decimal.js';
import { ZERO, sumOrZero } from './money';
import type { Tables } from './schema';
import type { SourceRef } from './source';

/** One node: 类 (3 digits, e.g. 301 工资福利支出) or 款 (5 digits, e.g. 30101 基本工资). Amounts in 万元. */
export interface EconomicNode {
  code: string;
  name: string;
  level: '类' | '款';
  total: Decimal;
  personnelExpense: Decimal;
  publicExpense: Decimal;
  /** Measures the disclosure left blank (shown as —, not 0.00). */
  blank: ('total' | 'personnelExpense' | 'publicExpense')[];
  children: EconomicNode[];
  source?: SourceRef;
}

/** The tree plus the printed 合计 row. */
export interface EconomicTree {
  classes: EconomicNode[];
  total: Decimal;
  personnelExpense: Decimal;
  publicExpense: Decimal;
  totalSource?: SourceRef;
  byCode: Map<string, EconomicNode>;
}

type Row = Tables['basicExpenditure']['rows'][number];

/**
 * The 合计 of a row that prints none: a 决算 基本支出决算表 prints its two halves side by side
 * (人员经费 | 公用经费), so each row has the one amount of its half; its 合计 is that amount
 * (the sum of what is printed). Absent when the row prints neither.
 */
function rowTotal(row: Row): Decimal | undefined {
  if (row.total !== undefined) return row.total;
  const parts = [row.personnelExpense, row.publicExpense].filter((x): x is Decimal => x !== undefined);
  return parts.length > 0 ? sumOrZero(parts) : undefined;
}

/**
 * Builds the tree. A 款 whose 类 row is missing gets a summed 类 node without a source.
 * A table without a 合计 column (决算: 人员经费 and 公用经费 halves, each with its own 合计
 * row, "人员经费合计" / "公用经费合计") reads each row's 合计 as its printed amount and the
 * tree's 合计 as the sum of the halves' 合计 rows.
 * @throws Error for a code that is neither 3 nor 5 digits, or a duplicated code.
 */
export function buildEconomicTree(rows: readonly Row[]): EconomicTree {
  const byCode = new Map<string, EconomicNode>();
  const classes: EconomicNode[] = [];
  const totalRows: Row[] = [];
  for (const row of rows) {
    const code = row.economicCode;
    if (!code) {
      totalRows.push(row);
      continue;
    }
    if (!/^\d{3}(\d{2})?$/.test(code)) throw new Error(`经济分类科目编码 "${code}" 应为 3 或 5 位数字`);
    const existing = byCode.get(code);
    if (existing?.source) throw new Error(`经济分类科目编码 ${code} 在基本支出表中出现了两次`);
    const node: EconomicNode = existing ?? {
      code,
      name: row.name,
      level: code.length === 3 ? '类' : '款',
      total: ZERO,
      personnelExpense: ZERO,
      publicExpense: ZERO,
      blank: [],
      children: [],
    };
    const total = rowTotal(row);
    node.blank = (['total', 'personnelExpense', 'publicExpense'] as const).filter((m) =>
      m === 'total' ? total === undefined : row[m] === undefined,
    );
    node.name = row.name;
    node.total = total ?? ZERO;
    node.personnelExpense = row.personnelExpense ?? ZERO;
    node.publicExpense = row.publicExpense ?? ZERO;
    node.source = { kind: 'table', table: 'basicExpenditure', seq: row.seq };
    if (existing) continue;
    byCode.set(code, node);
    if (code.length === 3) {
      classes.push(node);
    } else {
      const parentCode = code.slice(0, 3);
      let parent = byCode.get(parentCode);
      if (!parent) {
        parent = {
          code: parentCode,
          name: parentCode,
          level: '类',
          total: ZERO,
          personnelExpense: ZERO,
          publicExpense: ZERO,
          blank: [],
          children: [],
        };
        byCode.set(parentCode, parent);
        classes.push(parent);
      }
      parent.children.push(node);
    }
  }
  for (const c of classes) {
    if (!c.source) {
      c.total = sumOrZero(c.children.map((n) => n.total));
      c.personnelExpense = sumOrZero(c.children.map((n) => n.personnelExpense));
      c.publicExpense = sumOrZero(c.children.map((n) => n.publicExpense));
    }
  }
  // One 合计 row (预算), or one per half (决算): each measure from the row that prints it.
  const totalRow = totalRows[0];
  const printedTotal = (m: 'total' | 'personnelExpense' | 'publicExpense') =>
    totalRows.find((r) => r[m] !== undefined)?.[m];
  const personnelExpense = printedTotal('personnelExpense');
  const publicExpense = printedTotal('publicExpense');
  const halves = [personnelExpense, publicExpense].filter((x): x is Decimal => x !== undefined);
  return {
    classes,
    byCode,
    total:
      printedTotal('total') ??
      (halves.length > 0 ? sumOrZero(halves) : sumOrZero(classes.map((c) => c.total))),
    personnelExpense: personnelExpense ?? sumOrZero(classes.map((c) => c.personnelExpense)),
    publicExpense: publicExpense ?? sumOrZero(classes.map((c) => c.publicExpense)),
    ...(totalRow
      ? { totalSource: { kind: 'table', table: 'basicExpenditure', seq: totalRow.seq } as const }
      : {}),
  };
}
