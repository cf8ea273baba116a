import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dataset2024, readDataset } from './breakdowns-test-data';
import { isAlarming } from './check-result';
import { runChecks } from './checks';
import { compareDatasets, compareItems, findPreviousEntry } from './compare-datasets';
import type { Catalog } from './schema';
import { deriveYearOnYear } from './year-on-year';

const current = dataset2024();
// Test fixture (not shipped): a 2023 budget built by scripts/make-fixture-339-2023.ts.
const previous = readDataset('e2e/fixtures/339-2023.json');
const d = (s: string) => new Decimal(s);

describe('the 2023 test fixture', () => {
  it('reconciles and its totals equal the 2023 figures derived from the 2024 narrative', () => {
    expect(runChecks(previous).filter((c) => !c.ok)).toEqual([]);
    const yoy = deriveYearOnYear(current);
    const exp = previous.tables.expenditure.rows.find((r) => !r.functionCode)!;
    expect(yoy.lines.map((l) => l.previous.toFixed(2))).toEqual(['4012.42', '1451.83', '2560.59']);
    expect([exp.total, exp.basicExpenditure, exp.projectExpenditure].map((x) => x!.toFixed(2))).toEqual([
      '4012.42',
      '1451.83',
      '2560.59',
    ]);
  });
});

describe('compareDatasets(2023 fixture, 2024)', () => {
  const cmp = compareDatasets(previous, current);
  const part = (p: string) => cmp.parts.find((x) => x.part === p)!;
  const fn = (code: string) => cmp.byFunction.find((x) => x.code === code)!;
  const econ = (code: string) => cmp.byEconomic.find((x) => x.code === code)!;

  it('agrees with the narrative: 合计 −1707.15 (−42.55%), 基本 −53.75 (−3.70%), 项目 −1653.40 (−64.57%)', () => {
    expect(cmp.previousYear).toBe(2023);
    expect(cmp.currentYear).toBe(2024);
    expect(part('total').change!.toFixed(2)).toBe('-1707.15');
    expect(part('total').changePercent!.toFixed(2)).toBe('-42.55');
    expect(part('basicExpenditure').change!.toFixed(2)).toBe('-53.75');
    expect(part('basicExpenditure').changePercent!.toFixed(2)).toBe('-3.70');
    expect(part('projectExpenditure').change!.toFixed(2)).toBe('-1653.40');
    expect(part('projectExpenditure').changePercent!.toFixed(2)).toBe('-64.57');
    expect(part('publicExpense').change!.toFixed(2)).toBe('0.00');
    expect(part('personnelExpense').change!.toFixed(2)).toBe('-53.75');
    expect(part('threePublicExpenses').change!.toFixed(2)).toBe('0.00');
  });

  it('classifies 功能分类 items: removed, new, grown, shrunk, unchanged; largest change first', () => {
    expect(fn('2150599')).toMatchObject({ kind: 'removed', name: '其他工业和信息产业监管支出', level: '项' });
    expect(fn('2150599').change.toFixed(2)).toBe('-2200.00');
    expect(fn('2150599').changePercent!.toFixed(2)).toBe('-100.00');
    expect(fn('2150805')).toMatchObject({ kind: 'new', level: '项' });
    expect(fn('2150805').previous).toBeUndefined();
    expect(fn('2150805').changePercent).toBeUndefined();
    expect(fn('2069999')).toMatchObject({ kind: 'grown' });
    expect(fn('2069999').change.toFixed(2)).toBe('600.00');
    expect(fn('2069999').changePercent!.toFixed(2)).toBe('300.00');
    expect(fn('2150517').kind).toBe('shrunk');
    expect(fn('2101101').kind).toBe('unchanged');
    // Sorted by size of change: 21505 (−2286.10) first, then 215 (−2283.40), 2150599 …
    expect(cmp.byFunction.slice(0, 3).map((x) => x.code)).toEqual(['21505', '215', '2150599']);
    expect(cmp.byFunction[0]!.change.toFixed(2)).toBe('-2286.10');
    const sizes = cmp.byFunction.map((x) => x.change.abs().toNumber());
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(cmp.counts.function.new).toBe(2); // 21508, 2150805
    expect(cmp.counts.function.removed).toBe(1);
  });

  it('classifies 经济分类 items (30103 奖金 −40.00, 30305 −13.75, 30213 removed, 30229 new)', () => {
    expect(econ('30103').change.toFixed(2)).toBe('-40.00');
    expect(econ('30305').change.toFixed(2)).toBe('-13.75');
    expect(econ('30213')).toMatchObject({ kind: 'removed', name: '维修（护）费' });
    expect(econ('30229')).toMatchObject({ kind: 'new', name: '福利费' });
    expect(econ('30239').kind).toBe('grown');
    expect(econ('302').kind).toBe('unchanged');
    expect(econ('301').change.toFixed(2)).toBe('-40.00');
  });

  it('refuses to compare a year with itself or a later one', () => {
    expect(() => compareDatasets(current, current)).toThrow('应早于');
    expect(() => compareDatasets(current, previous)).toThrow();
  });
});

