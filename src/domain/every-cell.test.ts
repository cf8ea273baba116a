import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parsedDataset2024, rawTable } from './__fixtures__/load-2024';
import { everyCellCsv, everyCellRows } from './every-cell';

describe('every printed cell as one tidy table', () => {
  it('has one row per printed amount of the shipped 2024 dataset', () => {
    const dataset = parsedDataset2024();
    const rows = everyCellRows(dataset);
    // Counted in public/data/339-2024.json: cells of amount columns, blanks absent.
    expect(rows).toHaveLength(295);
    expect(
      rows.find((r) => r.table === 'budget-expenditure' && r.code === '215' && r.column === '项目支出'),
    ).toEqual({
      table: 'budget-expenditure',
      code: '215',
      name: '资源勘探工业信息等支出',
      column: '项目支出',
      amount: '49.19',
      unit: '万元',
      page: '5-6',
    });
    // A 收支总表 amount is named by the item of its own half.
    expect(rows.find((r) => r.table === 'budget-summary' && r.amount === '915.40')).toMatchObject({
      name: '十五、资源勘探工业信息等支出',
      column: '支出/预算数',
      page: '1-2',
    });
    expect(rows.find((r) => r.table === 'budget-revenue' && r.code === '206')?.column).toBe('合计');
  });

  it("writes RFC 4180 CSV with a BOM, amounts exact, formula-like text quoted with '", () => {
    const dataset = parsedDataset2024((raw) => {
      const row = rawTable(raw, 'budget-expenditure').rows.find((r) => r.code === '206')!;
      row.name = '=HYPERLINK("http://x","科学, 技术")';
    });
    const csv = everyCellCsv(dataset);
    expect(csv.startsWith('\uFEFFtable,code,name,column,amount,unit,page\r\n')).toBe(true);
    expect(csv).toContain(
      'budget-expenditure,206,"\'=HYPERLINK(""http://x"",""科学, 技术"")",合计,1150.65,万元,5-6\r\n',
    );
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(296);
  });

  it('never alters an amount, a negative one included', () => {
    const dataset = parsedDataset2024((raw) => {
      rawTable(raw, 'budget-expenditure').rows.find((r) => r.code === '206')!.cells.total = '-1150.65';
    });
    expect(everyCellCsv(dataset)).toContain(',合计,-1150.65,万元,');
  });
});
