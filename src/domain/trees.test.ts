import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dataset2024 } from './__fixtures__/load-2024';
import { buildEconomicTree } from './economic-tree';
import { buildFunctionTree, functionLevel, parentFunctionCode, resolveFunctionPath } from './function-tree';

const ds = dataset2024();
const s = (d: Decimal) => d.toFixed(2);

describe('function tree (支出总表, 类 → 款 → 项)', () => {
  const tree = buildFunctionTree(ds.tables.expenditure.rows);

  it('has the five 类 with their basic / project split', () => {
    expect(
      tree.classes.map((c) => [c.code, c.name, s(c.total), s(c.basicExpenditure), s(c.projectExpenditure)]),
    ).toEqual([
      ['206', '科学技术支出', '1150.65', '292.65', '858.00'],
      ['208', '社会保障和就业支出', '65.98', '65.98', '0.00'],
      ['210', '卫生健康支出', '123.75', '123.75', '0.00'],
      ['215', '资源勘探工业信息等支出', '915.40', '866.21', '49.19'],
      ['221', '住房保障支出', '49.49', '49.49', '0.00'],
    ]);
    expect(s(tree.total)).toBe('2305.27');
    expect(tree.totalSource).toEqual({ kind: 'table', table: 'expenditure', seq: 1 });
  });

  it('nests 款 and 项 by code prefix, and keeps printed blanks apart from zeros', () => {
    const c206 = tree.byCode.get('206')!;
    expect(c206.children.map((k) => [k.code, s(k.total)])).toEqual([
      ['20601', '292.65'],
      ['20605', '48.00'],
      ['20608', '10.00'],
      ['20699', '800.00'],
    ]);
    const item = tree.byCode.get('2069999')!;
    expect(item.level).toBe('项');
    expect(item.path).toEqual(['206', '20699', '2069999']);
    expect(item.blank).toEqual(['basicExpenditure']);
    expect(tree.byCode.get('2060101')!.blank).toEqual(['projectExpenditure']);
    expect(tree.byCode.get('206')!.blank).toEqual([]);
  });

  it('every parent equals the exact sum of its children', () => {
    for (const node of tree.byCode.values()) {
      if (node.children.length === 0) continue;
      const sum = node.children.reduce((a, c) => a.plus(c.total), new Decimal(0));
      expect(s(sum), node.code).toBe(s(node.total));
    }
  });

  it('resolves drill paths and stops at the first unknown code', () => {
    expect(resolveFunctionPath(tree, ['215', '21505', '2150517']).map((n) => n.name)).toEqual([
      '资源勘探工业信息等支出',
      '工业和信息产业监管',
      '产业发展',
    ]);
    expect(resolveFunctionPath(tree, ['206', '99999', '2060101']).map((n) => n.code)).toEqual(['206']);
    expect(resolveFunctionPath(tree, ['215', '20601'])).toHaveLength(1);
  });

  it('creates a missing parent from its children when a 项 is printed without its 款', () => {
    const rows = ds.tables.expenditure.rows.filter((r) => r.functionCode !== '20805');
    const t = buildFunctionTree(rows);
    const k = t.byCode.get('20805')!;
    expect(k.source).toBeUndefined();
    expect(s(k.total)).toBe('65.98');
    expect(k.children.map((c) => c.code)).toEqual(['2080505']);
  });

  it('rejects malformed and duplicated codes', () => {
    expect(() => functionLevel('2060')).toThrow('功能分类科目编码 "2060" 应为 3、5 或 7 位数字');
    expect(parentFunctionCode('2060101')).toBe('20601');
    expect(parentFunctionCode('206')).toBeUndefined();
    const dup = [...ds.tables.expenditure.rows, { ...ds.tables.expenditure.rows[1]!, seq: 99 }];
    expect(() => buildFunctionTree(dup)).toThrow('功能分类科目编码 206 在“部门预算支出总表”中出现了两次');
  });
});

describe('economic tree (基本支出表, 类 → 款)', () => {
  const tree = buildEconomicTree(ds.tables.basicExpenditure.rows);

  it('has 301 + 302 + 303 = 1398.08, split into 人员经费 1321.13 and 公用经费 76.95', () => {
    expect(tree.classes.map((c) => [c.code, s(c.total), s(c.personnelExpense), s(c.publicExpense)])).toEqual([
      ['301', '926.71', '926.71', '0.00'],
      ['302', '76.95', '0.00', '76.95'],
      ['303', '394.42', '394.42', '0.00'],
    ]);
    expect(s(tree.total)).toBe('1398.08');
    expect(s(tree.personnelExpense)).toBe('1321.13');
    expect(s(tree.publicExpense)).toBe('76.95');
  });

  it('nests 款 under 类 with exact sums (30101 基本工资 276.90 …)', () => {
    const c301 = tree.byCode.get('301')!;
    expect(c301.children[0]).toMatchObject({ code: '30101', name: '基本工资' });
    expect(s(c301.children[0]!.total)).toBe('276.90');
    for (const c of tree.classes) {
      expect(s(c.children.reduce((a, k) => a.plus(k.total), new Decimal(0))), c.code).toBe(s(c.total));
    }
    expect(tree.byCode.get('30217')!.blank).toEqual(['personnelExpense']);
  });
});
