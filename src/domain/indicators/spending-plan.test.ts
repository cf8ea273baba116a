import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { deriveSpendingPlan } from './spending-plan';
import { loadDataset2024 } from './test-dataset';

const ds = loadDataset2024();
const plan = (seq: number) => deriveSpendingPlan(ds.projects.find((p) => p.seq === seq)!);
const view = (seq: number) =>
  plan(seq).points.map((p) => [p.period, p.status, p.amount?.toFixed(2), p.percentOfBudget?.toFixed(2)]);

describe('deriveSpendingPlan on the 2024 disclosure', () => {
  it('project 1: only 6月底 1.80 printed; 12月底 inferred as the budget 1.80', () => {
    expect(view(1)).toEqual([
      ['3月底', 'notDisclosed', undefined, undefined],
      ['6月底', 'printed', '1.80', '100.00'],
      ['10月底', 'notDisclosed', undefined, undefined],
      ['12月底', 'inferred', '1.80', '100.00'],
    ]);
    expect(plan(1).hasInferred).toBe(true);
  });
  it('projects 2 and 3: 12月底 printed (2.70, 44.69), nothing inferred', () => {
    expect(view(2)[3]).toEqual(['12月底', 'printed', '2.70', '100.00']);
    expect(view(3)[3]).toEqual(['12月底', 'printed', '44.69', '100.00']);
    expect(view(3)[0]).toEqual(['3月底', 'notDisclosed', undefined, undefined]);
    expect(plan(2).hasInferred).toBe(false);
  });
  it('project 4: 50 / 100 / 150 printed (25 / 50 / 75 %), 12月底 inferred 200', () => {
    expect(view(4)).toEqual([
      ['3月底', 'printed', '50.00', '25.00'],
      ['6月底', 'printed', '100.00', '50.00'],
      ['10月底', 'printed', '150.00', '75.00'],
      ['12月底', 'inferred', '200.00', '100.00'],
    ]);
    expect(plan(4).lastPrinted?.period).toBe('10月底');
  });
  it('projects 5–7: year-end inferred as 48.00, 10.00, 600.00', () => {
    expect(view(5)[3]).toEqual(['12月底', 'inferred', '48.00', '100.00']);
    expect(view(6)[3]).toEqual(['12月底', 'inferred', '10.00', '100.00']);
    expect(view(7)[3]).toEqual(['12月底', 'inferred', '600.00', '100.00']);
    expect(plan(6).printedUnit).toBe('%');
  });
  it('does not infer when a printed amount exceeds the budget; budget 0 gives no share', () => {
    const over = deriveSpendingPlan({
      budget: new Decimal(10),
      spendingPlan: { points: [{ period: '6月底', amount: new Decimal(12) }, { period: '12月底' }] },
    });
    expect(over.points.map((p) => p.status)).toEqual(['printed', 'notDisclosed']);
    const zero = deriveSpendingPlan({
      budget: new Decimal(0),
      spendingPlan: { points: [{ period: '12月底' }] },
    });
    expect(zero.points[0]).toMatchObject({ status: 'inferred' });
    expect(zero.points[0]!.percentOfBudget).toBeUndefined();
  });
});
