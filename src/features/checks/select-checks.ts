/**
 * View model of the 核验 view: every check of the dataset grouped failures first (identity
 * failures, then warnings), then 尾差 notes, then passes, each with both sides' figures in
 * their printed unit and their sources, already formatted for reading.
 */
import type Decimal from 'decimal.js';
import { tallyChecks, type CheckResult, type CheckSide, type ChecksTally } from '../../domain/check-result';
import { formatAmount } from '../../domain/format';
import { checksCopy } from '../../copy/checks';

/** The groups of the view, in order. */
export type CheckGroupId = 'fail' | 'rounding' | 'pass';

/** One side as shown: label, formatted figure with its unit, and its sources as lines. */
export interface SideView {
  label: string;
  /** e.g. "2,946.25 万元", "71.65%", "资源勘探工业信息等支出". */
  figure: string;
  /** One line per source: "部门预算支出总表 · 215 资源勘探工业信息等支出 · 合计 · 第 5 页 · 印 915.40". */
  sources: string[];
}

/** One check as shown. */
export interface CheckView {
  id: string;
  title: string;
  description: string;
  /** 'warning' for a failing warning (one code, two names). */
  tone: 'fail' | 'warning' | 'rounding' | 'pass';
  expected: SideView;
  actual: SideView;
  /** How the two sides are introduced ("应为" / "实为", or "" where both are printed figures). */
  roles: readonly [string, string];
  /** actual − expected with its unit, e.g. "+0.01 万元", "+0.08 个百分点"; absent for a naming check. */
  difference?: string;
}

export interface ChecksViewModel {
  tally: ChecksTally;
  groups: { id: CheckGroupId; checks: CheckView[] }[];
}

/** Roles of the sides of an identity: the figure it should equal, and the one printed. */
const DEFAULT_ROLES = [checksCopy.sideExpected, checksCopy.sideActual] as const;

/** Exact figure with at least two decimals, grouped: "2,946.25", "93,750.00", "9.375". */
function figure(value: Decimal, unit: CheckSide['unit']): string {
  if (unit === '个') return value.toFixed(0);
  const dp = Math.max(2, value.decimalPlaces());
  return unit === '%' ? `${value.toFixed(dp)}%` : `${formatAmount(value, dp)} ${unit}`;
}

function sideView(side: CheckSide): SideView {
  return {
    label: side.label,
    figure: side.texts ? side.texts.join('、') : figure(side.value, side.unit),
    sources: side.sources.map((s) =>
      [
        s.title,
        s.row,
        s.column,
        s.page !== undefined ? `第 ${s.page} 页` : undefined,
        s.printed !== undefined ? `印 ${s.printed}` : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  };
}

function difference(c: CheckResult): string | undefined {
  if (c.unit === '个') return undefined;
  const dp = Math.max(2, c.difference.decimalPlaces());
  const sign = c.difference.isPositive() && !c.difference.isZero() ? '+' : '';
  return `${sign}${c.difference.toFixed(dp)}${c.unit === '%' ? ' 个百分点' : ' 万元'}`;
}

/**
 * Builds the view model.
 * @param checks  the dataset's checks (runChecks), in their stable order
 * @param status  the filter from the URL (`?status=`), or undefined for all
 * @returns groups in order fail → rounding → pass (a filtered view has only its group);
 *   within 未通过, identity failures before warnings
 */
export function selectChecks(checks: readonly CheckResult[], status?: CheckGroupId): ChecksViewModel {
  const view = (c: CheckResult): CheckView => ({
    id: c.id,
    title: c.title,
    description: c.description,
    tone: c.status === 'fail' && c.severity === 'warning' ? 'warning' : c.status,
    expected: sideView(c.sides[0]),
    actual: sideView(c.sides[1]),
    roles: c.sideRoles ?? DEFAULT_ROLES,
    ...(difference(c) !== undefined ? { difference: difference(c)! } : {}),
  });
  const failing = checks.filter((c) => c.status === 'fail');
  const groups: ChecksViewModel['groups'] = [
    {
      id: 'fail',
      checks: [
        ...failing.filter((c) => c.severity === 'error'),
        ...failing.filter((c) => c.severity === 'warning'),
      ].map(view),
    },
    { id: 'rounding', checks: checks.filter((c) => c.status === 'rounding').map(view) },
    { id: 'pass', checks: checks.filter((c) => c.status === 'pass').map(view) },
  ];
  return { tally: tallyChecks(checks), groups: status ? groups.filter((g) => g.id === status) : groups };
}
