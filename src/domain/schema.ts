/**
 * The dataset format of Budget Lens, version 2: one department's budget (部门预算) or final
 * accounts (部门决算) disclosure as JSON. This zod schema is the single source of truth; the
 * JSON Schema in `schema/dataset.schema.json` is generated from it (`npm run schema`) and
 * `docs/data-format.md` explains it field by field.
 *
 * Version 2 keeps every official table as printed (`tables: PrintedTable[]`, see
 * printed-table.ts): its standard id, title, unit (元 or 万元), column tree with roles, rows
 * and notes. Any table may be absent or empty. The budget model (budget-model.ts) reads the
 * tables by standard id and column role and converts every amount to 万元 exactly.
 *
 * Conventions that hold everywhere:
 * - Amounts are decimal strings in the unit named beside them (the table's `unit`, the
 *   narrative block's `unit`, the project's `unit`), e.g. "2305.27". Never numbers.
 * - A blank cell is absent; "0.00" means the disclosure printed a zero.
 * - Texts are kept as printed (full-width punctuation, 【】 vs [] included).
 *
 * Version 1 files (nine fixed tables, 万元 only) still load: `migrateDatasetV1`.
 */
import { z } from './zod';
import { amountUnitSchema, printedAmountSchema, printedTableSchema } from './printed-table';
import { narrativeSchema as narrativeV1Schema, projectSchema as projectV1Schema } from './schema-common';

export {
  amountSchema,
  functionCodeSchema,
  economicCodeSchema,
  type Project,
  type ProjectIndicator,
  type SpendingPlanPoint,
  type DepartmentGoal,
} from './schema-common';
// Types only (erased): the v1 schema itself is loaded only for a v1 file (data/load.ts).
export type { Tables, ExpenditureRow, BasicExpenditureRow } from './schema-v1';

// The catalog's schema is a module of its own: the catalog loads first, and this module's
// schemas are built only when a dataset is validated (src/data/load.ts).
import { DATASET_SCHEMA_VERSION } from './catalog-schema';
export {
  DATASET_SCHEMA_VERSION,
  catalogEntrySchema,
  catalogSchema,
  type Catalog,
  type CatalogEntry,
} from './catalog-schema';

const text = z.string().min(1);

/** One figure read from a narrative text (narrative-figures.ts): as printed, its value, unit and place. */
export const narrativeFigureSchema = z.strictObject({
  /** The figure as printed, e.g. "2305.27万元" or "减少56.95万元". */
  text,
  /** What it is about, as printed before it, e.g. "财政拨款收入" (absent when nothing precedes it). */
  label: z.string().optional(),
  /** 'amount' a stated amount, 'change' an increase (+) or decrease (−), 'share' a lone "占x%". */
  kind: z.enum(['amount', 'change', 'share']).optional(),
  /** The value, normalised (no grouping), negative for 减少/下降, e.g. "2305.27". */
  amount: z.string().regex(/^-?\d+(\.\d+)?$/, { error: '数值必须是十进制字符串' }),
  unit: z.enum(['元', '万元', '亿元', '%']),
  /** The share printed right after an amount ("占99.79%"), in %. */
  share: printedAmountSchema.optional(),
  /** The percentage change printed after a change ("下降1.87%"), in %, signed. */
  percentChange: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .optional(),
  /** Offset of `text` in the section's text (UTF-16 code units, 0-based). */
  offset: z.number().int().min(0),
});

/** One narrative section as printed (情况说明 / 决算说明): title, text, figures. */
export const narrativeSectionSchema = z.strictObject({
  /** Heading as printed, e.g. "二、部门预算安排的总体情况 · 3、比上年增减情况". */
  title: text,
  text: z.string(),
  /** Unit the section states its amounts in, when it states one unit throughout. */
  unit: amountUnitSchema.optional(),
  /** Page (1-based) the section starts on, when known. */
  page: z.number().int().positive().optional(),
  figures: z.array(narrativeFigureSchema),
});

const v1 = narrativeV1Schema.shape;

/** The structured narrative blocks (all optional: a template may not publish them). */
export const narrativeSchema = z.strictObject({
  /** Every section as printed, in order. */
  sections: z.array(narrativeSectionSchema),
  preamble: v1.preamble,
  /** 部门职责, one entry per numbered duty, number removed. */
  duties: v1.duties.optional(),
  /** 机构设置. */
  units: v1.units.optional(),
  overallSituation: v1.overallSituation,
  /** 收入说明; amounts in `unit`. */
  revenueExplanation: v1.revenueExplanation.extend({ unit: amountUnitSchema }).optional(),
  /** 支出说明; amounts in `unit`. */
  expenditureExplanation: v1.expenditureExplanation.extend({ unit: amountUnitSchema }).optional(),
  /** 比上年增减情况 with the reasons as printed; amounts in `unit`. */
  yearOnYear: v1.yearOnYear.extend({ unit: amountUnitSchema }).optional(),
  /** 机关运行经费; amount in `unit`. */
  institutionalOperatingExpenses: v1.institutionalOperatingExpenses
    .extend({ unit: amountUnitSchema })
    .optional(),
  /** 财政拨款"三公"经费 figures and the reason of the change; amounts in `unit`. */
  threePublicExpenses: v1.threePublicExpenses.extend({ unit: amountUnitSchema }).optional(),
  /** 部门整体绩效目标 and the itemised goals. */
  performance: v1.performance.optional(),
  specialFunds: v1.specialFunds,
  /** 政府采购 as printed. */
  procurement: v1.procurement.optional(),
  /** 国有资产占用情况; amounts in `unit`. */
  fixedAssets: v1.fixedAssets.extend({ unit: amountUnitSchema }).optional(),
  /** 名词解释. */
  glossary: v1.glossary.optional(),
  otherMatters: v1.otherMatters,
});

/** A project with its performance-target table where published; amounts in `unit`. */
export const projectSchema = projectV1Schema.extend({ unit: amountUnitSchema });

/** Where the dataset was read from. */
export const sourceSchema = z.strictObject({
  description: text,
  /** File name of the source (PDF or text extraction). */
  file: z.string().optional(),
  /** Number of pages of the source. */
  pages: z.number().int().positive().optional(),
  /** SHA-256 of the source file, lower-case hex. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'sha256 应为 64 位小写十六进制' })
    .optional(),
});

/** A whole dataset file. */
export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION, {
    error: `不支持的数据格式版本，应为 ${DATASET_SCHEMA_VERSION}（或可迁移的 1）`,
  }),
  meta: z.strictObject({
    /** 预算 (budget) or 决算 (final accounts). */
    kind: z.enum(['预算', '决算']),
    year: z.number().int().min(1990).max(2100),
    department: z.strictObject({ code: z.string().optional(), name: text }),
    title: text,
    source: sourceSchema,
  }),
  /** The official tables as printed, in printed order. Any may be absent. */
  tables: z.array(printedTableSchema),
  narrative: narrativeSchema,
  projects: z.array(projectSchema),
});

/** A dataset file as JSON (amounts are strings). */
export type DatasetJson = z.input<typeof datasetSchema>;
/** A parsed dataset (narrative and project amounts Decimal in their unit; table cells as printed). */
export type Dataset = z.output<typeof datasetSchema>;
export type DatasetMeta = Dataset['meta'];
export type Narrative = z.output<typeof narrativeSchema>;
export type NarrativeSection = z.output<typeof narrativeSectionSchema>;
export type ProjectV2 = z.output<typeof projectSchema>;
