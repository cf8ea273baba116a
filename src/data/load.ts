/**
 * Loading the catalog (data/index.json) and datasets over HTTP, relative to the page, so
 * the app works from any static sub-path. Validation happens here, once, at the edge:
 * the returned dataset has Decimal amounts and types from the schema.
 */
import type { z } from 'zod';
import {
  catalogSchema,
  datasetSchema,
  type Catalog,
  type CatalogEntry,
  type Dataset,
} from '../domain/schema';
import { DataLoadError, formatIssuePath, jsonErrorPosition } from './load-errors';

/** Path of the catalog relative to the page. */
export const CATALOG_PATH = 'data/index.json';

/**
 * Fetches `file` and parses it as JSON.
 * @throws DataLoadError of kind http / network / json.
 */
async function fetchJson(file: string, fetchImpl: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(file, { headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new DataLoadError({
      kind: 'network',
      file,
      message: err instanceof Error ? err.message : String(err),
    });
  }
  if (!response.ok)
    throw new DataLoadError({ kind: 'http', file, status: response.status, statusText: response.statusText });
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new DataLoadError({ kind: 'json', file, message, ...jsonErrorPosition(text, message) });
  }
}

/**
 * Validates `data` against `schema`, listing every failing path.
 * @throws DataLoadError of kind schema.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new DataLoadError({
    kind: 'schema',
    file,
    issues: result.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })),
  });
}

/**
 * Loads and validates the catalog.
 * @throws DataLoadError (http 404 when missing, json, schema).
 */
export async function loadCatalog(fetchImpl: typeof fetch = fetch): Promise<Catalog> {
  return validate(catalogSchema, await fetchJson(CATALOG_PATH, fetchImpl), CATALOG_PATH);
}

/** URL of a catalog entry's file, relative to the page. */
export function datasetPath(entry: CatalogEntry): string {
  return `data/${entry.file}`;
}

/**
 * Loads and validates one dataset of the catalog.
 * @throws DataLoadError (http 404 when missing, json, schema).
 */
export async function loadDataset(entry: CatalogEntry, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const file = datasetPath(entry);
  return validate(datasetSchema, await fetchJson(file, fetchImpl), file);
}
