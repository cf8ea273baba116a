import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { printedTableSchema, type PrintedTable } from '../../domain/printed-table';
import { readDisclosure } from '../read-disclosure';
import { parseAmount, parseCode, squeezeLabel } from './cells';
import { layoutPage, lineText, type PositionedPage } from './layout';
import { checkTableIdentities } from '../../domain/table-identities';

const fixture = (name: string) => readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8');
const byCode = (t: PrintedTable, code: string) => t.rows.find((r) => r.code === code);
const keyOf = (t: PrintedTable, label: string) => t.columns.find((c) => c.label === label)?.key ?? '';
const total = (t: PrintedTable) => t.rows.find((r) => r.kind === 'total');

describe('cells', () => {
  it('reads amounts with separators and full-width digits, blanks are not amounts', () => {
    expect(parseAmount('2,946.25')).toBe('2946.25');
    expect(parseAmount('３２８，６６１')).toBe('328661');
    expect(parseAmount('3,286,618,082.20')).toBe('3286618082.20');
    expect(parseAmount('1,23')).toBeUndefined();
    expect(parseAmount('－')).toBeUndefined();
  });
  it('reads codes whole and spaced, and squeezes line-break spaces out of labels', () => {
    expect(parseCode('2080501')).toEqual({ code: '2080501', form: 'whole' });
    expect(parseCode('208 05 01')).toEqual({ code: '2080501', form: 'spaced' });
    expect(parseCode('20805011')).toBeUndefined();
    expect(squeezeLabel('本年收入合 计')).toBe('本年收入合计');
    expect(squeezeLabel('社 会 保 障 和 就')).toBe('社会保障和就');
  });
});

describe('layoutPage', () => {
  it('groups items by baseline and splits cells at wide gaps', () => {
    const page: PositionedPage = {
      page: 8,
      items: [
        { str: '201', x: 72, y: 323.13, w: 18, h: 12 },
        { str: ' ', x: 90, y: 323.13, w: 33, h: 0 },
        { str: '06', x: 123, y: 323.13, w: 12, h: 12 },
        { str: '财政事务', x: 195.23, y: 323.12, w: 48, h: 12 },
        { str: '2,112.86', x: 368.46, y: 323.1, w: 42, h: 12 },
        { str: '合计', x: 255.81, y: 364.93, w: 24, h: 12 },
        { str: '2,946.25', x: 371.79, y: 364.92, w: 42, h: 12 },
      ],
    };
    const lines = layoutPage(page).lines;
    expect(lines.map(lineText)).toEqual(['合计 2,946.25', '201 06 财政事务 2,112.86']);
    expect(lines[1]!.cells[3]).toEqual({ text: '2,112.86', x0: 368.46, x1: 410.46 });
    expect(lines[1]).toMatchObject({ page: 8, line: 2 });
  });
});

describe('PDF items (02 收入决算表 and 支出决算表, cut from the PDF)', () => {
  const pages = JSON.parse(fixture('02-pdf-items-p8-p10.json')) as PositionedPage[];
  const { tables } = readDisclosure(pages, { kind: '决算' });
  it('finds both tables with their column trees from the broken headers', () => {
    expect(tables.map((t) => [t.title, t.standardId, t.unit, t.codeLayout])).toEqual([
      ['收入决算表', 'final-revenue', '万元', 'columns'],
      ['支出决算表', 'final-expenditure', '万元', 'columns'],
    ]);
    const revenue = tables[0]!;
    expect(revenue.columns.filter((c) => c.kind === 'amount').map((c) => [c.label, c.role])).toEqual([
      ['本年收入合计', 'currentYearRevenue'],
      ['财政拨款收入', 'fiscalAppropriation'],
      ['上级补助收入', 'superiorSubsidy'],
      ['事业收入', 'businessIncome'],
      ['经营收入', 'operatingIncome'],
      ['附属单位上缴收入', 'subsidiaryRemittance'],
      ['其他收入', 'otherIncome'],
    ]);
    for (const t of tables) expect(printedTableSchema.safeParse(t).success).toBe(true);
  });
  it('reads the 合计 row and a name broken over two lines around its code row', () => {
    const revenue = tables[0]!;
    expect(total(revenue)?.cells).toEqual({
      [keyOf(revenue, '本年收入合计')]: '2946.25',
      [keyOf(revenue, '财政拨款收入')]: '2940.05',
      [keyOf(revenue, '其他收入')]: '6.20',
    });
    expect(byCode(revenue, '2080505')).toMatchObject({
      name: '机关事业单位基本养老保险缴费支出',
      cells: { [keyOf(revenue, '本年收入合计')]: '160.75' },
    });
    expect(byCode(revenue, '2010602')?.cells[keyOf(revenue, '其他收入')]).toBe('6.19');
  });
  it('joins amounts printed on a baseline apart from their row (支出决算表)', () => {
    const exp = tables[1]!;
    expect(total(exp)?.cells).toEqual({
      [keyOf(exp, '本年支出合计')]: '2940.05',
      [keyOf(exp, '基本支出')]: '2336.91',
      [keyOf(exp, '项目支出')]: '603.14',
    });
    expect(byCode(exp, '201')?.cells).toEqual({
      [keyOf(exp, '本年支出合计')]: '2106.66',
      [keyOf(exp, '基本支出')]: '1503.52',
      [keyOf(exp, '项目支出')]: '603.14',
    });
  });
});

