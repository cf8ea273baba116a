/**
 * The CSV and XLSX writers on real printed tables of the shipped disclosures, the XLSX read
 * back with ExcelJS: title block, merged group header, 栏次, number format 0.00, exact values,
 * blanks left empty, frozen header, sheet names.
 */
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findPrintedTable, printedTableSpec } from '../domain/printed-table-spec';
import { datasetSchema, type Dataset } from '../domain/schema';
import type { TableSpec } from '../domain/table-spec';
import { tableCsv } from './csv';
import { sheetNames, tablesXlsx } from './xlsx';

function shipped(id: string): Dataset {
  return datasetSchema.parse(
    JSON.parse(readFileSync(new URL(`../../public/data/${id}.json`, import.meta.url), 'utf8')) as unknown,
  );
}
const ds339 = shipped('339-2024');
const revenue = printedTableSpec(findPrintedTable(ds339, 'budget-revenue')!, ds339);
const summary = printedTableSpec(findPrintedTable(ds339, 'budget-summary')!, ds339);

async function readBack(specs: TableSpec<unknown>[] | ReturnType<typeof printedTableSpec>[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await tablesXlsx(specs));
  return wb;
}

describe('tableCsv', () => {
  const text = tableCsv(revenue);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: false }).data;
  it('starts with a BOM and CRLF lines', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
  });
  it('title, department and period, unit, source', () => {
    expect(rows.slice(0, 4).map((r) => r[0])).toEqual([
      '部门预算收入总表',
      '丰润区工业和信息化局 2024年部门预算',
      '单位：万元',
      expect.stringMatching(/^来源：丰润区工业和信息化局 2024 年部门预算信息公开 · 部门预算收入总表/),
    ]);
  });
  it('header path joined with "/", 栏次 row, exact amounts, blanks empty', () => {
    expect(rows[5]!.slice(0, 6)).toEqual([
      '序号',
      '功能分类科目/科目编码',
      '功能分类科目/科目名称',
      '合计（万元）',
      '本年收入/小计（万元）',
      '本年收入/财政拨款收入（万元）',
    ]);
    expect(rows[6]!.slice(0, 5)).toEqual(['栏次', '1', '2', '3', '4']);
    expect(rows[7]!.slice(0, 6)).toEqual(['1', '', '合计', '2305.27', '2305.27', '2305.27']);
    const r206 = rows.find((r) => r[1] === '206')!;
    expect(r206.slice(2, 6)).toEqual(['科学技术支出', '1150.65', '1150.65', '1150.65']);
    // 事业收入 is blank as printed: empty, never 0.
    expect(r206[7]).toBe('');
  });
  it("a text cell that a spreadsheet would run as a formula is quoted with '", () => {
    const spec: TableSpec<{ n: string; v: Decimal }> = {
      ...{ id: 't', title: 'T', department: 'D', period: 'P', unitLabel: '单位：万元', source: 'S' },
      columns: [
        { key: 'n', header: ['名称'], kind: 'name', value: (r) => r.n },
        { key: 'v', header: ['金额'], kind: 'amount', unit: '万元', value: (r) => r.v },
      ],
      rows: [{ n: '=1+1', v: new Decimal('-5.00') }],
    };
    const last = Papa.parse<string[]>(tableCsv(spec).slice(1)).data.find((r) => r[0]?.includes('1+1'));
    expect(last?.slice(0, 2)).toEqual(["'=1+1", '-5.00']);
  });
});

describe('tablesXlsx', () => {
  it('a printed table read back: title rows, merged 本年收入 group, 栏次, 0.00, exact values', async () => {
    const wb = await readBack([revenue]);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('部门预算收入总表');
    expect(ws.getCell('A1').value).toBe('部门预算收入总表');
    expect(ws.getCell('A2').value).toBe('丰润区工业和信息化局 2024年部门预算');
    expect(ws.getCell('A3').value).toBe('单位：万元');
    expect(String(ws.getCell('A4').value)).toMatch(/^来源：/);
    // Header rows 6–7: 功能分类科目 over B:C, 本年收入 over its sub-columns, 合计 merged down.
    expect(ws.getCell('B6').value).toBe('功能分类科目');
    expect(ws.getCell('C6').isMerged && ws.getCell('C6').master.address).toBe('B6');
    expect(ws.getCell('B7').value).toBe('科目编码');
    expect(ws.getCell('D6').value).toBe('合计');
    expect(ws.getCell('D7').master.address).toBe('D6');
    expect(ws.getCell('E6').value).toBe('本年收入');
    expect(ws.getCell('F6').master.address).toBe('E6');
    expect(ws.getCell('E7').value).toBe('小计');
    expect(ws.getCell('F7').value).toBe('财政拨款收入');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['B6:C6', 'D6:D7']));
    // 栏次 row 8; data from row 9; header frozen above row 9.
    expect(ws.getCell('A8').value).toBe('栏次');
    expect(ws.getCell('B8').value).toBe('1');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    expect(ws.getCell('C9').value).toBe('合计');
    expect(ws.getCell('D9').value).toBe(2305.27);
    expect(ws.getCell('D9').numFmt).toBe('0.00');
    const r206 = ws.getColumn(2).values.indexOf('206');
    expect(ws.getRow(r206).getCell(4).value).toBe(1150.65);
    // 事业收入 (H) blank as printed: no value at all.
    expect(ws.getRow(r206).getCell(8).value).toBeNull();
  });

  it('a workbook of all tables: one sheet per table, names valid and unique', async () => {
    const specs = ds339.tables.map((t) => printedTableSpec(t, ds339));
    const wb = await readBack(specs);
    expect(wb.worksheets).toHaveLength(ds339.tables.length);
    const names = wb.worksheets.map((w) => w.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[\\/?*[\]:]/);
    }
    expect(names[0]).toBe(summary.title);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('部门预算收支总表');
  });
});

describe('sheetNames', () => {
  it('replaces forbidden characters, cuts to 31, numbers repeats', () => {
    const long = '一般公共预算财政拨款基本支出经济分类预算表（续表：第二页）附注说明';
    expect(sheetNames(['a/b:c', long, long, 'A/B:C', ''])).toEqual([
      'a_b_c',
      [...long].slice(0, 31).join(''),
      `${[...long].slice(0, 28).join('')}(2)`,
      'A_B_C(2)',
      '表',
    ]);
  });
});
