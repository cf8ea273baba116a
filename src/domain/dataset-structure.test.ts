import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset2024 } from './__fixtures__/load-2024';
import { describeStructureIssue, validateDatasetStructure } from './dataset-structure';
import { datasetSchema } from './schema';

type Row = { seq: number; functionCode?: string; economicCode?: string; name: string; total?: string };

describe('validateDatasetStructure on the shipped datasets', () => {
  it('finds nothing wrong in the real 2024 disclosure (empty 政府性基金 / 国有资本 tables are fine)', () => {
    const ds = dataset2024();
    expect(ds.tables.governmentFundExpenditure.rows).toHaveLength(0);
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
      raw.tables.expenditure.rows = raw.tables.expenditure.rows.filter((r) => r.functionCode);
    });
    expect(validateDatasetStructure(ds)).toEqual([
      {
        rule: 'missing-total',
        severity: 'error',
        table: 'expenditure',
        tableTitle: '部门预算支出总表',
        detail: '本表没有合计行（没有科目编码的行）',
      },
    ]);
  });

  it('missing-total (blocks): a 合计 row whose 合计 cell is blank, named by its row', () => {
    const ds = dataset2024((raw) => {
      delete (raw.tables.revenue.rows[0] as Row).total;
    });
    const [issue, ...rest] = validateDatasetStructure(ds);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ rule: 'missing-total', severity: 'error', table: 'revenue' });
    expect(describeStructureIssue(issue!)).toBe('部门预算收入总表 · 序号 1 · 合计：合计行的“合计”栏为空');
  });

  it('duplicate-total (blocks): a second row without a code', () => {
    const ds = dataset2024((raw) => {
      const rows = raw.tables.basicExpenditure.rows as Row[];
      delete rows[12]!.economicCode; // 302 商品和服务支出 loses its code
      rows[12]!.name = '合计';
    });
    const issues = validateDatasetStructure(ds).filter((i) => i.rule === 'duplicate-total');
    expect(issues.map(describeStructureIssue)).toEqual([
      '部门预算一般公共预算财政拨款基本支出表 · 序号 13 · 合计：第二个合计行（序号 1 已是合计行）',
    ]);
    expect(issues[0]!.severity).toBe('error');
  });

  it('duplicate-code (blocks): 206 printed twice in 一般公共预算财政拨款支出表, naming both rows', () => {
    const ds = dataset2024((raw) => {
      (raw.tables.generalBudgetExpenditure.rows[10] as Row).functionCode = '206'; // 208 → 206
    });
    const issues = validateDatasetStructure(ds);
    const dup = issues.filter((i) => i.rule === 'duplicate-code');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({
      severity: 'error',
      table: 'generalBudgetExpenditure',
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
      (raw.tables.basicExpenditure.rows[3] as Row).economicCode = '30101';
    });
    expect(validateDatasetStructure(ds).map(describeStructureIssue)).toEqual([
      '部门预算一般公共预算财政拨款基本支出表 · 序号 4 · 30101 津贴补贴：科目编码 30101 已在序号 3 出现',
    ]);
  });

  it('orphan-child (blocks): a 项 whose 款 row is missing', () => {
    const ds = dataset2024((raw) => {
      raw.tables.expenditure.rows = raw.tables.expenditure.rows.filter((r) => r.functionCode !== '20699');
    });
    const issues = validateDatasetStructure(ds);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'orphan-child', severity: 'error', table: 'expenditure' });
    expect(describeStructureIssue(issues[0]!)).toBe(
      '部门预算支出总表 · 序号 10 · 2069999 其他科学技术支出：上级科目 20699（款）在本表中没有列出',
    );
  });

  it('orphan-child (blocks): a 款 whose 类 row is missing, in 收入总表', () => {
    const ds = dataset2024((raw) => {
      raw.tables.revenue.rows = raw.tables.revenue.rows.filter((r) => r.functionCode !== '221');
    });
    expect(validateDatasetStructure(ds).map(describeStructureIssue)).toEqual([
      '部门预算收入总表 · 序号 26 · 22102 住房改革支出：上级科目 221（类）在本表中没有列出',
    ]);
  });

  it('childless-parent (warns): a 类 with no 款, and a 款 with no 项', () => {
    const ds = dataset2024((raw) => {
      // 221 住房保障支出 without 22102 / 2210201; 21508 without 2150805.
      raw.tables.expenditure.rows = raw.tables.expenditure.rows.filter(
        (r) => !['22102', '2210201', '2150805'].includes(r.functionCode ?? ''),
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
      raw.tables.basicExpenditure.rows = raw.tables.basicExpenditure.rows.filter(
        (r) => !(r.economicCode ?? '').startsWith('303') || r.economicCode === '303',
      );
    });
    expect(validateDatasetStructure(ds).map(describeStructureIssue)).toEqual([
      '部门预算一般公共预算财政拨款基本支出表 · 序号 25 · 303 对个人和家庭的补助：类科目下没有列出任何款',
    ]);
  });
});
