import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBudgetModel } from '../domain/budget-model';
import { checkSteps, runChecks } from '../domain/checks';
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

  afterEach(() => vi.unstubAllGlobals());

  it('yields within 8 ms even when the idle period is longer (a 50 ms idle deadline)', async () => {
    const input = load('putuo-planning-2024-final');
    let steps = 0;
    for (const gen = checkSteps(input.budget, input.dataset.tables); !gen.next().done;) steps++;
    // A clock that moves 3 ms per reading, and idle periods that always have 49 ms left: a
    // slice stops after the reading that passes 8 ms, so after at most three steps.
    let now = 0;
    vi.stubGlobal('performance', {
      now: () => (now += 3),
      measure: () => undefined,
    });
    let slices = 0;
    vi.stubGlobal('requestIdleCallback', (cb: (d: { timeRemaining(): number }) => void) => {
      slices++;
      setTimeout(() => cb({ timeRemaining: () => 49 }), 0);
      return slices;
    });
    const checks = await datasetChecks(input, 'putuo-planning-2024-final');
    expect(checks.length).toBeGreaterThan(0);
    expect(steps).toBeGreaterThan(6);
    expect(slices).toBeGreaterThanOrEqual(Math.ceil(steps / 3));
  });
});
