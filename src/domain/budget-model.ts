/**
 * The budget model: one dataset (format v2) read once into everything the views show.
 * Tables are found by standard id (预算 budget-* or 决算 final-*) and their columns by role,
 * never by printed label; every amount becomes a Decimal in 万元 by exact conversion
 * (元 ÷ 10000, no rounding). Built once per dataset at load (store), pure.
 *
 * A table the disclosure did not publish (absent, or printed empty) yields no rows; the
 * figures read from it are then absent (views say 未公开), never 0 and never an error.
 */
import Decimal from 'decimal.js';
import { compareDatasets, type DatasetComparison } from './compare-datasets';
import { buildEconomicTree, type EconomicTree } from './economic-tree';
import { buildFunctionTree, type FunctionTree } from './function-tree';
import { V1_TABLE_IDS } from './v1-table-ids';
import type { AmountUnit, PrintedTable, TableRow } from './printed-table';
import type { Dataset, DatasetMeta, Narrative, ProjectV2, Tables } from './schema';
import { tableTitle, templateTitles, type SourceRef, type TableKey } from './source';
import { labelIs } from './text';
import type { ColumnRole, StandardTableId } from './standard-tables';
import { readStatedChanges, type StatedChange } from './stated-changes';
import { summarize, type BudgetSummary } from './summary';
import { readThreePublicExpenses, type ThreePublicExpenses } from './three-public-expenses';
import { deriveYearOnYear, type YearOnYear } from './year-on-year';

/** The dataset as the model reads it: meta, normalised rows (万元), narrative and projects (万元). */
export interface ModelBase {
  meta: DatasetMeta;
  /** Rows of each standard table by role, amounts in 万元; an unpublished table has no rows. */
  tables: Tables;
  /** The printed tables by key, for titles, units and notes; absent = not published. */
  printed: Partial<Record<TableKey, PrintedTable>>;
  /** Narrative with every amount in 万元 (`unit` of each block is then "万元"). */
  narrative: Narrative;
  /** Projects with every amount in 万元. */
  projects: ProjectV2[];
}

/** Everything the views read. Amounts in 万元 (Decimal). */
export interface BudgetModel extends ModelBase {
  /** 功能分类 类/款/项 from 支出总表 (决算: 支出决算表, 决算数). */
  functionTree: FunctionTree;
  /** 经济分类 类/款 from 一般公共预算财政拨款基本支出表 (决算: …基本支出决算表). */
  economicTree: EconomicTree;
  /** Headline figures; absent when 支出总表 has no 合计 row (the disclosure did not publish it). */
  summary?: BudgetSummary;
  threePublic: ThreePublicExpenses;
  /** Against the previous year: from the previous dataset when given, else inferred (推算). */
  yearOnYear?: YearOnYear;
  /**
   * Set when 支出总表 (决算: 支出决算表) has no 合计 row and the 一般公共预算财政拨款支出表 stands
   * in for it (its 合计 equals 收支总表 本年支出合计, so all spending is 一般公共预算 财政拨款), or
   * when it cannot stand in because the two disagree (`agrees` false: the trees stay empty).
   */
  expenditureStandIn?: ExpenditureStandIn;
  /**
   * Every change the narrative states against the previous year or budget, read from its
   * sections as printed (any template; stated-changes.ts), with the sentence it is read from.
   */
  statedChanges: StatedChange[];
  /** The previous year's model (the catalog's same department, one year earlier). */
  previous?: BudgetModel;
  /** Item-by-item comparison with `previous`. */
  comparison?: DatasetComparison;
}

/** The 一般公共预算 table standing in for a missing 支出总表, and the total it was checked against. */
export interface ExpenditureStandIn {
  /** The table read instead of 支出总表. */
  table: 'generalBudgetExpenditure';
  /** Its 合计 row · 合计. */
  total: Decimal;
  /** 收支总表 本年支出合计, which it must equal to stand in. */
  currentYearExpenditure: Decimal;
  /** Source of 本年支出合计. */
  currentYearSource: SourceRef;
  /** True when the two agree (the table then stands in); false: nothing stands in. */
  agrees: boolean;
}

/** Standard table of each normalised table, for 预算 and 决算 disclosures. */
const TABLE_IDS: Record<'预算' | '决算', Record<TableKey, StandardTableId>> = {
  // The v1 format described exactly the nine 部门预算 tables, so its ids are the 预算 ids.
  预算: V1_TABLE_IDS,
  决算: {
    budgetSummary: 'final-summary',
    revenue: 'final-revenue',
    expenditure: 'final-expenditure',
    fiscalAppropriationSummary: 'final-fiscal-summary',
    generalBudgetExpenditure: 'final-general-expenditure',
    basicExpenditure: 'final-general-basic',
    governmentFundExpenditure: 'final-fund',
    stateCapitalExpenditure: 'final-capital',
    threePublicExpenses: 'final-three-public',
  },
};

/** Normalised row field of each column role (the v1 row fields). */
const FIELD_OF_ROLE: Partial<Record<ColumnRole, string>> = {
  currentYearRevenue: 'currentYearSubtotal',
  carryForwardStart: 'carryForward',
};

