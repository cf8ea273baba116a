/**
 * The dataset format of Budget Lens, version 1 (superseded by version 2 in schema.ts): one
 * department's budget disclosure (部门预算信息公开) as JSON, nine fixed table shapes, every
 * amount in 万元. Kept so that v1 files still load: they are validated here and migrated
 * with `migrateDatasetV1` (migrate-v1.ts). The v1 row types (`Tables`, `ExpenditureRow`…)
 * are also the normalised rows of the budget model (budget-model.ts), in 万元. The narrative
 * and project schemas, which version 2 keeps, live in schema-common.ts (re-exported here).
 *
 * Conventions that hold everywhere:
 * - Amounts are decimal strings in the unit named by `meta.unit` (万元), e.g. "2305.27".
 *   Never numbers: floats cannot carry money exactly.
 * - A cell that is blank in the disclosure is ABSENT from the row (not "0", not null).
 *   "0.00" means the disclosure printed a zero.
 * - `seq` is the row number (序号) as printed; tables keep every printed row, in order.
 * - Texts are kept as printed (full-width punctuation, 【】 vs [] included).
 */
import { z } from './zod';
import {
  amountSchema,
  functionCodeSchema,
  economicCodeSchema,
  narrativeSchema,
  projectSchema,
} from './schema-common';

// The shared parts, for the importers and scripts that build v1 JSON.
export * from './schema-common';

/** Version number of the format this file describes. */
export const DATASET_V1_SCHEMA_VERSION = 1;

const text = z.string().min(1);

/** One printed column of a table: its key in the rows, its printed label, 栏次 number. */
export const columnSchema = z.strictObject({
  /** Key of the cell in each row (e.g. "total"). */
  key: z.string().min(1),
  /** Header as printed, e.g. "基本支出". */
  label: text,
  /** Group header above it as printed, e.g. "本年收入" or "收入". */
  group: z.string().optional(),
  /** 栏次 (column number) as printed. */
  columnNo: z.number().int().positive().optional(),
});

/** Builds the schema of one standard table whose rows have the given cell fields. */
function tableSchema<Shape extends z.ZodRawShape>(cells: Shape) {
  return z.strictObject({
    /** Table title as printed, e.g. "部门预算支出总表". */
    title: text,
    /** Columns in printed order (the 序号 column is implied by `seq`). */
    columns: z.array(columnSchema).min(1),
    rows: z.array(z.strictObject({ seq: z.number().int().positive(), ...cells })),
    /** Note printed under the table, e.g. "注：无政府基金预算财政拨款预算，空表列示。" */
    note: z.string().optional(),
  });
}

const optAmount = amountSchema.optional();

/** Rows keyed by 功能分类科目: 类/款/项 code (absent on the 合计 row) and name. */
const functionRow = {
  functionCode: functionCodeSchema.optional(),
  name: text,
};

/** 部门预算收支总表. Left half 收入, right half 支出; either half may be blank on a row. */
export const budgetSummaryTableSchema = tableSchema({
  revenueItem: z.string().optional(),
  revenueAmount: optAmount,
  expenditureItem: z.string().optional(),
  expenditureAmount: optAmount,
});

/** 部门预算收入总表 by 功能分类科目. */
export const revenueTableSchema = tableSchema({
  ...functionRow,
  total: optAmount,
  currentYearSubtotal: optAmount,
  fiscalAppropriation: optAmount,
  fiscalSpecialAccount: optAmount,
  businessIncome: optAmount,
  operatingIncome: optAmount,
  superiorSubsidy: optAmount,
  subsidiaryRemittance: optAmount,
  otherIncome: optAmount,
  carryForward: optAmount,
});

/** 部门预算支出总表 by 功能分类科目. */
export const expenditureTableSchema = tableSchema({
  ...functionRow,
  total: optAmount,
  basicExpenditure: optAmount,
  projectExpenditure: optAmount,
  operatingExpenditure: optAmount,
  remittanceToSuperior: optAmount,
  grantsToSubsidiaries: optAmount,
});

/** 部门预算财政拨款收支总表. */
export const fiscalAppropriationSummaryTableSchema = tableSchema({
  revenueItem: z.string().optional(),
  revenueAmount: optAmount,
  expenditureItem: z.string().optional(),
  total: optAmount,
  generalBudget: optAmount,
  governmentFund: optAmount,
  stateCapital: optAmount,
});

/** 一般公共预算 / 政府性基金 / 国有资本经营 财政拨款支出表 by 功能分类科目. */
export const appropriationExpenditureTableSchema = tableSchema({
  ...functionRow,
  total: optAmount,
  basicExpenditure: optAmount,
  projectExpenditure: optAmount,
});

/** 一般公共预算财政拨款基本支出表 by 部门预算支出经济分类科目. */
export const basicExpenditureTableSchema = tableSchema({
  economicCode: economicCodeSchema.optional(),
  name: text,
  total: optAmount,
  personnelExpense: optAmount,
  publicExpense: optAmount,
});

/** 财政拨款"三公"经费支出表. `level` 0 = 合计/小计, 1 = 一、二、…, 2 = 其中 items. */
export const threePublicExpensesTableSchema = tableSchema({
  item: text,
  level: z.number().int().min(0).max(2),
  total: optAmount,
  generalBudget: optAmount,
  governmentFund: optAmount,
  stateCapital: optAmount,
});

/** The nine standard tables of the template, keyed by role. */
export const tablesSchema = z.strictObject({
  budgetSummary: budgetSummaryTableSchema,
  revenue: revenueTableSchema,
  expenditure: expenditureTableSchema,
  fiscalAppropriationSummary: fiscalAppropriationSummaryTableSchema,
  generalBudgetExpenditure: appropriationExpenditureTableSchema,
  basicExpenditure: basicExpenditureTableSchema,
  governmentFundExpenditure: appropriationExpenditureTableSchema,
  stateCapitalExpenditure: appropriationExpenditureTableSchema,
  threePublicExpenses: threePublicExpensesTableSchema,
});

/** A whole v1 dataset file. */
export const datasetV1Schema = z.strictObject({
  schemaVersion: z.literal(DATASET_V1_SCHEMA_VERSION),
  meta: z.strictObject({
    department: z.strictObject({ code: z.string().optional(), name: text }),
    year: z.number().int().min(1990).max(2100),
    /** 预算 (budget) or 决算 (final accounts). */
    kind: z.enum(['预算', '决算']),
    /** Unit of every amount in the file. Only 万元 is supported. */
    unit: z.literal('万元', { error: '金额单位必须是 "万元"' }),
    title: text,
    source: z.strictObject({ description: text, file: z.string().optional() }),
  }),
  tables: tablesSchema,
  narrative: narrativeSchema,
  projects: z.array(projectSchema),
});

/** A v1 dataset file as JSON (amounts are strings, 万元). */
export type DatasetV1Json = z.input<typeof datasetV1Schema>;
/** A parsed v1 dataset (amounts are Decimal, 万元). */
export type DatasetV1 = z.output<typeof datasetV1Schema>;
export type Tables = z.output<typeof tablesSchema>;
export type ExpenditureRow = Tables['expenditure']['rows'][number];
export type BasicExpenditureRow = Tables['basicExpenditure']['rows'][number];
