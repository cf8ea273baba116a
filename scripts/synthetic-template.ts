/** The shipped 2024 dataset as raw JSON, used as the template of synthetic datasets. */
import { readFileSync } from 'node:fs';
import type { DatasetJson } from '../src/domain/schema';

export function rawDatasetTemplate(): DatasetJson {
  return JSON.parse(readFileSync(new URL('../public/data/339-2024.json', import.meta.url), 'utf8'));
}
