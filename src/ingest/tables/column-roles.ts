/**
 * Column kinds, roles and measures from printed header labels (group path + leaf label), so
 * the budget model reads "the 基本支出 column" whatever the template calls it.
 */
import type { ColumnMeasure, ColumnRole } from '../../domain/standard-tables';

/** Leaf label → role; tested in order against the label with the group path before it. */
const ROLE_RULES: readonly [RegExp, ColumnRole][] = [
  [/^类$/, 'codeClass'],
  [/^款$/, 'codeSection'],
  [/^项$/, 'codeItem'],
  [/(科目)?编码$/, 'code'],
  [/(科目)?名称$/, 'name'],
  [/本年收入(合计)?$/, 'currentYearRevenue'],
  [/^(合计|总计|本年支出合计|收入预算合计|支出预算合计)$/, 'total'],
  [/使用非财政拨款结余/, 'useOfNonFiscalSurplus'],
  [/年初.*结转.*结余|上年结转/, 'carryForwardStart'],
  [/年末.*结转.*结余/, 'carryForwardEnd'],
  [/财政拨款收入$|^财政拨款$/, 'fiscalAppropriation'],
  [/一般公共预算(财政拨款)?(拨款)?$/, 'generalBudget'],
  [/政府性基金预算(财政拨款)?(拨款)?$/, 'governmentFund'],
  [/国有资本经营预算(财政拨款)?(拨款)?$/, 'stateCapital'],
  [/财政专户(管理资金)?收入$/, 'fiscalSpecialAccount'],
  [/上级补助收入$/, 'superiorSubsidy'],
  [/(事业单位)?经营收入$/, 'operatingIncome'],
  [/事业收入$/, 'businessIncome'],
  [/附属单位上缴收入$/, 'subsidiaryRemittance'],
  [/其他收入$/, 'otherIncome'],
  [/基本支出$/, 'basicExpenditure'],
  [/项目支出$/, 'projectExpenditure'],
  [/经营支出$/, 'operatingExpenditure'],
  [/上缴上级支出$|上解上级支出$/, 'remittanceToSuperior'],
  [/对附属单位补助支出$/, 'grantsToSubsidiaries'],
  [/人员经费(合计)?$/, 'personnelExpense'],
  [/公用经费(合计)?$/, 'publicExpense'],
  [/结余分配$/, 'surplusDistribution'],
  [/因公出国[(（]境[)）]费(用)?$/, 'outboundTravel'],
  [/公务用车购置及运行(维护)?费$/, 'vehiclePurchaseAndOperation'],
  [/公务用车购置(费)?$|^购置费$/, 'vehiclePurchase'],
  [/公务用车运行(维护)?费$|^运行(维护)?费$/, 'vehicleOperation'],
  [/公务接待费$/, 'officialReception'],
];

/** The printed measure of a 决算/预算 sub-column. */
export function measureOf(label: string): ColumnMeasure | undefined {
  if (/年初预算/.test(label)) return 'initialBudget';
  if (/调整预算|全年预算/.test(label)) return 'adjustedBudget';
  if (/决算数?$/.test(label)) return 'final';
  if (/^预算数$/.test(label)) return 'budget';
  return undefined;
}

/**
 * The role of a leaf column from its label and group path (outermost first). A leaf that only
 * prints a measure ("预算数", "决算数") takes its role from the nearest group; the summary
 * tables' 项目/决算数 leaves under 收入/支出 become revenue/expenditure item and amount.
 *
 * @returns the role, or undefined when the label names nothing the model reads
 */
export function roleOf(label: string, path: readonly string[]): ColumnRole | undefined {
  const half = path.some((p) => /收入/.test(p))
    ? 'revenue'
    : path.some((p) => /支出/.test(p))
      ? 'expenditure'
      : undefined;
  if (/^项目$/.test(label) && half) return half === 'revenue' ? 'revenueItem' : 'expenditureItem';
  if (
    measureOf(label) &&
    half &&
    /^(收入|支出|本年收入|本年支出|财政拨款收入|财政拨款支出)$/.test(path[0] ?? '')
  )
    return half === 'revenue' ? 'revenueAmount' : 'expenditureAmount';
  if (/^项目$/.test(label)) return 'item';
  // the 公务用车 group's own total ("小计" under 公务用车购置及运行费)
  if (label === '小计' && path.some((p) => /公务用车购置及运行/.test(p)))
    return 'vehiclePurchaseAndOperation';
  const candidates = measureOf(label) ? [...path].reverse() : [label];
  for (const text of candidates) {
    if (text === '小计' && path.some((p) => /本年收入/.test(p))) return 'currentYearRevenue';
    if (text === '小计' && path.some((p) => /本年支出/.test(p))) return 'total';
    for (const [re, role] of ROLE_RULES) if (re.test(text)) return role;
  }
  if (label === '小计' && path.some((p) => /本年收入/.test(p))) return 'currentYearRevenue';
  if (label === '小计' && path.some((p) => /本年支出/.test(p))) return 'total';
  return undefined;
}
