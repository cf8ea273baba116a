/**
 * Narrative against tables (数据核验): the figures the 情况说明 / 决算说明 state, compared with
 * the tables they restate. Two kinds:
 * - the structured blocks (收入说明, 支出说明, 机关运行经费, "三公", 比上年增减) where the
 *   dataset has them;
 * - every figure of every section that the importer read with its label (`label`, `kind`,
 *   `share` of the section's figures, when present): "本年收入合计2946.25万元" against the
 *   收支总表, "财政拨款收入支出总计0.3万元" against the 财政拨款收支总表, a class "（类）"
 *   against its table, and every printed share ("占71.73%") against the exact ratio of the
 *   amounts it relates, rounded half up.
 */
import Decimal from 'decimal.js';
import type { BudgetModel } from './budget-model';
import type { CheckResult, CheckSource } from './check-result';
import {
  amountColumn,
  compareSides,
  figureAt,
  figureToWan,
  modelFigure,
  present,
  summaryHalf,
  totalRowIndex,
  type Figure,
  type FigureUnit,
  type SideSpec,
} from './check-make';
import type { PrintedTable } from './printed-table';
import type { NarrativeSection } from './schema';
import type { SourceRef } from './source';
import { compact } from './text';

/** A section figure as the dataset may carry it (label, kind and share are newer fields). */
interface SectionFigure {
  text: string;
  amount: string;
  unit: string;
  offset: number;
  label?: string;
  kind?: 'amount' | 'change' | 'share';
  share?: string;
}

const side = (label: string, figures: Figure[]): SideSpec => ({ label, figures });

/** What a narrative label can name, and the table figure it restates. */
interface Anchor {
  id: string;
  /** Matched against the end of the label (spaces removed). */
  pattern: RegExp;
  resolve: (sectionTitle: string) => Figure | undefined;
}

function anchors(model: BudgetModel): Anchor[] {
  const rev = summaryHalf(model.printed.budgetSummary, 'revenue');
  const exp = summaryHalf(model.printed.budgetSummary, 'expenditure');
  const fiscal = summaryHalf(model.printed.fiscalAppropriationSummary, 'revenue');
  const total = (t: PrintedTable | undefined, role: Parameters<typeof amountColumn>[1]) =>
    figureAt(t, totalRowIndex(t), amountColumn(t, role));
  const { revenue, expenditure, generalBudgetExpenditure: general, basicExpenditure: basic } = model.printed;
  const TOTAL = /^(收入总计|总计)$|、(收入)?总计$/;
  return [
    {
      id: 'fiscal-total',
      pattern: /财政拨款收(入)?支(出)?总计$/,
      resolve: () => fiscal.at(fiscal.find(TOTAL)),
    },
    { id: 'total', pattern: /收(入)?支(出)?总计$/, resolve: () => rev.at(rev.find(TOTAL)) },
    { id: 'revenue', pattern: /本年收入合计$/, resolve: () => rev.at(rev.find(/本年收入合计$/)) },
    { id: 'expenditure', pattern: /本年支出合计$/, resolve: () => exp.at(exp.find(/本年支出合计$/)) },
    { id: 'fiscal-revenue', pattern: /^财政拨款收入$/, resolve: () => total(revenue, 'fiscalAppropriation') },
    { id: 'other-revenue', pattern: /^其他收入$/, resolve: () => total(revenue, 'otherIncome') },
    {
      id: 'general-basic',
      pattern: /一般公共预算财政拨款基本支出$/,
      resolve: () => total(general, 'basicExpenditure'),
    },
    { id: 'general', pattern: /一般公共预算财政拨款支出$/, resolve: () => total(general, 'total') },
    { id: 'basic', pattern: /^基本支出$/, resolve: () => total(expenditure, 'basicExpenditure') },
    { id: 'project', pattern: /^项目支出$/, resolve: () => total(expenditure, 'projectExpenditure') },
    { id: 'personnel', pattern: /^人员经费$/, resolve: () => total(basic, 'personnelExpense') },
    { id: 'public', pattern: /^(日常)?公用经费$/, resolve: () => total(basic, 'publicExpense') },
  ];
}