describe('PDF items (02 一般公共预算财政拨款基本支出决算表, pages 16–17: two halves side by side)', () => {
  const pages = JSON.parse(fixture('02-pdf-items-p16-p17-general-basic.json')) as PositionedPage[];
  const { tables } = readDisclosure(pages, { kind: '决算' });
  const t = tables[0]!;
  const personnel = t.columns.find((c) => c.role === 'personnelExpense')!;
  const publicCol = t.columns.find((c) => c.role === 'publicExpense')!;
  it('reads each half as rows of one economic table: 人员经费 on the left, 公用经费 on the right', () => {
    expect([t.standardId, t.codeLayout, t.pages]).toEqual(['final-general-basic', 'columns', [16, 17]]);
    expect(
      t.columns.filter((c) => c.kind === 'amount').map((c) => [c.path, c.label, c.role, c.measure]),
    ).toEqual([
      [['人员经费'], '决算数', 'personnelExpense', 'final'],
      [['公用经费'], '决算数', 'publicExpense', 'final'],
    ]);
    // codes printed at the top of the cell, names and amounts a few points lower
    expect(byCode(t, '301')).toMatchObject({ name: '工资福利支出', cells: { [personnel.key]: '2082.85' } });
    expect(byCode(t, '30102')).toMatchObject({ name: '津贴补贴', cells: { [personnel.key]: '1238.58' } });
    expect(byCode(t, '30108')).toMatchObject({
      name: '机关事业单位基本养老保险缴费',
      cells: { [personnel.key]: '160.75' },
    });
    expect(byCode(t, '302')).toMatchObject({ name: '商品和服务支出', cells: { [publicCol.key]: '171.07' } });
    expect(byCode(t, '30212')?.name).toBe('因公出国(境)费用');
    expect(byCode(t, '30239')?.cells).toEqual({ [publicCol.key]: '48.49' });
    expect(byCode(t, '31002')?.cells).toEqual({ [publicCol.key]: '13.58' });
    expect(byCode(t, '30201')?.cells[personnel.key]).toBeUndefined();
    expect(t.rows.filter((r) => r.kind === 'total').map((r) => [r.name, r.cells])).toEqual([
      ['人员经费合计', { [personnel.key]: '2152.26' }],
      ['公用经费合计', { [publicCol.key]: '184.65' }],
    ]);
    // every 302/310 row on the right, every 301/303 row on the left
    for (const r of t.rows.filter((x) => x.code))
      expect(Object.keys(r.cells), r.code).not.toContain(
        /^30[13]/.test(r.code!) ? publicCol.key : personnel.key,
      );
  });
  it("adds up: 合计 = Σ类 per half; 301 and 302 are the document's own 尾差", () => {
    const ids = checkTableIdentities(t);
    expect(ids.filter((i) => i.status === 'fail')).toEqual([]);
    // by hand from page 16: 262.33 + 1238.58 + 160.75 + 80.38 + 60.99 + 1.61 + 187.19 + 91.03
    // = 2082.86 printed 2082.85; the twelve 302 款 printed add up to 171.09, printed 171.07
    expect(
      ids.filter((i) => i.status === 'rounding').map((i) => [i.description, i.actual.value.toFixed()]),
    ).toEqual([
      ['一般公共预算财政拨款基本支出决算表「人员经费/决算数」：301 工资福利支出 = 其下各款之和', '2082.86'],
      ['一般公共预算财政拨款基本支出决算表「公用经费/决算数」：302 商品和服务支出 = 其下各款之和', '171.09'],
    ]);
    expect(ids.filter((i) => i.rule === 'total-is-sum-of-classes').map((i) => i.status)).toEqual([
      'pass',
      'pass',
    ]);
  });
});

