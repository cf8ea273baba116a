import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../domain/schema';
import { selectTables } from './select-tables';

const load = (id: string): Dataset =>
  datasetSchema.parse(
    JSON.parse(readFileSync(new URL(`../../../public/data/${id}.json`, import.meta.url), 'utf8')) as unknown,
  );

describe('selectTables', () => {
  it('339-2024: nine tables in four groups, none of the nine standard 预算 tables missing', () => {
    const l = selectTables(load('339-2024'));
    expect(l.groups.map((g) => [g.id, g.tables.length])).toEqual([
      ['summary', 2],
      ['function', 5],
      ['economic', 1],
      ['items', 1],
    ]);
    expect(l.missing).toEqual([]);
    expect(l.standardCount).toBe(9);
    const fund = l.groups[1]!.tables.find((t) => t.id === 'budget-fund-expenditure')!;
    expect([fund.empty, fund.notes, fund.pages]).toEqual([
      true,
      ['注：无政府基金预算财政拨款预算，空表列示。'],
      '第13页',
    ]);
  });
  it('财政局 决算: 机关运行经费支出决算表 not published; "三公" printed with figures', () => {
    const l = selectTables(load('putuo-finance-2024-final'));
    expect(l.missing).toEqual(['机关运行经费支出决算表']);
    const three = l.groups.find((g) => g.id === 'items')!.tables[0]!;
    expect([three.title, three.empty]).toEqual(['财政拨款“三公”经费支出决算表', false]);
  });
  it('2026 建管委: printed titles with the template name beside', () => {
    const l = selectTables(load('putuo-construction-2026-budget'));
    const summary = l.groups[0]!.tables[0]!;
    expect([summary.title, summary.standardName]).toEqual(['2026年部门财务收支预算总表', '收支总表']);
  });
});
