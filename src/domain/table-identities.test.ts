import { describe, expect, it } from 'vitest';
import { printedTableSchema, type PrintedTable } from './printed-table';
import { checkTableIdentities } from './table-identities';

/**
 * 收入决算表 of 上海市普陀区财政局 2024 部门决算 (page 8, 万元), the first rows as printed:
 * 本年收入合计 (c1), 财政拨款收入 (c2), 其他收入 (c3); blank cells absent.
 */
function revenueTable(): PrintedTable {
  const row = (code: string | undefined, name: string, c1: string, c2?: string, c3?: string) => ({
    ...(code ? { code } : {}),
    name,
    kind: code ? ('data' as const) : ('total' as const),
    cells: { c1, ...(c2 ? { c2 } : {}), ...(c3 ? { c3 } : {}) },
    source: { page: 8 },
  });
  return printedTableSchema.parse({
    standardId: 'final-revenue',
    title: '收入决算表',
    unit: '万元',
    codeLayout: 'columns',
    columns: [
      { key: 'c1', label: '本年收入合计', path: [], kind: 'amount', role: 'total' },
      { key: 'c2', label: '财政拨款收入', path: [], kind: 'amount', role: 'fiscalAppropriation' },
      { key: 'c3', label: '其他收入', path: [], kind: 'amount', role: 'otherIncome' },
    ],
    rows: [
      row(undefined, '合计', '2472.30', '2466.10', '6.20'),
      row('201', '一般公共服务支出', '2112.86', '2106.66', '6.20'),
      row('20106', '财政事务', '2112.86', '2106.66', '6.20'),
      row('2010601', '行政运行', '1511.90', '1511.89', '0.01'),
      row('2010602', '一般行政管理事务', '16.19', '10.00', '6.19'),
      row('2010607', '信息化建设', '135.25', '135.25'),
      row('2010608', '财政委托业务支出', '449.52', '449.52'),
      row('210', '卫生健康支出', '359.44', '359.44'),
      row('21011', '行政事业单位医疗', '359.44', '359.44'),
    ],
    notes: [],
    pages: [8],
  });
}

describe('checkTableIdentities', () => {
  it('passes every identity of a table as printed', () => {
    const results = checkTableIdentities(revenueTable());
    expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
    const ids = results.map((r) => r.id);
    expect(ids).toContain('final-revenue:classes:c1');
    expect(ids).toContain('final-revenue:children:c2:20106');
    expect(ids).toContain('final-revenue:row:c1:2010601');
    const classSum = results.find((r) => r.id === 'final-revenue:classes:c1')!;
    expect(classSum.expected.value.toFixed(2)).toBe('2472.30');
    expect(classSum.actual.cells.map((c) => c.code)).toEqual(['201', '210']);
    expect(classSum.description).toBe('收入决算表「本年收入合计」：合计 = 各类之和');
  });

  it('fails where one cell was altered, naming the row and the column', () => {
    const table = revenueTable();
    table.rows[4]!.cells.c2 = '11.00'; // 一般行政管理事务 财政拨款收入 10.00 → 11.00
    const failing = checkTableIdentities(table).filter((r) => r.status === 'fail');
    expect(failing.map((r) => r.id).sort()).toEqual([
      'final-revenue:children:c2:20106',
      'final-revenue:row:c1:2010602',
    ]);
    const row = failing.find((r) => r.rule === 'row-total-is-sum-of-parts')!;
    expect(row.difference.toFixed(2)).toBe('1.00');
    expect(row.description).toBe('收入决算表：2010602 一般行政管理事务「本年收入合计」= 各项收入之和');
  });

  it('calls a difference within the printed rounding a 尾差, not a failure', () => {
    const table = revenueTable();
    table.rows[3]!.cells.c1 = '1511.91'; // 1511.89 + 0.01 = 1511.90: off by one cent
    const results = checkTableIdentities(table);
    expect(results.find((r) => r.id === 'final-revenue:row:c1:2010601')!.status).toBe('rounding');
    table.rows[3]!.cells.c1 = '1511.95';
    expect(checkTableIdentities(table).find((r) => r.id === 'final-revenue:row:c1:2010601')!.status).toBe(
      'fail',
    );
  });

  it('skips identities where both sides are blank (本表无数据)', () => {
    const table = revenueTable();
    table.rows = [{ kind: 'total', name: '合计', cells: {} }];
    expect(checkTableIdentities(table)).toEqual([]);
  });
});

