import { describe, expect, it } from 'vitest';
import { dataset2024, readDataset } from '../../domain/breakdowns-test-data';
import { cellText, sortRows } from '../../domain/table-spec-layout';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import {
  changeLinesSpec,
  isTotalLine,
  isTotalPart,
  itemChangeSpec,
  partChangeSpec,
  statedChangesSpec,
} from './export-specs';
import { selectChange, selectFullComparison } from './select-change';

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

describe('the waterfall table, 主要数字 and the stated changes, sorted as on screen', () => {
  it('同比变化 lines by 增减额 ascending: the parts sorted, 支出合计 stays first', () => {
    const lines = changeLinesSpec(selectChange(current)!, current);
    const change = lines.columns.find((c) => c.key === 'change')!;
    expect(
      sortRows(lines.rows, change, 'asc', isTotalLine).map(
        (r) => `${r.name} ${cellText(r.change, 'amount')}`,
      ),
    ).toEqual(['支出合计 −1,707.15', '项目支出 −1,653.40', '基本支出 −53.75', '“三公”经费 0.00']);
    // “三公”经费 has no 增减率: last in both directions.
    const pct = lines.columns.find((c) => c.key === 'changePercent')!;
    for (const dir of ['asc', 'desc'] as const)
      expect(sortRows(lines.rows, pct, dir, isTotalLine).at(-1)!.part, dir).toBe('three');
  });
  it('主要数字 (2023 → 2024) by 2024 年 descending, 支出合计 first', () => {
    const parts = partChangeSpec(current, full.comparison.parts, {
      title: '主要数字',
      source: '支出总表',
      previousYear: 2023,
      currentYear: 2024,
    });
    const cur = parts.columns.find((c) => c.key === 'current')!;
    expect(sortRows(parts.rows, cur, 'desc', isTotalPart).map((p) => cellText(p.current, 'amount'))).toEqual([
      '2,305.27',
      '1,398.08',
      '1,321.13',
      '907.19',
      '76.95',
      '6.80',
    ]);
  });
  it('普陀 财政局 2024 决算: the stated changes by 增减率, the one without a rate last', () => {
    const final = shippedModel('putuo-finance-2024-final');
    const stated = statedChangesSpec(final, final.statedChanges);
    const pct = stated.columns.find((c) => c.key === 'percent')!;
    const sorted = sortRows(stated.rows, pct, 'asc', () => false);
    expect(sorted.slice(0, 2).map((c) => `${c.label} ${cellText(c.percent, 'share')}`)).toEqual([
      '一般公共预算财政拨款支出 −2.10%',
      '收入支出总计 −1.87%',
    ]);
    expect(sorted.at(-1)!.percent).toBeUndefined();
  });
});
