import { describe, expect, it } from 'vitest';
import { matchProjectFunctionCodes } from './function-codes';

const item = (functionCode: string, projectExpenditure: string) => ({
  functionCode,
  name: functionCode,
  projectExpenditure,
});
const project = (seq: number, budget: string) => ({ seq, name: `项目${seq}`, budget });

describe('matchProjectFunctionCodes', () => {
  it('matches exactly first, then by subset sum within one 项', () => {
    const { codes, warnings } = matchProjectFunctionCodes(
      [project(1, '1.80'), project(2, '200.00'), project(3, '48.00'), project(4, '600.00')],
      [item('2150502', '1.80'), item('2060502', '48.00'), item('2069999', '800.00')],
    );
    expect([...codes].sort((a, b) => a[0] - b[0])).toEqual([
      [1, '2150502'],
      [2, '2069999'],
      [3, '2060502'],
      [4, '2069999'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('does not guess when two projects have the same budget', () => {
    const { codes, warnings } = matchProjectFunctionCodes(
      [project(1, '10.00'), project(2, '10.00')],
      [item('2060801', '10.00'), item('2150502', '10.00')],
    );
    expect(codes.size).toBe(0);
    expect(warnings.some((w) => w.includes('不唯一'))).toBe(true);
    expect(warnings.filter((w) => w.includes('未能匹配'))).toHaveLength(2);
  });

  it('warns when several combinations add up to one 项', () => {
    const { codes, warnings } = matchProjectFunctionCodes(
      [project(1, '1.00'), project(2, '2.00'), project(3, '1.50'), project(4, '1.50')],
      [item('2069999', '3.00')],
    );
    expect(codes.size).toBe(0);
    expect(warnings.some((w) => w.includes('2 种项目组合'))).toBe(true);
  });
});