function figureSource(section: NarrativeSection, f: SectionFigure): CheckSource {
  return {
    title: section.title,
    ...(f.label ? { row: f.label } : {}),
    ...(section.page !== undefined ? { page: section.page } : {}),
    printed: f.text,
  };
}

function asFigure(section: NarrativeSection, f: SectionFigure): Figure | undefined {
  if (f.unit !== '元' && f.unit !== '万元' && f.unit !== '亿元') return undefined;
  return { text: f.amount, unit: f.unit as FigureUnit, source: figureSource(section, f) };
}

/** The denominator a share names after its figure: "，占本年支出合计的100.00%" → "本年支出合计". */
function namedWhole(section: NarrativeSection, f: SectionFigure): string | undefined {
  const after = section.text.slice(f.offset + f.text.length);
  return /^[，,、]?\s*占\s*([^，。；%\d]{2,16}?)的?\s*\d/.exec(after)?.[1]?.replace(/\s+/g, '');
}

/**
 * A printed share against the exact ratio rounded half up. The ratio's range given the
 * rounding of both printed amounts decides a 尾差: a stated share inside it is 'rounding'.
 */
function shareCheck(
  id: string,
  section: NarrativeSection,
  f: SectionFigure,
  part: Figure,
  whole: Figure,
): CheckResult | null {
  const stated = new Decimal(f.share!);
  const dp = stated.decimalPlaces();
  const p = figureToWan(new Decimal(part.text), part.unit);
  const w = figureToWan(new Decimal(whole.text), whole.unit);
  if (w.isZero()) return null;
  const ratio = (a: Decimal, b: Decimal) => a.div(b).times(100).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
  const computed = ratio(p, w);
  const half = (x: Figure) =>
    figureToWan(new Decimal(10).pow(-new Decimal(x.text).decimalPlaces()).div(2), x.unit);
  const low = ratio(p.minus(half(part)), w.plus(half(whole)));
  const high = ratio(p.plus(half(part)), w.minus(half(whole)));
  const status = stated.equals(computed) ? 'pass' : stated.gte(low) && stated.lte(high) ? 'rounding' : 'fail';
  const label = f.label ?? '';
  return {
    id,
    title: `${section.title}：${label}占比 ${f.share}% = ${part.text} ÷ ${whole.text}`,
    description: `说明中印出的占比，应等于所述两个金额之比（四舍五入到 ${dp} 位小数）：${label} ${part.text}${part.unit} ÷ ${whole.source.row ?? ''} ${whole.text}${whole.unit}。`,
    status,
    severity: 'error',
    ok: status !== 'fail',
    expected: computed,
    actual: stated,
    difference: stated.minus(computed),
    unit: '%',
    sides: [
      { label: '按金额计算的占比', value: computed, unit: '%', sources: [part.source, whole.source] },
      {
        label: `说明中的占比（${label}）`,
        value: stated,
        unit: '%',
        sources: [{ ...figureSource(section, f), printed: `${f.text}，占${f.share}%` }],
      },
    ],
    sources: [],
  };
}

