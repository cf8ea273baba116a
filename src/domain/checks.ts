/**
 * Consistency checks (数据核验): identities every disclosure must satisfy, 预算 and 决算, in
 * 元 or 万元. Each check says in plain Chinese what it compares, gives both sides' figures in
 * their printed unit with their sources (table title as printed, row, column, page, or the
 * narrative section), and a status: pass, 尾差 (within the printed rounding) or fail. A
 * failing check never stops the dashboard; the data is shown with a warning.
 *
 * Pure: callable by the app (the store, once per dataset) and by the ingest CLI.
 */
import Decimal from 'decimal.js';
import type { BudgetModel } from './budget-model';
import type { CheckResult, CheckSource } from './check-result';
import {
  amountColumn,
  columnLabel,
  compareSides,
  figureAt,
  modelFigure,
  present,
  totalRowIndex,
  type Figure,
  type SideSpec,
  summaryHalf,
  type SummaryHalf,
} from './check-make';
import { narrativeChecks } from './checks-narrative';
import { statementChecks } from './checks-statements';
import type { PrintedTable } from './printed-table';
import type { TableKey } from './source';
import { standardTableSpec } from './standard-tables';
import { tableIdentitySteps, type TableIdentity } from './table-identities';
import { compact } from './text';

export { describeMismatch, type CheckResult } from './check-result';

/** Numbered item of a 收支总表 half: "六、科学技术支出" → "科学技术支出". */
const NUMBERED = /^[一二三四五六七八九十]+、/;

const side = (label: string, figures: Figure[]): SideSpec => ({ label, figures });

/** A table's column keys by printed label (the first column of each label), built once per table. */
const columnKeys = new WeakMap<PrintedTable, Map<string, string>>();
function columnKeyOf(table: PrintedTable, label: string): string | undefined {
  let keys = columnKeys.get(table);
  if (!keys) {
    keys = new Map();
    for (const k of table.columns) if (!keys.has(columnLabel(k))) keys.set(columnLabel(k), k.key);
    columnKeys.set(table, keys);
  }
  return keys.get(label);
}

function fromIdentity(t: TableIdentity, table: PrintedTable): CheckResult {
  const cells = (s: TableIdentity['expected']): CheckSource[] =>
    s.cells.map((c) => {
      const page = c.page ?? (table.pages.length === 1 ? table.pages[0] : undefined);
      const key = columnKeyOf(table, c.column);
      const printed = key === undefined ? undefined : table.rows[c.row]?.cells[key];
      return {
        title: table.title,
        row: [c.code, c.name].filter(Boolean).join(' ') || `第 ${c.row + 1} 行`,
        column: c.column,
        ...(page !== undefined ? { page } : {}),
        ...(printed !== undefined ? { printed } : {}),
      };
    });
  const wan = (v: Decimal) => (table.unit === '元' ? v.div(10000) : v);
  const ruleText: Record<TableIdentity['rule'], [string, string]> = {
    'total-is-sum-of-classes': ['合计行', '各类之和'],
    'parent-is-sum-of-children': ['上级科目', '下级科目之和'],
    'row-total-is-sum-of-parts': ['本行合计', '各栏之和'],
    'three-public-items': ['"三公"经费合计', '各项之和'],
    'summary-balance': ['收入方', '支出方'],
  };
  const [leftLabel, rightLabel] = ruleText[t.rule];
  return {
    id: `table:${t.id}`,
    title: t.description,
    description:
      '同一张表内，合计与其组成部分应相等。按印出的数逐项相加；差额不超过各数舍入的半个末位时记为尾差。',
    status: t.status,
    severity: 'error',
    ok: t.status !== 'fail',
    expected: wan(t.expected.value),
    actual: wan(t.actual.value),
    difference: wan(t.difference),
    unit: '万元',
    sides: [
      { label: leftLabel, value: t.expected.value, unit: table.unit, sources: cells(t.expected) },
      { label: rightLabel, value: t.actual.value, unit: table.unit, sources: cells(t.actual) },
    ],
    sources: [],
  };
}

/** The model's printed table of a key (a 预算 or 决算 standard table). */
function printedOf(model: BudgetModel, key: TableKey): PrintedTable | undefined {
  return model.printed[key];
}

function tableName(table: PrintedTable | undefined, fallback: string): string {
  return table?.standardId ? standardTableSpec(table.standardId).name : (table?.title ?? fallback);
}

