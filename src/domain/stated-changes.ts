/**
 * The changes a narrative states against the previous year or the previous budget, read from
 * its sections as printed (any template): "与2023年度相比,收入支出总计减少56.95万元,下降1.87%",
 * "财政拨款收入328,661万元，比2025年预算增加115,649万元", "机关运行经费支出184.65万元,比2023年度
 * 增加2.55万元", "财政拨款收入支出总计持平". Each keeps the sentence it is read from and its
 * section, so a view can quote it as the source.
 *
 * Only sentences that name what they compare with (与YYYY年(度)相比, 比上年, 比YYYY年(度)(预算),
 * 较上年, 较YYYY年(度)) are read; a change without one ("较上一度增加…") is not a stated change
 * against a year. Amounts are converted to 万元 exactly.
 */
import Decimal from 'decimal.js';
import { readNarrativeFigures, readUnchangedStatements, type NarrativeFigure } from './narrative-figures';
import type { NarrativeSection } from './schema';
import type { SourceRef } from './source';

/** One change the narrative states. Amounts in 万元, percent ×100 (signed). */
export interface StatedChange {
  /** What changed, as the sentence names it, e.g. "收入支出总计", "财政拨款收入". */
  label: string;
  /** What it is compared with, as printed, e.g. "2023年度", "2025年预算", "上年". */
  against: string;
  /** Signed change (减少/下降 negative); 0 for 持平. */
  change: Decimal;
  /** The percentage change printed after it ("下降1.87%"), signed. */
  percent?: Decimal;
  /** This year's figure the text states for the same item, when it does. */
  current?: Decimal;
  /** The change as printed, e.g. "减少56.95万元", or "持平". */
  printed: string;
  /**
   * The words that state it, as printed (white space collapsed): its sentence, or, when the
   * sentence lists several items separated by "；", the item that holds the change.
   */
  sentence: string;
  /** The section it is read from. */
  source: SourceRef & { kind: 'narrative' };
}

const COMPARISON =
  /(?:与\s*(\d{4}\s*年度?(?:预算)?)\s*相比|比\s*(上年度?|上一年度?|\d{4}\s*年度?(?:预算(?:数)?)?)|较\s*(上年度?|上一年度?|\d{4}\s*年度?(?:预算)?))/;
const COMPARISON_G = new RegExp(COMPARISON.source, 'g');

function toWan(value: string, unit: NarrativeFigure['unit']): Decimal | undefined {
  const v = new Decimal(value);
  if (unit === '万元') return v;
  if (unit === '元') return v.div(10000);
  if (unit === '亿元') return v.times(10000);
  return undefined;
}

/** A label without the comparison phrase, a leading year ("2024年度") or quotes around nothing. */
function cleanLabel(label: string): string {
  return label
    .replace(new RegExp(COMPARISON.source + '$'), '')
    .replace(/与上一?年度?$/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、/, '')
    .replace(/(决算数|预算数)$/, '')
    .trim();
}

/** Splits a text into sentences at 。！？ and line breaks that end one. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|\n(?=\S)/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The "；"-separated part of a sentence holding `offset`, with its end mark. */
function partAt(sentence: string, offset: number): string {
  let start = 0;
  for (const m of sentence.matchAll(/[；;]/g)) {
    if (m.index >= offset) return sentence.slice(start, m.index + 1).trim();
    start = m.index + 1;
  }
  return sentence.slice(start).trim();
}

/**
 * The amount this sentence (or the text before it in its section) states for `label`: the
 * nearest amount figure before the change whose label ends with it ("…2024年度收入支出总计
 * 2995.39万元" for "收入支出总计").
 */
function currentOf(label: string, before: NarrativeFigure[]): NarrativeFigure | undefined {
  if (!label) return undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const f = before[i]!;
    if (f.kind === 'amount' && f.unit !== '%' && f.label.replace(/\s/g, '').endsWith(label)) return f;
  }
  return undefined;
}

/**
 * Reads every stated change of the narrative, in printed order.
 * @param sections the narrative's sections as printed (dataset `narrative.sections`)
 */
export function readStatedChanges(sections: readonly NarrativeSection[]): StatedChange[] {
  const out: StatedChange[] = [];
  for (const section of sections) {
    const source = { kind: 'narrative', section: section.title } as const;
    const earlier: NarrativeFigure[] = [];
    for (const sentence of sentences(section.text)) {
      const figures = readNarrativeFigures(sentence);
      const comparisons = [...sentence.matchAll(COMPARISON_G)];
      if (comparisons.length > 0) {
        for (const [i, f] of figures.entries()) {
          if (f.kind !== 'change' || f.unit === '%') continue;
          // The comparison that governs the change: the last one printed before it, else the
          // sentence's first ("与2023年度相比" opens the sentence; "比…增加" precedes the figure).
          const governing = comparisons.filter((c) => c.index <= f.offset).pop() ?? comparisons[0]!;
          const against = (governing[1] ?? governing[2] ?? governing[3] ?? '').replace(/\s/g, '');
          const change = toWan(f.value, f.unit);
          if (!change) continue;
          // The label before the figure, or, when the clause is only "比2025年预算", the amount
          // the clause follows ("财政拨款收入328,661万元，比2025年预算增加…").
          let label = cleanLabel(f.label);
          let current: NarrativeFigure | undefined;
          if (!label) {
            current = [...figures.slice(0, i)].reverse().find((g) => g.kind === 'amount' && g.unit !== '%');
            label = current ? cleanLabel(current.label) : '';
          } else current = currentOf(label, [...earlier, ...figures.slice(0, i)]);
          if (!label) continue;
          const currentWan = current ? toWan(current.value, current.unit) : undefined;
          out.push({
            label,
            against,
            change,
            ...(f.percentChange !== undefined ? { percent: new Decimal(f.percentChange) } : {}),
            ...(currentWan ? { current: currentWan } : {}),
            printed: f.printed,
            sentence: partAt(sentence, f.offset),
            source,
          });
        }
        for (const u of readUnchangedStatements(sentence)) {
          const label = cleanLabel(u.label);
          if (!label) continue;
          const governing = comparisons.filter((c) => c.index <= u.offset).pop() ?? comparisons[0]!;
          const current = currentOf(label, [...earlier, ...figures]);
          const currentWan = current ? toWan(current.value, current.unit) : undefined;
          out.push({
            label,
            against: (governing[1] ?? governing[2] ?? governing[3] ?? '').replace(/\s/g, ''),
            change: new Decimal(0),
            ...(currentWan ? { current: currentWan } : {}),
            printed: '持平',
            sentence: partAt(sentence, u.offset),
            source,
          });
        }
      }
      earlier.push(...figures);
    }
  }
  return out;
}

/**
 * The headline change: the first the narrative states (every template opens its 总体情况 with
 * the department's total: 收入支出总计, 收入预算 / 财政拨款收入).
 */
export function headlineChange(changes: readonly StatedChange[]): StatedChange | undefined {
  return changes[0];
}
