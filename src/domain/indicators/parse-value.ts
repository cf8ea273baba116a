/**
 * Understanding a 指标值 (the target value of a 绩效指标) as printed in a project's
 * 绩效目标表: comparator (≥ ≤ = < >), number and unit, or a date deadline; anything else is
 * kept as text and counts as qualitative (定性). The printed text is always kept beside the
 * parse so the screen can show both.
 *
 * Pure; numbers are exact decimal strings (Decimal), never floats.
 */
import Decimal from 'decimal.js';

/** Comparators in their printed (full-width mathematical) form. */
export type Comparator = '≥' | '≤' | '=' | '<' | '>';

/** A numeric target, e.g. "≥95百分比" → ≥ 95 %. */
export interface NumericValue {
  type: 'number';
  printed: string;
  comparator: Comparator;
  /** True when the text printed no comparator ("1.8 万元/年" means = 1.8). */
  comparatorImplied: boolean;
  number: Decimal;
  /** Unit in its normal spelling ("百分比" → "%"); "" when none was printed. */
  unit: string;
  /** Unit as printed ("百分比", "%", "万元/年"); "" when none. */
  printedUnit: string;
}

/** A date deadline, e.g. "2024年12月底前" → on or before 2024-12-31. */
export interface DeadlineValue {
  type: 'deadline';
  printed: string;
  /** Year of the deadline; from the text or, when the text has none ("年底前"), the budget year. */
  year: number;
  /** True when the year was not printed and comes from the budget year. */
  yearInferred: boolean;
  month: number;
  /** Last day that still meets the target, ISO date (YYYY-MM-DD). */
  date: string;
}

/** A value that carries no comparator and number: qualitative (定性), kept as printed. */
export interface TextValue {
  type: 'text';
  printed: string;
}

export type IndicatorValue = NumericValue | DeadlineValue | TextValue;

/** 定量 (number or deadline) vs 定性 (text). */
export type ValueKind = 'quantitative' | 'qualitative';

/** The kind of a parsed value: numbers and deadlines are quantitative, text qualitative. */
export function valueKind(v: IndicatorValue): ValueKind {
  return v.type === 'text' ? 'qualitative' : 'quantitative';
}

const COMPARATORS: [RegExp, Comparator][] = [
  [/^(≥|>=|＞=|大于等于|大于或等于|不少于|不低于|不小于)/, '≥'],
  [/^(≤|<=|＜=|小于等于|小于或等于|不多于|不高于|不超过|不大于)/, '≤'],
  [/^(>|＞|大于|高于|多于)/, '>'],
  [/^(<|＜|小于|低于|少于)/, '<'],
  [/^(=|＝|等于)/, '='],
];

/** Printed unit spellings that mean the same unit: the first is the normal spelling. */
const UNIT_SYNONYMS: Record<string, string> = {
  百分比: '%',
  '％': '%',
  百分之: '%',
};

/** Normal spelling of a printed unit ("百分比" → "%", "万元/年" unchanged). */
export function normalizeUnit(printedUnit: string): string {
  const u = printedUnit.replace(/\s+/g, '');
  return UNIT_SYNONYMS[u] ?? u;
}

const NUMBER_UNIT = /^(\d+(?:\.\d+)?)\s*([^\d\s][^\d]*)?$/;
const DEADLINE = /^(?:(\d{4})\s*年)?\s*(\d{1,2}|年)\s*月?\s*底\s*(?:前|之前|以前)$/;

function lastDayOfMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, no time-zone drift).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses one printed 指标值.
 *
 * @param printed the value as printed, e.g. "≥20 兆", "≤80元", "2024年12月底前", "提高".
 * @param budgetYear the year of the budget, used when a deadline prints no year ("年底前").
 * @returns a numeric value, a deadline, or text (qualitative). Never throws.
 */
export function parseIndicatorValue(printed: string, budgetYear: number): IndicatorValue {
  const text = printed.trim();
  const deadline = DEADLINE.exec(text.replace(/\s+/g, ''));
  if (deadline) {
    const yearText = deadline[1];
    const monthText = deadline[2]!;
    const year = yearText ? Number(yearText) : budgetYear;
    // "年底前" = before the end of the year: month 12.
    const month = monthText === '年' ? 12 : Number(monthText);
    if (month >= 1 && month <= 12) {
      const day = lastDayOfMonth(year, month);
      return {
        type: 'deadline',
        printed,
        year,
        yearInferred: !yearText,
        month,
        date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      };
    }
  }

  let rest = text;
  let comparator: Comparator = '=';
  let comparatorImplied = true;
  for (const [re, c] of COMPARATORS) {
    const m = re.exec(rest);
    if (m) {
      comparator = c;
      comparatorImplied = false;
      rest = rest.slice(m[0].length).trim();
      break;
    }
  }
  const m = NUMBER_UNIT.exec(rest);
  if (m) {
    const printedUnit = (m[2] ?? '').trim();
    // A "unit" that is a whole sentence is not a unit: keep such values as text.
    if (printedUnit.length <= 6 && !/[，。,；;]/.test(printedUnit)) {
      return {
        type: 'number',
        printed,
        comparator,
        comparatorImplied,
        number: new Decimal(m[1]!),
        unit: normalizeUnit(printedUnit),
        printedUnit,
      };
    }
  }
  return { type: 'text', printed };
}

/**
 * The parsed value in normal form for display, e.g. "≥ 95 %", "= 1.8 万元/年",
 * "≤ 2024-12-31"; text values come back as printed.
 */
export function describeValue(v: IndicatorValue): string {
  switch (v.type) {
    case 'number':
      return `${v.comparator} ${v.number.toString()}${v.unit ? ` ${v.unit}` : ''}`;
    case 'deadline':
      return `≤ ${v.date}`;
    case 'text':
      return v.printed;
  }
}

/** A target found inside a free-text indicator of the department goals. */
export interface TextTarget {
  /** The words as printed, e.g. "大于等于 80%". */
  match: string;
  value: NumericValue;
}

const TEXT_TARGET =
  /(≥|≤|大于等于|小于等于|不少于|不低于|不超过|不多于)\s*(\d+(?:\.\d+)?)\s*(%|％|百分比|个|家|次|项|人|万元|元)/g;

/**
 * Finds the numeric targets written in words inside a department-level 绩效指标 sentence,
 * e.g. "…的比例大于等于 80%" → ≥ 80 %, "不少于6个" → ≥ 6 个. Used to make the itemised
 * goals scannable; the sentence itself is always shown too.
 */
export function findTextTargets(sentence: string, budgetYear: number): TextTarget[] {
  const out: TextTarget[] = [];
  for (const m of sentence.matchAll(TEXT_TARGET)) {
    const v = parseIndicatorValue(`${m[1]}${m[2]}${m[3]}`, budgetYear);
    if (v.type === 'number') out.push({ match: m[0], value: { ...v, printed: m[0] } });
  }
  return out;
}
