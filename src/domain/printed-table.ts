/**
 * One official table of a disclosure as printed (dataset format v2): title, unit, column
 * tree, rows with their codes, names and cells, notes, and where it stood in the source.
 * The same shape serves every template (预算 and 决算, 元 and 万元, codes split or whole);
 * which standard table it is, and what each column means, are recorded beside the print
 * (`standardId`, `TableColumn.role`) so the budget model never guesses from labels.
 *
 * Conventions:
 * - Amounts are decimal strings exactly as printed, in the table's `unit`, with thousands
 *   separators and full-width digits normalised away ("2,946.25" → "2946.25",
 *   "３２８，６６１" → "328661"). No rounding, no unit conversion on import.
 * - A blank cell (nothing printed, "－", "-", "—") is ABSENT from `cells`; "0.00" is a zero.
 * - Rows keep the printed order, continuation pages included (one table, several pages).
 */
import './zod-setup';
import { z } from 'zod';
import { COLUMN_ROLES, STANDARD_TABLE_IDS } from './standard-tables';

/** The unit a table or section prints its amounts in. */
export const amountUnitSchema = z.enum(['元', '万元'], { error: '金额单位只能是 "元" 或 "万元"' });
export type AmountUnit = z.infer<typeof amountUnitSchema>;

/** A decimal amount as printed (normalised): optional minus, digits, optional fraction. */
export const printedAmountSchema = z
  .string({ error: '金额必须是十进制字符串（如 "2305.27"），不能是数字或其他类型' })
  .regex(/^-?\d+(\.\d+)?$/, { error: '金额必须是十进制字符串（如 "2305.27"）' });

/** One leaf column: key in the rows' cells, label as printed, its group path, 栏次. */
export const tableColumnSchema = z.strictObject({
  /** Key of the cell in each row, unique in the table (e.g. "c3"). */
  key: z.string().min(1),
  /** Leaf header as printed, spaces and line breaks removed, e.g. "本年收入合计". */
  label: z.string(),
  /** Group headers above the leaf, outermost first, e.g. ["收入"] or ["本年收入"]. */
  path: z.array(z.string()),
  /** 栏次 as printed, when the table prints a 栏次 row. */
  columnNo: z.number().int().positive().optional(),
  /** What the column holds: codes, names, amounts or other text. */
  kind: z.enum(['code', 'name', 'amount', 'text']),
  /** What it means for the budget model, when the importer recognised it. */
  role: z.enum(COLUMN_ROLES).optional(),
  /** 决算 tables: which measure of the role this column prints. */
  measure: z.enum(['initialBudget', 'adjustedBudget', 'final', 'budget']).optional(),
});
export type TableColumn = z.infer<typeof tableColumnSchema>;

/** Where a row stood in the source: page (1-based) and line on that page (1-based). */
export const sourcePlaceSchema = z.strictObject({
  page: z.number().int().positive(),
  line: z.number().int().positive().optional(),
});

/** One printed row. */
export const tableRowSchema = z.strictObject({
  /** 序号 as printed, when the table has one. */
  seq: z.number().int().positive().optional(),
  /**
   * The 科目编码 digits joined ("2080501"), whatever the print's layout ("208 05 01",
   * 类/款/项 columns, "2080501"); absent on 合计/小计 rows and item rows.
   */
  code: z
    .string()
    .regex(/^\d{3}(\d{2}){0,2}$/, { error: '科目编码应为 3、5 或 7 位数字' })
    .optional(),
  /** 科目名称 or item name as printed (line breaks inside the cell joined). */
  name: z.string().optional(),
  /** 'total' for 合计/总计 rows, 'subtotal' for 小计, otherwise a data row. */
  kind: z.enum(['data', 'total', 'subtotal']).default('data'),
  /** Nesting level for item tables ("三公": 0 合计, 1 一、二…, 2 其中), absent otherwise. */
  level: z.number().int().min(0).max(3).optional(),
  /** Cells by column key: amounts as decimal strings, text as printed; blank = absent. */
  cells: z.record(
    z.string(),
    z.string({ error: '单元格必须是字符串：金额为十进制字符串（如 "2305.27"），不能是数字' }),
  ),
  source: sourcePlaceSchema.optional(),
});
export type TableRow = z.infer<typeof tableRowSchema>;

/** One official table as printed. */
export const printedTableSchema = z.strictObject({
  /** Which standard table this is (standard-tables.ts), null when not recognised. */
  standardId: z.enum(STANDARD_TABLE_IDS).nullable(),
  /** Title as printed, e.g. "2026年部门支出预算总表". */
  title: z.string().min(1),
  /** Unit of every amount in the table, from "单位：元/万元". */
  unit: amountUnitSchema,
  /** How the print lays out 科目编码: split columns, "208 05 01", "2080501", or none. */
  codeLayout: z.enum(['columns', 'spaced', 'whole', 'none']),
  columns: z.array(tableColumnSchema).min(1),
  rows: z.array(tableRowSchema),
  /** Notes printed with the table ("注：本表无数据", "空表列示"). */
  notes: z.array(z.string()),
  /** Pages the table spans (1-based), in order. */
  pages: z.array(z.number().int().positive()).min(1),
});
export type PrintedTable = z.infer<typeof printedTableSchema>;
export type PrintedTableInput = z.input<typeof printedTableSchema>;
