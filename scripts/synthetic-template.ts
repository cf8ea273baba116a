/**
 * The 2024 dataset in format v1 (the importer's output before migration) as raw JSON, used
 * as the template of synthetic datasets (built in v1's keyed tables, then migrated).
 */
import { readFileSync } from 'node:fs';
import type { DatasetV1Json } from '../src/domain/schema-v1';

export function rawDatasetTemplate(): DatasetV1Json {
  return JSON.parse(
    readFileSync(new URL('../src/domain/__fixtures__/339-2024.v1.json', import.meta.url), 'utf8'),
  );
}
