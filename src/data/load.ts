/**
 * Loading the catalog (data/index.json) and datasets over HTTP, relative to the page, so
 * the app works from any static sub-path. Validation happens here, once, at the edge:
 * the returned dataset has Decimal amounts and types from the schema. A format-1 file is
 * validated as version 1 (its errors name v1 paths) and migrated to version 2.
 */
import type { z } from '../domain/zod';
import { catalogSchema, type Catalog, type CatalogEntry } from '../domain/catalog-schema';
import type { Dataset } from '../domain/schema';
import type * as DatasetSchemaModule from '../domain/schema';
import { validateDatasetStructure, type StructureIssue } from '../domain/dataset-structure';
import { DataLoadError, formatIssuePath, jsonErrorPosition } from './load-errors';
import { nextTask } from '../domain/next-task';

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
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    // The connection dropped while the body was read.
    throw new DataLoadError({
      kind: 'network',
      file,
      message: err instanceof Error ? err.message : String(err),
    });
  }
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
 * Validates a dataset file's content: format 2 as is, format 1 as v1 then migrated. The v1
 * schema and the migration are loaded only for a format-1 file (every shipped file is
 * format 2), so they are not in the JavaScript fetched before the first figure.
 * @param data the parsed JSON
 * @param file the file name, for the error
 * @throws DataLoadError of kind schema
 */
export async function parseDataset(data: unknown, file: string): Promise<Dataset> {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  const { datasetSchema } = await datasetSchemaModule();
  if (version === 1) {
    const [{ datasetV1Schema }, { migrateDatasetV1 }] = await Promise.all([
      import('../domain/schema-v1'),
      import('../domain/migrate-v1'),
    ]);
    validate(datasetV1Schema, data, file);
    // The v1 schema accepted it; migrate the JSON (strings) and validate the result as v2.
    return validate(datasetSchema, migrateDatasetV1(data as Parameters<typeof migrateDatasetV1>[0]), file);
  }
  return validateDatasetInSlices(data, file);
}

let schemaModule: Promise<typeof DatasetSchemaModule> | undefined;

/**
 * The dataset schema's module (schema.ts), loaded on the first dataset. Building zod schemas
 * costs main-thread time (each object schema is a class instance with its methods bound): its
 * parts are modules of their own, each evaluated in a task of its own (the printed tables',
 * then the narrative and projects', then the dataset's), not all with the data layer (one task
 * of about 100 ms under 4× CPU on the overview: issue 12). The picker preloads their files
 * with the data layer's (scripts/hydration-modules.ts), so this only spreads the evaluation.
 */
function datasetSchemaModule(): Promise<typeof DatasetSchemaModule> {
  if (schemaModule) return schemaModule;
  const loading = (async () => {
    await import('../domain/printed-table');
    await nextTask();
    await import('../domain/schema-common');
    await nextTask();
    return import('../domain/schema');
  })();
  // A chunk that failed to load (a dropped connection) is asked for again by the next dataset.
  loading.catch(() => {
    if (schemaModule === loading) schemaModule = undefined;
  });
  return (schemaModule = loading);
}

/** Main-thread time one validation slice may take before it yields (ms). */
const SLICE_MS = 8;

/**
 * validate(datasetSchema, data, file) in slices of about SLICE_MS, yielding a task between
 * them (issue 12: the whole file in one go was a long task on a slow phone). A well-formed
 * file is validated field by field, each printed table and project on its own, with the
 * schema's own field and element schemas, and the result is what the one-pass parse returns.
 * Any issue (or a value that is not an object with exactly the schema's fields) is reported
 * by the one-pass parse, so the messages and their order are the same as validate()'s.
 * @throws DataLoadError of kind schema
 */
export async function validateDatasetInSlices(data: unknown, file: string): Promise<Dataset> {
  const { datasetSchema } = await datasetSchemaModule();
  const shape = datasetSchema.shape;
  const keys = Object.keys(shape) as (keyof typeof shape)[];
  const plain =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.keys(data).every((k) => k in shape) &&
    keys.every((k) => k in data);
  if (!plain) return validate(datasetSchema, data, file);
  const input = data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let sliceStart = performance.now();
  const step = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await nextTask();
    sliceStart = performance.now();
  };
  for (const key of keys) {
    const schema = shape[key];
    const value = input[key];
    if (key === 'tables' || key === 'projects') {
      const element = (schema as typeof shape.tables | typeof shape.projects).element;
      if (!Array.isArray(value)) return validate(datasetSchema, data, file);
      const items: unknown[] = [];
      for (const item of value) {
        const r = element.safeParse(item);
        if (!r.success) return validate(datasetSchema, data, file);
        items.push(r.data);
        await step();
      }
      out[key] = items;
    } else {
      const r = schema.safeParse(value);
      if (!r.success) return validate(datasetSchema, data, file);
      out[key] = r.data;
      await step();
    }
  }
  return out as Dataset;
}

/** A dataset that passed the schema and the structure rules, with the rules' warnings. */
export interface ValidatedDataset {
  dataset: Dataset;
  /** Non-blocking structure issues (e.g. a 类 with no 款), shown with the data. */
  structureWarnings: StructureIssue[];
}

/**
 * Validates a parsed dataset's coded tables (validateDatasetStructure) once.
 * @returns the dataset with its non-blocking warnings.
 * @throws DataLoadError of kind data listing every issue (blocking first) when any blocks.
 */
export function checkStructure(dataset: Dataset, file: string): ValidatedDataset {
  const issues = validateDatasetStructure(dataset);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (errors.length > 0) throw new DataLoadError({ kind: 'data', file, issues: [...errors, ...warnings] });
  return { dataset, structureWarnings: warnings };
}

/**
 * Loads and validates one dataset of the catalog: schema first, then structure.
 * @throws DataLoadError (http 404 when missing, json, schema, data).
 */
export async function loadDataset(
  entry: CatalogEntry,
  fetchImpl: typeof fetch = fetch,
): Promise<ValidatedDataset> {
  const file = datasetPath(entry);
  return checkStructure(await parseDataset(await fetchJson(file, fetchImpl), file), file);
}
