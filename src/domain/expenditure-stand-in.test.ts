/**
 * A 决算 without its 支出决算表 (the altered 02x: the table is missing, every other table as
 * in 02): the 一般公共预算财政拨款支出决算表 stands in for it when its 合计 equals 收入支出决算总表
 * 本年支出合计 (2,940.05 both), and nothing stands in when they disagree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBudgetModel } from './budget-model';
import { datasetSchema, type DatasetJson } from './schema';
import { describeSource, tableTitle } from './source';

const f2 = (x: { toFixed(n: number): string } | undefined) => x?.toFixed(2);

/** 02 as shipped, minus 支出决算表: the tables of the altered 02x. */
function without02ExpenditureTable(edit?: (raw: DatasetJson) => void) {
  const raw = JSON.parse(
    readFileSync(new URL('../../public/data/putuo-finance-2024-final.json', import.meta.url), 'utf8'),
  ) as DatasetJson;
  raw.tables = raw.tables.filter((t) => t.standardId !== 'final-expenditure');
  edit?.(raw);
  return buildBudgetModel(datasetSchema.parse(raw));
}

describe('支出决算表 missing (02x)', () => {
  it('the 一般公共预算 table stands in: 合计 2,940.05, 基本 2,336.91, 项目 603.14, cited as printed', () => {
    const m = without02ExpenditureTable();
    expect(m.expenditureStandIn).toMatchObject({ table: 'generalBudgetExpenditure', agrees: true });
    expect(f2(m.expenditureStandIn?.currentYearExpenditure)).toBe('2940.05');
    expect(m.functionTree.table).toBe('generalBudgetExpenditure');
    expect(f2(m.functionTree.total)).toBe('2940.05');
    expect(f2(m.functionTree.basicExpenditure)).toBe('2336.91');
    expect(f2(m.functionTree.projectExpenditure)).toBe('603.14');
    expect(m.functionTree.classes.map((c) => c.code)).toEqual(['201', '208', '210', '221']);
    const s = m.summary!;
    expect(f2(s.expenditureTotal?.value)).toBe('2995.39');
    expect(f2(s.basicExpenditure.value)).toBe('2336.91');
    expect(describeSource(s.projectExpenditure.source, m.printed)).toBe(
      '一般公共预算财政拨款支出决算表 · 合计 · 项目支出',
    );
  });

  it('a missing table is named as the 决算 template names it, never by a 预算 title', () => {
    const m = without02ExpenditureTable();
    expect(tableTitle('expenditure', m.printed)).toBe('支出决算表');
    expect(m.tables.expenditure.title).toBe('支出决算表');
  });

  it('when the two disagree nothing stands in: no summary, an empty tree, the disagreement kept', () => {
    const m = without02ExpenditureTable((raw) => {
      const summary = raw.tables.find((t) => t.standardId === 'final-summary')!;
      const row = summary.rows.find((r) => Object.values(r.cells).includes('本年支出合计'))!;
      const key = Object.keys(row.cells).find((k) => row.cells[k] === '2940.05')!;
      row.cells[key] = '2950.05';
    });
    expect(m.expenditureStandIn).toMatchObject({ agrees: false });
    expect(f2(m.expenditureStandIn?.total)).toBe('2940.05');
    expect(f2(m.expenditureStandIn?.currentYearExpenditure)).toBe('2950.05');
    expect(m.summary).toBeUndefined();
    expect(m.functionTree.classes).toEqual([]);
    expect(m.functionTree.totalSource).toBeUndefined();
  });

  it('02 as shipped reads its own 支出决算表 and has no stand-in', () => {
    const raw = JSON.parse(
      readFileSync(new URL('../../public/data/putuo-finance-2024-final.json', import.meta.url), 'utf8'),
    ) as DatasetJson;
    const m = buildBudgetModel(datasetSchema.parse(raw));
    expect(m.expenditureStandIn).toBeUndefined();
    expect(m.functionTree.table).toBe('expenditure');
    expect(f2(m.functionTree.total)).toBe('2940.05');
  });
});
