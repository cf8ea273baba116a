/** 概览's TableSpecs on the shipped 339-2024 budget and a 决算 with blank cells. */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import { tableCsvRows } from '../../export/csv';
import { overviewSpecs } from './export-specs';
import { selectOverview } from './select-overview';

describe('overviewSpecs', () => {
  const budget = shippedModel('339-2024');
  const [revenue, classes] = overviewSpecs(selectOverview(budget)!, budget);
  it('支出按功能分类（类）: the 类 rows and 合计 in 万元, shares as on screen', () => {
    const rows = tableCsvRows(classes!);
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
    expect(tableCsvRows(revenue!).slice(5)).toEqual([
      ['收入项目', '预算数（万元）', '占比（%）'],
      ['一般公共预算拨款收入', '2305.27', '100.00'],
    ]);
  });
});
