/** The import report's 标准表 spec: texts per column, blanks for a table not found, sorting. */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import { cellText, sortRows } from '../../domain/table-spec-layout';
import type { TableReport } from '../../ingest/import-disclosure';
import { importTablesSpec } from './report-spec';

const meta = shippedModel('339-2024').meta;
const report = (over: Partial<TableReport>): TableReport => ({
  standardId: 'budget-summary',
  name: '收支总表',
  found: true,
  optional: false,
  title: '部门收支总表',
  unit: '万元',
  pages: [3, 4],
  rows: 12,
  cells: 40,
  identities: { pass: 5, rounding: 1, fail: 0 },
  failures: [],
  ...over,
});
const tables = [
  report({}),
  report({ standardId: 'budget-revenue', name: '收入总表', rows: 9, cells: 120, pages: [5] }),
  report({
    standardId: 'procurement',
    name: '政府采购预算表',
    found: false,
    optional: true,
    title: undefined,
    unit: undefined,
    pages: undefined,
    rows: 0,
    cells: 0,
    identities: { pass: 0, rounding: 0, fail: 0 },
  }),
];

describe('importTablesSpec', () => {
  const spec = importTablesSpec(tables, meta, '339.pdf');
  const col = (key: string) => spec.columns.find((c) => c.key === key)!;
  const texts = (r: TableReport) => spec.columns.map((c) => cellText(c.value(r), c.kind));

  it('writes each table as the report shows it; a table not found has blank cells, not 0', () => {
    expect(spec.columns.map((c) => c.header.join('/'))).toEqual([
      '标准表',
      '状态',
      '印出的表名',
      '单位',
      '页码',
      '行数',
      '金额个数',
      '表内核验',
    ]);
    expect(texts(tables[0]!)).toEqual([
      '收支总表',
      '已找到',
      '部门收支总表',
      '万元',
      '3、4',
      '12',
      '40',
      '通过 5、尾差 1、不平 0',
    ]);
    expect(texts(tables[2]!)).toEqual([
      '政府采购预算表',
      '未单独列表（并非每个模板都有）',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(spec.source).toBe('导入报告，文件：339.pdf');
  });

  it('sorts counts by value (120 before 40) with the table not found last in both directions', () => {
    const by = (key: string, dir: 'asc' | 'desc') => sortRows(spec.rows, col(key), dir).map((r) => r.name);
    expect(by('cells', 'desc')).toEqual(['收入总表', '收支总表', '政府采购预算表']);
    expect(by('cells', 'asc')).toEqual(['收支总表', '收入总表', '政府采购预算表']);
    expect(by('rows', 'asc')).toEqual(['收入总表', '收支总表', '政府采购预算表']);
  });
});
