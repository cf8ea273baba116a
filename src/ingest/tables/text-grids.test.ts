import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PrintedTable } from '../../domain/printed-table';
import { checkTableIdentities } from '../../domain/table-identities';
import { readDisclosure } from '../read-disclosure';
import type { PositionedPage } from './layout';

/**
 * pdfplumber text extractions (page text followed by its table grids) of the Shanghai 决算
 * tables whose grids and page text disagree in shape, and the same pages read from the PDF
 * where a cut of its items exists: both paths must read the same table.
 */
const fixture = (name: string) => readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8');
/** A cut of a few pages: the other standard tables are missing, any other warning counts. */
const fromText = (name: string) => {
  const read = readDisclosure(fixture(name), { kind: '决算' });
  return { ...read, warnings: read.warnings.filter((w) => w.code !== 'missing-table') };
};
const fromPdf = (name: string) =>
  readDisclosure(JSON.parse(fixture(name)) as PositionedPage[], { kind: '决算' });
const columnName = (t: PrintedTable, key: string) => {
  const c = t.columns.find((x) => x.key === key)!;
  return [...c.path, c.label, c.role ?? '', c.measure ?? ''].join('/');
};
/** What a person reads in the table: column tree, and each row's code, name, kind and cells by column name. */
const reading = (t: PrintedTable) => ({
  id: t.standardId,
  unit: t.unit,
  pages: t.pages,
  columns: t.columns.map((c) => columnName(t, c.key)),
  rows: t.rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [columnName(t, k), v])),
  })),
});
const byCode = (t: PrintedTable, code: string) => t.rows.find((r) => r.code === code);
const keyOf = (t: PrintedTable, role: string) => t.columns.find((c) => c.role === role)!.key;

describe('text grids and PDF items read the same tables', () => {
  it.each([
    ['02-text-p16-p17-general-basic.txt', '02-pdf-items-p16-p17-general-basic.json'],
    ['02-text-p12-p13-fiscal-summary.txt', '02-pdf-p12-p13-fiscal-summary.json'],
    ['02-text-p18-three-public.txt', '02-pdf-p18-three-public.json'],
    ['03-text-p17-three-public.txt', '03-pdf-p17-three-public.json'],
  ])('%s = %s', (text, pdf) => {
    const a = fromText(text);
    const b = fromPdf(pdf);
    expect(a.warnings).toEqual([]);
    expect(a.tables).toHaveLength(1);
    expect(reading(a.tables[0]!)).toEqual(reading(b.tables[0]!));
  });
});

describe('text grids (pdfplumber)', () => {
  it('基本支出表 with 类/款 columns: two halves 人员经费 | 公用经费, the continuation page after an empty grid row', () => {
    const t = fromText('02-text-p16-p17-general-basic.txt').tables[0]!;
    const personnel = keyOf(t, 'personnelExpense');
    const publicCol = keyOf(t, 'publicExpense');
    expect([t.standardId, t.codeLayout, t.pages]).toEqual(['final-general-basic', 'columns', [16, 17]]);
    expect(byCode(t, '301')).toMatchObject({ name: '工资福利支出', cells: { [personnel]: '2082.85' } });
    expect(byCode(t, '302')).toMatchObject({ name: '商品和服务支出', cells: { [publicCol]: '171.07' } });
    // page 17, right half only
    expect(byCode(t, '310')).toMatchObject({ name: '资本性支出', cells: { [publicCol]: '13.58' } });
    expect(byCode(t, '30399')?.cells).toEqual({});
    expect(t.rows.filter((r) => r.code === '310')).toHaveLength(1);
    expect(t.rows.filter((r) => r.kind === 'total').map((r) => [r.name, r.cells])).toEqual([
      ['人员经费合计', { [personnel]: '2152.26' }],
      ['公用经费合计', { [publicCol]: '184.65' }],
    ]);
    expect(checkTableIdentities(t).filter((i) => i.status === 'fail')).toEqual([]);
  });
  it('基本支出表 whose grid header is one row where the page text has three lines', () => {
    const { tables, warnings } = fromText('03-text-p16-general-basic-merged-header.txt');
    expect(warnings).toEqual([]);
    const t = tables[0]!;
    const personnel = keyOf(t, 'personnelExpense');
    const publicCol = keyOf(t, 'publicExpense');
    expect([t.standardId, t.codeLayout]).toEqual(['final-general-basic', 'whole']);
    expect(t.rows.map((r) => [r.code, r.name, r.cells[personnel] ?? r.cells[publicCol]])).toEqual([
      ['301', '工资福利支出', '4816.14'],
      ['30101', '基本工资', '537.64'],
      ['30108', '机关事业单位基本养老保险缴费', '446.11'],
      ['303', '对个人和家庭的补助', '67.96'],
      ['30302', '退休费', '67.96'],
      [undefined, '人员经费合计', '4884.09'],
      ['302', '商品和服务支出', '440.90'],
      ['30201', '办公费', '84.62'],
      ['30206', '电费', '18.86'],
      ['30215', '会议费', '0.00'],
      ['30217', '公务接待费', '0.39'],
      ['30299', '其他商品和服务支出', '28.86'],
      ['310', '资本性支出', '39.76'],
      ['31002', '办公设备购置', '39.76'],
      [undefined, '公用经费合计', '480.66'],
    ]);
    expect(t.notes).toEqual(['注:本表反映部门本年度一般公共预算财政拨款基本支出明细情况。']);
  });
  it('支出决算表: a last grid row wrapped differently in the page text is read once, from the grid', () => {
    const { tables, warnings } = fromText('02-text-p10-p11-expenditure.txt');
    expect(warnings).toEqual([]);
    const t = tables[0]!;
    expect([t.standardId, t.pages]).toEqual(['final-expenditure', [10, 11]]);
    expect(t.rows.filter((r) => r.code?.startsWith('20805')).map((r) => [r.code, r.name])).toEqual([
      ['20805', '行政事业单位养老支出'],
      ['2080501', '行政单位离退休'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['2080506', '机关事业单位职业年金缴费支出'],
      ['2080599', '其他行政事业单位养老支出'],
    ]);
    const total = t.rows.find((r) => r.kind === 'total')!;
    expect(t.columns.filter((c) => total.cells[c.key]).map((c) => [c.label, total.cells[c.key]])).toEqual([
      ['本年支出合计', '2940.05'],
      ['基本支出', '2336.91'],
      ['项目支出', '603.14'],
    ]);
    expect(checkTableIdentities(t).filter((i) => i.status === 'fail')).toEqual([]);
  });
  it('财政拨款收入支出决算总表: page 13 starts with a wrapped 支出 name and blank 收入 cells, and continues the table', () => {
    const t = fromText('02-text-p12-p13-fiscal-summary.txt').tables[0]!;
    expect(t.pages).toEqual([12, 13]);
    const row = (name: string) => t.rows.find((r) => r.cells[keyOf(t, 'revenueItem')] === name)!;
    expect(row('总计').cells[keyOf(t, 'revenueAmount')]).toBe('2961.68');
    expect(row('本年收入合计').cells[keyOf(t, 'generalBudget')]).toBe('2940.05');
    const housing = t.rows.find((r) => r.cells[keyOf(t, 'expenditureItem')] === '十九、住房保障支出')!;
    expect(housing.cells[keyOf(t, 'total')]).toBe('445.69');
    expect(checkTableIdentities(t).filter((i) => i.status !== 'pass')).toEqual([]);
  });
});
