import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBudgetModel } from '../domain/budget-model';
import { runChecks } from '../domain/checks';
import { datasetSchema } from '../domain/schema';
import { datasetChecks } from './checks-store';

function load(id: string) {
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../../public/data/${id}.json`, import.meta.url), 'utf8'),
  );
  const dataset = datasetSchema.parse(raw);
  return { dataset, budget: buildBudgetModel(dataset) };
}

describe('datasetChecks (数据核验 in idle steps)', () => {
  it('gives runChecks’ results, in order, for the default dataset (313 of 314 agree, one warning)', async () => {
    const input = load('339-2024');
    const checks = await datasetChecks(input, '339-2024');
    const direct = runChecks(input.budget, input.dataset.tables);
    expect(checks.map((c) => [c.id, c.status])).toEqual(direct.map((c) => [c.id, c.status]));
    expect(checks).toHaveLength(314);
    expect(checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['names:215']);
  });

  it('runs once per model: a second call returns the same promise', () => {
    const input = load('putuo-social-work-2024-final');
    const first = datasetChecks(input, 'putuo-social-work-2024-final');
    expect(datasetChecks({ ...input }, 'putuo-social-work-2024-final')).toBe(first);
  });

  it('records the checks:<id> measure with the steps’ own main-thread time', async () => {
    const input = load('putuo-finance-2024-final');
    await datasetChecks(input, 'putuo-finance-2024-final');
    const [measure] = performance.getEntriesByName('checks:putuo-finance-2024-final');
    expect(measure).toBeDefined();
    const busy = (measure as PerformanceMeasure).detail as { busyMs: number };
    expect(busy.busyMs).toBeGreaterThan(0);
    expect(busy.busyMs).toBeLessThanOrEqual(measure!.duration);
  });
});
