/**
 * Finding the tables of a disclosure in its pages of lines: a title (a line ending in 表)
 * followed within a few lines by "单位：元/万元" starts a table; table-of-contents entries
 * (dot leaders, page numbers, a 目录 page) never do. A table runs over continuation pages
 * (pages starting with its repeated header or with data rows) until the next title.
 */
import { isAmountCell, parseCode, squeezeLabel, toHalfWidth } from './cells';
import { lineText, type LayoutLine, type LayoutPage, type PageRule } from './layout';
import type { AmountUnit } from '../../domain/printed-table';

/** The lines of one table, before its columns are read. */
export interface TableBlock {
  readonly title: string;
  readonly titleLine: LayoutLine;
  readonly unit: AmountUnit;
  /** Header lines of the first page (under the title and unit, above the first data row). */
  readonly header: readonly LayoutLine[];
  /** Data, continuation and note lines, in order (repeated headers and page furniture removed). */
  readonly body: readonly LayoutLine[];
  readonly pages: readonly number[];
  /** The ruling lines of the title's page (PDF input that draws its borders), for the header. */
  readonly rules?: readonly PageRule[];
  /** The ruling lines of each page the table spans, by page number (PDF input only). */
  readonly rulesByPage?: Readonly<Record<number, readonly PageRule[]>>;
}

const UNIT = /单位\s*[:：]\s*(万元|元)/;

/** The unit a line states ("单位：万元" anywhere on it), if any. */
export function unitOf(line: LayoutLine): AmountUnit | undefined {
  const m = UNIT.exec(toHalfWidth(lineText(line)).replace(/：/g, ':'));
  return m ? (m[1] as AmountUnit) : undefined;
}

const squeezedText = (l: LayoutLine) => squeezeLabel(lineText(l)).replace(/\s+/g, '');

/** A line that could be a table title: short, ends with 表, no dot leaders, no page number. */
export function isTitleCandidate(line: LayoutLine): boolean {
  const t = squeezedText(line);
  if (t.length < 4 || t.length > 60) return false;
  if (/[.…·．]{3,}|…/.test(t)) return false;
  return /表([(（]续[)）])?$/.test(t) && !/^注|^说明/.test(t);
}

/** Page furniture above a table's header: department, year, unit lines. */
export const isFurniture = (l: LayoutLine): boolean =>
  unitOf(l) !== undefined || /^(编制部门|编制单位|预算年度|部门名称|单位名称)[:：]/.test(squeezedText(l));

/** A line that holds data: an amount, a leading code, or a 合计/总计/小计 cell. */
export function isBodyLine(l: LayoutLine): boolean {
  const cells = l.cells.map((c) => c.text.trim()).filter((c) => c !== '');
  if (cells.length === 0) return false;
  if (/^栏次$/.test(squeezeLabel(cells[0]!))) return false;
  if (cells.some((c) => isAmountCell(c) && !/^\d{1,2}$/.test(c))) return true;
  if (cells.length === 1 && /^(合计|总计|小计)$/.test(squeezeLabel(cells[0]!))) return true;
  return parseCode(cells[0]!) !== undefined && cells.length > 1 && !/^\d+$/.test(cells[1] ?? '');
}

/** A note printed with a table. */
export const isNoteLine = (l: LayoutLine): boolean =>
  /^(注|说明|备注)[:：]|本表无数据|空表列示|本表为空/.test(squeezedText(l));

const isTocPage = (p: LayoutPage) => p.lines.some((l) => /^目录$/.test(squeezedText(l)));

/**
 * Finds the tables.
 *
 * @param pages  the document's pages of lines
 * @returns table blocks in document order
 */
