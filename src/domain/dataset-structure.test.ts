import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedDataset2024 as dataset2024, rawTable } from './__fixtures__/load-2024';
import { describeStructureIssue, validateDatasetStructure } from './dataset-structure';
import { datasetSchema } from './schema';

describe('validateDatasetStructure on the shipped datasets', () => {
  it('finds nothing wrong in the real 2024 disclosure (empty 政府性基金 / 国有资本 tables are fine)', () => {
    const ds = dataset2024();
    expect(
      ds.tables.find((t) => t.standardId === 'budget-fund-expenditure')!.rows.every((r) => !r.code),
    ).toBe(true);
    expect(validateDatasetStructure(ds)).toEqual([]);
  });

  it('finds nothing wrong in the 2023 comparison fixture', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../e2e/fixtures/339-2023.json', import.meta.url), 'utf8'),
    );
    expect(validateDatasetStructure(datasetSchema.parse(raw))).toEqual([]);
  });
});

describe('validateDatasetStructure rules', () => {
  it('missing-total (blocks): 支出总表 without its 合计 row', () => {
    const ds = dataset2024((raw) => {
      rawTable(raw, 'budget-expenditure').rows = rawTable(raw, 'budget-expenditure').rows.filter(
        (r) => r.code,
      );
    });
    expect(validateDatasetStructure(ds)).toEqual([
      {
        rule: 'missing-total',
        severity: 'error',
        table: 'budget-expenditure',
        tableTitle: '部门预算支出总表',
        detail: '本表没有合计行（没有科目编码的行）',
      },
    ]);
  });

  it('missing-total (blocks): a 合计 row whose 合计 cell is blank, named by its row', () => {
    const ds = dataset2024((raw) => {
      delete rawTable(raw, 'budget-revenue').rows[0]!.cells.total;
    });
    const [issue, ...rest] = validateDatasetStructure(ds);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ rule: 'missing-total', severity: 'error', table: 'budget-revenue' });
    expect(describeStructureIssue(issue!)).toBe('部门预算收入总表 · 序号 1 · 合计：合计行的“合计”栏为空');
  });

  it('duplicate-total (blocks): a second row without a code', () => {
    const ds = dataset2024((raw) => {
      const rows = rawTable(raw, 'budget-general-basic').rows;
      delete rows[12]!.code; // 302 商品和服务支出 loses its code
      rows[12]!.name = '合计';
    });
    const issues = validateDatasetStructure(ds).filter((i) => i.rule === 'duplicate-total');
    expect(issues.map(describeStructureIssue)).toEqual([
      '部门预算一般公共预算财政拨款基本支出表 · 序号 13 · 合计：第二个“合计”行（序号 1 已是合计行）',
    ]);
    expect(issues[0]!.severity).toBe('error');
  });

  it('duplicate-code (blocks): 206 printed twice in 一般公共预算财政拨款支出表, naming both rows', () => {
    const ds = dataset2024((raw) => {
      rawTable(raw, 'budget-general-expenditure').rows[10]!.code = '206'; // 208 → 206
    });
    const issues = validateDatasetStructure(ds);
    const dup = issues.filter((i) => i.rule === 'duplicate-code');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({
      severity: 'error',
      table: 'budget-general-expenditure',
      tableTitle: '部门预算一般公共预算财政拨款支出表',
      row: { seq: 11, code: '206', name: '社会保障和就业支出' },
    });
    expect(describeStructureIssue(dup[0]!)).toBe(
      '部门预算一般公共预算财政拨款支出表 · 序号 11 · 206 社会保障和就业支出：科目编码 206 已在序号 2 出现',
    );
    // 20805 now has no 类 208 above it: that is reported too, as its own rule.
    expect(issues.filter((i) => i.rule === 'orphan-child').map((i) => i.row?.code)).toEqual(['20805']);
  });

  it('duplicate-code (blocks) by 经济分类科目 in 基本支出表', () => {
    const ds = dataset2024((raw) => {
      rawTable(raw, 'budget-general-basic').rows[3]!.code = '30101';
    });
    expect(validateDatasetStructure(ds).map(describeStructureIssue)).toEqual([
      '部门预算一般公共预算财政拨款基本支出表 · 序号 4 · 30101 津贴补贴：科目编码 30101 已在序号 3 出现',
    ]);
  });

  it('orphan-child (blocks): a 项 whose 款 row is missing', () => {
    const ds = dataset2024((raw) => {
      rawTable(raw, 'budget-expenditure').rows = rawTable(raw, 'budget-expenditure').rows.filter(
        (r) => r.code !== '20699',
      );
    });
    const issues = validateDatasetStructure(ds);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'orphan-child', severity: 'error', table: 'budget-expenditure' });
    expect(describeStructureIssue(issues[0]!)).toBe(
      '部门预算支出总表 · 序号 10 · 2069999 其他科学技术支出：上级科目 20699（款）在本表中没有列出',
    );
  });

  it('orphan-child (blocks): a 款 whose 类 row is missing, in 收入总表', () => {
    const ds = dataset2024((raw) => {
      rawTable(raw, 'budget-revenue').rows = rawTable(raw, 'budget-revenue').rows.filter(
        (r) => r.code !== '221',
      );
    });
    expect(validateDatasetStructure(ds).map(describeStructureIssue)).toEqual([
      '部门预算收入总表 · 序号 26 · 22102 住房改革支出：上级科目 221（类）在本表中没有列出',
    ]);
  });

  it('childless-parent (warns): a 类 with no 款, and a 款 with no 项', () => {
    const ds = dataset2024((raw) => {
      // 221 住房保障支出 without 22102 / 2210201; 21508 without 2150805.
      rawTable(raw, 'budget-expenditure').rows = rawTable(raw, 'budget-expenditure').rows.filter(
        (r) => !['22102', '2210201', '2150805'].includes(r.code ?? ''),
      );
    });
    const issues = validateDatasetStructure(ds);
    expect(issues.every((i) => i.rule === 'childless-parent' && i.severity === 'warning')).toBe(true);
    expect(issues.map(describeStructureIssue)).toEqual([
      '部门预算支出总表 · 序号 23 · 21508 支持中小企业发展和管理支出：款科目下没有列出任何项',
      '部门预算支出总表 · 序号 25 · 221 住房保障支出：类科目下没有列出任何款',
    ]);
  });

  it('childless-parent (warns) in 基本支出表: a 经济分类 类 with no 款; a 款 is a leaf there', () => {
    const ds = dataset2024((raw) => {
      rawTable(raw, 'budget-general-basic').rows = rawTable(raw, 'budget-general-basic').rows.filter(
        (r) => !(r.code ?? '').startsWith('303') || r.code === '303',
      );
    });
    expect(validateDatasetStructure(ds).map(describeStructureIssue)).toEqual([
      '部门预算一般公共预算财政拨款基本支出表 · 序号 25 · 303 对个人和家庭的补助：类科目下没有列出任何款',
    ]);
  });
});
