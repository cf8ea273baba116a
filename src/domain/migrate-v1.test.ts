import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawDataset2024 } from './__fixtures__/load-2024';
import { figuresInText, migrateDatasetV1 } from './migrate-v1';
import { datasetSchema } from './schema';
import { datasetV1Schema, type DatasetV1Json } from './schema-v1';

/** The 2024 seed in format v1, as the importer wrote it before format v2. */
const v1: DatasetV1Json = JSON.parse(
  readFileSync(new URL('./__fixtures__/339-2024.v1.json', import.meta.url), 'utf8'),
);

describe('migrateDatasetV1', () => {
  const v2 = migrateDatasetV1(v1);

  it('turns the v1 seed into exactly the shipped v2 seed', () => {
    expect(datasetV1Schema.safeParse(v1).success).toBe(true);
    // The shipped file names its real source (data/sources/…, with its SHA-256); the rest is the migration.
    const shipped = rawDataset2024();
    const { source: _source, ...meta } = shipped.meta;
    const { source: _migratedSource, ...migratedMeta } = v2.meta;
    expect({ ...v2, meta: migratedMeta }).toEqual({ ...shipped, meta });
    expect(shipped.meta.source.file).toBe('339-2024-fengrun-gongxin-budget.txt');
    expect(shipped.meta.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(datasetSchema.safeParse(v2).success).toBe(true);
  });

  it('makes the nine tables PrintedTables with budget-* ids, 万元, roles and pages', () => {
    expect(v2.tables.map((t) => [t.standardId, t.pages.join(',')])).toEqual([
      ['budget-summary', '1,2'],
      ['budget-revenue', '3,4'],
      ['budget-expenditure', '5,6'],
      ['budget-fiscal-summary', '7,8'],
      ['budget-general-expenditure', '9,10'],
      ['budget-general-basic', '11,12'],
      ['budget-fund-expenditure', '13'],
      ['budget-capital-expenditure', '14'],
      ['budget-three-public', '15'],
    ]);
    const exp = v2.tables[2]!;
    expect(exp.unit).toBe('万元');
    expect(exp.codeLayout).toBe('whole');
    expect(exp.columns.map((c) => [c.kind, c.role, c.label])).toEqual([
      ['code', 'code', '科目编码'],
      ['name', 'name', '科目名称'],
      ['amount', 'total', '合计'],
      ['amount', 'basicExpenditure', '基本支出'],
      ['amount', 'projectExpenditure', '项目支出'],
      ['amount', 'operatingExpenditure', '经营支出'],
      ['amount', 'remittanceToSuperior', '上解上级支出'],
      ['amount', 'grantsToSubsidiaries', '对附属单位补助支出'],
    ]);
    expect(exp.rows[0]).toEqual({
      seq: 1,
      name: '合计',
      kind: 'total',
      cells: { total: '2305.27', basicExpenditure: '1398.08', projectExpenditure: '907.19' },
    });
    const revenue = v2.tables[1]!;
    expect(revenue.columns.find((c) => c.key === 'currentYearSubtotal')?.role).toBe('currentYearRevenue');
    const three = v2.tables[8]!;
    expect(three.rows.slice(0, 3).map((r) => [r.name, r.kind, r.level])).toEqual([
      ['合计', 'total', 0],
      ['“三公”经费小计', 'subtotal', 0],
      ['一、因公出国（境）费', 'data', 1],
    ]);
    expect(v2.tables[6]!.notes).toEqual(['注：无政府基金预算财政拨款预算，空表列示。']);
  });

  it('gives every narrative block and project its unit, and the texts become sections with figures', () => {
    expect(v2.narrative.yearOnYear?.unit).toBe('万元');
    expect(v2.projects.every((p) => p.unit === '万元')).toBe(true);
    const yoy = v2.narrative.sections.find((s) => s.title.endsWith('比上年增减情况'))!;
    expect(yoy.figures.map((f) => [f.text, f.kind, f.amount])).toEqual([
      ['2305.27万元', 'amount', '2305.27'],
      ['减少1707.15万元', 'change', '-1707.15'],
      ['减少53.75万元', 'change', '-53.75'],
      ['减少1653.40万元', 'change', '-1653.40'],
    ]);
    expect(yoy.text.slice(yoy.figures[1]!.offset, yoy.figures[1]!.offset + 11)).toBe('减少1707.15万元');
  });
});

describe('figuresInText', () => {
  it('reads 万元 and 元 figures with grouping removed', () => {
    expect(figuresInText('共 3,286.61 万元，其中 500 元')).toEqual([
      { text: '3,286.61 万元', label: '共', kind: 'amount', amount: '3286.61', unit: '万元', offset: 2 },
      { text: '500 元', kind: 'amount', amount: '500', unit: '元', offset: 17 },
    ]);
  });
});