/** Every figure with a label in every section, against the tables and as shares. */
function sectionFigureChecks(model: BudgetModel, covered: ReadonlySet<string>): CheckResult[] {
  const out: CheckResult[] = [];
  const list = anchors(model);
  for (const section of model.narrative.sections) {
    const figures = section.figures as readonly SectionFigure[];
    let whole: Figure | undefined;
    figures.forEach((f) => {
      const kind = f.kind ?? (f.label !== undefined ? 'amount' : undefined);
      if (kind !== 'amount' || !f.label) return;
      const figure = asFigure(section, f);
      if (!figure) return;
      const label = compact(f.label);
      const anchor = list.find((a) => a.pattern.test(label));
      const classLabel = /（类）$/.test(label) ? label : undefined;
      const id = `narrative:${section.title}:${f.offset}`;
      if (anchor && !covered.has(anchor.id)) {
        const table = anchor.resolve(section.title);
        if (table)
          out.push(
            compareSides(
              id,
              `${section.title}：${f.label} = ${table.source.title} ${table.source.row ?? ''}`,
              `说明中所述的${f.label}，应等于${table.source.title}中印出的同一数字。`,
              side(`${table.source.title} ${table.source.row ?? ''}`, [table]),
              side(`说明：${f.label}`, [figure]),
            )!,
          );
      } else if (classLabel) {
        const name = classLabel.replace(/（类）$/, '');
        const table =
          (/一般公共预算/.test(section.title) || /一般公共预算/.test(section.text)) &&
          model.printed.generalBudgetExpenditure
            ? model.printed.generalBudgetExpenditure
            : model.printed.expenditure;
        const index =
          table?.rows.findIndex((r) => r.code?.length === 3 && compact(r.name ?? '') === name) ?? -1;
        const cls = figureAt(table, index, amountColumn(table, 'total'));
        if (cls)
          out.push(
            compareSides(
              id,
              `${section.title}：${f.label} = ${cls.source.title} ${cls.source.row ?? ''}`,
              `说明中所述的${f.label}支出，应等于${cls.source.title}中该类的合计。`,
              side(`${cls.source.title} ${cls.source.row ?? ''}`, [cls]),
              side(`说明：${f.label}`, [figure]),
            )!,
          );
      }
      if (f.share !== undefined) {
        const named = namedWhole(section, f);
        const namedAnchor = named ? list.find((a) => a.pattern.test(named)) : undefined;
        const base = namedAnchor?.resolve(section.title) ?? whole;
        if (base) {
          const c = shareCheck(`${id}:share`, section, f, figure, base);
          if (c) out.push(c);
        }
      } else {
        // A figure stated without a share is the whole the following shares are of.
        whole = figure;
      }
    });
  }
  return out;
}

/**
 * The narrative checks of a model.
 * @returns structured-block checks first, then one check per labelled section figure and
 *   per printed share; none for a narrative without figures
 */
