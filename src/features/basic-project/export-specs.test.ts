/** 基本与项目's TableSpecs on the shipped 339-2024 budget: the parts twin and the reconciliation. */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import { tableTitle } from '../../domain/source';
import type { TableSpec } from '../../domain/table-spec';
import { cellText, sortRows } from '../../domain/table-spec-layout';
import { tableCsvRows } from '../../export/csv';
import { isScopeRow, isSumsRow, partsSpec, reconciliationSpec } from './export-specs';
import { selectBasicProject } from './select-basic-project';

const budget = shippedModel('339-2024');
const model = selectBasicProject(budget, [])!;
const parts = partsSpec(model, '支出合计', budget);
const col = <Row>(spec: TableSpec<Row>, key: string) => spec.columns.find((c) => c.key === key)!;

describe('partsSpec', () => {
  it('the 类 rows, then 支出合计 (万元; shares in %; blanks stay blank)', () => {
    const rows = tableCsvRows(parts);
    expect(rows.find((r) => r[0] === '206')).toEqual([
      '206',
      '科学技术支出',
      '1150.65',
      '292.65',
      '25.43',
      '858.00',
      '74.57',
    ]);
    expect(rows.find((r) => r[0] === '208')).toEqual([
      '208',
      '社会保障和就业支出',
      '65.98',
      '65.98',
      '100.00',
      '',
      '',
    ]);
    expect(rows.at(-1)).toEqual(['', '支出合计', '2305.27', '1398.08', '60.65', '907.19', '39.35']);
  });
  it('sorted by 项目支出 占比: blanks last both ways, the scope row at the foot', () => {
    const share = col(parts, 'projectShare');
    const desc = sortRows(parts.rows, share, 'desc', isScopeRow);
    expect(desc.map((r) => `${r.code}:${cellText(r.projectShare, 'share')}`)).toEqual([
      '206:74.57%',
      '215:5.37%',
      '208:—',
      '210:—',
      '221:—',
      ':39.35%',
    ]);
    const asc = sortRows(parts.rows, share, 'asc', isScopeRow);
    expect(asc.map((r) => r.code)).toEqual(['215', '206', '208', '210', '221', '']);
  });
});

describe('reconciliationSpec', () => {
  const rec = reconciliationSpec(
    model.reconciliation,
    tableTitle(budget.functionTree.table, budget.printed),
    budget,
  );
  it('the 7 narrative items beside their projects, then the sums row', () => {
    expect(rec.rows).toHaveLength(8);
    const rows = tableCsvRows(rec);
    const last = rows.find((r) => r[0] === '以前年度未拨付资金')!;
    expect(last.slice(1)).toEqual(['600.00', '以前年度未拨付专项资金', '600.00', '2069999', '一致']);
    expect(rows.at(-1)).toEqual([
      '情况说明各项之和',
      '907.19',
      '项目表预算数之和',
      '907.19',
      '',
      '支出总表 项目支出 907.19 一致',
    ]);
  });
  it('sorted by 情况说明金额 (exact), the sums row stays last', () => {
    const sorted = sortRows(rec.rows, col(rec, 'narrativeAmount'), 'desc', isSumsRow);
    expect(sorted[0]!.narrativeName).toBe('以前年度未拨付资金');
    expect(sorted.map((r) => r.narrativeAmount?.toFixed(2)).slice(0, 2)).toEqual(['600.00', '200.00']);
    expect(sorted.at(-1)!.key).toBe('sums');
  });
});
