/**
 * Test helper (breakdown views): the shipped dataset public/data/339-2024.json parsed through the schema
 * (amounts Decimal, 万元). Only for *.test.ts files (reads the file with node:fs).
 */
import { readFileSync } from 'node:fs';
import { datasetSchema, type Dataset } from './schema';

/** Reads and parses a dataset file given relative to the repository root. */
export function readDataset(pathFromRoot: string): Dataset {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../../${pathFromRoot}`, import.meta.url), 'utf8'));
  return datasetSchema.parse(raw);
}

/** The real 2024 dataset. */
export function dataset2024(): Dataset {
  return readDataset('public/data/339-2024.json');
}
