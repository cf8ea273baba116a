/**
 * The parts of the dataset format that versions 1 and 2 share (schema.ts uses them for
 * `narrative` and `projects`; schema-v1.ts for the same fields of a v1 file): amounts,
 * classification codes, the narrative and the projects. Split from schema-v1.ts so the
 * version-1-only schema (the nine fixed tables, the v1 file) is loaded only for a v1 file.
 *
 * Conventions: amounts are decimal strings in the unit named beside them (a v1 file: 万元),
 * parsed to `Decimal`; a blank cell is absent; texts are kept as printed.
 */
import Decimal from 'decimal.js';
import { z } from './zod';

/**
 * A decimal amount in 万元: in JSON a string (optional minus, digits, optional fraction);
 * after parsing a `Decimal`. This transform is the one place where amounts become Decimal.
 */
export const amountSchema = z
  .string({ error: '金额必须是十进制字符串（如 "2305.27"），不能是数字或其他类型' })
  .regex(/^-?\d+(\.\d+)?$/, { error: '金额必须是十进制字符串（如 "2305.27"）' })
  .transform((s) => new Decimal(s));

/** A 支出功能分类科目 code: 类 3 digits, 款 5 digits, 项 7 digits. */
export const functionCodeSchema = z
  .string()
  .regex(/^\d{3}(\d{2}(\d{2})?)?$/, { error: '功能分类科目编码应为 3、5 或 7 位数字' });

/** A 部门预算支出经济分类科目 code: 类 3 digits, 款 5 digits. */
export const economicCodeSchema = z
  .string()
  .regex(/^\d{3}(\d{2})?$/, { error: '经济分类科目编码应为 3 或 5 位数字' });

const text = z.string().min(1);

const optAmount = amountSchema.optional();

/** One unit of the department (机构设置). */
export const unitSchema = z.strictObject({
  name: text,
  /** 单位性质, e.g. 行政. */
  nature: z.string().optional(),
  /** 单位规格, e.g. 正科级. */
  rank: z.string().optional(),
  /** 经费保障形式, e.g. 财政拨款. */
  fundingForm: z.string().optional(),
});

/** One part of the change against the previous year, with the reason as printed. */
export const yearOnYearItemSchema = z.strictObject({
  part: z.enum(['basicExpenditure', 'projectExpenditure']),
  /** Change in 万元, negative for a decrease (the narrative says "减少 53.75万元"). */
  change: amountSchema,
  reason: z.string().optional(),
});

/** One itemised department performance goal (分项绩效目标). */
export const departmentGoalSchema = z.strictObject({
  seq: z.number().int().positive(),
  title: text,
  /** 绩效目标 text. */
  goal: text,
  /** 绩效指标 paragraph exactly as printed (label included). */
  indicatorsText: text,
  /** The indicators split at ；/; with the leading label(s) removed. */
  indicators: z.array(text),
});

/** One row of a project performance-target table (绩效目标表). */
export const projectIndicatorSchema = z.strictObject({
  /** 一级指标, e.g. 产出指标. */
  level1: text,
  /** 二级指标, e.g. 成本指标. */
  level2: text,
  /** 三级指标. */
  level3: text,
  /** 绩效指标描述. */
  description: z.string().optional(),
  /** 指标值 as printed, e.g. "≥95%", "≤80元", "2024年12月底前". */
  value: z.string().optional(),
  /** 指标值确定依据. */
  basis: z.string().optional(),
});

/** One point of the quarter-end spending plan (资金支出计划); amount absent = not disclosed. */
export const spendingPlanPointSchema = z.strictObject({
  /** 3月底 | 6月底 | 10月底 | 12月底 as printed (without spaces). */
  period: text,
  /** Cumulative amount in 万元 as printed; absent when the cell is blank or lost. */
  amount: optAmount,
});

