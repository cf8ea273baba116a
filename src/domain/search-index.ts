/**
 * Find anything (the header's search box): one index per dataset of every 功能分类科目 and
 * 经济分类科目 (code and name), every project, every 绩效指标, every row of every printed
 * table and every paragraph of the narrative, each with the figure that goes beside it and
 * the in-app route that opens its view at that place. Pure: built once per dataset.
 *
 * Matching: the query, spaces removed and lower-cased, matches a code by prefix and a name
 * or text by substring. Hits are ranked exact match → prefix → substring, then by kind
 * (科目, 报表行, 项目, 绩效指标, 说明), then in printed order.
 */
import type Decimal from 'decimal.js';
import type { BudgetModel } from './budget-model';
import { formatAmount, formatPrinted } from './format';
import { printedSpecRows, printedTableId } from './printed-table-spec';
import type { Dataset } from './schema';

/** What a hit is. */
export type SearchKind = 'function' | 'economic' | 'tableRow' | 'project' | 'indicator' | 'narrative';

/** One entry of the index. */
export interface SearchEntry {
  kind: SearchKind;
  /** 科目编码 / 项目编码, when it has one. */
  code?: string;
  /** What the hit is called: 科目名称, project name, indicator, row name, section title. */
  title: string;
  /** Where it stands: the table title, the project, the section. */
  context: string;
  /** The figure beside the hit, formatted with its unit ("1,150.65 万元", "≥95%"); absent when none. */
  figure?: string;
  /** In-app route that opens its view at that place, e.g. "/function/206/20601". */
  route: string;
  /** Longer text searched too (a paragraph), not shown. */
  text?: string;
}

/** A dataset's index: the entries with their normalised keys. */
export interface SearchIndex {
  entries: readonly SearchEntry[];
  /** Per entry: normalised code, title and text. */
  keys: readonly { code: string; title: string; text: string }[];
}

const KIND_ORDER: Record<SearchKind, number> = {
  function: 0,
  economic: 1,
  tableRow: 2,
  project: 3,
  indicator: 4,
  narrative: 5,
};

/** Lower-case, spaces (ASCII and full-width) removed. */
export function normaliseQuery(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').toLowerCase();
}

const wan = (v: Decimal) => `${formatAmount(v)} 万元`;

/** Paragraphs of a section: its text split at line breaks, empty ones dropped. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * Builds the index of one dataset.
 *
 * @param dataset the dataset (tables as printed, narrative sections)
 * @param model   its budget model (trees and projects in 万元)
 * @returns the index; routes are without "#" and without the sticky `?d=`
 */
export function buildSearchIndex(
  dataset: Pick<Dataset, 'meta' | 'tables' | 'narrative'>,
  model: BudgetModel,
): SearchIndex {
  const entries: SearchEntry[] = [];
  const expenditureTitle = model.printed.expenditure?.title ?? '支出总表';
  for (const node of model.functionTree.byCode.values()) {
    entries.push({
      kind: 'function',
      code: node.code,
      title: node.name,
      context: `功能分类科目（${node.level}） · ${expenditureTitle}`,
      ...(node.blank.includes('total') ? {} : { figure: wan(node.total) }),
      route: `/function/${node.path.join('/')}`,
    });
  }
  const basicTitle = model.printed.basicExpenditure?.title ?? '基本支出表';
  for (const node of model.economicTree.byCode.values()) {
    entries.push({
      kind: 'economic',
      code: node.code,
      title: node.name,
      context: `经济分类科目（${node.level}） · ${basicTitle}`,
      ...(node.blank.includes('total') ? {} : { figure: wan(node.total) }),
      route: `/personnel-public/${node.code.slice(0, 3)}`,
    });
  }
  for (const table of dataset.tables) {
    const id = printedTableId(table, dataset);
    const amounts = table.columns.filter((c) => c.kind === 'amount');
    const texts = table.columns.filter((c) => c.kind === 'text');
    for (const r of printedSpecRows(table)) {
      const name =
        r.row.name ??
        texts
          .map((c) => r.row.cells[c.key])
          .filter(Boolean)
          .join(' / ');
      if (!name && !r.row.code) continue;
      const first = amounts.map((c) => r.row.cells[c.key]).find((v) => v !== undefined);
      entries.push({
        kind: 'tableRow',
        ...(r.row.code ? { code: r.row.code } : {}),
        title: name || r.row.code!,
        context: `${table.title}${r.page !== undefined ? ` · 第${r.page}页` : ''}`,
        ...(first !== undefined ? { figure: `${formatPrinted(first)} ${table.unit}` } : {}),
        route: `/tables/${id}?row=${encodeURIComponent(r.key)}`,
      });
    }
  }
  for (const p of model.projects) {
    entries.push({
      kind: 'project',
      code: p.code,
      title: p.name,
      context: p.tableTitle,
      figure: wan(p.budget),
      route: `/basic-project?project=${encodeURIComponent(p.code)}`,
      ...(p.purpose ? { text: p.purpose } : {}),
    });
    for (const ind of p.indicators) {
      entries.push({
        kind: 'indicator',
        title: ind.level3,
        context: `${p.name} · ${ind.level1} · ${ind.level2}`,
        ...(ind.value ? { figure: ind.value } : {}),
        route: `/performance/project/${encodeURIComponent(p.code)}`,
        ...(ind.description ? { text: ind.description } : {}),
      });
    }
  }
  dataset.narrative.sections.forEach((section, index) => {
    let offset = 0;
    for (const paragraph of paragraphs(section.text)) {
      const start = section.text.indexOf(paragraph, offset);
      offset = start + paragraph.length;
      const figure = section.figures.find((f) => f.offset >= start && f.offset < offset);
      entries.push({
        kind: 'narrative',
        title: paragraph.length > 60 ? `${paragraph.slice(0, 60)}…` : paragraph,
        context: section.title,
        ...(figure ? { figure: figure.text } : {}),
        route: `/about?at=s${index + 1}`,
        text: paragraph,
      });
    }
  });
  return {
    entries,
    keys: entries.map((e) => ({
      code: normaliseQuery(e.code ?? ''),
      title: normaliseQuery(e.title),
      text: normaliseQuery(`${e.context} ${e.text ?? ''}`),
    })),
  };
}

/** How well an entry matches: 0 exact, 1 prefix, 2 substring of its title, 3 of its text; -1 none. */
function matchRank(key: SearchIndex['keys'][number], q: string): number {
  if (key.code === q || key.title === q) return 0;
  if ((key.code && key.code.startsWith(q)) || key.title.startsWith(q)) return 1;
  if (key.title.includes(q)) return 2;
  if (q.length >= 2 && key.text.includes(q)) return 3;
  return -1;
}

/**
 * The hits of a query, best first.
 * @param limit at most this many hits (default 20)
 * @returns [] for an empty query
 */
export function searchIndex(index: SearchIndex, query: string, limit = 20): SearchEntry[] {
  const q = normaliseQuery(query);
  if (!q) return [];
  const hits: { rank: number; order: number; entry: SearchEntry }[] = [];
  index.keys.forEach((key, order) => {
    const rank = matchRank(key, q);
    if (rank >= 0) hits.push({ rank, order, entry: index.entries[order]! });
  });
  hits.sort(
    (a, b) => a.rank - b.rank || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.order - b.order,
  );
  return hits.slice(0, limit).map((h) => h.entry);
}