const TOTAL = /^(收入总计|支出总计|总计)$|、(收入|支出)?总计$/;

/** Summary vs detail: each 支出 item of a 收支总表 against the 类 of the same name. */
function itemsAgainstClasses(
  out: (c: CheckResult | null) => void,
  idPrefix: string,
  summary: SummaryHalf,
  summaryColumn: ReturnType<typeof amountColumn>,
  detail: PrintedTable | undefined,
) {
  if (!summary.table || !summary.item || !detail) return;
  const detailTotal = amountColumn(detail, 'total');
  const loose = (s: string) =>
    compact(s)
      .replace(NUMBERED, '')
      .replace(/（类）$/, '');
  summary.table.rows.forEach((r, i) => {
    const name = r.cells[summary.item!.key];
    if (!name || !NUMBERED.test(compact(name))) return;
    const figure = summary.at(i, summaryColumn);
    if (!figure) return;
    const classIndex = detail.rows.findIndex(
      (d) => d.code?.length === 3 && loose(d.name ?? '') === loose(name),
    );
    if (classIndex < 0) return;
    const cls = detail.rows[classIndex]!;
    out(
      compareSides(
        `${idPrefix}:${cls.code}`,
        `${tableName(summary.table, '收支总表')}「${loose(name)}」= ${tableName(detail, '')} ${cls.code} 类`,
        `汇总表按功能分类列出的每一类支出，应等于明细表中同一类（${cls.code} ${cls.name ?? ''}）的合计。`,
        side(`${tableName(summary.table, '收支总表')} ${loose(name)}`, [figure]),
        side(
          `${tableName(detail, '')} ${cls.code} ${cls.name ?? ''}`,
          present(figureAt(detail, classIndex, detailTotal)),
        ),
      ),
    );
  });
}

