import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPrintedTable, printedTableSpec } from './printed-table-spec';
import { datasetSchema, type Dataset } from './schema';
import {
  compareForSort,
  headerRows,
  nextSort,
  parseOpenRows,
  parseSort,
  sortRows,
  sortTreeRows,
} from './table-spec-layout';

const load = (id: string): Dataset =>
  datasetSchema.parse(
    JSON.parse(readFileSync(new URL(`../../public/data/${id}.json`, import.meta.url), 'utf8')) as unknown,
  );

describe('headerRows', () => {
  it('339 收支总表: 序号 spans two rows; 收入 and 支出 each over 项目 | 预算数', () => {
    const ds = load('339-2024');
    const s = printedTableSpec(findPrintedTable(ds, 'budget-summary')!, ds);
    const rows = headerRows(s.columns);
    expect(rows.map((r) => r.map((c) => `${c.label}:${c.colSpan}x${c.rowSpan}`))).toEqual([
      ['序号:1x2', '收入:2x1', '支出:2x1'],
      ['项目:1x1', '预算数:1x1', '项目:1x1', '预算数:1x1'],
    ]);
  });
  it('339 收入总表: 本年收入 interrupted by 上年结转 stays two cells, as printed', () => {
    const ds = load('339-2024');
    const s = printedTableSpec(findPrintedTable(ds, 'budget-revenue')!, ds);
    const top = headerRows(s.columns)[0]!.map((c) => `${c.label}:${c.colSpan}`);
    expect(top).toEqual(['序号:1', '功能分类科目:2', '合计:1', '本年收入:7', '上年结转:1', '本年收入:1']);
  });
  it('财政局 "三公" 决算表: four header rows, every column covered once per row', () => {
    const ds = load('putuo-finance-2024-final');
    const s = printedTableSpec(findPrintedTable(ds, 'final-three-public')!, ds);
    const rows = headerRows(s.columns);
    expect(rows).toHaveLength(4);
    expect(rows[0]!.map((c) => `${c.label}:${c.colSpan}x${c.rowSpan}`)).toEqual([
      '项目:1x4',
      '财政拨款“三公”经费:12x1',
    ]);
    expect(rows[1]!.map((c) => `${c.label}:${c.colSpan}`)).toEqual([
      '合计:2',
      '因公出国(境)费:2',
      '公务用车购置及运行费:6',
      '公务接待费:2',
    ]);
    for (let level = 0; level < rows.length; level++) {
      const covered = new Array<number>(s.columns.length).fill(0);
      for (let l = 0; l <= level; l++)
        for (const c of rows[l]!)
          if (l + c.rowSpan > level) for (let i = c.first; i < c.first + c.colSpan; i++) covered[i]! += 1;
      expect(covered.every((n) => n === 1)).toBe(true);
    }
  });
});

describe('sorting', () => {
  it('blanks last in both directions; amounts exactly', () => {
    const values = [new Decimal('10.00'), undefined, new Decimal('9.99'), new Decimal('-1')];
    const col = { kind: 'amount' as const, value: (v: Decimal | undefined) => v };
    expect(sortRows(values, col, 'asc').map((v) => v?.toString())).toEqual(['-1', '9.99', '10', undefined]);
    expect(sortRows(values, col, 'desc').map((v) => v?.toString())).toEqual(['10', '9.99', '-1', undefined]);
  });
  it('names in pinyin order (zh-CN collator), not by code point', () => {
    const names = [
      '住房保障支出',
      '卫生健康支出',
      '科学技术支出',
      '社会保障和就业支出',
      '资源勘探工业信息等支出',
    ];
    const col = { kind: 'name' as const, value: (v: string) => v };
    // 科 kē, 社 shè, 卫 wèi, 住 zhù, 资 zī
    expect(sortRows(names, col, 'asc')).toEqual([
      '科学技术支出',
      '社会保障和就业支出',
      '卫生健康支出',
      '住房保障支出',
      '资源勘探工业信息等支出',
    ]);
  });
  it('序号 by value, codes by digits, pinned 合计 rows stay first', () => {
    expect(compareForSort('2', '10', 'text', 'asc')).toBeLessThan(0);
    expect(compareForSort('20805', '208', 'code', 'asc')).toBeGreaterThan(0);
    const rows = [{ n: '合计', t: true }, { n: '乙' }, { n: '甲' }];
    const sorted = sortRows(rows, { kind: 'name', value: (r) => r.n }, 'desc', (r) => r.t === true);
    expect(sorted.map((r) => r.n)).toEqual(['合计', '乙', '甲']);
  });
  it('a 合计 row printed at the foot stays at the bottom; 未披露 and — sort last both ways', () => {
    const rows = [{ n: '乙', v: '未披露' }, { n: '甲', v: '—' }, { n: '丙' }, { n: '合计', t: true }];
    const byName = sortRows(rows, { kind: 'name', value: (r) => r.n }, 'asc', (r) => r.t === true);
    expect(byName.map((r) => r.n)).toEqual(['丙', '甲', '乙', '合计']);
    const amounts = [new Decimal('1.5'), '未披露', new Decimal('-2'), '—'];
    const col = { kind: 'amount' as const, value: (v: Decimal | string) => v };
    for (const dir of ['asc', 'desc'] as const)
      expect(sortRows(amounts, col, dir).slice(2), dir).toEqual(['未披露', '—']);
    expect(compareForSort('未披露', '办公费', 'name', 'asc')).toBeGreaterThan(0);
    expect(compareForSort('未披露', '办公费', 'name', 'desc')).toBeGreaterThan(0);
  });
  it('a tree is sorted within each parent: children stay under their row', () => {
    const rows = [
      { n: '合计', l: 0, v: 9, t: true },
      { n: '甲', l: 1, v: 2 },
      { n: '甲1', l: 2, v: 1 },
      { n: '甲2', l: 2, v: 5 },
      { n: '乙', l: 1, v: 7 },
    ];
    const col = { kind: 'amount' as const, value: (r: (typeof rows)[number]) => new Decimal(r.v) };
    const sorted = sortTreeRows(rows, col, 'desc', (r) => r.l);
    expect(sorted.map((r) => r.n)).toEqual(['合计', '乙', '甲', '甲2', '甲1']);
  });
  it('URL state: parse, cycle', () => {
    expect(parseSort('c1:desc')).toEqual({ key: 'c1', direction: 'desc' });
    expect(parseSort('c1:up')).toBeUndefined();
    expect(nextSort(undefined, 'c1')).toEqual({ key: 'c1', direction: 'asc' });
    expect(nextSort({ key: 'c1', direction: 'asc' }, 'c1')).toEqual({ key: 'c1', direction: 'desc' });
    expect(nextSort({ key: 'c1', direction: 'desc' }, 'c1')).toBeUndefined();
  });
});

describe('parseOpenRows', () => {
  const known = ['206', '20601', '20699', '215', '21505'];
  it('keeps the known ids in table order, each once; drops unknown ones and blanks', () => {
    expect(parseOpenRows('215,206,999,,206', known)).toEqual(['206', '215']);
    expect(parseOpenRows(null, known)).toEqual([]);
    expect(parseOpenRows('2069999', known)).toEqual([]);
  });
  it('splits on the separator given (group ids may hold a comma)', () => {
    expect(parseOpenRows('a,b|c', ['a,b', 'c', 'a'], '|')).toEqual(['a,b', 'c']);
  });
});