export function findTables(pages: readonly LayoutPage[]): TableBlock[] {
  const lines: LayoutLine[] = pages.filter((p) => !isTocPage(p)).flatMap((p) => p.lines);
  const rulesOf = new Map(pages.map((p) => [p.page, p.rules]));
  const starts: { at: number; unitAt: number; unit: AmountUnit }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const unit = unitOf(lines[i]!);
    if (!unit) continue;
    for (let k = i; k >= Math.max(0, i - 4); k--) {
      const l = lines[k]!;
      if (l.page !== lines[i]!.page) break;
      const sameLineTitle =
        k === i &&
        isTitleCandidate({
          ...l,
          cells: l.cells.filter((c) => !UNIT.test(c.text) && !/编制部门/.test(c.text)),
        });
      if ((k < i && isTitleCandidate(l)) || sameLineTitle) {
        if (!starts.some((s) => s.at === k)) starts.push({ at: k, unitAt: i, unit });
        break;
      }
    }
  }
  const blocks: TableBlock[] = [];
  starts.forEach((s, n) => {
    const endAt = n + 1 < starts.length ? starts[n + 1]!.at : lines.length;
    const titleLine = lines[s.at]!;
    const title = squeezeLabel(lineText(titleLine)).replace(/\s+/g, '');
    const header: LayoutLine[] = [];
    const body: LayoutLine[] = [];
    const pagesOf = new Set<number>([titleLine.page]);
    let i = s.unitAt + 1;
    while (i < endAt && !isBodyLine(lines[i]!) && !isNoteLine(lines[i]!)) {
      if (!isFurniture(lines[i]!)) header.push(lines[i]!);
      i++;
    }
    // A name fragment printed just above the first code row belongs to the body.
    while (header.length > 0 && i < endAt && isNameFragmentAbove(header[header.length - 1]!, lines[i]!)) {
      i--;
      header.pop();
    }
    const headerTexts = new Set(header.map(squeezedText));
    // the lines between title and unit (department, year) repeat on continuation pages
    const furnitureTexts = new Set<string>();
    for (let k = s.at + 1; k < s.unitAt; k++) furnitureTexts.add(squeezedText(lines[k]!));
    let page = titleLine.page;
    // a repeated header stands at the top of a page, before its first data row: further down,
    // a line equal to a header fragment ("款") is the end of a wrapped name
    let pageTop = false;
    for (; i < endAt; i++) {
      const l = lines[i]!;
      if (l.page !== page) {
        const rest = lines.slice(i, endAt).filter((x) => x.page === l.page);
        if (!isContinuationPage(rest, headerTexts)) break;
        page = l.page;
        pagesOf.add(page);
        pageTop = true;
      }
      if (isSectionHeading(l)) break;
      if (isFurniture(l) || isRepeatedHeaderRow(l)) continue;
      if (furnitureTexts.has(squeezedText(l)) || (pageTop && headerTexts.has(squeezedText(l)))) continue;
      pageTop = false;
      body.push(l);
    }
    const rules = rulesOf.get(titleLine.page);
    const rulesByPage = Object.fromEntries(
      [...pagesOf].flatMap((p) => {
        const r = rulesOf.get(p);
        return r?.length ? [[p, r] as const] : [];
      }),
    );
    blocks.push({
      title,
      titleLine,
      unit: s.unit,
      header,
      body,
      pages: [...pagesOf],
      ...(rules?.length ? { rules, rulesByPage } : {}),
    });
  });
  return blocks;
}

/** A heading of the narrative part: the tables have ended. */
const isSectionHeading = (l: LayoutLine) =>
  // a year in the heading ("2024 年部门预算信息公开情况说明") is not an amount
  !l.cells.some((c) => isAmountCell(c.text) && !/^(19|20)\d{2}$/.test(c.text.trim())) &&
  /情况说明$|^第[一二三四五六七八九十]+部分/.test(squeezedText(l));

/** Header rows the seed repeats on each page (序号 …, 栏次 …). */
const isRepeatedHeaderRow = (l: LayoutLine) => /^(序号|栏次)$/.test(squeezeLabel(l.cells[0]?.text ?? ''));

function isNameFragmentAbove(prev: LayoutLine, first: LayoutLine): boolean {
  if (prev.cells.length !== 1) return false;
  // text without positions: a numbered item name ("一、社会保障和就业", wrapped around the
  // first row) is never a header label
  if (prev.y === undefined) return /^[一二三四五六七八九十]+、/.test(squeezedText(prev));
  if (first.y === undefined) return false;
  const fs = prev.fontSize ?? 10;
  return prev.y - first.y < 0.8 * fs && parseCode(first.cells[0]?.text ?? '') !== undefined;
}

/**
 * A line of one or two short item names ("十六、金融支出", "使用非财政拨款结余（含专用结余）  结余分配");
 * the blank cells of a text grid row (" |  | 十六、金融支出 |  | ") do not count.
 */
const isItemNamesLine = (l: LayoutLine) => {
  const texts = l.cells.map((c) => squeezeLabel(c.text).replace(/\s+/g, '')).filter((t) => t !== '');
  return (
    texts.length > 0 &&
    texts.length <= 2 &&
    texts.every((t) => t.length <= 20 && !/[。；;，,：:]/.test(t) && !isAmountCell(t))
  );
};

/** A page continues the table when its first lines repeat the header or hold data. */
function isContinuationPage(pageLines: readonly LayoutLine[], headerTexts: ReadonlySet<string>): boolean {
  for (const l of pageLines.slice(0, 8)) {
    if (isFurniture(l) || isRepeatedHeaderRow(l)) continue;
    if (headerTexts.has(squeezedText(l))) return true;
    if (isBodyLine(l)) return true;
    if (l.cells.length === 1 && pageLines.length > 1 && isBodyLine(pageLines[pageLines.indexOf(l) + 1] ?? l))
      continue; // a name fragment above the first row
    // item names without amounts (a 收支总表's 支出 half runs on alone), as long as a data
    // row follows among the first lines; a narrative paragraph's long lines never qualify
    if (isItemNamesLine(l) && pageLines.slice(0, 8).some(isBodyLine)) continue;
    return false;
  }
  return false;
}