/** "三公" identities on a table printed by rows (预算 template) or by columns (决算 template). */
function threePublicChecks(
  out: (c: CheckResult | null) => void,
  table: PrintedTable | undefined,
  model: BudgetModel,
) {
  if (!table) return;
  const name = tableName(table, '“三公”经费支出表');
  const byColumns = amountColumn(table, 'outboundTravel') !== undefined;
  const label = (s: string | undefined) =>
    compact(s ?? '')
      .replace(NUMBERED, '')
      .replace(/^其中[:：]/, '');
  const reception: Figure[] = [];
  const vehicleOperation: Figure[] = [];
  if (byColumns) {
    const cols = {
      total: amountColumn(table, 'total'),
      outbound: amountColumn(table, 'outboundTravel'),
      vehicle: amountColumn(table, 'vehiclePurchaseAndOperation'),
      purchase: amountColumn(table, 'vehiclePurchase'),
      operation: amountColumn(table, 'vehicleOperation'),
      reception: amountColumn(table, 'officialReception'),
    };
    // A 决算 table prints 预算数 and 决算数 rows; the 决算数 row is compared with the other tables.
    let finalRow = -1;
    table.rows.forEach((_, i) => {
      const at = (c: typeof cols.total) => figureAt(table, i, c);
      const rowName = compact(table.rows[i]!.name ?? '');
      if (/决算/.test(rowName) || finalRow < 0)
        finalRow = at(cols.reception) || at(cols.operation) ? i : finalRow;
      out(
        compareSides(
          `three-public-items:r${i + 1}`,
          `${name}：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费`,
          '“三公”经费合计应等于三项之和：因公出国（境）费、公务用车购置及运行（维护）费、公务接待费。',
          side('合计', present(at(cols.total))),
          side('三项之和', present(at(cols.outbound), at(cols.vehicle), at(cols.reception))),
        ),
      );
      out(
        compareSides(
          `three-public-vehicle:r${i + 1}`,
          `${name}：公务用车小计 = 购置费 + 运行维护费`,
          '公务用车购置及运行（维护）费的小计应等于公务用车购置费与公务用车运行（维护）费之和。',
          side('公务用车小计', present(at(cols.vehicle))),
          side('购置费 + 运行维护费', present(at(cols.purchase), at(cols.operation))),
        ),
      );
    });
    if (finalRow >= 0) {
      reception.push(...present(figureAt(table, finalRow, cols.reception)));
      vehicleOperation.push(...present(figureAt(table, finalRow, cols.operation)));
    }
  } else {
    const total = amountColumn(table, 'total');
    const level = (i: number) => model.tables.threePublicExpenses.rows[i]?.level;
    const at = (i: number) => figureAt(table, i, total);
    const totalRow = table.rows.findIndex((_, i) => level(i) === 0);
    const items = table.rows.flatMap((r, i) =>
      level(i) === 1 && /^[一二三]、/.test(compact(r.name ?? '')) ? [i] : [],
    );
    out(
      compareSides(
        'three-public-items',
        `${name}：合计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费`,
        '“三公”经费合计应等于三项之和：因公出国（境）费、公务用车购置及运行（维护）费、公务接待费。',
        side('合计', present(at(totalRow))),
        side('三项之和', present(...items.map(at))),
      ),
    );
    const vehicle = table.rows.findIndex((r) => /^公务用车购置及运[行维]/.test(label(r.name)));
    if (vehicle >= 0) {
      const children: number[] = [];
      for (let i = vehicle + 1; i < table.rows.length && level(i) === 2; i += 1) children.push(i);
      out(
        compareSides(
          'three-public-vehicle',
          `${name}：公务用车小计 = 购置费 + 运行维护费`,
          '公务用车购置及运行（维护）费的小计应等于公务用车购置费与公务用车运行（维护）费之和。',
          side('公务用车购置及运维费', present(at(vehicle))),
          side('购置费 + 运行维护费', present(...children.map(at))),
        ),
      );
    }
    const row = (pattern: RegExp) => table.rows.findIndex((r) => pattern.test(label(r.name)));
    reception.push(...present(at(row(/^公务接待费$/))));
    vehicleOperation.push(...present(at(row(/^公务用车运行(维护)?费$/))));
  }
  // The same spending in the 经济分类 of the 基本支出表: 30217 公务接待费, 30231 公务用车运行维护费.
  const basic = printedOf(model, 'basicExpenditure');
  const basicTotal = amountColumn(basic, 'total');
  for (const [code, figures, what] of [
    ['30217', reception, '公务接待费'],
    ['30231', vehicleOperation, '公务用车运行维护费'],
  ] as const) {
    const index = basic?.rows.findIndex((r) => r.code === code) ?? -1;
    out(
      compareSides(
        `three-public-economic-${code}`,
        `${name}${what} = ${tableName(basic, '基本支出表')} ${code}`,
        `“三公”经费表中的${what}，应等于基本支出表经济分类科目 ${code} ${what}；两表单位不同（元与万元）时，差额在舍入范围内记为尾差。`,
        side(`${name} ${what}`, [...figures]),
        side(`${tableName(basic, '基本支出表')} ${code}`, present(figureAt(basic, index, basicTotal))),
      ),
    );
  }
}

/**
 * One code, one name: a 科目编码 printed with different names in different tables. A warning:
 * the code identifies the 科目, so every figure stays right (the model reads by code), but a
 * reader comparing the tables sees two names for one thing.
 */
function nameChecks(out: (c: CheckResult | null) => void, tables: readonly PrintedTable[]) {
  const byCode = new Map<string, Map<string, CheckSource[]>>();
  for (const table of tables) {
    table.rows.forEach((r) => {
      if (!r.code || !r.name) return;
      const names = byCode.get(r.code) ?? new Map<string, CheckSource[]>();
      byCode.set(r.code, names);
      const key = compact(r.name);
      const page = r.source?.page ?? (table.pages.length === 1 ? table.pages[0] : undefined);
      names.set(key, [
        ...(names.get(key) ?? []),
        { title: table.title, row: `${r.code} ${r.name}`, ...(page !== undefined ? { page } : {}) },
      ]);
    });
  }
  for (const [code, names] of byCode) {
    if (names.size < 2) continue;
    const [first, ...others] = [...names.entries()].sort((a, b) => b[1].length - a[1].length);
    const one = (n: [string, CheckSource[]]) => ({
      label: n[0],
      value: new Decimal(1),
      unit: '个' as const,
      sources: n[1],
      texts: [n[0]],
    });
    out({
      id: `names:${code}`,
      title: `科目编码 ${code} 在各表中的名称一致`,
      description: `同一个科目编码在各表中应印同一个名称。${code} 印有 ${names.size} 个名称；金额按编码对应，不受影响，故记为提示而非错误。`,
      status: 'fail',
      severity: 'warning',
      ok: false,
      expected: new Decimal(1),
      actual: new Decimal(names.size),
      difference: new Decimal(names.size - 1),
      unit: '个',
      sides: [
        one(first!),
        {
          label: others.map((o) => o[0]).join('、'),
          value: new Decimal(others.length),
          unit: '个',
          sources: others.flatMap((o) => o[1]),
          texts: others.map((o) => o[0]),
        },
      ],
      sources: [],
    });
  }
}