/** A project and its performance-target table (部门项目预算安排情况及绩效目标). */
export const projectSchema = z.strictObject({
  seq: z.number().int().positive(),
  /** 项目编码, e.g. 13020824P00001910005H. */
  code: text,
  /** 项目名称 as printed in the table. */
  name: text,
  /** Title of the performance table as printed, e.g. "2024 年网络运行维护费绩效目标表". */
  tableTitle: text,
  /** 预算数, 万元. */
  budget: amountSchema,
  /** 其中：财政资金, 万元. */
  fiscalFunds: optAmount,
  /** 其他资金, 万元. */
  otherFunds: optAmount,
  /** 资金用途 as printed. */
  purpose: z.string().optional(),
  /**
   * The 功能分类科目 (项) that carries this project in the expenditure tables. Not printed in
   * the performance table; matched by amount and narrative (see docs/data-format.md).
   */
  functionCode: functionCodeSchema.optional(),
  spendingPlan: z.strictObject({
    /** Unit printed in the header ("%"), although the values are cumulative 万元. */
    printedUnit: z.string().optional(),
    points: z.array(spendingPlanPointSchema),
  }),
  /** 绩效目标 as printed (e.g. "1. 保障工作顺利进行 2. 保证使用通信业务安全畅通"). */
  goalsText: z.string().optional(),
  /** The goals split at their numbers. */
  goals: z.array(text),
  indicators: z.array(projectIndicatorSchema),
});

/** One row of 部门固定资产占用情况表. */
export const fixedAssetRowSchema = z.strictObject({
  item: text,
  level: z.number().int().min(0).max(1),
  quantity: z.string().optional(),
  value: optAmount,
});

/** The narrative (部门预算信息公开情况说明). */
export const narrativeSchema = z.strictObject({
  preamble: z.string().optional(),
  /** 部门职责, one entry per numbered duty, number removed. */
  duties: z.array(text),
  units: z.array(unitSchema),
  /** 二、部门预算安排的总体情况 opening paragraph. */
  overallSituation: z.string().optional(),
  revenueExplanation: z.strictObject({ text, total: optAmount }),
  expenditureExplanation: z.strictObject({
    text,
    total: optAmount,
    basicExpenditure: optAmount,
    personnelExpense: optAmount,
    publicExpense: optAmount,
    projectExpenditure: optAmount,
    /** The project breakdown as printed in the narrative. */
    projectItems: z.array(z.strictObject({ name: text, amount: amountSchema })),
  }),
  yearOnYear: z.strictObject({
    text,
    previousYear: z.number().int(),
    /** Change of the total, 万元, negative for a decrease. */
    totalChange: amountSchema,
    items: z.array(yearOnYearItemSchema),
  }),
  /** 机关运行经费. */
  institutionalOperatingExpenses: z.strictObject({ text, amount: optAmount }),
  /** 财政拨款"三公"经费预算情况及增减变化原因. */
  threePublicExpenses: z.strictObject({
    text,
    total: optAmount,
    outboundTravel: optAmount,
    vehiclePurchaseAndOperation: optAmount,
    vehiclePurchase: optAmount,
    vehicleOperation: optAmount,
    officialReception: optAmount,
    changeFromPreviousYear: optAmount,
    reason: z.string().optional(),
  }),
  performance: z.strictObject({
    overallGoal: text,
    goals: z.array(departmentGoalSchema),
    /** 工作保障措施 and 机制保障措施 paragraphs as printed. */
    workSafeguards: z.array(text),
    mechanismSafeguards: z.array(text),
  }),
  /** 六、部门主管专项资金预算安排情况及绩效目标: printed text, absent when the section is empty. */
  specialFunds: z.string().optional(),
  procurement: z.strictObject({
    columns: z.array(text),
    rows: z.array(z.record(z.string(), z.string())),
    notes: z.array(text),
  }),
  fixedAssets: z.strictObject({
    text,
    /** 截止时间, ISO date. */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    total: optAmount,
    plannedPurchases: optAmount,
    rows: z.array(fixedAssetRowSchema),
  }),
  glossary: z.array(z.strictObject({ term: text, definition: text })),
  otherMatters: z.string().optional(),
});

export type Project = z.output<typeof projectSchema>;
export type ProjectIndicator = z.output<typeof projectIndicatorSchema>;
export type SpendingPlanPoint = z.output<typeof spendingPlanPointSchema>;
export type Narrative = z.output<typeof narrativeSchema>;
export type DepartmentGoal = z.output<typeof departmentGoalSchema>;
