/** 概览's TableSpecs on the shipped 339-2024 budget and a 决算 with blank cells. */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import { cellText, sortRows } from '../../domain/table-spec-layout';
import { tableCsvRows } from '../../export/csv';
import { isTotalRow, overviewSpecs } from './export-specs';
import { selectOverview } from './select-overview';

describe('overviewSpecs', () => {
  const budget = shippedModel('339-2024');
  const { revenue, classes } = overviewSpecs(selectOverview(budget)!, budget);
  it('支出按功能分类（类）: the 类 rows and 合计 in 万元, shares as on screen', () => {
    const rows = tableCsvRows(classes);
    expect(rows[1]).toEqual(['丰润区工业和信息化局 2024年部门预算']);
    expect(rows.find((r) => r[0] === '206')).toEqual([
      '206',
      '科学技术支出',
      '1150.65',
      '292.65',
      '858.00',
      '49.91',
    ]);
    // 208 社会保障和就业支出: 项目支出 printed blank stays blank, never 0.
    expect(rows.find((r) => r[0] === '208')).toEqual([
      '208',
      '社会保障和就业支出',
      '65.98',
      '65.98',
      '',
      '2.86',
    ]);
    expect(rows.at(-1)).toEqual(['', '合计', '2305.27', '1398.08', '907.19', '']);
  });
  it('收入来源 with its share', () => {
    expect(tableCsvRows(revenue).slice(5)).toEqual([
      ['收入项目', '预算数（万元）', '占比（%）'],
      ['一般公共预算拨款收入', '2305.27', '100.00'],
    ]);
  });
  it('sorts the 类 by any column on screen; the 合计 row stays at the foot', () => {
    const col = (key: string) => classes.columns.find((c) => c.key === key)!;
    const byTotal = sortRows(classes.rows, col('total'), 'desc', isTotalRow);
    expect(byTotal.map((r) => `${r.code} ${cellText(r.total, 'amount')}`)).toEqual([
      '206 1,150.65',
      '215 915.40',
      '210 123.75',
      '208 65.98',
      '221 49.49',
      ' 2,305.27',
    ]);
    // 项目支出 printed blank for 208, 210, 221: last in both directions.
    for (const dir of ['asc', 'desc'] as const)
      expect(
        sortRows(classes.rows, col('projectExpenditure'), dir, isTotalRow).map((r) => r.code),
        dir,
      ).toEqual(
        dir === 'asc' ? ['215', '206', '208', '210', '221', ''] : ['206', '215', '208', '210', '221', ''],
      );
    // 科 kē, 社 shè, 卫 wèi, 住 zhù, 资 zī
    expect(sortRows(classes.rows, col('name'), 'asc', isTotalRow).map((r) => r.name)).toEqual([
      '科学技术支出',
      '社会保障和就业支出',
      '卫生健康支出',
      '住房保障支出',
      '资源勘探工业信息等支出',
      '合计',
    ]);
  });
  it('a 决算 (普陀 财政局 2024): blank cells stay blank when sorted', () => {
    const final = shippedModel('putuo-finance-2024-final');
    const { classes: c } = overviewSpecs(selectOverview(final)!, final);
    const rows = sortRows(
      c.rows,
      c.columns.find((x) => x.key === 'total')!,
      'desc',
      isTotalRow,
    );
    expect(rows.at(-1)!.name).toBe('合计');
    expect(cellText(rows[0]!.total, 'amount')).toBe('2,106.66');
  });
});
