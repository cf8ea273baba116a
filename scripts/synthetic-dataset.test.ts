import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/domain/checks';
import { buildBudgetModel } from '../src/domain/budget-model';
import { datasetSchema } from '../src/domain/schema';
import { syntheticDataset } from './synthetic-dataset';

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
});