/**
 * Runs every check the dataset has the figures for; a check whose figures are absent is
 * skipped (absence is not a mismatch).
 *
 * @param model   the budget model (its printed tables by key, narrative, projects; 万元)
 * @param tables  every printed table of the dataset (default: the model's standard tables);
 *   each one's own identities are checked (合计 = Σ类, 类 = Σ款, 款 = Σ项, row totals)
 * @returns every result, passing and failing, in a stable order: table identities, summary
 *   against detail tables, "三公", one code one name, narrative against tables
 */
export function runChecks(model: BudgetModel, tables?: readonly PrintedTable[]): CheckResult[] {
  const steps = checkSteps(model, tables);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * runChecks in steps, for a caller that yields the main thread between them (the store runs
 * them in idle time, src/store/checks-store.ts): the generator pauses after each amount
 * column's sums of a coded table, after each printed table's identities and after each later
 * group of checks (a few milliseconds each on the
 * shipped datasets) and returns the same results, in the same order, as runChecks.
 *
 * @param model   as for runChecks
 * @param tables  as for runChecks
 * @returns a generator whose return value is every result
 */
export function* checkSteps(
  model: BudgetModel,
  tables?: readonly PrintedTable[],
): Generator<void, CheckResult[], void> {
  const results: CheckResult[] = [];
  const out = (c: CheckResult | null) => {
    if (c) results.push(c);
  };
  const all = tables ?? (Object.values(model.printed) as PrintedTable[]);

  // Every identity of every printed table, on its own.
  for (const table of all) {
    for (const t of yield* tableIdentitySteps(table)) results.push(fromIdentity(t, table));
    yield;
  }

  // 收支总表 (决算: 收入支出决算总表)
  const summaryTable = printedOf(model, 'budgetSummary');
  const rev = summaryHalf(summaryTable, 'revenue');
  const exp = summaryHalf(summaryTable, 'expenditure');
  const sname = tableName(summaryTable, '收支总表');
  const revTotal = rev.find(TOTAL);
  const expTotal = exp.find(TOTAL);
  out(
    compareSides(
      'summary-balance',
      `${sname}：收入总计 = 支出总计`,
      '收支总表左右两栏应平衡：收入总计等于支出总计。',
      side('收入总计', present(rev.at(revTotal))),
      side('支出总计', present(exp.at(expTotal))),
    ),
  );
  const revCurrent = rev.find(/本年收入合计$/);
  const expCurrent = exp.find(/本年支出合计$/);
  const expItems = (summaryTable?.rows ?? []).flatMap((r, i) =>
    exp.item && NUMBERED.test(compact(r.cells[exp.item.key] ?? '')) ? present(exp.at(i)) : [],
  );
  out(
    compareSides(
      'summary-expenditure-items',
      `${sname}：本年支出合计 = 各功能分类支出之和`,
      '收支总表支出栏中，本年支出合计应等于按功能分类列出的各项支出之和。',
      side('本年支出合计', present(exp.at(expCurrent))),
      side('各项支出之和', expItems),
    ),
  );
  if (model.meta.kind === '决算') {
    const use = rev.find(/使用非财政拨款结余/);
    const start = rev.find(/^年初结转和结余$|、年初结转和结余$/);
    const end = exp.find(/^年末结转和结余$|、年末结转和结余$/);
    const distribution = exp.find(/结余分配$/);
    out(
      compareSides(
        'final-balance',
        `${sname}：年初结转和结余 + 本年收入合计 = 本年支出合计 + 年末结转和结余`,
        '决算总表的收支平衡：年初结转和结余加本年收入合计（及使用非财政拨款结余），等于本年支出合计加年末结转和结余（及结余分配）。',
        side('年初结转和结余 + 本年收入合计', present(rev.at(start), rev.at(revCurrent), rev.at(use))),
        side('本年支出合计 + 年末结转和结余', present(exp.at(expCurrent), exp.at(end), exp.at(distribution))),
      ),
    );
  }

  // Summary against the detail tables.
  const expenditure = printedOf(model, 'expenditure');
  const revenue = printedOf(model, 'revenue');
  const general = printedOf(model, 'generalBudgetExpenditure');
  const fiscal = printedOf(model, 'fiscalAppropriationSummary');
  itemsAgainstClasses(out, 'summary-item', exp, exp.amount, expenditure);
  const expTotalRow = totalRowIndex(expenditure);
  out(
    compareSides(
      'expenditure-vs-summary',
      `${tableName(expenditure, '支出总表')}合计 = ${sname}本年支出合计`,
      '支出表的合计应等于收支总表的本年支出合计。',
      side(`${sname} 本年支出合计`, present(exp.at(expCurrent))),
      side(
        `${tableName(expenditure, '支出总表')} 合计`,
        present(figureAt(expenditure, expTotalRow, amountColumn(expenditure, 'total'))),
      ),
    ),
  );
  const revTotalRow = totalRowIndex(revenue);
  out(
    compareSides(
      'revenue-vs-summary',
      `${tableName(revenue, '收入总表')}合计 = ${sname}本年收入合计`,
      '收入表合计行的本年收入应等于收支总表的本年收入合计。',
      side(`${sname} 本年收入合计`, present(rev.at(revCurrent))),
      side(
        `${tableName(revenue, '收入总表')} 合计`,
        present(
          figureAt(
            revenue,
            revTotalRow,
            amountColumn(revenue, 'currentYearRevenue') ?? amountColumn(revenue, 'total'),
          ),
        ),
      ),
    ),
  );
  const fis = summaryHalf(fiscal, 'expenditure');
  const fiscalGeneral = amountColumn(fiscal, 'generalBudget');
  const fname = tableName(fiscal, '财政拨款收支总表');
  itemsAgainstClasses(out, 'fiscal-item', fis, fiscalGeneral, general);
  const generalTotalRow = totalRowIndex(general);
  out(
    compareSides(
      'fiscal-vs-general-budget',
      `${fname}一般公共预算财政拨款 = ${tableName(general, '一般公共预算财政拨款支出表')}合计`,
      '财政拨款收支总表中一般公共预算财政拨款的本年支出，应等于一般公共预算财政拨款支出表的合计。',
      side(
        `${fname} 本年支出合计（一般公共预算财政拨款）`,
        present(fis.at(fis.find(/本年支出合计$/), fiscalGeneral)),
      ),
      side(
        `${tableName(general, '')} 合计`,
        present(figureAt(general, generalTotalRow, amountColumn(general, 'total'))),
      ),
    ),
  );
  const basic = printedOf(model, 'basicExpenditure');
  out(
    compareSides(
      'basic-vs-general-budget',
      `${tableName(basic, '基本支出表')}合计 = ${tableName(general, '')}基本支出`,
      '一般公共预算财政拨款基本支出表的合计，应等于一般公共预算财政拨款支出表合计行的基本支出。',
      side(
        `${tableName(general, '')} 基本支出`,
        present(figureAt(general, generalTotalRow, amountColumn(general, 'basicExpenditure'))),
      ),
      side(
        `${tableName(basic, '')} 合计`,
        present(figureAt(basic, totalRowIndex(basic), amountColumn(basic, 'total'))),
      ),
    ),
  );

  threePublicChecks(out, printedOf(model, 'threePublicExpenses'), model);
  yield;
  nameChecks(out, all);
  yield;

  // Projects against 项目支出.
  const projectColumn = amountColumn(expenditure, 'projectExpenditure');
  const projectSection: CheckSource = { title: '七、部门项目预算安排情况及绩效目标' };
  if (model.projects.length > 0) {
    out(
      compareSides(
        'projects-sum',
        `各项目预算之和 = ${tableName(expenditure, '支出总表')}项目支出`,
        '所列各项目的预算之和，应等于支出总表合计行的项目支出。',
        side(
          `${tableName(expenditure, '')} 项目支出`,
          present(figureAt(expenditure, expTotalRow, projectColumn)),
        ),
        side(
          '各项目预算之和',
          present(...model.projects.map((p) => modelFigure(p.budget, { ...projectSection, row: p.name }))),
        ),
        { refs: [{ kind: 'table', table: 'expenditure', column: '项目支出' }] },
      ),
    );
  }

  yield;
  results.push(...narrativeChecks(model));
  yield;
  results.push(...statementChecks(model));
  return results;
}