describe('compareItems', () => {
  it('keeps a renamed item as one item with its previous name; a zero base has no percent', () => {
    const r = compareItems(
      [
        { code: '1', name: '旧名', level: '类', total: d('5') },
        { code: '2', name: '零', level: '类', total: d('0') },
      ],
      [
        { code: '1', name: '新名', level: '类', total: d('5') },
        { code: '2', name: '零', level: '类', total: d('3') },
      ],
    );
    expect(r[0]).toMatchObject({ code: '2', kind: 'grown' });
    expect(r[0]!.changePercent).toBeUndefined();
    expect(r[1]).toMatchObject({ code: '1', name: '新名', previousName: '旧名', kind: 'unchanged' });
  });
});

describe('findPreviousEntry', () => {
  const entry = {
    id: '339-2024',
    department: '丰润区工业和信息化局',
    departmentCode: '339',
    year: 2024,
    kind: '预算' as const,
    file: '339-2024.json',
  };
  const cat = (extra: Catalog['datasets']): Catalog => ({
    schemaVersion: 2,
    default: entry.id,
    datasets: [entry, ...extra],
  });
  it('finds the same department one year earlier, by code or by name', () => {
    const prev = { ...entry, id: '339-2023', year: 2023, file: '339-2023.json' };
    expect(findPreviousEntry(cat([prev]), entry)?.id).toBe('339-2023');
    const { departmentCode: _c, ...noCode } = prev;
    expect(findPreviousEntry(cat([noCode]), entry)?.id).toBe('339-2023');
  });
  it('ignores other departments, other kinds and other years', () => {
    expect(findPreviousEntry(cat([]), entry)).toBeUndefined();
    expect(
      findPreviousEntry(cat([{ ...entry, id: 'a', year: 2023, departmentCode: '340' }]), entry),
    ).toBeUndefined();
    expect(findPreviousEntry(cat([{ ...entry, id: 'b', year: 2023, kind: '决算' }]), entry)).toBeUndefined();
    expect(findPreviousEntry(cat([{ ...entry, id: 'c', year: 2022 }]), entry)).toBeUndefined();
  });
});

describe('the 2024 model built with the 2023 dataset as its previous year', () => {
  const withPrevious = readDataset('public/data/339-2024.json', previous);

  it('reads the previous-year figures from the 2023 dataset, not inferred', () => {
    const yoy = withPrevious.yearOnYear!;
    expect(yoy.inferred).toBe(false);
    expect(yoy.lines.map((l) => [l.part, l.previous.toFixed(2), l.change.toFixed(2)])).toEqual([
      ['total', '4012.42', '-1707.15'],
      ['basicExpenditure', '1451.83', '-53.75'],
      ['projectExpenditure', '2560.59', '-1653.40'],
    ]);
    expect(yoy.lines[0]!.previousSource).toEqual({
      kind: 'table',
      table: 'expenditure',
      seq: 1,
      column: '合计',
      year: 2023,
    });
    expect(withPrevious.comparison?.previousYear).toBe(2023);
  });

  it('checks the narrative’s stated change against the two datasets: they agree', () => {
    const results = runChecks(withPrevious).filter((c) => c.id.startsWith('previous-year-'));
    expect(results.map((c) => [c.id, c.ok])).toEqual([
      ['previous-year-total', true],
      ['previous-year-basicExpenditure', true],
      ['previous-year-projectExpenditure', true],
    ]);
  });

  it('reports a stated change that the previous dataset contradicts', () => {
    const wrongPrevious = { ...previous, tables: { ...previous.tables } };
    const exp = previous.tables.expenditure;
    wrongPrevious.tables.expenditure = {
      ...exp,
      rows: exp.rows.map((r) => (r.functionCode ? r : { ...r, total: d('4000.00') })),
    };
    const failing = runChecks(readDataset('public/data/339-2024.json', wrongPrevious)).filter(isAlarming);
    expect(failing.map((c) => [c.id, c.expected.toFixed(2), c.actual.toFixed(2)])).toEqual([
      ['previous-year-total', '-1694.73', '-1707.15'],
    ]);
  });
});
