/** Test helper: any shipped dataset (public/data/<id>.json), parsed and read into its budget model. */
import { readFileSync } from 'node:fs';
import { buildBudgetModel, type BudgetModel } from '../budget-model';
import { datasetSchema } from '../schema';

/** Ids of the datasets public/data/index.json ships. */
export const SHIPPED_IDS = [
  '339-2024',
  'putuo-finance-2024-final',
  'putuo-planning-2024-final',
  'putuo-social-work-2024-final',
  'putuo-construction-2026-budget',
] as const;
export type ShippedId = (typeof SHIPPED_IDS)[number];

/** The budget model of a shipped dataset (no previous year: none of them has one in the catalog). */
export function shippedModel(id: ShippedId): BudgetModel {
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../../../public/data/${id}.json`, import.meta.url), 'utf8'),
  );
  return buildBudgetModel(datasetSchema.parse(raw));
}
