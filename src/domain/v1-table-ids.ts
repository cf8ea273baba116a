/**
 * The standard table of each table key of dataset format 1 (the v1 format only described
 * 部门预算). Its own module: the budget model needs this map on every load, the migration
 * (src/domain/migrate-v1.ts) only for a format-1 file, so the migration stays out of the
 * JavaScript loaded before the first figure.
 */
import type { TableKey } from './source';
import type { StandardTableId } from './standard-tables';

export const V1_TABLE_IDS: Record<TableKey, StandardTableId> = {
  budgetSummary: 'budget-summary',
  revenue: 'budget-revenue',
  expenditure: 'budget-expenditure',
  fiscalAppropriationSummary: 'budget-fiscal-summary',
  generalBudgetExpenditure: 'budget-general-expenditure',
  basicExpenditure: 'budget-general-basic',
  governmentFundExpenditure: 'budget-fund-expenditure',
  stateCapitalExpenditure: 'budget-capital-expenditure',
  threePublicExpenses: 'budget-three-public',
};
