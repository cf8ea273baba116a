/**
 * The importer over the real documents in data/sources/: every standard table each contains
 * is found, and its printed 合计 is compared with the sum of its 类 rows (类 = Σ款 = Σ项) per
 * amount column. Where a document itself does not add up (rounded figures summed), the test
 * names the mismatch exactly, so a reader change that breaks a sum fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedTableSchema, type PrintedTable } from '../domain/printed-table';
import { STANDARD_TABLE_IDS, type StandardTableId } from '../domain/standard-tables';
import { readPdfFile } from './pdf/read-pdf-file';
import { splitNarrativeSections } from './narrative-sections';
import { readDisclosure } from './read-disclosure';
import { checkTableIdentities } from '../domain/table-identities';

const source = (name: string) => new URL(`../../data/sources/${name}`, import.meta.url).pathname;
const readSource = async (name: string) =>
  readDisclosure(
    name.endsWith('.pdf') ? await readPdfFile(source(name)) : readFileSync(source(name), 'utf8'),
  );
const table = (tables: PrintedTable[], id: StandardTableId) => {
  const t = tables.find((x) => x.standardId === id);
  if (!t) throw new Error(`table ${id} not found`);
  return t;
};
const totalOf = (t: PrintedTable, label: string) => {
  const key = t.columns.find((c) => c.label === label)?.key ?? '';
  return t.rows.find((r) => r.kind === 'total')?.cells[key];
};
/** The identities of a table (table-identities.ts) with the given status, as "description 印 x 合 y". */
const identities = (t: PrintedTable, status: 'fail' | 'rounding') =>
  checkTableIdentities(t)
    .filter((i) => i.status === status)
    .map((i) => `${i.description} 印 ${i.expected.value.toFixed()} 合 ${i.actual.value.toFixed()}`);
const sums = (t: PrintedTable) => identities(t, 'fail');
/** A "三公" 决算 table's printed row as role → [预算数, 决算数], roles with a printed cell only. */
const threePublic = (t: PrintedTable) => {
  const out: Record<string, (string | undefined)[]> = {};
  for (const c of t.columns) {
    const v = t.rows[0]?.cells[c.key];
    if (!c.role || c.kind !== 'amount' || v === undefined) continue;
    (out[c.role] ??= [undefined, undefined])[c.measure === 'final' ? 1 : 0] = v;
  }
  return out;
};

/** The nine 决算 tables of the national template. */
const FINAL_IDS = STANDARD_TABLE_IDS.filter(
  (id) => id.startsWith('final-') && id !== 'final-operating-expenses',
);
/** The nine 预算 tables. */
const BUDGET_IDS = STANDARD_TABLE_IDS.filter((id) => id.startsWith('budget-'));

