import { describe, expect, it } from 'vitest';
import { dataset2024, readDataset } from '../../domain/breakdowns-test-data';
import { cellText, sortRows } from '../../domain/table-spec-layout';
import { itemChangeSpec } from './export-specs';
import { selectFullComparison } from './select-change';

const current = dataset2024();
const full = selectFullComparison(readDataset('e2e/fixtures/339-2023.json'), current);
const spec = itemChangeSpec(current, full.functionItems, {
  id: 'change-function',
  title: '逐项对比',
  source: '支出总表',
  previousYear: 2023,
  currentYear: 2024,
});
const column = (key: string) => spec.columns.find((c) => c.key === key)!;
const line = (r: (typeof spec.rows)[number]) => spec.columns.map((c) => cellText(c.value(r), c.kind));

describe('itemChangeSpec (功能分类 项, 2023 → 2024)', () => {
  it('declares code, name, both years, change, 增减率 and 变化, in the default order', () => {
    expect(spec.columns.map((c) => c.header.join('/'))).toEqual([
      '科目编码',
      '科目名称',
      '2023 年',
      '2024 年',
      '增减额',
      '增减率',
      '变化',
    ]);
    expect(line(spec.rows[0]!)).toEqual([
      '2150599',
      '其他工业和信息产业监管支出',
      '2,200.00',
      '—',
      '−2,200.00',
      '−100.00%',
      '取消',
    ]);
  });

  it('sorts 2024 年 descending with the items absent in 2024 (blank) last', () => {
    const rows = sortRows(spec.rows, column('current'), 'desc');
    expect(rows.slice(0, 3).map(line)).toEqual([
      ['2150501', '行政运行', '896.21', '866.21', '−30.00', '−3.35%', '减少'],
      ['2069999', '其他科学技术支出', '200.00', '800.00', '600.00', '300.00%', '增加'],
      ['2060101', '行政运行', '316.40', '292.65', '−23.75', '−7.51%', '减少'],
    ]);
    const blanks = rows.filter((r) => r.current === undefined);
    expect(blanks.length).toBeGreaterThan(0);
    expect(rows.slice(-blanks.length)).toEqual(blanks);
    // Ascending keeps the blanks last too.
    const asc = sortRows(spec.rows, column('current'), 'asc');
    expect(asc.slice(-blanks.length).every((r) => r.current === undefined)).toBe(true);
    expect(asc[0]!.current!.lessThanOrEqualTo(asc[1]!.current!)).toBe(true);
  });

  it('sorts names in pinyin order', () => {
    const rows = sortRows(spec.rows, column('name'), 'asc');
    expect(rows.slice(0, 3).map((r) => r.name)).toEqual(['产业发展', '公务员医疗补助', '国际交流与合作']);
  });
});
