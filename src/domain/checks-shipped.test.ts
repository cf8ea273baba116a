/**
 * Every shipped dataset's 数据核验 results, pinned: id, status and difference of each check in
 * order, as the store runs them (the model and every printed table). The fixture was written
 * by the checks before their speed-up (one pass for each table's child rows, labels and
 * rounding units built once) so that a faster check is provably the same check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBudgetModel } from './budget-model';
import { runChecks } from './checks';
import { datasetSchema } from './schema';
import { SHIPPED_IDS } from './__fixtures__/load-shipped';
import expected from './__fixtures__/shipped-checks.json';

describe('数据核验 on every shipped dataset', () => {
  it('pins every dataset of the catalog', () => {
    expect(Object.keys(expected).sort()).toEqual([...SHIPPED_IDS].sort());
  });
  for (const id of SHIPPED_IDS) {
    it(`${id}: the same checks, statuses and differences`, () => {
      const raw: unknown = JSON.parse(
        readFileSync(new URL(`../../public/data/${id}.json`, import.meta.url), 'utf8'),
      );
      const dataset = datasetSchema.parse(raw);
      const checks = runChecks(buildBudgetModel(dataset), dataset.tables);
      expect(checks.map((c) => `${c.id} ${c.status} ${c.difference.toString()}`)).toEqual(expected[id]);
    });
  }
});