/**
 * Converts an amount printed in `unit` to 万元, exactly (元 ÷ 10000, no rounding).
 * @param printed decimal string as printed (normalised), e.g. "3286610000.00"
 */
export function toWan(printed: string | Decimal, unit: AmountUnit): Decimal {
  const value = typeof printed === 'string' ? new Decimal(printed) : printed;
  return unit === '元' ? value.div(10000) : value;
}

/** Which column gives each field: the role's column, preferring the 决算数 measure. */
function fieldColumns(table: PrintedTable): Map<string, string> {
  const out = new Map<string, string>();
  const rank = (m: string | undefined) => (m === 'final' ? 0 : m === undefined ? 1 : 2);
  const chosen = new Map<string, { key: string; rank: number }>();
  for (const c of table.columns) {
    if (!c.role || c.kind === 'code' || c.kind === 'name') continue;
    const field = FIELD_OF_ROLE[c.role] ?? c.role;
    const r = rank(c.measure);
    const prev = chosen.get(field);
    if (!prev || r < prev.rank) chosen.set(field, { key: c.key, rank: r });
  }
  for (const [field, { key }] of chosen) out.set(field, key);
  return out;
}

/** Level of a "三公" row when the table does not record one. */
function itemLevel(row: TableRow): number {
  if (row.level !== undefined) return row.level;
  if (row.kind !== 'data') return 0;
  return /^[一二三四五六七八九十]+、/.test((row.name ?? '').replace(/\s/g, '')) ? 1 : 2;
}

/**
 * The "三公" items of a table that prints them as columns (the 决算 template, the 上海 预算
 * "三公"经费和机关运行经费预算表: one row, a column per item), as the item rows the budget
 * template prints: 合计, 一、因公出国（境）费, 二、公务用车购置及运行费 with its two 其中 items,
 * 三、公务接待费. Each item's amount is its column's (决算数 before 预算数); a blank cell
 * stays blank. Names are the standard terms, so items link to their 经济分类 款 by name.
 *
 * @returns the rows in 万元, or null when the table prints its items as rows
 */
function threePublicColumnsAsRows(table: PrintedTable): Record<string, unknown>[] | null {
  if (table.rows.some((r) => r.kind === 'data' && (r.name ?? '').trim() !== '')) return null;
  const row = table.rows.find((r) => Object.keys(r.cells).length > 0);
  if (!row) return null;
  const fields = fieldColumns(table);
  const items: [string, string, number][] = [
    ['total', '合计', 0],
    ['outboundTravel', '一、因公出国（境）费', 1],
    ['vehiclePurchaseAndOperation', '二、公务用车购置及运行费', 1],
    ['vehiclePurchase', '其中：公务用车购置费', 2],
    ['vehicleOperation', '其中：公务用车运行维护费', 2],
    ['officialReception', '三、公务接待费', 1],
  ];
  if (!items.some(([role]) => fields.has(role))) return null;
  return items
    .filter(([role]) => fields.has(role))
    .map(([role, item, level], i) => {
      const cell = row.cells[fields.get(role)!];
      return {
        seq: i + 1,
        item,
        level,
        ...(cell !== undefined ? { total: toWan(cell, table.unit) } : {}),
      };
    });
}

function normaliseRows(key: TableKey, table: PrintedTable | undefined): Record<string, unknown>[] {
  if (!table) return [];
  if (key === 'threePublicExpenses') {
    const pivoted = threePublicColumnsAsRows(table);
    if (pivoted) return pivoted;
  }
  const fields = fieldColumns(table);
  const amountKeys = new Set(table.columns.filter((c) => c.kind === 'amount').map((c) => c.key));
  return table.rows.map((row, i) => {
    const out: Record<string, unknown> = { seq: row.seq ?? i + 1 };
    if (key === 'basicExpenditure') {
      if (row.code) out.economicCode = row.code;
    } else if (row.code) out.functionCode = row.code;
    if (key === 'threePublicExpenses') {
      out.item = row.name ?? '';
      out.level = itemLevel(row);
    } else if (row.name !== undefined) out.name = row.name;
    else if (key !== 'budgetSummary' && key !== 'fiscalAppropriationSummary') out.name = '';
    for (const [field, colKey] of fields) {
      const cell = row.cells[colKey];
      if (cell === undefined) continue;
      out[field] = amountKeys.has(colKey) ? toWan(cell, table.unit) : cell;
    }
    return out;
  });
}

/** Converts every Decimal inside a narrative block or project from `unit` to 万元. */
function convertDeep<T>(value: T, unit: AmountUnit): T {
  if (unit === '万元') return value;
  if (Decimal.isDecimal(value)) return toWan(value as Decimal, unit) as T;
  if (Array.isArray(value)) return value.map((v) => convertDeep(v, unit)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertDeep(v, unit)])) as T;
  }
  return value;
}

function inWan<B extends { unit: AmountUnit }>(block: B | undefined): B | undefined {
  return block ? { ...convertDeep(block, block.unit), unit: '万元' } : undefined;
}

