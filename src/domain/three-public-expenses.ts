/**
 * 财政拨款"三公"经费 as disclosed: every printed row of the "三公"经费支出表 (blank cells
 * stay blank), the narrative's figure for the same item where it states one (四、财政拨款
 * "三公"经费预算情况及增减变化原因), and the 基本支出表 款 that carries the same spending.
 */
import Decimal from 'decimal.js';
import type { EconomicTree } from './economic-tree';
import type { ModelBase } from './budget-model';
import { readNarrativeFigures } from './narrative-figures';
import type { NarrativeSection } from './schema';
import type { SourceRef } from './source';
import { compact } from './text';

/** The narrative section that states the "三公" figures. */
export const THREE_PUBLIC_SECTION = '四、财政拨款“三公”经费预算情况及增减变化原因';

type NarrativeKey =
  | 'total'
  | 'outboundTravel'
  | 'vehiclePurchaseAndOperation'
  | 'vehiclePurchase'
  | 'vehicleOperation'
  | 'officialReception';

/** One printed row. `total` absent = the cell is blank in the table (shown —, not 0.00). */
export interface ThreePublicRow {
  seq: number;
  /** Label as printed, e.g. "一、因公出国（境）费". */
  item: string;
  /** Label without numbering and "其中：", e.g. "因公出国（境）费". */
  label: string;
  level: 0 | 1 | 2;
  total?: Decimal;
  source: SourceRef;
  /** The narrative's figure for this item, when it states one. */
  narrative?: { value: Decimal; source: SourceRef };
  /** Blank in the table but stated by the narrative (e.g. 因公出国（境）费: blank vs 0.00). */
  blankButStated: boolean;
  /** The 基本支出表 款 of the same name (e.g. 30231 公务用车运行维护费 6.00); `blank`: printed blank. */
  economic?: { code: string; name: string; total: Decimal; blank: boolean; source?: SourceRef };
}

/** The table and its narrative. */
export interface ThreePublicExpenses {
  rows: ThreePublicRow[];
  total?: { value: Decimal; source: SourceRef };
  /** Change against the previous year as the narrative states it (2024: +0.00). */
  change?: { value: Decimal; reason?: string; source: SourceRef };
  narrativeText: string;
}

const NARRATIVE_BY_LABEL: Record<string, NarrativeKey> = {
  合计: 'total',
  '因公出国（境）费': 'outboundTravel',
  公务用车购置及运维费: 'vehiclePurchaseAndOperation',
  公务用车购置及运行费: 'vehiclePurchaseAndOperation',
  公务用车购置及运行维护费: 'vehiclePurchaseAndOperation',
  公务用车购置费: 'vehiclePurchase',
  公务用车运行维护费: 'vehicleOperation',
  公务接待费: 'officialReception',
};

/** Which "三公" item a narrative label names, by its words (any bracket style, any template). */
function itemOfLabel(label: string): NarrativeKey | undefined {
  const l = label.normalize('NFKC').replace(/\s/g, '');
  if (l.includes('因公出国')) return 'outboundTravel';
  if (/公务用车购置及运行|公务用车购置及运维/.test(l)) return 'vehiclePurchaseAndOperation';
  if (/公务用车运行/.test(l)) return 'vehicleOperation';
  if (/公务用车购置/.test(l)) return 'vehiclePurchase';
  if (l.includes('公务接待')) return 'officialReception';
  if (l.includes('三公')) return 'total';
  return undefined;
}

/**
 * The "三公" figures a narrative section states, for a dataset without the structured block
 * (the 上海 templates: "七、财政拨款“三公”经费支出决算情况说明 … 支出决算为 0.39 万元，其中：
 * 因公出国(境)费决算为 0.00 万元 …"). Each item takes the first amount naming it; an amount
 * whose label names no item ("支出决算为 0.39 万元") is about its sentence's subject (the first
 * label of the sentence, "“三公”经费财政拨款支出年初预算为…"). Amounts about the other kind's
 * figure (a 决算's 年初预算, a 预算's 上年 figure) and changes are not read.
 *
 * @returns the figures in 万元 and the section they are read from, or undefined when no
 *   section states them
 */
