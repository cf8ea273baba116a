/**
 * Test helper (breakdown views): dataset files parsed through the schema (a v1 file is
 * migrated) and read into their budget models (amounts Decimal, 万元). Only for *.test.ts
 * files (reads the file with node:fs).
 */
import { readFileSync } from 'node:fs';
import { buildBudgetModel, type BudgetModel } from './budget-model';
import { datasetSchema } from './schema';

/** Reads a dataset file given relative to the repository root and builds its model. */
export function readDataset(pathFromRoot: string, previous?: BudgetModel): BudgetModel {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../../${pathFromRoot}`, import.meta.url), 'utf8'));
  return buildBudgetModel(datasetSchema.parse(raw), previous);
}

/** The real 2024 dataset's model. */
export function dataset2024(): BudgetModel {
  return readDataset('public/data/339-2024.json');
}
