/**
 * What the narrative says in words, against the figures it gives in the same sentence
 * (数据核验): a 决算 说明 states for each 项 "年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的
 * Z%。决算数小于预算数的主要原因……"; "小于" must hold for X and Y, Z must be Y ÷ X rounded as
 * printed. And a date that names the year of the figures ("截至 2024 年 12 月 31 日" in the
 * 国有资产占有使用情况) must name the disclosure's own year: the final accounts of 2024 count
 * the assets at the end of 2024, a 2024 budget at the end of the year before.
 */
import Decimal from 'decimal.js';
import type { BudgetModel } from './budget-model';
import type { CheckResult, CheckSource } from './check-result';
import type { NarrativeSection } from './schema';

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(万元|元)`;
/** 年初预算为 X 万元，支出决算为 Y 万元[，完成年初预算的 Z%][。]决算数<比较>预算数 */
const BUDGET_VS_FINAL = new RegExp(
  String.raw`(?:年初|全年)?预算(?:数)?为\s*${AMOUNT}\s*[，,]\s*(?:支出)?决算(?:数)?为\s*${AMOUNT}` +
    String.raw`(?:\s*[，,]\s*完成(?:年初|全年)?预算的\s*(\d+(?:\.\d+)?)\s*%)?\s*[。．，,；;]?\s*` +
    String.raw`决算数\s*(大于|小于|等于|与(?:年初|全年)?预算数?(?:基本)?持平)`,
  'g',
);
/** "截至2024年12月31日" */
const AS_OF = /截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g;

type Comparison = 'greater' | 'less' | 'equal' | 'level';

function comparisonOf(word: string): Comparison {
  if (word === '大于') return 'greater';
  if (word === '小于') return 'less';
  if (word === '等于') return 'equal';
  return 'level';
}

const toWan = (text: string, unit: string) => {
  const v = new Decimal(text.replace(/,/g, ''));
  return unit === '元' ? v.div(10000) : v;
};

function source(section: NarrativeSection, printed: string): CheckSource {
  return {
    title: section.title,
    ...(section.page !== undefined ? { page: section.page } : {}),
    printed: printed.replace(/\s+/g, ''),
  };
}

const COMPARISON_WORD: Record<Comparison, string> = {
  greater: '大于',
  less: '小于',
  equal: '等于',
  level: '基本持平',
};

/**
 * "决算数大于/小于/等于预算数" against the two figures of the same sentence, and the printed
 * completion rate (完成年初预算的 Z%) against Y ÷ X. 基本持平 holds within 1% of the budget
 * (a reading, not a rule of the template): beyond that it is a warning, not a failure.
 */
function budgetVersusFinalChecks(section: NarrativeSection, index: number): CheckResult[] {
  const out: CheckResult[] = [];
  let k = 0;
  for (const m of section.text.matchAll(BUDGET_VS_FINAL)) {
    k++;
    const [printed, bText, bUnit, fText, fUnit, rate, word] = m as unknown as string[];
    const budget = toWan(bText!, bUnit!);
    const final = toWan(fText!, fUnit!);
    const stated = comparisonOf(word!);
    const actual: Comparison = final.gt(budget) ? 'greater' : final.lt(budget) ? 'less' : 'equal';
    const level = budget.isZero()
      ? final.isZero()
      : final.minus(budget).abs().div(budget.abs()).lte(new Decimal('0.01'));
    const holds = stated === 'level' ? level || actual === 'equal' : stated === actual;
    const src = source(section, printed!);
    const id = `narrative:budget-vs-final:${index}:${k}`;
    out.push({
      id,
      title: `${section.title}：“决算数${COMPARISON_WORD[stated]}预算数”（预算 ${budget.toFixed(2)}，决算 ${final.toFixed(2)} 万元）`,
      description: '说明中写明决算数与预算数的大小关系时，应与同一句中的年初预算数和决算数相符。',
      status: holds ? 'pass' : 'fail',
      severity: holds || stated !== 'level' ? 'error' : 'warning',
      ok: holds,
      expected: budget,
      actual: final,
      difference: final.minus(budget),
      unit: '万元',
      sideRoles: ['', ''],
      mismatch: `说明写作决算数${COMPARISON_WORD[stated]}预算数，而决算数 ${final.toFixed(2)} ${actual === 'greater' ? '大于' : actual === 'less' ? '小于' : '等于'}预算数 ${budget.toFixed(2)} 万元`,
      sides: [
        { label: '年初预算数', value: budget, unit: '万元', sources: [src] },
        {
          label: `决算数（说明写作“${COMPARISON_WORD[stated]}”）`,
          value: final,
          unit: '万元',
          sources: [src],
        },
      ],
      sources: [{ kind: 'narrative', section: section.title }],
    });
    if (rate !== undefined && !budget.isZero()) {
      const dp = new Decimal(rate).decimalPlaces();
      const exact = final.div(budget).times(100);
      const expected = exact.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
      const diff = new Decimal(rate).minus(expected);
      out.push({
        id: `${id}:rate`,
        title: `${section.title}：完成年初预算的 ${rate}% = ${final.toFixed(2)} ÷ ${budget.toFixed(2)}`,
        description: '完成预算的百分比应等于决算数除以年初预算数，按印出的小数位四舍五入。',
        status: diff.isZero() ? 'pass' : 'fail',
        severity: 'error',
        ok: diff.isZero(),
        expected,
        actual: new Decimal(rate),
        difference: diff,
        unit: '%',
        sideRoles: ['按数字算得', ''],
        mismatch: `说明印 ${rate}%，按决算数 ${final.toFixed(2)} ÷ 年初预算数 ${budget.toFixed(2)} 算得 ${expected.toFixed(dp)}%`,
        sides: [
          { label: '决算数 ÷ 年初预算数', value: expected, unit: '%', sources: [src] },
          { label: '说明所印', value: new Decimal(rate), unit: '%', sources: [src] },
        ],
        sources: [{ kind: 'narrative', section: section.title }],
      });
    }
  }
  return out;
}

/** "截至 YYYY 年 12 月 31 日" against the year the figures are of. */
function yearEndChecks(section: NarrativeSection, index: number, expectedYear: number): CheckResult[] {
  const out: CheckResult[] = [];
  let k = 0;
  for (const m of section.text.matchAll(AS_OF)) {
    k++;
    const year = Number(m[1]);
    const ok = year === expectedYear;
    const src = source(section, m[0]);
    out.push({
      id: `narrative:year-end:${index}:${k}`,
      title: ok
        ? `${section.title}：“截至${year}年12月31日”与所属年度相符`
        : `${section.title}：“截至${year}年12月31日”应为“截至${expectedYear}年12月31日”`,
      description:
        '决算说明所述的年末数（如国有资产占有使用情况）应截至决算年度的 12 月 31 日；预算说明则截至上年末。',
      status: ok ? 'pass' : 'fail',
      severity: 'error',
      ok,
      expected: new Decimal(expectedYear),
      actual: new Decimal(year),
      difference: new Decimal(year - expectedYear),
      unit: '个',
      sideRoles: ['', ''],
      mismatch: `说明印“截至${year}年12月31日”，所属年度应截至 ${expectedYear} 年 12 月 31 日`,
      sides: [
        { label: '应截至的年度', value: new Decimal(expectedYear), unit: '个', sources: [] },
        { label: '说明所印年度', value: new Decimal(year), unit: '个', sources: [src] },
      ],
      sources: [{ kind: 'narrative', section: section.title }],
    });
  }
  return out;
}

/**
 * The statement checks of a dataset's narrative.
 *
 * @param model the budget model (its `narrative.sections` as printed, `meta.kind` and `year`)
 * @returns one check per stated comparison, completion rate and year-end date found
 */
export function statementChecks(model: BudgetModel): CheckResult[] {
  const out: CheckResult[] = [];
  const yearEnd = model.meta.kind === '决算' ? model.meta.year : model.meta.year - 1;
  model.narrative.sections.forEach((section, i) => {
    if (model.meta.kind === '决算') out.push(...budgetVersusFinalChecks(section, i));
    out.push(...yearEndChecks(section, i, yearEnd));
  });
  return out;
}