describe('text extractions', () => {
  it('reads the seed (tab-separated): 部门预算支出总表 合计 2305.27 万元 with 栏次, TOC lines are no tables', () => {
    const { tables } = readDisclosure(fixture('seed-expenditure.txt'));
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect([t.standardId, t.unit, t.codeLayout]).toEqual(['budget-expenditure', '万元', 'whole']);
    expect(t.columns.find((c) => c.label === '基本支出')).toMatchObject({
      role: 'basicExpenditure',
      columnNo: 4,
    });
    expect(total(t)?.cells).toEqual({
      [keyOf(t, '合计')]: '2305.27',
      [keyOf(t, '基本支出')]: '1398.08',
      [keyOf(t, '项目支出')]: '907.19',
    });
    expect(byCode(t, '2069999')).toMatchObject({
      seq: 10,
      name: '其他科学技术支出',
      cells: { [keyOf(t, '项目支出')]: '800.00' },
    });
    expect(checkTableIdentities(t).filter((i) => i.status !== 'pass')).toEqual([]);
  });
  it('reads pdfplumber grids (02 收入决算表): 类/款/项 columns, the 类款项 header merged into the 合计 row', () => {
    const { tables } = readDisclosure(fixture('02-revenue-grid.txt'), { kind: '决算' });
    const t = tables[0]!;
    expect([t.standardId, t.codeLayout, t.pages]).toEqual(['final-revenue', 'columns', [8, 9]]);
    expect(total(t)?.cells).toEqual({
      [keyOf(t, '本年收入合计')]: '2946.25',
      [keyOf(t, '财政拨款收入')]: '2940.05',
      [keyOf(t, '其他收入')]: '6.20',
    });
    expect(byCode(t, '2080505')?.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(byCode(t, '2210203')?.cells[keyOf(t, '本年收入合计')]).toBe('258.50');
  });
  it('reads space-separated pages (05, 元): a fund table with data and an empty table with its note', () => {
    const { tables } = readDisclosure(fixture('05-fund-and-empty-capital.txt'), { kind: '预算' });
    expect(tables.map((t) => [t.standardId, t.unit])).toEqual([
      ['budget-fund-expenditure', '元'],
      ['budget-capital-expenditure', '元'],
    ]);
    const fund = tables[0]!;
    expect(byCode(fund, '2120803')).toMatchObject({
      name: '城市建设支出',
      cells: { [keyOf(fund, '项目支出')]: '2792857000.00' },
    });
    expect(total(fund)?.cells[keyOf(fund, '合计')]).toBe('2792857000.00');
    const empty = tables[1]!;
    expect(empty.rows.filter((r) => r.kind === 'data')).toEqual([]);
    expect(empty.notes).toEqual(['注:本年度无国有资本经营预算支出,故本表无数据。']);
  });
  it('reads the "三公" table printed as columns from a text with no positions, its column order inferred from its identities', () => {
    const text = fixture('05-three-public-columns.txt');
    const warnings: string[] = [];
    const { tables, warnings: w } = readDisclosure(text, { kind: '预算' });
    warnings.push(...w.filter((x) => x.code !== 'missing-table').map((x) => x.code));
    const t = tables[0]!;
    expect(t.standardId).toBe('budget-three-public');
    expect(t.columns.filter((c) => c.kind === 'amount').map((c) => [c.label, c.role ?? null])).toEqual([
      ['合计', 'total'],
      ['因公出国(境)费', 'outboundTravel'],
      ['公务接待费', 'officialReception'],
      ['小计', 'vehiclePurchaseAndOperation'],
      ['购置费', 'vehiclePurchase'],
      ['运行费', 'vehicleOperation'],
      ['机关运行经费预算数', null],
    ]);
    expect(t.rows[0]!.cells).toEqual({
      c1: '42.24',
      c2: '0.00',
      c3: '0.00',
      c4: '42.24',
      c5: '0.00',
      c6: '42.24',
      c7: '124.56',
    });
    expect(warnings).toEqual(['column-order-inferred']);
    expect(checkTableIdentities(t).every((c) => c.status === 'pass')).toBe(true);
    // a doctored row that fits neither template order is not guessed: no row, a warning
    const doctored = readDisclosure(
      text.replace('42.24 0.00 0.00 42.24 0.00 42.24', '42.24 0.00 0.00 40.00 0.00 42.24'),
      {
        kind: '预算',
      },
    );
    expect(doctored.tables[0]!.rows).toEqual([]);
    expect(doctored.warnings.map((x) => x.code)).toContain('ambiguous-row');
  });
  it('gives a side-by-side row the item name wrapped around it in a text extraction (财政拨款收支预算总表)', () => {
    const { tables, warnings } = readDisclosure(fixture('05-fiscal-summary-wrapped-names.txt'), {
      kind: '预算',
    });
    const t = tables[0]!;
    expect(t.standardId).toBe('budget-fiscal-summary');
    expect(warnings.filter((x) => x.code !== 'missing-table')).toEqual([]);
    const named = (name: string) => t.rows.find((r) => Object.values(r.cells).includes(name))!;
    const exp = keyOf(t, '合计');
    // the expenditure name wrapped above and below the 一般公共预算 row
    expect(named('一、社会保障和就业支出').cells[exp]).toBe('16067196.24');
    expect(named('一、社会保障和就业支出').cells[keyOf(t, '预算数')]).toBe('493761082.20');
    // the revenue name wrapped around a row whose only name is the expenditure one
    expect(named('三、国有资本经营预算').cells[exp]).toBe('3182716265.16');
    expect(named('三、国有资本经营预算').cells[keyOf(t, '预算数')]).toBeUndefined();
    // a row of amounts only, its name above and below it
    expect(named('五、资源勘探工业信息等支出').cells[exp]).toBe('62000000.00');
    expect(t.rows).toHaveLength(7);
    expect(checkTableIdentities(t).filter((c) => c.status === 'fail')).toEqual([]);
  });
  it('never throws on any text and yields only valid tables', () => {
    const piece = fc.constantFrom(
      '收入决算表',
      '单位：万元',
      '合计',
      '208 05 01',
      '2,946.25',
      '类',
      '\t',
      ' ',
      '\n',
      '－',
      '===== PAGE 2 =====',
      '--- table 1 ---',
      ' | ',
      'XXX',
      '项目',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 60 }), (parts) => {
        const r = readDisclosure(parts.join(''));
        for (const t of r.tables) expect(printedTableSchema.safeParse(t).success).toBe(true);
        expect(Array.isArray(r.warnings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('PDF ruling lines ("三公" 决算表: 02 page 18, 03 page 17, cut from the PDFs with their borders)', () => {
  const read = (name: string) =>
    readDisclosure(JSON.parse(fixture(name)) as PositionedPage[], { kind: '决算' }).tables[0]!;
  const tree = (t: PrintedTable) =>
    t.columns.filter((c) => c.kind === 'amount').map((c) => [c.path.slice(1).join('/'), c.role, c.measure]);
  const expectedTree = (vehicle: string, purchase: string, operation: string) =>
    [
      ['合计', 'total'],
      ['因公出国(境)费', 'outboundTravel'],
      [`${vehicle}/小计`, 'vehiclePurchaseAndOperation'],
      [`${vehicle}/${purchase}`, 'vehiclePurchase'],
      [`${vehicle}/${operation}`, 'vehicleOperation'],
      ['公务接待费', 'officialReception'],
    ].flatMap(([path, role]) => [
      [path, role, 'budget'],
      [path, role, 'final'],
    ]);
  it('02: builds the column tree from the grid cells, not from where the merged labels print', () => {
    const t = read('02-pdf-p18-three-public.json');
    expect(t.standardId).toBe('final-three-public');
    // 因公出国（境）费 prints lower than 公务用车购置及运行费 but its cell is the second group
    expect(tree(t)).toEqual(expectedTree('公务用车购置及运行费', '公务用车购置费', '公务用车运行费'));
    const key = (role: string, measure: string) =>
      t.columns.find((c) => c.role === role && c.measure === measure)!.key;
    // printed: 合计 预算数 0.95, 公务接待费 预算数 0.95, every other cell blank
    expect(t.rows.map((r) => r.cells)).toEqual([
      { [key('total', 'budget')]: '0.95', [key('officialReception', 'budget')]: '0.95' },
    ]);
    expect(checkTableIdentities(t).map((i) => [i.description, i.status])).toEqual([
      [
        '财政拨款"三公"经费支出决算表：第 1 行「预算数」= 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费',
        'pass',
      ],
    ]);
  });
  it('03: labels broken over two lines in one cell are one label; the data row lands in its columns', () => {
    const t = read('03-pdf-p17-three-public.json');
    expect(tree(t)).toEqual(expectedTree('公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费'));
    const values = t.columns.filter((c) => c.kind === 'amount').map((c) => t.rows[0]!.cells[c.key]);
    expect(values).toEqual(['2.85', '0.39', ...Array(8).fill('0.00'), '2.85', '0.39']);
    const results = checkTableIdentities(t);
    expect(results.map((i) => i.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    // 合计 决算数 0.39 = 0.00 + 0.00 + 0.39
    const finalTotal = results.find((i) => i.id === `final-three-public:row:${t.columns[2]!.key}:r1`)!;
    expect(finalTotal.expected.value.toFixed(2)).toBe('0.39');
    expect(finalTotal.actual.cells.map((c) => c.column)).toEqual([
      '财政拨款“三公”经费/因公出国(境)费/决算数',
      '财政拨款“三公”经费/公务用车购置及运行维护费/小计/决算数',
      '财政拨款“三公”经费/公务接待费/决算数',
    ]);
  });
  it('falls back to text positions when the page draws no borders', () => {
    const pages = (JSON.parse(fixture('02-pdf-p18-three-public.json')) as PositionedPage[]).map((p) => ({
      page: p.page,
      items: p.items,
    }));
    const t = readDisclosure(pages, { kind: '决算' }).tables[0]!;
    expect(t.standardId).toBe('final-three-public');
    expect(t.columns.length).toBeGreaterThan(1);
  });
});

describe('PDF rows by the drawn grid (02 财政拨款收入支出决算总表, pages 12–13, with their borders)', () => {
  const t = readDisclosure(JSON.parse(fixture('02-pdf-p12-p13-fiscal-summary.json')) as PositionedPage[], {
    kind: '决算',
  }).tables[0]!;
  const item = (role: string) => t.columns.find((c) => c.role === role)!.key;
  const row = (name: string) => t.rows.find((r) => r.cells[item('revenueItem')] === name);
  it('keeps wrapped names and amounts printed high in their cell with their row', () => {
    expect([t.standardId, t.pages]).toEqual(['final-fiscal-summary', [12, 13]]);
    // "2,940.05" prints above its row's names, "款" below them
    expect(t.rows[0]!.cells).toEqual({
      [item('revenueItem')]: '一、一般公共预算财政拨款',
      [item('revenueAmount')]: '2940.05',
      [item('expenditureItem')]: '一、一般公共服务支出',
      [item('total')]: '2106.66',
      [item('generalBudget')]: '2106.66',
    });
    expect(t.rows[1]!.cells).toEqual({
      [item('revenueItem')]: '二、政府性基金预算财政拨款',
      [item('expenditureItem')]: '二、外交支出',
    });
    expect(row('本年收入合计')?.cells[item('expenditureItem')]).toBe('本年支出合计');
    expect(row('年初财政拨款结转和结余')?.cells[item('revenueAmount')]).toBe('21.63');
  });
  it('balances: 收入总计 2961.68 = 支出总计 = 本年收入合计 2940.05 + 年初结转和结余 21.63', () => {
    const balance = checkTableIdentities(t).filter((i) => i.rule === 'summary-balance');
    expect(balance.map((i) => [i.description, i.status, i.expected.value.toFixed(2)])).toEqual([
      ['财政拨款收入支出决算总表：收入总计 = 支出总计', 'pass', '2961.68'],
      ['财政拨款收入支出决算总表：收入总计 = 本年收入合计 + 年初财政拨款结转和结余', 'pass', '2961.68'],
      ['财政拨款收入支出决算总表：支出总计 = 本年支出合计 + 年末财政拨款结转和结余', 'pass', '2961.68'],
    ]);
    expect(checkTableIdentities(t).filter((i) => i.status !== 'pass')).toEqual([]);
  });
});
