/**
 * The standard tables of a department disclosure (部门预算 and 部门决算), as a documented
 * list of ids. Every official table the importer recognises gets one of these ids; a table
 * it cannot place is kept with `standardId: null`. Titles vary by province and year
 * ("部门预算支出总表", "2026年部门支出预算总表", "支出决算表"), so each id lists the title
 * patterns it answers to; the patterns are matched against the title with the year,
 * numbering ("4．", "五、") and spaces removed (see `normaliseTableTitle`).
 *
 * Column roles name what a column means independently of how it is printed, so the budget
 * model reads "the 基本支出 column of the 支出表" whatever the template calls it.
 */

/** Which kind of disclosure a table or dataset belongs to. */
export type DisclosureKind = '预算' | '决算';

/** Ids of the standard tables (docs/data-format.md lists them with their printed titles). */
export const STANDARD_TABLE_IDS = [
  // 部门预算 (budget), the nine tables of the national and provincial templates
  'budget-summary',
  'budget-revenue',
  'budget-expenditure',
  'budget-fiscal-summary',
  'budget-general-expenditure',
  'budget-general-basic',
  'budget-fund-expenditure',
  'budget-capital-expenditure',
  'budget-three-public',
  // 部门决算 (final accounts)
  'final-summary',
  'final-revenue',
  'final-expenditure',
  'final-fiscal-summary',
  'final-general-expenditure',
  'final-general-basic',
  'final-fund',
  'final-capital',
  'final-three-public',
  'final-operating-expenses',
  // both
  'procurement',
] as const;

export type StandardTableId = (typeof STANDARD_TABLE_IDS)[number];

/** What a standard table is about, for the budget model: its row axis. */
export type RowAxis =
  /** rows are 收入/支出 items side by side (收支总表) */
  | 'summary'
  /** rows are 支出功能分类科目 类/款/项 */
  | 'function'
  /** rows are 部门预算支出经济分类科目 类/款 */
  | 'economic'
  /** rows are named items ("三公"经费, procurement) */
  | 'items';

/** One standard table: id, kind, how its title reads, its row axis. */
export interface StandardTableSpec {
  id: StandardTableId;
  kind: DisclosureKind | 'both';
  /** Name used on screen when the table is referred to (the national template's title). */
  name: string;
  /** Patterns for the normalised title; the first spec whose pattern matches wins. */
  titlePatterns: readonly RegExp[];
  rowAxis: RowAxis;
}

/**
 * The specs in match order: more specific titles first (基本支出 before 支出, 财政拨款收支
 * before 收支). Patterns are tested against `normaliseTableTitle(title)`.
 */
export const STANDARD_TABLES: readonly StandardTableSpec[] = [
  {
    id: 'budget-general-basic',
    kind: '预算',
    name: '一般公共预算财政拨款基本支出表',
    titlePatterns: [/一般公共预算.*基本支出.*(预算)?表$/],
    rowAxis: 'economic',
  },
  {
    id: 'budget-general-expenditure',
    kind: '预算',
    name: '一般公共预算财政拨款支出表',
    titlePatterns: [/一般公共预算(财政拨款)?支出(功能分类)?(预算)?表$/],
    rowAxis: 'function',
  },
  {
    id: 'budget-fund-expenditure',
    kind: '预算',
    name: '政府性基金预算财政拨款支出表',
    titlePatterns: [/政府性基金预算(财政拨款)?支出(功能分类)?(预算)?表$/],
    rowAxis: 'function',
  },
  {
    id: 'budget-capital-expenditure',
    kind: '预算',
    name: '国有资本经营预算财政拨款支出表',
    titlePatterns: [/国有资本经营预算(财政拨款)?支出(功能分类)?(预算)?表$/],
    rowAxis: 'function',
  },
  {
    id: 'budget-three-public',
    kind: '预算',
    name: '财政拨款"三公"经费支出表',
    titlePatterns: [/三公.*经费.*(预算)?表$/],
    rowAxis: 'items',
  },
  {
    id: 'budget-fiscal-summary',
    kind: '预算',
    name: '财政拨款收支总表',
    titlePatterns: [/财政拨款收支(预算)?总表$/],
    rowAxis: 'summary',
  },
  {
    id: 'budget-summary',
    kind: '预算',
    name: '收支总表',
    titlePatterns: [/^部门(预算)?收支(预算)?总表$/, /^部门财务收支预算总表$/],
    rowAxis: 'summary',
  },
  {
    id: 'budget-revenue',
    kind: '预算',
    name: '收入总表',
    titlePatterns: [/^部门(预算)?收入(预算)?总表$/],
    rowAxis: 'function',
  },
  {
    id: 'budget-expenditure',
    kind: '预算',
    name: '支出总表',
    titlePatterns: [/^部门(预算)?支出(预算)?总表$/],
    rowAxis: 'function',
  },
  {
    id: 'final-general-basic',
    kind: '决算',
    name: '一般公共预算财政拨款基本支出决算表',
    titlePatterns: [/一般公共预算财政拨款基本支出决算(明细)?表$/],
    rowAxis: 'economic',
  },
  {
    id: 'final-general-expenditure',
    kind: '决算',
    name: '一般公共预算财政拨款支出决算表',
    titlePatterns: [/一般公共预算财政拨款(项目)?支出决算(明细)?表$/],
    rowAxis: 'function',
  },
  {
    id: 'final-fund',
    kind: '决算',
    name: '政府性基金预算财政拨款收入支出决算表',
    titlePatterns: [/政府性基金预算财政拨款(收入)?支出决算表$/],
    rowAxis: 'function',
  },
  {
    id: 'final-capital',
    kind: '决算',
    name: '国有资本经营预算财政拨款收入支出决算表',
    titlePatterns: [/国有资本经营预算财政拨款(收入)?支出决算表$/],
    rowAxis: 'function',
  },
  {
    id: 'final-operating-expenses',
    kind: '决算',
    name: '机关运行经费支出决算表',
    titlePatterns: [/^(财政拨款)?机关运行经费支出决算表$/],
    rowAxis: 'items',
  },
  {
    id: 'final-three-public',
    kind: '决算',
    name: '财政拨款"三公"经费支出决算表',
    titlePatterns: [/三公.*经费.*决算表$/],
    rowAxis: 'items',
  },
  {
    id: 'final-fiscal-summary',
    kind: '决算',
    name: '财政拨款收入支出决算总表',
    titlePatterns: [/^财政拨款收入支出决算总表$/],
    rowAxis: 'summary',
  },
  {
    id: 'final-summary',
    kind: '决算',
    name: '收入支出决算总表',
    titlePatterns: [/^收入支出决算总表$/],
    rowAxis: 'summary',
  },
  {
    id: 'final-revenue',
    kind: '决算',
    name: '收入决算表',
    titlePatterns: [/^收入决算表$/],
    rowAxis: 'function',
  },
  {
    id: 'final-expenditure',
    kind: '决算',
    name: '支出决算表',
    titlePatterns: [/^支出决算表$/],
    rowAxis: 'function',
  },
  {
    id: 'procurement',
    kind: 'both',
    name: '政府采购情况表',
    titlePatterns: [/政府采购(预算|情况|支出)?.*表$/],
    rowAxis: 'items',
  },
];

