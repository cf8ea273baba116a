/**
 * Full comparison of two budgets of the same department, one year apart: headline parts
 * (合计 / 基本支出 / 项目支出 from 支出总表; 人员经费 / 公用经费 from 基本支出表; "三公"经费),
 * every 功能分类科目 (类/款/项, 支出总表 合计 column) and every 经济分类科目 (类/款,
 * 基本支出表 合计 column), each classified as new, removed, grown, shrunk or unchanged.
 * Used when the catalog holds the previous year's dataset (otherwise the change view falls
 * back to the narrative's 比上年增减情况, see year-on-year.ts).
 */
import type Decimal from 'decimal.js';
import type { ModelBase } from './budget-model';
import type { EconomicTree } from './economic-tree';
import type { FunctionTree } from './function-tree';
import { changePercent, ZERO } from './money';
import type { Catalog, CatalogEntry } from './schema';

/** What a comparison reads of each year's model. */
type Compared = ModelBase & { functionTree: FunctionTree; economicTree: EconomicTree };

/** How an item changed. */
export type ChangeKind = 'new' | 'removed' | 'grown' | 'shrunk' | 'unchanged';

/** One item (科目) in both years. Amounts in 万元; percent ×100, unrounded. */
export interface ItemChange {
  code: string;
  /** Current name; the previous name for a removed item. */
  name: string;
  /** Previous name when it differs from the current one (a renamed 科目). */
  previousName?: string;
  level: '类' | '款' | '项';
  /** Absent when the item did not exist that year. */
  previous?: Decimal;
  current?: Decimal;
  /** current − previous (absent counts as 0). */
  change: Decimal;
  /** Absent for new items (no base) and when the previous amount was 0. */
  changePercent?: Decimal;
  kind: ChangeKind;
}

/** A headline part in both years. */
export interface PartChange {
  part:
    | 'total'
    | 'basicExpenditure'
    | 'projectExpenditure'
    | 'personnelExpense'
    | 'publicExpense'
    | 'threePublicExpenses';
  previous?: Decimal;
  current?: Decimal;
  change?: Decimal;
  changePercent?: Decimal;
}

/** The comparison. Item lists are sorted by the size of the change, largest first. */
export interface DatasetComparison {
  previousYear: number;
  currentYear: number;
  parts: PartChange[];
  byFunction: ItemChange[];
  byEconomic: ItemChange[];
  /** Count of items per kind, per dimension (all levels). */
  counts: { function: Record<ChangeKind, number>; economic: Record<ChangeKind, number> };
}

interface Amounted {
  code: string;
  name: string;
  level: '类' | '款' | '项';
  total: Decimal;
}

function kindOf(previous: Decimal | undefined, current: Decimal | undefined): ChangeKind {
  if (previous === undefined) return 'new';
  if (current === undefined) return 'removed';
  const c = current.comparedTo(previous);
  return c > 0 ? 'grown' : c < 0 ? 'shrunk' : 'unchanged';
}

/** Orders by |change| descending, then code, so the biggest movements come first. */
export function byChangeSize(a: ItemChange, b: ItemChange): number {
  return b.change.abs().comparedTo(a.change.abs()) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Compares two lists of items by code. Pure; does not look at levels across lists.
 */
export function compareItems(previous: Iterable<Amounted>, current: Iterable<Amounted>): ItemChange[] {
  const prev = new Map<string, Amounted>();
  for (const p of previous) prev.set(p.code, p);
  const seen = new Set<string>();
  const out: ItemChange[] = [];
  for (const c of current) {
    seen.add(c.code);
    const p = prev.get(c.code);
    const change = c.total.minus(p?.total ?? ZERO);
    out.push({
      code: c.code,
      name: c.name,
      ...(p && p.name !== c.name ? { previousName: p.name } : {}),
      level: c.level,
      ...(p ? { previous: p.total } : {}),
      current: c.total,
      change,
      ...(p && !p.total.isZero() ? { changePercent: changePercent(c.total, p.total) } : {}),
      kind: kindOf(p?.total, c.total),
    });
  }
  for (const p of prev.values()) {
    if (seen.has(p.code)) continue;
    out.push({
      code: p.code,
      name: p.name,
      level: p.level,
      previous: p.total,
      change: p.total.negated(),
      ...(!p.total.isZero() ? { changePercent: ZERO.minus(100) } : {}),
      kind: 'removed',
    });
  }
  return out.sort(byChangeSize);
}

function countKinds(items: readonly ItemChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { new: 0, removed: 0, grown: 0, shrunk: 0, unchanged: 0 };
  for (const i of items) counts[i.kind] += 1;
  return counts;
}

function part(
  name: PartChange['part'],
  previous: Decimal | undefined,
  current: Decimal | undefined,
): PartChange {
  const change = previous !== undefined && current !== undefined ? current.minus(previous) : undefined;
  return {
    part: name,
    ...(previous !== undefined ? { previous } : {}),
    ...(current !== undefined ? { current } : {}),
    ...(change !== undefined ? { change } : {}),
    ...(change !== undefined && previous !== undefined && !previous.isZero()
      ? { changePercent: changePercent(current!, previous) }
      : {}),
  };
}

function headline(ds: Compared) {
  const exp = ds.tables.expenditure.rows.find((r) => !r.functionCode);
  const basic = ds.tables.basicExpenditure.rows.find((r) => !r.economicCode);
  const three = ds.tables.threePublicExpenses.rows.find((r) => r.level === 0 && r.total !== undefined);
  return {
    total: exp?.total,
    basicExpenditure: exp?.basicExpenditure,
    projectExpenditure: exp?.projectExpenditure,
    personnelExpense: basic?.personnelExpense,
    publicExpense: basic?.publicExpense,
    threePublicExpenses: three?.total,
  };
}

/**
 * Compares `previous` (e.g. 2023) with `current` (e.g. 2024).
 * @throws Error when `previous` is not an earlier year than `current`, or when a table's
 *   (the trees are the models' own, built once).
 */
export function compareDatasets(previous: Compared, current: Compared): DatasetComparison {
  if (previous.meta.year >= current.meta.year) {
    throw new Error(`上年数据（${previous.meta.year} 年）应早于本年数据（${current.meta.year} 年）`);
  }
  const byFunction = compareItems(
    previous.functionTree.byCode.values(),
    current.functionTree.byCode.values(),
  );
  const byEconomic = compareItems(
    previous.economicTree.byCode.values(),
    current.economicTree.byCode.values(),
  );
  const hp = headline(previous);
  const hc = headline(current);
  const parts = (
    [
      'total',
      'basicExpenditure',
      'projectExpenditure',
      'personnelExpense',
      'publicExpense',
      'threePublicExpenses',
    ] as const
  ).map((k) => part(k, hp[k], hc[k]));
  return {
    previousYear: previous.meta.year,
    currentYear: current.meta.year,
    parts,
    byFunction,
    byEconomic,
    counts: { function: countKinds(byFunction), economic: countKinds(byEconomic) },
  };
}

/**
 * The catalog entry of the same department's dataset one year earlier, same kind (预算 with
 * 预算): same departmentCode when both entries have one, else the same department name.
 */
export function findPreviousEntry(catalog: Catalog, entry: CatalogEntry): CatalogEntry | undefined {
  return catalog.datasets.find(
    (d) =>
      d.id !== entry.id &&
      d.year === entry.year - 1 &&
      d.kind === entry.kind &&
      (d.departmentCode && entry.departmentCode
        ? d.departmentCode === entry.departmentCode
        : d.department === entry.department),
  );
}
