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
 * Builds the tree. A 款 whose 类 row is missing gets a summed 类 node without a source.
 * @throws Error for a code that is neither 3 nor 5 digits, or a duplicated code.
 */
export function buildEconomicTree(rows: readonly Row[]): EconomicTree {
  const byCode = new Map<string, EconomicNode>();
  const classes: EconomicNode[] = [];
  let totalRow: Row | undefined;
  for (const row of rows) {
    const code = row.economicCode;
    if (!code) {
      totalRow = row;
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
    node.blank = (['total', 'personnelExpense', 'publicExpense'] as const).filter(
      (m) => row[m] === undefined,
    );
    node.name = row.name;
    node.total = row.total ?? ZERO;
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
  return {
    classes,
    byCode,
    total: totalRow?.total ?? sumOrZero(classes.map((c) => c.total)),
    personnelExpense: totalRow?.personnelExpense ?? sumOrZero(classes.map((c) => c.personnelExpense)),
    publicExpense: totalRow?.publicExpense ?? sumOrZero(classes.map((c) => c.publicExpense)),
    ...(totalRow
      ? { totalSource: { kind: 'table', table: 'basicExpenditure', seq: totalRow.seq } as const }
      : {}),
  };
}
