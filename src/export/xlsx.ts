/**
 * Table specs (src/domain/table-spec.ts) as an Excel workbook, written with ExcelJS (MIT).
 * Each sheet holds the table as the screen shows it: the title (bold), 单位名称 and 年度, 单位,
 * 来源 rows; the grouped header with its groups as merged cells (e.g. "本年收入" over its
 * sub-columns) and a column's own label merged down where its path is shorter; the 栏次 row
 * when printed; the header frozen; amounts and shares as numbers with format `0.00`; notes
 * below. A blank cell stays empty, never 0.
 *
 * ExcelJS is about 1 MB: callers load this module with `import()` only when a file is asked
 * for, so it never weighs on the first page load. Its bare build (no polyfills: 236 instead
 * of 256 KiB gzip) is the one loaded; `import type` keeps the package's types.
 */
import type ExcelJSTypes from 'exceljs';
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import type { ColumnSpec, TableSpec } from '../domain/table-spec';
import { cellText } from './csv';
import type { AnyTableSpec } from './registry';

/** Characters Excel refuses in a sheet name. */
const BAD_SHEET_CHARS = /[\\/?*[\]:]/g;
/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/**
 * Sheet names for titles: the forbidden characters \ / ? * [ ] : replaced with "_", cut to
 * 31 characters, never blank, quotes not at the ends, and unique (case-insensitive, as Excel
 * compares them) by a "(2)", "(3)" … suffix that still fits in 31.
 */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    let base =
      title
        .replace(BAD_SHEET_CHARS, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || '表';
    if (base.toLowerCase() === 'history') base = `${base}_`;
    base = [...base].slice(0, SHEET_NAME_MAX).join('');
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = `(${n})`;
      name = [...base].slice(0, SHEET_NAME_MAX - suffix.length).join('') + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

const numeric = <Row>(c: ColumnSpec<Row>) => c.kind === 'amount' || c.kind === 'share';

/** The number Excel stores for an exact decimal (the nearest double; 0.00 shows it exactly). */
function excelNumber(text: string): number {
  return Number(text);
}

/** Rows above the header: 标题, 单位名称 年度, 单位, 来源. */
const TITLE_ROWS = 4;

/**
 * Writes one table into a new sheet of `workbook`.
 *
 * @returns the sheet (header rows are TITLE_ROWS + 2 … TITLE_ROWS + 1 + header depth)
 */
export function addTableSheet<Row>(workbook: ExcelJSTypes.Workbook, spec: TableSpec<Row>, name: string) {
  const width = Math.max(1, spec.columns.length);
  const depth = Math.max(1, ...spec.columns.map((c) => c.header.length));
  const headerTop = TITLE_ROWS + 2; // one blank row between the title block and the header
  const hasLineNo = spec.columns.some((c) => c.lineNo !== undefined);
  const headerBottom = headerTop + depth - 1 + (hasLineNo ? 1 : 0);
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerBottom }],
    pageSetup: { paperSize: 9, orientation: width > 6 ? 'landscape' : 'portrait', fitToWidth: 1 },
  });

  const lines = [spec.title, `${spec.department} ${spec.period}`, spec.unitLabel, `来源：${spec.source}`];
  lines.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = text;
    if (width > 1) sheet.mergeCells(i + 1, 1, i + 1, width);
    if (i === 0) row.getCell(1).font = { bold: true, size: 14 };
  });
  sheet.getRow(1).getCell(1).alignment = { horizontal: 'center' };

  // Header grid: level r of column c is its group at r, or its own label (merged down) once
  // its path has ended.
  const label = (c: number, r: number) => {
    const h = spec.columns[c]!.header;
    return r < h.length - 1 ? h[r]! : h[h.length - 1]!;
  };
  const isGroup = (c: number, r: number) => r < spec.columns[c]!.header.length - 1;
  const samePrefix = (a: number, b: number, r: number) =>
    spec.columns[a]!.header.slice(0, r + 1).join('\u0000') ===
    spec.columns[b]!.header.slice(0, r + 1).join('\u0000');
  for (let r = 0; r < depth; r += 1) {
    const row = sheet.getRow(headerTop + r);
    spec.columns.forEach((_, c) => {
      const cell = row.getCell(c + 1);
      cell.value = label(c, r);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };
    });
  }
  const merged = new Set<string>();
  for (let r = 0; r < depth; r += 1) {
    for (let c = 0; c < spec.columns.length; c += 1) {
      if (merged.has(`${r}:${c}`)) continue;
      if (isGroup(c, r)) {
        // A group spans the following columns with the same path down to this level.
        let end = c;
        while (end + 1 < spec.columns.length && isGroup(end + 1, r) && samePrefix(c, end + 1, r)) end += 1;
        if (end > c) {
          sheet.mergeCells(headerTop + r, c + 1, headerTop + r, end + 1);
          for (let k = c; k <= end; k += 1) merged.add(`${r}:${k}`);
        }
      } else if (r < depth - 1) {
        // The column's own label, from its level down to the last header row.
        sheet.mergeCells(headerTop + r, c + 1, headerTop + depth - 1, c + 1);
        for (let k = r; k < depth; k += 1) merged.add(`${k}:${c}`);
      }
    }
  }
  if (hasLineNo) {
    const row = sheet.getRow(headerTop + depth);
    spec.columns.forEach((col, c) => {
      const cell = row.getCell(c + 1);
      cell.value = col.lineNo ?? (c === 0 ? '栏次' : null);
      cell.alignment = { horizontal: 'center' };
      cell.font = { color: { argb: 'FF555555' } };
    });
  }

  spec.rows.forEach((item, i) => {
    const row = sheet.getRow(headerBottom + 1 + i);
    const level = spec.rowLevel?.(item) ?? 0;
    spec.columns.forEach((col, c) => {
      const cell = row.getCell(c + 1);
      const text = cellText(col, col.value(item));
      if (text === '') return;
      if (numeric(col) && /^-?\d+(\.\d+)?$/.test(text)) {
        cell.value = excelNumber(text);
        cell.numFmt = '0.00';
      } else {
        cell.value = text;
        if (col.kind === 'name' && level > 0) cell.alignment = { indent: level };
      }
    });
  });
  (spec.notes ?? []).forEach((note, i) => {
    sheet.getRow(headerBottom + spec.rows.length + 2 + i).getCell(1).value = note;
  });

  spec.columns.forEach((col, c) => {
    const widest = Math.max(
      ...col.header.map((h) => [...h].length * 2),
      ...spec.rows
        .slice(0, 500)
        .map(
          (r) =>
            [...cellText(col, col.value(r))].length * (col.kind === 'name' || col.kind === 'text' ? 2 : 1),
        ),
    );
    sheet.getColumn(c + 1).width = Math.min(60, Math.max(numeric(col) ? 12 : 8, widest + 2));
  });
  return sheet;
}

/**
 * A workbook with one sheet per table, in order; sheet names from the titles (sheetNames).
 *
 * @returns the .xlsx file's bytes
 */
export async function tablesXlsx(specs: readonly AnyTableSpec[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '预算透视 Budget Lens';
  const names = sheetNames(specs.map((s) => s.title));
  specs.forEach((spec, i) => addTableSheet(workbook, spec, names[i]!));
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