/**
 * Normalises a printed table title for matching: drops spaces (ASCII, full-width, NBSP),
 * a leading number ("4．", "五、", "1. ", "(一)"), the department prefix up to "局/委/部/院…"
 * is NOT removed (titles are matched by their ending), a year ("2026年", "2024 年度"), and
 * unifies quotes (“三公” → 三公).
 *
 * @param title  the title as printed, e.g. "4．2026年部门财政拨款收支预算总表"
 * @returns the normalised title, e.g. "部门财政拨款收支预算总表"
 */
export function normaliseTableTitle(title: string): string {
  return (
    title
      .replace(/[\s\u3000\u00a0]+/g, '')
      // a number needs its separator or brackets: "一般公共预算…" keeps its 一
      .replace(
        /^([（(][0-9０-９一二三四五六七八九十]+[）)]|[0-9０-９]{1,2}[．.、,，]|[一二三四五六七八九十]+[．.、,，])/,
        '',
      )
      .replace(/[0-9０-９]{4}年度?/g, '')
      .replace(/[“”"'‘’「」]/g, '')
  );
}

/**
 * Finds the standard table a printed title names.
 *
 * @param title  the title as printed
 * @param kind   the disclosure's kind when known: a spec of the other kind is skipped
 * @returns the spec, or null when the title names no standard table
 */
export function identifyStandardTable(title: string, kind?: DisclosureKind): StandardTableSpec | null {
  const t = normaliseTableTitle(title);
  for (const spec of STANDARD_TABLES) {
    if (kind && spec.kind !== 'both' && spec.kind !== kind) continue;
    if (spec.titlePatterns.some((p) => p.test(t))) return spec;
  }
  return null;
}

/** Looks a spec up by id. Throws for an unknown id (a programming error). */
export function standardTableSpec(id: StandardTableId): StandardTableSpec {
  const spec = STANDARD_TABLES.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown standard table id ${id}`);
  return spec;
}

/**
 * What a column means, independent of its printed label. The importer assigns roles from
 * the labels (and group headers); the budget model reads columns by role.
 *
 * Summary tables (收支总表) use `revenueItem`/`revenueAmount`/`expenditureItem`/
 * `expenditureAmount` (and, in 财政拨款收支总表, the fund columns for the 支出 half).
 * 决算 tables with 年初预算 / 调整预算 / 决算数 sub-columns put the measure in `measure`
 * of the column (see `TableColumn.measure` in printed-table.ts), the role stays the same.
 */
export const COLUMN_ROLES = [
  // row identity
  'code',
  'codeClass',
  'codeItem',
  'codeSection',
  'name',
  // summary halves
  'revenueItem',
  'revenueAmount',
  'expenditureItem',
  'expenditureAmount',
  // amounts
  'total',
  'currentYearRevenue',
  'fiscalAppropriation',
  'generalBudget',
  'governmentFund',
  'stateCapital',
  'fiscalSpecialAccount',
  'superiorSubsidy',
  'businessIncome',
  'operatingIncome',
  'subsidiaryRemittance',
  'otherIncome',
  'carryForwardStart',
  'carryForwardEnd',
  'useOfNonFiscalSurplus',
  'basicExpenditure',
  'projectExpenditure',
  'operatingExpenditure',
  'remittanceToSuperior',
  'grantsToSubsidiaries',
  'personnelExpense',
  'publicExpense',
  'surplusDistribution',
  // three-public and operating-expense tables
  'item',
  'outboundTravel',
  'vehiclePurchaseAndOperation',
  'vehiclePurchase',
  'vehicleOperation',
  'officialReception',
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** For 决算 tables that print 年初预算 / 调整预算 / 决算数 side by side. */
export type ColumnMeasure = 'initialBudget' | 'adjustedBudget' | 'final' | 'budget';