describe('checkTableIdentities: 收支总表 balance and "三公" rows', () => {
  /** 02 收入支出决算总表 (pages 6–7, 万元), the rows the balance reads, as printed. */
  const summary = (expenditureGrandTotal: string) =>
    printedTableSchema.parse({
      standardId: 'final-summary',
      title: '收入支出决算总表',
      unit: '万元',
      codeLayout: 'none',
      columns: [
        { key: 'c1', label: '项目', path: ['收入'], kind: 'text', role: 'revenueItem' },
        {
          key: 'c2',
          label: '决算数',
          path: ['收入'],
          kind: 'amount',
          role: 'revenueAmount',
          measure: 'final',
        },
        { key: 'c3', label: '项目', path: ['支出'], kind: 'text', role: 'expenditureItem' },
        {
          key: 'c4',
          label: '决算数',
          path: ['支出'],
          kind: 'amount',
          role: 'expenditureAmount',
          measure: 'final',
        },
      ],
      rows: [
        { cells: { c1: '本年收入合计', c2: '2946.25', c3: '本年支出合计', c4: '2940.05' } },
        { cells: { c1: '使用非财政拨款结余(含专用结余)', c3: '结余分配' } },
        { cells: { c1: '年初结转和结余', c2: '49.14', c3: '年末结转和结余', c4: '55.34' } },
        { cells: { c1: '总计', c2: '2995.39', c3: '总计', c4: expenditureGrandTotal } },
      ],
      notes: [],
      pages: [6, 7],
    });
  it('passes 收入总计 = 支出总计 and both 总计 = 本年合计 + 结转结余 as printed', () => {
    const results = checkTableIdentities(summary('2995.39'));
    expect(results.map((r) => [r.description, r.status])).toEqual([
      ['收入支出决算总表：收入总计 = 支出总计', 'pass'],
      ['收入支出决算总表：收入总计 = 本年收入合计 + 使用非财政拨款结余(含专用结余) + 年初结转和结余', 'pass'],
      ['收入支出决算总表：支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', 'pass'],
    ]);
  });
  it('fails both identities of a 支出总计 altered by 1.00', () => {
    const failing = checkTableIdentities(summary('2996.39')).filter((r) => r.status === 'fail');
    expect(failing.map((r) => [r.id, r.difference.toFixed(2)])).toEqual([
      ['final-summary:summary:grand-totals', '1.00'],
      ['final-summary:summary:支出总计', '-1.00'],
    ]);
  });
  it('checks "三公" rows: 小计 = 因公出国 + 公务用车 + 公务接待, 公务用车 = 购置 + 运行 (seed, 万元)', () => {
    const t = printedTableSchema.parse({
      standardId: 'budget-three-public',
      title: '部门预算财政拨款“三公”经费支出表',
      unit: '万元',
      codeLayout: 'none',
      columns: [
        { key: 'name', label: '项目', path: [], kind: 'name', role: 'item' },
        { key: 'c1', label: '合计', path: ['资金性质'], kind: 'amount', role: 'total' },
      ],
      rows: [
        { name: '合计', kind: 'total', level: 0, cells: { c1: '6.80' } },
        { name: '“三公”经费小计', level: 0, cells: { c1: '6.80' } },
        { name: '一、因公出国(境)费', level: 1, cells: {} },
        { name: '二、公务用车购置及运维费', level: 1, cells: { c1: '6.00' } },
        { name: '其中:公务用车购置费', level: 2, cells: {} },
        { name: '公务用车运行维护费', level: 2, cells: { c1: '5.00' } },
        { name: '三、公务接待费', level: 1, cells: { c1: '0.80' } },
      ],
      notes: [],
      pages: [1],
    });
    // 运行维护费 altered 6.00 → 5.00: only the 公务用车 identity fails
    expect(checkTableIdentities(t).map((r) => [r.description, r.status])).toEqual([
      [
        '财政拨款"三公"经费支出表「资金性质/合计」：“三公”经费小计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费',
        'pass',
      ],
      [
        '财政拨款"三公"经费支出表「资金性质/合计」：二、公务用车购置及运维费 = 公务用车购置费 + 公务用车运行费',
        'fail',
      ],
    ]);
  });
});
