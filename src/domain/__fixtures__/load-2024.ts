/** Test helper: the shipped 2024 dataset, parsed (amounts as Decimal), fresh per call. */
import { readFileSync } from 'node:fs';
import { datasetSchema, type Dataset, type DatasetJson } from '../schema';

/** The raw JSON of public/data/339-2024.json. */
export function rawDataset2024(): DatasetJson {
  return JSON.parse(readFileSync(new URL('../../../public/data/339-2024.json', import.meta.url), 'utf8'));
}

/** The parsed dataset; `mutate` may change the raw JSON first (for bad-input cases). */
export function dataset2024(mutate?: (raw: DatasetJson) => void): Dataset {
  const raw = rawDataset2024();
  mutate?.(raw);
  return datasetSchema.parse(raw);
}
