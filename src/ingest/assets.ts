/** 八、政府采购预算情况 and 九、国有资产信息 (部门固定资产占用情况表). */
import type { DatasetV1Json as DatasetJson } from '../domain/schema-v1';
import { figure } from './figures';
import { isPageHeaderLine, type Section } from './sections';
import { headerColumns } from './table-grid';
import { amountCell, cells, compact, DisclosureParseError, joinParagraph, labelKey } from './text';

type Narrative = DatasetJson['narrative'];

/**
 * 部门政府采购预算: the printed column labels (a spanning header is written "group/label",
 * e.g. "政府采购项目来源/项目名称"), the rows (label → cell, blank cells left out) and the
 * notes ("注：…"). The table is empty in many disclosures ("注：无政府采购预算，空表列示。").
 */
export function parseProcurement(section: Section): Narrative['procurement'] {
  const tabLines = section.lines.filter((l) => l.text.includes('\t'));
  const notes = section.lines.map((l) => l.text.trim()).filter((t) => /^注/.test(t));
  if (tabLines.length === 0) return { columns: [], rows: [], notes };
  const upper = cells(tabLines[0]!.text);
  const lower = tabLines[1] ? cells(tabLines[1].text) : [];
  const cols = headerColumns(upper, lower, [], 0);
  const name = (c: (typeof cols)[number]) => (c.group ? `${c.group}/${c.label}` : c.label);
  const rows = tabLines.slice(2).map((l) => {
    const c = cells(l.text);
    return Object.fromEntries(cols.map((col) => [name(col), c[col.index] ?? '']).filter(([, v]) => v !== ''));
  });
  return { columns: cols.map(name), rows, notes };
}

/**
 * 九、国有资产信息: the paragraph with 上年末固定资产金额 (total, 万元) and 拟购置固定资产总额
 * (plannedPurchases), 截止时间 as an ISO date, and the rows of 部门固定资产占用情况表 (数量 as
 * printed, 价值 in 万元; "其中：…" rows are level 1).
 *
 * @throws DisclosureParseError when 截止时间 or the table header is missing.
 */
export function parseFixedAssets(section: Section, warnings: string[]): Narrative['fixedAssets'] {
  const lines = section.lines;
  const tableTitleAt = lines.findIndex((l) => /固定资产占用情况表$/.test(l.text.trim()));
  const firstTab = lines.findIndex((l) => l.text.includes('\t'));
  const textEnd = tableTitleAt >= 0 ? tableTitleAt : firstTab >= 0 ? firstTab : lines.length;
  const textLines = lines
    .slice(0, textEnd)
    .map((l) => l.text.trim())
    .filter((t) => t !== '' && !isPageHeaderLine(t));
  const text = textLines.join('\n');

  const asOfLine = lines.find((l) => /截止时间/.test(l.text));
  const m =
    asOfLine && /截止时间[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(asOfLine.text);
  if (!m) throw new DisclosureParseError('找不到“截止时间：YYYY-MM-DD”', section.title, section.titleLine);
  const asOf = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;

  if (firstTab < 0)
    throw new DisclosureParseError('找不到固定资产占用情况表的表头', section.title, section.titleLine);
  const header = cells(lines[firstTab]!.text).map(labelKey);
  const iItem = header.findIndex((h) => h === '项目');
  const iQty = header.findIndex((h) => h === '数量');
  const iValue = header.findIndex((h) => h.startsWith('价值') || h.startsWith('金额'));
  if (iItem < 0 || iValue < 0) {
    throw new DisclosureParseError(
      '固定资产占用情况表表头应有“项目”和“价值”列',
      section.title,
      lines[firstTab]!.no,
    );
  }
  const rows = lines
    .slice(firstTab + 1)
    .filter((l) => l.text.includes('\t'))
    .map((l) => {
      const c = cells(l.text);
      const item = c[iItem] ?? '';
      if (!item) throw new DisclosureParseError('固定资产行的项目名称为空', section.title, l.no);
      return compact({
        item,
        level: /^其中/.test(item) ? 1 : 0,
        quantity: iQty >= 0 && c[iQty] ? c[iQty] : undefined,
        value: amountCell(c[iValue] ?? '', section.title, l.no),
      });
    });

  const total = figure(text, /固定资产金额为?\s*([\d.]+)\s*万元/);
  const plannedPurchases = figure(text, /拟购置固定资产总额为?\s*([\d.]+)\s*万元/);
  if (total === undefined) warnings.push(`「${section.title}」：说明中找不到上年末固定资产金额`);
  return compact({ text: text || joinParagraph([]), asOf, total, plannedPurchases, rows });
}
