/**
 * The identities every printed table of a disclosure must satisfy on its own, whatever the
 * template: in a table coded by 功能分类 or 经济分类 科目, for every amount column,
 * 类 = Σ款, 款 = Σ项 and 合计 = Σ类; and in every row, 合计 = 基本支出 + 项目支出,
 * 合计 = Σ收入来源, 合计 = 人员经费 + 公用经费 where the table prints those columns; in a
 * "三公" table, per measure (预算数 / 决算数), 合计 = 因公出国（境）费 + 公务用车购置及运行费 +
 * 公务接待费 and 公务用车购置及运行费 = 购置费 + 运行费, whether the table prints them as
 * columns (决算) or as rows (预算: 一、二、三 and 其中 rows).
 *
 * Amounts are compared in the table's own unit, exactly as printed. A difference no larger
 * than the rounding of the printed parts (half a unit of the last printed decimal per
 * part) is a 尾差 (rounding) note, not a failure: the disclosures round each cell.
 */
import Decimal from 'decimal.js';
import type { PrintedTable, TableColumn, TableRow } from './printed-table';
import { standardTableSpec, type ColumnRole } from './standard-tables';

/** One side of a compared identity: its value and the printed cells it comes from. */
export interface IdentitySide {
  /** Exact sum of the cells, in the table's unit. */
  value: Decimal;
  /** The cells: row index in `table.rows`, code, name, column label, page. */
  cells: { row: number; code?: string; name?: string; column: string; page?: number }[];
}

/** The outcome of one identity of one table. */
export interface TableIdentity {
  /** Stable id: `<standardId or title>:<rule>:<column key>:<row code or 合计>`. */
  id: string;
  rule:
    | 'total-is-sum-of-classes'
    | 'parent-is-sum-of-children'
    | 'row-total-is-sum-of-parts'
    | 'three-public-items'
    | 'summary-balance';
  /** Plain Chinese, e.g. "支出决算表「基本支出」：201 一般公共服务支出 = 其下各款之和". */
  description: string;
  /** 'pass' when equal, 'rounding' for a 尾差 within the printed rounding, else 'fail'. */
  status: 'pass' | 'rounding' | 'fail';
  unit: PrintedTable['unit'];
  expected: IdentitySide;
  actual: IdentitySide;
  /** actual − expected, in the table's unit. */
  difference: Decimal;
}

/** Rows of row identities between two pauses of tableIdentitySteps. */
const ROWS_PER_STEP = 400;

/** The revenue sources a 收入 table prints beside its 合计 (本年收入合计). */
const REVENUE_SOURCES: readonly ColumnRole[] = [
  'fiscalAppropriation',
  'fiscalSpecialAccount',
  'superiorSubsidy',
  'businessIncome',
  'operatingIncome',
  'subsidiaryRemittance',
  'otherIncome',
];

/** Row identities by column role: total = Σ parts. The first group whose parts all exist wins. */
const ROW_IDENTITIES: readonly { total: ColumnRole; parts: readonly ColumnRole[]; name: string }[] = [
  { total: 'total', parts: ['basicExpenditure', 'projectExpenditure'], name: '基本支出 + 项目支出' },
  { total: 'total', parts: ['personnelExpense', 'publicExpense'], name: '人员经费 + 公用经费' },
  {
    total: 'total',
    parts: REVENUE_SOURCES,
    name: '各项收入之和',
  },
  {
    total: 'currentYearRevenue',
    parts: REVENUE_SOURCES,
    name: '各项收入之和',
  },
  {
    total: 'total',
    parts: ['generalBudget', 'governmentFund', 'stateCapital'],
    name: '一般公共预算 + 政府性基金 + 国有资本经营',
  },
  {
    total: 'total',
    parts: ['outboundTravel', 'vehiclePurchaseAndOperation', 'officialReception'],
    name: '因公出国（境）费 + 公务用车购置及运行费 + 公务接待费',
  },
  {
    total: 'vehiclePurchaseAndOperation',
    parts: ['vehiclePurchase', 'vehicleOperation'],
    name: '公务用车购置费 + 公务用车运行费',
  },
];

/**
 * The rows of a "三公" table printed as rows (预算: 合计 / "三公"经费小计, 一、因公出国（境）费,
 * 二、公务用车购置及运行（维护）费, 其中：公务用车购置费, 公务用车运行（维护）费, 三、公务接待费),
 * by printed name.
 */
const THREE_PUBLIC_ROWS = {
  subtotal: /^[“"]?三公[”"]?经费(小计|合计)$/,
  outboundTravel: /^([一二三四五六七八九十]+、)?因公出国[(（]境[)）]费(用)?$/,
  vehicle: /^([一二三四五六七八九十]+、)?公务用车购置及运(行|维)(维护)?费$/,
  vehiclePurchase: /^(其中[:：])?公务用车购置费$/,
  vehicleOperation: /^(其中[:：])?公务用车运(行|维)(维护)?费$/,
  officialReception: /^([一二三四五六七八九十]+、)?公务接待费$/,
} as const;

