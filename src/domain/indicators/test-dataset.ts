/**
 * Test helper: the shipped dataset public/data/339-2024.json (丰润区工业和信息化局 2024 年部门
 * 预算) read into its budget model, for the indicator tests. Not imported by app code.
 */
import type { BudgetModel } from '../budget-model';
import { dataset2024 } from '../__fixtures__/load-2024';

/** Loads, validates and models the real 2024 dataset. @throws ZodError when the file does not fit the schema. */
export function loadDataset2024(): BudgetModel {
  return dataset2024();
}
