import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/domain/checks';
import { buildBudgetModel } from '../src/domain/budget-model';
import { datasetSchema } from '../src/domain/schema';
import { BENCH_SCALE, FUNCTION_CLASS_CODES, syntheticDataset } from './synthetic-dataset';

describe('synthetic dataset (benchmark input)', () => {
  it('is valid and reconciles, so the benchmark measures the normal path', () => {
    const ds = buildBudgetModel(
      datasetSchema.parse(
        syntheticDataset({ classes: 3, itemsPerClass: 2, subitemsPerItem: 4, projects: 5 }),
      ),
    );
    expect(ds.tables.expenditure.rows).toHaveLength(1 + 3 * (1 + 2 * (1 + 4)));
    expect(
      runChecks(ds)
        .filter((c) => !c.ok)
        .map((c) => c.title),
    ).toEqual([]);
  });

  it('paired with its previous year, the narrative states the change the two datasets hold', () => {
    const size = { classes: 3, itemsPerClass: 2, subitemsPerItem: 4, projects: 5 };
    const previous = buildBudgetModel(datasetSchema.parse(syntheticDataset({ ...size, year: 2023 })));
    const current = buildBudgetModel(
      datasetSchema.parse(syntheticDataset({ ...size, year: 2024 })),
      previous,
    );
    expect(current.yearOnYear?.inferred).toBe(false);
    expect(current.narrative.yearOnYear?.totalChange.toFixed(2)).toBe(
      current.summary!.expenditureTotal!.value.minus(previous.summary!.expenditureTotal!.value).toFixed(2),
    );
    const checked = runChecks(current);
    expect(checked.filter((c) => c.id.startsWith('previous-year-')).map((c) => [c.id, c.ok])).toEqual([
      ['previous-year-total', true],
      ['previous-year-basicExpenditure', true],
      ['previous-year-projectExpenditure', true],
    ]);
    expect(checked.filter((c) => !c.ok).map((c) => c.title)).toEqual([]);
  });

  it('at the benchmark scale: ~2,000 项 over every 类, 500 projects, 5,000 indicators, two years', () => {
    for (const year of [2023, 2024]) {
      const parsed = datasetSchema.parse(syntheticDataset({ ...BENCH_SCALE, year }));
      expect(parsed.meta.year).toBe(year);
      const ds = buildBudgetModel(parsed);
      const rows = ds.tables.expenditure.rows;
      const leaves = rows.filter((r) => r.functionCode?.length === 7);
      expect(leaves).toHaveLength(2030);
      expect(new Set(rows.map((r) => r.functionCode?.slice(0, 3)).filter(Boolean))).toEqual(
        new Set(FUNCTION_CLASS_CODES),
      );
      const named = parsed.projects.filter((p) => p.code.startsWith('SYN') && p.code !== 'SYN-REST');
      expect(named).toHaveLength(500);
      expect(named.reduce((a, p) => a + p.indicators.length, 0)).toBe(5000);
      expect(
        runChecks(ds)
          .filter((c) => !c.ok)
          .map((c) => c.title),
      ).toEqual([]);
    }
    // two full-scale datasets through schema, model and checks: slow on a loaded machine
  }, 120_000);
});