export function narrativeChecks(model: BudgetModel): CheckResult[] {
  const out: CheckResult[] = [];
  const covered = new Set<string>();
  const push = (c: CheckResult | null, anchor?: string) => {
    if (!c) return;
    out.push(c);
    if (anchor) covered.add(anchor);
  };
  const n = model.narrative;
  const { expenditure, basicExpenditure: basic, threePublicExpenses: three } = model.printed;
  const rev = summaryHalf(model.printed.budgetSummary, 'revenue');
  const TOTAL = /^(收入总计|总计)$|、(收入)?总计$/;
  const total = (t: PrintedTable | undefined, role: Parameters<typeof amountColumn>[1]) =>
    figureAt(t, totalRowIndex(t), amountColumn(t, role));
  const sec = (title: string, row?: string): CheckSource => ({ title, ...(row ? { row } : {}) });
  const narrativeRef = (section: string): SourceRef => ({ kind: 'narrative', section });
  const block = (
    id: string,
    what: string,
    table: Figure | undefined,
    stated: Decimal | undefined,
    section: string,
    anchor?: string,
  ) => {
    if (!table) return;
    push(
      compareSides(
        id,
        `情况说明${what} = ${table.source.title} ${table.source.row ?? ''}${table.source.column ? `「${table.source.column}」` : ''}`,
        `情况说明中所述的${what}，应等于${table.source.title}中印出的同一数字。`,
        side(`${table.source.title} ${table.source.row ?? ''}`, [table]),
        side(`情况说明：${what}`, present(modelFigure(stated, sec(section, what)))),
        { refs: [narrativeRef(section)] },
      ),
      anchor,
    );
  };
  const ex = n.expenditureExplanation;
  block(
    'narrative-revenue',
    '收入总额',
    rev.at(rev.find(TOTAL)),
    n.revenueExplanation?.total,
    '二、1、收入说明',
    'total',
  );
  block(
    'narrative-expenditure',
    '支出总额',
    total(expenditure, 'total'),
    ex?.total,
    '二、2、支出说明',
    'expenditure',
  );
  block(
    'narrative-basic',
    '基本支出',
    total(expenditure, 'basicExpenditure'),
    ex?.basicExpenditure,
    '二、2、支出说明',
    'basic',
  );
  block(
    'narrative-project',
    '项目支出',
    total(expenditure, 'projectExpenditure'),
    ex?.projectExpenditure,
    '二、2、支出说明',
    'project',
  );
  block(
    'narrative-personnel',
    '人员经费',
    total(basic, 'personnelExpense'),
    ex?.personnelExpense,
    '二、2、支出说明',
    'personnel',
  );
  block(
    'narrative-public',
    '日常公用经费',
    total(basic, 'publicExpense'),
    ex?.publicExpense,
    '二、2、支出说明',
    'public',
  );
  block(
    'narrative-operating',
    '机关运行经费',
    total(basic, 'publicExpense'),
    n.institutionalOperatingExpenses?.amount,
    '三、机关运行经费安排情况',
  );
  const threeTotal = three
    ? figureAt(
        three,
        three.rows.findIndex((r) => r.kind === 'total' || r.level === 0),
        amountColumn(three, 'total'),
      )
    : undefined;
  block(
    'narrative-three-public',
    '“三公”经费',
    threeTotal,
    n.threePublicExpenses?.total,
    '四、财政拨款“三公”经费预算情况',
  );
  const items = ex?.projectItems ?? [];
  const project = total(expenditure, 'projectExpenditure');
  if (items.length > 0 && project) {
    push(
      compareSides(
        'narrative-project-items',
        '情况说明所列项目之和 = 项目支出',
        '情况说明支出说明中逐项列出的项目金额之和，应等于支出总表合计行的项目支出。',
        side(`${project.source.title} 项目支出`, [project]),
        side(
          '所列项目之和',
          present(...items.map((p) => modelFigure(p.amount, sec('二、2、支出说明', p.name)))),
        ),
      ),
    );
  }
  const yoy = n.yearOnYear;
  const yoyParts = yoy?.items.map((i) => i.change) ?? [];
  if (yoy && yoyParts.length > 0) {
    const s = '二、3、比上年增减情况';
    push(
      compareSides(
        'narrative-yoy-parts',
        '比上年增减：总额变化 = 基本支出变化 + 项目支出变化',
        '比上年增减情况中，总额的增减应等于基本支出与项目支出增减之和。',
        side('总额变化', present(modelFigure(yoy.totalChange, sec(s, '总额变化')))),
        side(
          '各部分变化之和',
          present(
            ...(yoy.items.map((i) =>
              modelFigure(i.change, sec(s, i.part === 'basicExpenditure' ? '基本支出' : '项目支出')),
            ) ?? []),
          ),
        ),
      ),
    );
  }
  const y = model.yearOnYear;
  if (y && !y.inferred) {
    const label = { total: '合计', basicExpenditure: '基本支出', projectExpenditure: '项目支出' } as const;
    for (const l of y.lines) {
      push(
        compareSides(
          `previous-year-${l.part}`,
          `情况说明所列${label[l.part]}比上年增减 = ${y.currentYear}年 − ${y.previousYear}年数据`,
          `情况说明所述${label[l.part]}比上年的增减，应等于本年数减去上年数据集中的同一数字。`,
          side(
            `${y.currentYear}年 − ${y.previousYear}年`,
            present(
              modelFigure(l.change, sec(`${y.currentYear}年与${y.previousYear}年支出总表`, label[l.part])),
            ),
          ),
          side(
            '情况说明所述增减',
            present(modelFigure(l.stated, sec('二、3、比上年增减情况', label[l.part]))),
          ),
          { refs: [l.currentSource, l.previousSource] },
        ),
      );
    }
  }
  out.push(...sectionFigureChecks(model, covered));
  return out;
}
