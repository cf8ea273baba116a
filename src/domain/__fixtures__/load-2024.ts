/** Test helper: the shipped 2024 dataset, parsed and read into its budget model, fresh per call. */
import { readFileSync } from 'node:fs';
import { buildBudgetModel, type BudgetModel } from '../budget-model';
import { datasetSchema, type Dataset, type DatasetJson } from '../schema';

/** The raw JSON of public/data/339-2024.json (format v2). */
export function rawDataset2024(): DatasetJson {
  return JSON.parse(readFileSync(new URL('../../../public/data/339-2024.json', import.meta.url), 'utf8'));
}

/** The parsed v2 dataset (before the model). */
export function parsedDataset2024(mutate?: (raw: DatasetJson) => void): Dataset {
  const raw = rawDataset2024();
  mutate?.(raw);
  return datasetSchema.parse(raw);
}

/** The budget model of the 2024 dataset; `mutate` may change the raw JSON first (bad-input cases). */
export function dataset2024(mutate?: (raw: DatasetJson) => void): BudgetModel {
  return buildBudgetModel(parsedDataset2024(mutate));
}

/** The printed table of a standard id in raw JSON (for mutations in tests). */
export function rawTable(raw: DatasetJson, standardId: string): DatasetJson['tables'][number] {
  const t = raw.tables.find((x) => x.standardId === standardId);
  if (!t) throw new Error(`no table ${standardId}`);
  return t;
}
