/**
 * Reads any department disclosure (部门预算 / 部门决算; Hebei and Shanghai templates; 元 or
 * 万元) into its printed tables (dataset format v2, src/domain/printed-table.ts): from a PDF's
 * positioned text items or from a text extraction. Pure TypeScript (no Node API), so it also
 * runs in a Web Worker. It reads what it can: a missing table or a cell it cannot place is a
 * warning with page and line, never an exception and never a silent 0.
 */
import { printedTableSchema, type PrintedTable } from '../domain/printed-table';
import { STANDARD_TABLES, type DisclosureKind, type StandardTableId } from '../domain/standard-tables';
import { isPlaceholder } from './tables/cells';
import { findTables, type TableBlock } from './tables/find-tables';
import { layoutPage, lineText, type LayoutPage, type PositionedPage } from './tables/layout';
import { readTable } from './tables/read-table';
import { pagesFromText } from './tables/source-text';
import type { ImportWarning } from './tables/warnings';
import type { NarrativeLine } from './narrative-sections';

export type { ImportWarning } from './tables/warnings';

/** The plain text of one page, for the narrative reader. */
export interface PageText {
  readonly page: number;
  readonly lines: readonly string[];
}

/** What `readDisclosure` returns. */
export interface DisclosureRead {
  readonly kind: DisclosureKind | undefined;
  readonly tables: PrintedTable[];
  readonly pages: PageText[];
  /**
   * The lines that belong to no table (概况, 情况说明, 名词解释, the table of contents, page
   * numbers), in reading order, with page and 1-based line on the page: the input of
   * `splitNarrativeSections`. A table's lines are those from its title to its last header,
   * data or note line, repeated headers of continuation pages included.
   */
  readonly narrativeLines: NarrativeLine[];
  readonly warnings: ImportWarning[];
}

/** Options of `readDisclosure`. */
export interface ReadDisclosureOptions {
  /** 预算 or 决算 when known; otherwise guessed from the titles (决算 in a title → 决算). */
  readonly kind?: DisclosureKind;
}

/**
 * Reads a disclosure.
 *
 * @param input  positioned PDF pages (`readPdfItems`) or a text extraction (tab-separated, or
 *               page-marked `===== PAGE n =====` texts with optional `--- table N ---` grids)
 * @returns every table found (each valid against printedTableSchema), the page texts, and
 *          the warnings (Chinese messages with page/line/text)
 */
export function readDisclosure(
  input: readonly PositionedPage[] | string,
  options: ReadDisclosureOptions = {},
): DisclosureRead {
  const warnings: ImportWarning[] = [];
  const warn = (w: ImportWarning) => warnings.push(w);
  let layout: LayoutPage[];
  try {
    layout = typeof input === 'string' ? pagesFromText(input) : input.map(layoutPage);
  } catch (e) {
    warn({ code: 'unreadable', message: `无法读取输入：${e instanceof Error ? e.message : String(e)}` });
    return { kind: options.kind, tables: [], pages: [], narrativeLines: [], warnings };
  }
  const pages = layout.map((p) => ({ page: p.page, lines: p.lines.map(lineText) }));
  const blocks = findTables(layout);
  const kind =
    options.kind ?? (blocks.some((b) => /决算/.test(b.title)) ? '决算' : blocks.length ? '预算' : undefined);
  const tables: PrintedTable[] = [];
  for (const block of blocks) {
    try {
      const table = readTable(block, { ...(kind ? { kind } : {}) }, warn);
      const checked = printedTableSchema.safeParse(table);
      if (checked.success) tables.push(checked.data);
      else
        warn({
          code: 'invalid-table',
          message: `表“${block.title}”读出的结构不合格式：${checked.error.issues[0]?.message ?? ''}`,
          page: block.titleLine.page,
          line: block.titleLine.line,
        });
    } catch (e) {
      warn({
        code: 'table-failed',
        message: `读取表“${block.title}”时出错：${e instanceof Error ? e.message : String(e)}`,
        page: block.titleLine.page,
        line: block.titleLine.line,
      });
    }
  }
  if (kind) {
    const found = new Set(tables.map((t) => t.standardId));
    for (const spec of STANDARD_TABLES) {
      if (spec.kind !== kind || found.has(spec.id) || OPTIONAL_TABLES.has(spec.id)) continue;
      warn({ code: 'missing-table', message: `没有找到${kind}表“${spec.name}”` });
    }
  }
  // a blank template: placeholders ("XXX", "XX局", "XX%") instead of figures, one warning a page
  for (const p of layout) {
    const l = p.lines.find((x) => x.cells.some((c) => isPlaceholder(c.text) || /[XＸ]{2,}/.test(c.text)));
    if (l)
      warn({
        code: 'placeholder',
        message: `第 ${l.page} 页有占位符（如“XX”），不是实际数据：这是空白模板吗？`,
        page: l.page,
        line: l.line,
        text: lineText(l),
      });
  }
  return { kind, tables, pages, narrativeLines: narrativeLines(layout, blocks), warnings };
}

/** The lines outside every table block, in reading order (see `DisclosureRead.narrativeLines`). */
function narrativeLines(layout: readonly LayoutPage[], blocks: readonly TableBlock[]): NarrativeLine[] {
  const all = layout.flatMap((p) => p.lines);
  const index = new Map(all.map((l, i) => [l, i]));
  const inTable = new Uint8Array(all.length);
  for (const b of blocks) {
    const from = index.get(b.titleLine);
    if (from === undefined) continue;
    const to = Math.max(from, ...[...b.header, ...b.body].map((l) => index.get(l) ?? from));
    inTable.fill(1, from, to + 1);
  }
  return all.flatMap((l, i) => (inTable[i] ? [] : [{ page: l.page, line: l.line, text: lineText(l) }]));
}

/** Tables a disclosure may leave out without a warning (not in every template). */
export const OPTIONAL_TABLES = new Set<StandardTableId>(['final-operating-expenses', 'procurement']);