describe('data/sources', { timeout: 60_000 }, () => {
  it('339 seed (tab text, 万元): nine budget tables, 部门预算支出总表 合计 2305.27, all sums hold', async () => {
    const r = await readSource('339-2024-fengrun-gongxin-budget.txt');
    expect(r.kind).toBe('预算');
    const ids = r.tables.map((t) => t.standardId).filter((x) => x !== null);
    expect([...ids].sort()).toEqual([...BUDGET_IDS].sort());
    expect(totalOf(table(r.tables, 'budget-expenditure'), '合计')).toBe('2305.27');
    for (const t of r.tables) expect(sums(t), t.title).toEqual([]);
    // the "三公" table ends before the 情况说明 heading ("…2024 年部门预算信息公开情况说明")
    const three = table(r.tables, 'budget-three-public');
    expect(three.rows.map((row) => [row.seq, row.name, row.level])).toEqual([
      [1, '合计', 0],
      [2, '“三公”经费小计', 0],
      [3, '一、因公出国(境)费', 1],
      [4, '其中:教学科研人员因公出国(境)费', 2],
      [5, '其他因公出国(境)费', 2],
      [6, '二、公务用车购置及运维费', 1],
      [7, '其中:公务用车购置费', 2],
      [8, '公务用车运行维护费', 2],
      [9, '三、公务接待费', 1],
      [10, '四、会议费', 1],
      [11, '其中:省属高校业务性会议费', 2],
      [12, '其他会议费', 2],
      [13, '五、培训费', 1],
    ]);
    // 6.80 = 0 + 6.00 + 0.80 and 6.00 = 0 + 6.00, in 合计 and 一般公共预算财政拨款
    const threeRows = checkTableIdentities(three).filter((i) => i.rule === 'three-public-items');
    expect(threeRows.map((i) => [i.description, i.status, i.expected.value.toFixed(2)])).toEqual([
      [
        '财政拨款"三公"经费支出表「资金性质/合计」：“三公”经费小计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费',
        'pass',
        '6.80',
      ],
      [
        '财政拨款"三公"经费支出表「资金性质/合计」：二、公务用车购置及运维费 = 公务用车购置费 + 公务用车运行费',
        'pass',
        '6.00',
      ],
      [
        '财政拨款"三公"经费支出表「资金性质/一般公共预算财政拨款」：“三公”经费小计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费',
        'pass',
        '6.80',
      ],
      [
        '财政拨款"三公"经费支出表「资金性质/一般公共预算财政拨款」：二、公务用车购置及运维费 = 公务用车购置费 + 公务用车运行费',
        'pass',
        '6.00',
      ],
    ]);
  });

  it('02 PDF (决算, 万元): nine tables; 收入决算表 合计 2946.25 / 2940.05 / 6.20; its 类 rows sum 0.01 higher', async () => {
    const r = await readSource('02-putuo-finance-bureau-2024-final.pdf');
    expect(r.tables.map((t) => t.standardId).sort()).toEqual([...FINAL_IDS].sort());
    const revenue = table(r.tables, 'final-revenue');
    expect([
      totalOf(revenue, '本年收入合计'),
      totalOf(revenue, '财政拨款收入'),
      totalOf(revenue, '其他收入'),
    ]).toEqual(['2946.25', '2940.05', '6.20']);
    // printed: 2112.86 + 326.72 + 60.99 + 445.69 = 2946.26 against 合计 2946.25 (rounding in the document)
    expect(sums(revenue)).toEqual([]);
    expect(identities(revenue, 'rounding')).toEqual([
      '收入决算表「本年收入合计」：合计 = 各类之和 印 2946.25 合 2946.26',
      '收入决算表「财政拨款收入」：合计 = 各类之和 印 2940.05 合 2940.06',
    ]);
    const basic = table(r.tables, 'final-general-basic');
    expect(sums(basic)).toEqual([]);
    expect(identities(basic, 'rounding').length).toBe(2); // 301 and 302, see read-tables.test.ts
    expect(identities(table(r.tables, 'final-expenditure'), 'rounding')).toEqual([
      '支出决算表「本年支出合计」：合计 = 各类之和 印 2940.05 合 2940.06',
      '支出决算表「基本支出」：合计 = 各类之和 印 2336.91 合 2336.92',
    ]);
    for (const t of r.tables) expect(printedTableSchema.safeParse(t).success).toBe(true);
    // "三公" (page 18): only 合计 and 公务接待费 预算数 0.95 are printed
    const three = table(r.tables, 'final-three-public');
    expect(threePublic(three)).toEqual({
      total: ['0.95', undefined],
      officialReception: ['0.95', undefined],
    });
    expect(checkTableIdentities(three).map((i) => i.status)).toEqual(['pass']);

    // the narrative: lines outside the tables, split into the sections as printed
    const sections = splitNarrativeSections(r.narrativeLines);
    // twice: its 目录 entry on page 2 (no leaders, no paragraphs) and the section itself
    const named = sections.filter((s) => s.title === '二、收入决算情况说明');
    expect(named.map((s) => [s.page, s.paragraphs.length > 0])).toEqual([
      [2, false],
      [21, true],
    ]);
    const revenueNote = named[1];
    expect(revenueNote?.figures.find((f) => f.label === '本年收入合计')).toMatchObject({
      value: '2946.25',
      unit: '万元',
    });
    // no table line leaks into the narrative: no 科目编码 row of the 收入决算表
    expect(r.narrativeLines.some((l) => /^201 06 01/.test(l.text))).toBe(false);
    expect(r.narrativeLines.some((l) => l.text.includes('收入决算表'))).toBe(true); // the 目录 entry
  });

  it('03 PDF (codes whole): nine tables, sums hold; 302 商品和服务支出 printed 440.90 for Σ款 440.88 is a 尾差', async () => {
    const r = await readSource('03-putuo-planning-resources-2024-final.pdf');
    expect(r.tables.map((t) => t.standardId).sort()).toEqual([...FINAL_IDS].sort());
    expect(totalOf(table(r.tables, 'final-expenditure'), '本年支出合计')).toBe('9759.38');
    expect(sums(table(r.tables, 'final-revenue'))).toEqual([]);
    expect(sums(table(r.tables, 'final-expenditure'))).toEqual([]);
    expect(sums(table(r.tables, 'final-general-expenditure'))).toEqual([]);
    // page 16: 人员经费合计 4884.09 for 301 4816.14 + 303 67.96 = 4884.10; 302 440.90 for Σ款 440.88
    const basic = table(r.tables, 'final-general-basic');
    expect(sums(basic)).toEqual([]);
    expect(identities(basic, 'rounding')).toEqual([
      '一般公共预算财政拨款基本支出决算表「人员经费/决算数」：合计 = 各类之和 印 4884.09 合 4884.1',
      '一般公共预算财政拨款基本支出决算表「公用经费/决算数」：302 商品和服务支出 = 其下各款之和 印 440.9 合 440.88',
    ]);
    expect(table(r.tables, 'final-fund').notes.join('')).toContain('故本表无数据');
    // "三公" (page 17): 合计 2.85 / 0.39 = 公务接待费 2.85 / 0.39, the rest 0.00; all four identities hold
    const three = table(r.tables, 'final-three-public');
    expect(threePublic(three)).toEqual({
      total: ['2.85', '0.39'],
      officialReception: ['2.85', '0.39'],
      outboundTravel: ['0.00', '0.00'],
      vehiclePurchaseAndOperation: ['0.00', '0.00'],
      vehiclePurchase: ['0.00', '0.00'],
      vehicleOperation: ['0.00', '0.00'],
    });
    expect(checkTableIdentities(three).map((i) => i.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('04 PDF (new department): nine tables, 收入决算表 合计 307.82, function tables add up', async () => {
    const r = await readSource('04-putuo-social-work-dept-2024-final.pdf');
    expect(r.tables.map((t) => t.standardId).sort()).toEqual([...FINAL_IDS].sort());
    expect(totalOf(table(r.tables, 'final-revenue'), '本年收入合计')).toBe('307.82');
    for (const id of ['final-revenue', 'final-expenditure', 'final-general-expenditure'] as const)
      expect(sums(table(r.tables, id))).toEqual([]);
    // 基本支出 halves: 合计 = Σ类 on both; page 13 prints 302 10.23 for its 款 10.22
    const basic = table(r.tables, 'final-general-basic');
    expect(sums(basic)).toEqual([]);
    expect(identities(basic, 'rounding')).toEqual([
      '一般公共预算财政拨款基本支出决算表「公用经费/决算数」：302 商品和服务支出 = 其下各款之和 印 10.23 合 10.22',
    ]);
    // "三公" (page 14): the full column tree, no data row, the note that it has none
    const three = table(r.tables, 'final-three-public');
    expect(three.columns.filter((c) => c.kind === 'amount').length).toBe(12);
    expect(three.rows).toEqual([]);
    expect(three.notes.join('')).toContain('没有财政拨款“三公”经费支出');
  });

  it('05 text (元, space-separated): 收入预算总表 合计 3286618082.20, function and economic tables add up', async () => {
    const r = await readSource('05-putuo-construction-2026-budget.txt');
    const revenue = table(r.tables, 'budget-revenue');
    expect(revenue.unit).toBe('元');
    expect(totalOf(revenue, '合计')).toBe('3286618082.20');
    expect(revenue.columns.find((c) => c.label === '事业单位经营收入')?.role).toBe('operatingIncome');
    for (const id of [
      'budget-revenue',
      'budget-expenditure',
      'budget-general-expenditure',
      'budget-fund-expenditure',
      'budget-general-basic',
    ] as const)
      expect(sums(table(r.tables, id)), id).toEqual([]);
    // every standard table of the budget found, each with its identities holding
    for (const t of r.tables) expect(sums(t), t.title).toEqual([]);
    const three = table(r.tables, 'budget-three-public');
    expect(three.unit).toBe('万元');
    expect(three.rows[0]?.cells[three.columns.find((c) => c.role === 'total')!.key]).toBe('42.24');
    // the 财政拨款收支总表's wrapped names found their rows: nothing left ambiguous
    const fiscal = table(r.tables, 'budget-fiscal-summary');
    const totals = fiscal.rows.find((row) => Object.values(row.cells).includes('收入总计'))!;
    expect(totals.cells[fiscal.columns.find((c) => c.label === '合计')!.key]).toBe('3286618082.20');
    expect(
      fiscal.rows.map((row) => row.cells[fiscal.columns.find((c) => c.role === 'expenditureItem')!.key]),
    ).toContain('五、资源勘探工业信息等支出');
    expect(r.warnings.map((w) => w.code)).toEqual(['column-order-inferred']);
  });

  it('every 收支总表 balances: 收入总计 = 支出总计, and each 总计 = its 本年合计 + 结转结余 as printed', async () => {
    const expected: Record<string, [StandardTableId, string, number][]> = {
      '02-putuo-finance-bureau-2024-final.pdf': [
        ['final-summary', '2995.39', 3],
        ['final-fiscal-summary', '2961.68', 3],
      ],
      '03-putuo-planning-resources-2024-final.pdf': [
        ['final-summary', '9859.38', 3],
        ['final-fiscal-summary', '9746.50', 3],
      ],
      '04-putuo-social-work-dept-2024-final.pdf': [
        ['final-summary', '307.82', 3],
        ['final-fiscal-summary', '307.82', 3],
      ],
      // 05 prints its items straight into 收入总计 / 支出总计 (no 本年收入合计 row)
      '05-putuo-construction-2026-budget.txt': [
        ['budget-summary', '3286618082.20', 1],
        ['budget-fiscal-summary', '3286618082.20', 1],
      ],
      '339-2024-fengrun-gongxin-budget.txt': [
        ['budget-summary', '2305.27', 3],
        ['budget-fiscal-summary', '2305.27', 3],
      ],
    };
    for (const [file, tables] of Object.entries(expected)) {
      const r = await readSource(file);
      for (const [id, grandTotal, count] of tables) {
        const balance = checkTableIdentities(table(r.tables, id)).filter((i) => i.rule === 'summary-balance');
        expect(
          balance.map((i) => [i.status, i.expected.value.toFixed(2)]),
          `${file} ${id}`,
        ).toEqual(Array(count).fill(['pass', grandTotal]));
      }
    }
  });

  it('06 template PDF: reads without crashing and reports its placeholders', async () => {
    const r = await readSource('06-national-final-accounts-template-2024.pdf');
    expect(r.tables.length).toBeGreaterThan(0);
    expect(r.warnings.filter((w) => w.code === 'placeholder').length).toBeGreaterThan(3);
  });

  it('02x (altered copy): its missing 支出决算表 is a warning', async () => {
    const r = await readSource('02x-putuo-finance-bureau-2024-final-ALTERED.pdf');
    expect(r.warnings.map((w) => w.message)).toContain('没有找到决算表“支出决算表”');
  });
});