export function readThreePublicFromSections(
  sections: readonly NarrativeSection[],
  kind: '预算' | '决算',
): { figures: Partial<Record<NarrativeKey, Decimal>>; section: string } | undefined {
  const section = sections.find(
    (s) => /三公/.test(s.title) && !/名词解释|[:：]指/.test(s.title) && /\d/.test(s.text),
  );
  if (!section) return undefined;
  const other = kind === '决算' ? /预算/ : /决算|上年|\d{4}年度?预算/;
  const figures: Partial<Record<NarrativeKey, Decimal>> = {};
  for (const sentence of section.text.split(/(?<=[。；;])/)) {
    const read = readNarrativeFigures(sentence).filter((f) => f.kind === 'amount' && f.unit !== '%');
    const subject = read[0] ? itemOfLabel(read[0].label) : undefined;
    for (const f of read) {
      if (other.test(f.label)) continue;
      const key = itemOfLabel(f.label) ?? subject;
      if (!key || figures[key] !== undefined) continue;
      const v = new Decimal(f.value);
      figures[key] = f.unit === '元' ? v.div(10000) : f.unit === '亿元' ? v.times(10000) : v;
    }
  }
  return Object.keys(figures).length > 0 ? { figures, section: section.title } : undefined;
}

/** "一、因公出国（境）费" → "因公出国（境）费"; "其中：公务用车购置费" → "公务用车购置费". */
export function threePublicLabel(item: string): string {
  return compact(item)
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^其中[:：]/, '');
}

/**
 * Reads the "三公" table with the narrative beside it (once, by buildBudgetModel).
 * @param economic the 基本支出表 tree, to link items to their 经济分类 款 by name
 */
export function readThreePublicExpenses(dataset: ModelBase, economic?: EconomicTree): ThreePublicExpenses {
  const n = dataset.narrative.threePublicExpenses;
  // Without the structured block, the figures the 三公 section states in its sentences.
  const fromSections = n
    ? undefined
    : readThreePublicFromSections(dataset.narrative.sections, dataset.meta.kind);
  const stated: Partial<Record<NarrativeKey, Decimal>> | undefined = n ?? fromSections?.figures;
  const narrativeSource: SourceRef = {
    kind: 'narrative',
    section: fromSections?.section ?? THREE_PUBLIC_SECTION,
  };
  const economicByName = new Map<string, EconomicTree['classes'][number]>();
  for (const node of economic?.byCode.values() ?? []) {
    if (node.level === '款') economicByName.set(compact(node.name), node);
  }
  // A table printed with its items as columns is read as item rows by readModelBase; a row
  // still without a name cannot be named and is not shown as an item.
  const named = dataset.tables.threePublicExpenses.rows.filter((r) => threePublicLabel(r.item) !== '');
  // Items read from the columns of one printed row point to that row's column of the item.
  const printed = dataset.printed.threePublicExpenses;
  const printedRow = printed?.rows.findIndex((r) => Object.keys(r.cells).length > 0) ?? -1;
  const asColumns =
    printed !== undefined && printedRow >= 0 && !printed.rows.some((r) => (r.name ?? '').trim() !== '');
  const sourceOf = (r: { seq: number }, label: string): SourceRef =>
    asColumns
      ? {
          kind: 'table',
          table: 'threePublicExpenses',
          seq: printed.rows[printedRow]!.seq ?? printedRow + 1,
          column: label,
        }
      : { kind: 'table', table: 'threePublicExpenses', seq: r.seq, column: '合计' };
  const rows: ThreePublicRow[] = named.map((r) => {
    const label = threePublicLabel(r.item);
    const key = NARRATIVE_BY_LABEL[label];
    const statedValue = key && stated ? stated[key] : undefined;
    const econ = economicByName.get(label);
    return {
      seq: r.seq,
      item: compact(r.item),
      label,
      level: r.level as 0 | 1 | 2,
      ...(r.total !== undefined ? { total: r.total } : {}),
      source: sourceOf(r, label),
      ...(statedValue !== undefined ? { narrative: { value: statedValue, source: narrativeSource } } : {}),
      blankButStated: r.total === undefined && statedValue !== undefined,
      ...(econ
        ? {
            economic: {
              code: econ.code,
              name: econ.name,
              total: econ.total,
              blank: econ.blank.includes('total'),
              ...(econ.source ? { source: econ.source } : {}),
            },
          }
        : {}),
    };
  });
  const totalRow = rows.find((r) => r.label === '合计' && r.total !== undefined);
  return {
    rows,
    ...(totalRow?.total ? { total: { value: totalRow.total, source: totalRow.source } } : {}),
    ...(n?.changeFromPreviousYear !== undefined
      ? {
          change: {
            value: n.changeFromPreviousYear,
            ...(n.reason ? { reason: n.reason } : {}),
            source: narrativeSource,
          },
        }
      : {}),
    narrativeText: n?.text ?? '',
  };
}
