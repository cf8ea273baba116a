/**
 * Test helper: the shipped dataset public/data/339-2024.json (丰润区工业和信息化局 2024 年部门
 * 预算) parsed through the schema, for the indicator tests. Not imported by app code.
 */
import { readFileSync } from 'node:fs';
import { datasetSchema, type Dataset } from '../schema';

/** Loads and validates the real 2024 dataset. @throws ZodError when the file does not fit the schema. */
export function loadDataset2024(): Dataset {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../../public/data/339-2024.json', import.meta.url), 'utf8'),
  );
  return datasetSchema.parse(raw);
}