function decimals(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Half a unit of the n-th decimal (0.5, 0.05, …), built once per n: judge runs per cell. */
const halfUnits: Decimal[] = [];
function halfUnit(n: number): Decimal {
  return (halfUnits[n] ??= new Decimal(10).pow(-n).div(2));
}

function tableName(table: PrintedTable): string {
  return table.standardId ? standardTableSpec(table.standardId).name : table.title;
}

function rowLabel(row: TableRow): string {
  if (row.kind === 'total') return row.name ?? '合计';
  return [row.code, row.name].filter(Boolean).join(' ');
}

interface Compare {
  rule: TableIdentity['rule'];
  idTail: string;
  description: string;
  expectedRow: number;
  expectedColumn: TableColumn;
  partCells: { row: number; column: TableColumn }[];
}

/** A column's printed label with its header path ("预算数/基本支出"), built once per column. */
const labels = new WeakMap<TableColumn, string>();
function labelOf(column: TableColumn): string {
  let label = labels.get(column);
  if (label === undefined) {
    label = [...column.path, column.label].join('/');
    labels.set(column, label);
  }
  return label;
}

function judge(table: PrintedTable, c: Compare): TableIdentity | null {
  const expectedText = table.rows[c.expectedRow]?.cells[c.expectedColumn.key];
  const parts: { row: number; column: TableColumn; text: string }[] = [];
  for (const p of c.partCells) {
    const text = table.rows[p.row]?.cells[p.column.key];
    if (text !== undefined) parts.push({ row: p.row, column: p.column, text });
  }
  // Both sides blank: the table printed nothing to compare.
  if (expectedText === undefined && parts.length === 0) return null;
  const expectedValue = new Decimal(expectedText ?? 0);
  let actualValue = new Decimal(0);
  let allowance = new Decimal(0);
  for (const p of parts) {
    actualValue = actualValue.plus(p.text);
    allowance = allowance.plus(halfUnit(decimals(p.text)));
  }
  if (expectedText) allowance = allowance.plus(halfUnit(decimals(expectedText)));
  const difference = actualValue.minus(expectedValue);
  const status = difference.isZero()
    ? 'pass'
    : difference.abs().lte(allowance) && parts.length > 1
      ? 'rounding'
      : 'fail';
  const cell = (row: number, column: TableColumn) => {
    const r = table.rows[row]!;
    return {
      row,
      ...(r.code ? { code: r.code } : {}),
      ...(r.name ? { name: r.name } : {}),
      column: labelOf(column),
      ...(r.source?.page ? { page: r.source.page } : {}),
    };
  };
  return {
    id: `${table.standardId ?? table.title}:${c.idTail}`,
    rule: c.rule,
    description: c.description,
    status,
    unit: table.unit,
    expected: { value: expectedValue, cells: [cell(c.expectedRow, c.expectedColumn)] },
    actual: { value: actualValue, cells: parts.map((p) => cell(p.row, p.column)) },
    difference,
  };
}

/**
 * Checks one printed table on its own.
 *
 * @param table  a table as printed (any standard id, any unit)
 * @returns one identity per (amount column × parent row), per amount column for 合计 = Σ类,
 *   and per row for the row identities its columns allow; identities with both sides blank are
 *   left out (nothing printed is not a mismatch)
 */
export function checkTableIdentities(table: PrintedTable): TableIdentity[] {
  const steps = tableIdentitySteps(table);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * checkTableIdentities in steps (one amount column's sums at a time, then the row
 * identities ROWS_PER_STEP rows at a time), for a caller that yields the main thread between them (src/domain/checks.ts
 * checkSteps); the same identities in the same order.
 *
 * @param table  a table as printed
 * @returns a generator whose return value is checkTableIdentities(table)
 */
export function* tableIdentitySteps(table: PrintedTable): Generator<void, TableIdentity[], void> {
  const out: TableIdentity[] = [];
  const name = tableName(table);
  const amountColumns = table.columns.filter((c) => c.kind === 'amount');
  const coded = table.rows.some((r) => r.code);
  const push = (r: TableIdentity | null) => {
    if (r) out.push(r);
  };

  if (coded) {
    const classes = table.rows.flatMap((r, i) => (r.code?.length === 3 ? [i] : []));
    const totals = table.rows.flatMap((r, i) => (r.kind === 'total' ? [i] : []));
    // The rows one level below each code (款 of a 类, 项 of a 款: the code plus two digits), in
    // printed order, found in one pass instead of a scan of the table per parent and column.
    const childrenOf = new Map<string, number[]>();
    table.rows.forEach((r, j) => {
      if (!r.code || r.code.length < 3) return;
      const parent = r.code.slice(0, -2);
      const list = childrenOf.get(parent);
      if (list) list.push(j);
      else childrenOf.set(parent, [j]);
    });
    for (const column of amountColumns) {
      const label = labelOf(column);
      // A table of two halves prints one 合计 row per half (人员经费合计 | 公用经费合计):
      // a column's 合计 is the total row that prints it, else the first total row.
      const totalRow = totals.find((i) => table.rows[i]!.cells[column.key] !== undefined) ?? totals[0] ?? -1;
      if (totalRow >= 0 && classes.length > 0) {
        push(
          judge(table, {
            rule: 'total-is-sum-of-classes',
            idTail: `classes:${column.key}`,
            description: `${name}「${label}」：合计 = 各类之和`,
            expectedRow: totalRow,
            expectedColumn: column,
            partCells: classes.map((row) => ({ row, column })),
          }),
        );
      }
      table.rows.forEach((parent, i) => {
        const code = parent.code;
        if (!code || code.length >= 7) return;
        const children = childrenOf.get(code) ?? [];
        if (children.length === 0) return;
        push(
          judge(table, {
            rule: 'parent-is-sum-of-children',
            idTail: `children:${column.key}:${code}`,
            description: `${name}「${label}」：${rowLabel(parent)} = 其下各${code.length === 3 ? '款' : '项'}之和`,
            expectedRow: i,
            expectedColumn: column,
            partCells: children.map((row) => ({ row, column })),
          }),
        );
      });
      yield;
    }
  }

  const byRole = (role: ColumnRole) => table.columns.filter((c) => c.role === role && c.kind === 'amount');
  // The columns of each row identity depend on the table only: found once, not once per row.
  const rowIdentities = ROW_IDENTITIES.map((identity) => ({
    identity,
    totals: byRole(identity.total),
    parts: identity.parts.flatMap((role) => byRole(role)),
  }));
  for (let i = 0; i < table.rows.length; i += 1) {
    // A long table (thousands of 项) pauses every ROWS_PER_STEP rows.
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const row = table.rows[i]!;
    const done = new Set<ColumnRole>();
    for (const { identity, totals, parts } of rowIdentities) {
      if (done.has(identity.total)) continue;
      // Needs the total and at least two printed part columns, measure by measure.
      for (const total of totals) {
        const sameMeasure = parts.filter((p) => p.measure === total.measure);
        if (sameMeasure.length < 2) continue;
        push(
          judge(table, {
            rule: 'row-total-is-sum-of-parts',
            idTail: `row:${total.key}:${row.code ?? `r${i + 1}`}`,
            description: `${name}：${rowLabel(row) || `第 ${i + 1} 行`}「${total.label}」= ${identity.name}`,
            expectedRow: i,
            expectedColumn: total,
            partCells: sameMeasure.map((column) => ({ row: i, column })),
          }),
        );
      }
      if (totals.length > 0 && parts.length >= 2) done.add(identity.total);
    }
  }
  if (!coded) out.push(...threePublicRows(table, amountColumns));
  out.push(...summaryBalance(table));
  return out;
}

/** Item names of a 收支总表, matched with line-break spaces and brackets' width ignored. */
const SUMMARY_ROWS = {
  revenueGrandTotal: /^(收入)?总计$/,
  expenditureGrandTotal: /^(支出)?总计$/,
  revenueTotal: /^本年收入合计$|^收入合计$/,
  expenditureTotal: /^本年支出合计$|^支出合计$/,
  /** What the revenue side adds to this year's revenue: carry-overs and surpluses used. */
  revenueExtras:
    /^(年初|上年)(财政拨款)?结转(和|及)?结余$|^上年结转$|^使用非财政拨款结余|^用事业基金弥补收支差额$/,
  /** What the expenditure side adds to this year's expenditure. */
  expenditureExtras: /^年末(财政拨款)?结转(和|及)?结余$|^结余分配$|^结转下年$/,
} as const;

/**
 * The balance of a 收支总表 (summary table, either 收支总表 or 财政拨款收支总表): 收入总计 =
 * 支出总计, 收入总计 = 本年收入合计 + 年初结转和结余 (+ 使用非财政拨款结余 as printed), 支出总计
 * = 本年支出合计 + 年末结转和结余 (+ 结余分配). Rows are found by their printed item names in
 * the 项目 column of each half; the amount is the half's first amount column after it (决算数 /
 * 预算数 / 金额, or 合计 in the 支出 half of a 财政拨款收支总表).
 */
function summaryBalance(table: PrintedTable): TableIdentity[] {
  if (!table.standardId || standardTableSpec(table.standardId).rowAxis !== 'summary') return [];
  const side = (role: ColumnRole) => {
    const i = table.columns.findIndex((c) => c.role === role);
    const amount = i < 0 ? undefined : table.columns.slice(i + 1).find((c) => c.kind === 'amount');
    return amount ? { item: table.columns[i]!, amount } : null;
  };
  const revenue = side('revenueItem');
  const expenditure = side('expenditureItem');
  if (!revenue || !expenditure) return [];
  const itemOf = (row: TableRow, s: { item: TableColumn }) =>
    (row.cells[s.item.key] ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  const rowsOf = (s: { item: TableColumn }, re: RegExp) =>
    table.rows.flatMap((r, i) => (re.test(itemOf(r, s)) ? [i] : []));
  const one = (s: { item: TableColumn }, re: RegExp) => rowsOf(s, re)[0] ?? -1;
  const name = tableName(table);
  const out: TableIdentity[] = [];
  const revenueGrand = one(revenue, SUMMARY_ROWS.revenueGrandTotal);
  const expenditureGrand = one(expenditure, SUMMARY_ROWS.expenditureGrandTotal);
  const push = (r: TableIdentity | null) => {
    if (r) out.push(r);
  };
  if (revenueGrand >= 0 && expenditureGrand >= 0)
    push(
      judge(table, {
        rule: 'summary-balance',
        idTail: 'summary:grand-totals',
        description: `${name}：收入总计 = 支出总计`,
        expectedRow: revenueGrand,
        expectedColumn: revenue.amount,
        partCells: [{ row: expenditureGrand, column: expenditure.amount }],
      }),
    );
  const sides = [
    [
      revenue,
      revenueGrand,
      SUMMARY_ROWS.revenueTotal,
      SUMMARY_ROWS.revenueExtras,
      '收入总计',
      '本年收入合计',
    ],
    [
      expenditure,
      expenditureGrand,
      SUMMARY_ROWS.expenditureTotal,
      SUMMARY_ROWS.expenditureExtras,
      '支出总计',
      '本年支出合计',
    ],
  ] as const;
  for (const [s, grand, totalRe, extrasRe, grandName, totalName] of sides) {
    const total = one(s, totalRe);
    if (grand < 0 || total < 0) continue;
    const extras = rowsOf(s, extrasRe);
    push(
      judge(table, {
        rule: 'summary-balance',
        idTail: `summary:${grandName}`,
        description: `${name}：${grandName} = ${[totalName, ...extras.map((i) => itemOf(table.rows[i]!, s))].join(' + ')}`,
        expectedRow: grand,
        expectedColumn: s.amount,
        partCells: [total, ...extras].map((row) => ({ row, column: s.amount })),
      }),
    );
  }
  return out;
}

/** The "三公" identities over rows, per amount column (see THREE_PUBLIC_ROWS). */
function threePublicRows(table: PrintedTable, amountColumns: readonly TableColumn[]): TableIdentity[] {
  const find = (re: RegExp) => table.rows.findIndex((r) => re.test(r.name ?? ''));
  const outbound = find(THREE_PUBLIC_ROWS.outboundTravel);
  const vehicle = find(THREE_PUBLIC_ROWS.vehicle);
  const reception = find(THREE_PUBLIC_ROWS.officialReception);
  if (outbound < 0 || vehicle < 0 || reception < 0) return [];
  // the "三公" total: its 小计 row, else the 合计 row (a table with more items than the three)
  const subtotal = find(THREE_PUBLIC_ROWS.subtotal);
  const total = subtotal >= 0 ? subtotal : table.rows.findIndex((r) => r.kind === 'total');
  const purchase = find(THREE_PUBLIC_ROWS.vehiclePurchase);
  const operation = find(THREE_PUBLIC_ROWS.vehicleOperation);
  const name = tableName(table);
  const out: TableIdentity[] = [];
  for (const column of amountColumns) {
    const label = [...column.path, column.label].join('/');
    const sums: [number, number[], string][] = [
      [total, [outbound, vehicle, reception], '因公出国（境）费 + 公务用车购置及运行费 + 公务接待费'],
      [vehicle, [purchase, operation], '公务用车购置费 + 公务用车运行费'],
    ];
    for (const [row, parts, partsName] of sums) {
      if (row < 0 || parts.some((p) => p < 0)) continue;
      const r = judge(table, {
        rule: 'three-public-items',
        idTail: `three-public:${column.key}:r${row + 1}`,
        description: `${name}「${label}」：${table.rows[row]!.name ?? '合计'} = ${partsName}`,
        expectedRow: row,
        expectedColumn: column,
        partCells: parts.map((p) => ({ row: p, column })),
      });
      if (r) out.push(r);
    }
  }
  return out;
}
