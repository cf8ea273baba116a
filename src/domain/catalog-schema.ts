/**
 * The catalog of datasets (public/data/index.json) and the dataset format's version. A module
 * of its own, apart from the dataset schema (schema.ts, which re-exports all of this): the
 * catalog is validated first, and the dataset's much larger schema is built only when a
 * dataset is (src/data/load.ts), in tasks of its own (issue 12: no long task).
 */
import { z } from './zod';

/** Current major version of the dataset format. Files with another version are rejected. */
export const DATASET_SCHEMA_VERSION = 2;

const text = z.string().min(1);

/** One entry of the catalog (public/data/index.json). */
export const catalogEntrySchema = z.strictObject({
  /** Stable id used in URLs (`?d=`), e.g. "339-2024". Letters, digits, "-" and "_". */
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'id 只能包含字母、数字、- 和 _' }),
  department: text,
  departmentCode: z.string().optional(),
  year: z.number().int(),
  kind: z.enum(['预算', '决算']),
  /** File name relative to the catalog, e.g. "339-2024.json". */
  file: z.string().regex(/^[A-Za-z0-9_./-]+\.json$/, { error: '文件名必须是相对路径的 .json 文件' }),
});

/** The catalog of datasets (public/data/index.json). */
export const catalogSchema = z
  .strictObject({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION, {
      error: `不支持的目录格式版本，应为 ${DATASET_SCHEMA_VERSION}`,
    }),
    /** Id of the dataset shown when the URL names none. */
    default: z.string().min(1, { error: '目录必须指定默认数据集 default' }),
    datasets: z.array(catalogEntrySchema).min(1, { error: '目录中至少要有一个数据集' }),
  })
  .refine((c) => c.datasets.some((d) => d.id === c.default), {
    error: '目录的默认数据集 default 不在 datasets 中',
    path: ['default'],
  });

export type Catalog = z.output<typeof catalogSchema>;
export type CatalogEntry = z.output<typeof catalogEntrySchema>;