/**
 * Reads the dataset's tables, narrative and projects into 万元 (no trees yet).
 * The first table of each standard id is used (a disclosure prints each once).
 */
export function readModelBase(dataset: Dataset): ModelBase {
  const ids = TABLE_IDS[dataset.meta.kind];
  const printed: Partial<Record<TableKey, PrintedTable>> = {};
  const tables = {} as Record<TableKey, unknown>;
  for (const key of Object.keys(ids) as TableKey[]) {
    const table = dataset.tables.find((t) => t.standardId === ids[key]);
    if (table) printed[key] = table;
    tables[key] = {
      title: table?.title ?? templateTitles(dataset.meta.kind)[key],
      columns: [],
      rows: normaliseRows(key, table),
      ...(table?.notes.length ? { note: table.notes.join('\n') } : {}),
    };
  }
  const n = dataset.narrative;
  const narrative: Narrative = {
    ...n,
    revenueExplanation: inWan(n.revenueExplanation),
    expenditureExplanation: inWan(n.expenditureExplanation),
    yearOnYear: inWan(n.yearOnYear),
    institutionalOperatingExpenses: inWan(n.institutionalOperatingExpenses),
    threePublicExpenses: inWan(n.threePublicExpenses),
    fixedAssets: inWan(n.fixedAssets),
  };
  for (const k of Object.keys(narrative) as (keyof Narrative)[]) {
    if (narrative[k] === undefined) delete narrative[k];
  }
  return {
    meta: dataset.meta,
    tables: tables as Tables,
    printed,
    narrative,
    projects: dataset.projects.map((p) => inWan(p)!),
  };
}

/**
 * Builds the budget model of a dataset, once.
 *
 * @param dataset  a validated v2 dataset (amounts as printed, in their units)
 * @param previous the model of the same department's dataset one year earlier (catalog), when
 *   the catalog has one: every previous-year figure then comes from it, and a change the
 *   narrative states differently is a check finding (checks.ts)
 * @returns the model; amounts in 万元
 * @throws Error when a table prints a function or economic code twice, or a malformed code
 */
/**
 * Which table the 功能分类 tree and the headline 基本/项目支出 are read from: 支出总表 when it
 * prints a 合计 row; otherwise the 一般公共预算财政拨款支出表, but only when its 合计 equals
 * 收支总表 本年支出合计 (then every yuan spent is 一般公共预算 财政拨款 and the two tables are
 * the same figures). A disagreement is returned (`agrees` false) so views can say why the
 * figures are not shown, never a partial total shown as the whole.
 */
export function chooseExpenditureTable(base: ModelBase): {
  table: 'expenditure' | 'generalBudgetExpenditure';
  standIn?: ExpenditureStandIn;
} {
  if (base.tables.expenditure.rows.some((r) => !r.functionCode && r.total)) return { table: 'expenditure' };
  const general = base.tables.generalBudgetExpenditure.rows.find((r) => !r.functionCode && r.total);
  const current = base.tables.budgetSummary.rows.find(
    (r) => labelIs(r.expenditureItem, '本年支出合计') && r.expenditureAmount,
  );
  if (!general?.total || !current?.expenditureAmount) return { table: 'expenditure' };
  const agrees = general.total.equals(current.expenditureAmount);
  const standIn: ExpenditureStandIn = {
    table: 'generalBudgetExpenditure',
    total: general.total,
    currentYearExpenditure: current.expenditureAmount,
    currentYearSource: { kind: 'table', table: 'budgetSummary', seq: current.seq, column: '本年支出合计' },
    agrees,
  };
  return { table: agrees ? 'generalBudgetExpenditure' : 'expenditure', standIn };
}

export function buildBudgetModel(dataset: Dataset, previous?: BudgetModel): BudgetModel {
  const base = readModelBase(dataset);
  const { table: expenditureTable, standIn } = chooseExpenditureTable(base);
  const functionTree = buildFunctionTree(
    base.tables[expenditureTable].rows,
    expenditureTable,
    tableTitle(expenditureTable, base.printed),
  );
  const economicTree = buildEconomicTree(base.tables.basicExpenditure.rows);
  const prev = previous && previous.meta.year < base.meta.year ? previous : undefined;
  const withTrees = { ...base, functionTree, economicTree };
  let yearOnYear: YearOnYear | undefined;
  try {
    yearOnYear = deriveYearOnYear(withTrees, prev);
  } catch {
    // No 合计 row, or neither a previous dataset nor a stated change: nothing to compare.
    yearOnYear = undefined;
  }
  const summary = withTrees.tables[expenditureTable].rows.some((r) => !r.functionCode && r.total)
    ? summarize(withTrees, yearOnYear)
    : undefined;
  return {
    ...withTrees,
    ...(summary ? { summary } : {}),
    ...(standIn ? { expenditureStandIn: standIn } : {}),
    threePublic: readThreePublicExpenses(base, economicTree),
    statedChanges: readStatedChanges(base.narrative.sections),
    ...(yearOnYear ? { yearOnYear } : {}),
    ...(prev ? { previous: prev, comparison: compareDatasets(prev, withTrees) } : {}),
  };
}
