/**
 * printedTableSpec on the shipped disclosures: every column as printed (group headers, 栏次,
 * 序号, 类/款/项 codes), exact values in the table's own unit, blanks left blank,
 * continuation pages as one table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_IDS, shippedModel, type ShippedId } from './__fixtures__/load-shipped';
import {
  findPrintedTable,
  printedTableId,
  printedTableSpec,
  sourceLocation,
  tableLocationPath,
  type PrintedSpecRow,
} from './printed-table-spec';
import { datasetSchema, type Dataset } from './schema';
import type { CellValue, TableSpec } from './table-spec';

function shipped(id: ShippedId): Dataset {
  return datasetSchema.parse(
    JSON.parse(readFileSync(new URL(`../../public/data/${id}.json`, import.meta.url), 'utf8')) as unknown,
  );
}

function spec(id: ShippedId, table: string): TableSpec<PrintedSpecRow> {
  const ds = shipped(id);
  const t = findPrintedTable(ds, table);
  if (!t) throw new Error(`no table ${table} in ${id}`);
  return printedTableSpec(t, ds);
}

/** The row's cells as text ("2305.27"; blank undefined), column by column. */
function cells(s: TableSpec<PrintedSpecRow>, key: string): (string | undefined)[] {
  const row = s.rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return s.columns.map((c) => text(c.value(row)));
}
const text = (v: CellValue) => (v === undefined ? undefined : typeof v === 'string' ? v : v.toFixed(2));

describe('339-2024 部门预算收支总表 (万元, 序号 and 栏次)', () => {
  const s = spec('339-2024', 'budget-summary');
  it('title, department, period, unit, source pages', () => {
    expect([s.id, s.title, s.department, s.period, s.unitLabel]).toEqual([
      'budget-summary',
      '部门预算收支总表',
      '丰润区工业和信息化局',
      '2024年部门预算',
      '单位：万元',
    ]);
    expect(s.source).toBe('丰润区工业和信息化局 2024 年部门预算信息公开 · 部门预算收支总表（第1—2页）');
  });
  it('columns: 序号, 收入 项目/预算数, 支出 项目/预算数 with 栏次 1–4', () => {
    expect(s.columns.map((c) => c.header)).toEqual([
      ['序号'],
      ['收入', '项目'],
      ['收入', '预算数'],
      ['支出', '项目'],
      ['支出', '预算数'],
    ]);
    expect(s.columns.map((c) => c.lineNo)).toEqual([undefined, '1', '2', '3', '4']);
    expect(s.columns.map((c) => c.unit)).toEqual([undefined, undefined, '万元', undefined, '万元']);
  });
  it('收入总计 2,305.27 = 支出总计 (序号 34); blanks stay blank (序号 2)', () => {
    expect(cells(s, 'r34')).toEqual(['34', '收入总计', '2305.27', '支出总计', '2305.27']);
    expect(cells(s, 'r2')).toEqual(['2', '二、政府性基金预算拨款收入', undefined, '二、外交支出', undefined]);
    expect(s.rows).toHaveLength(34);
  });
});

describe('339-2024 部门预算收入总表: grouped header 本年收入 with its sub-columns', () => {
  const s = spec('339-2024', 'budget-revenue');
  it('header paths as printed, 栏次 1–12 after 序号', () => {
    expect(s.columns.map((c) => c.header.join('/'))).toEqual([
      '序号',
      '功能分类科目/科目编码',
      '功能分类科目/科目名称',
      '合计',
      '本年收入/小计',
      '本年收入/财政拨款收入',
      '本年收入/财政专户收入',
      '本年收入/事业收入',
      '本年收入/经营收入',
      '本年收入/上级补助收入',
      '本年收入/附属单位上缴收入',
      '上年结转',
      '本年收入/其他收入',
    ]);
    expect(s.columns.slice(1).map((c) => c.lineNo)).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
  });
  it('合计 row r1 and 206 科学技术支出 (code as row key)', () => {
    expect(cells(s, 'r1').slice(0, 6)).toEqual(['1', undefined, '合计', '2305.27', '2305.27', '2305.27']);
    expect(cells(s, '206').slice(0, 6)).toEqual([
      '2',
      '206',
      '科学技术支出',
      '1150.65',
      '1150.65',
      '1150.65',
    ]);
    expect(s.rowLevel?.(s.rows.find((r) => r.key === '20601')!)).toBe(1);
  });
});

describe('上海市普陀区财政局 2024 决算 收入决算表 (类/款/项 columns, two pages)', () => {
  const s = spec('putuo-finance-2024-final', 'final-revenue');
  it('period 2024年度部门决算; code columns 类 款 项 under 科目编码; no 序号', () => {
    expect(s.period).toBe('2024年度部门决算');
    expect(s.columns.slice(0, 4).map((c) => [c.header.join('/'), c.kind])).toEqual([
      ['科目编码/类', 'code'],
      ['科目编码/款', 'code'],
      ['科目编码/项', 'code'],
      ['科目名称', 'name'],
    ]);
  });
  it('2010601 行政运行 reads 201 | 06 | 01 and 1,511.90 本年收入合计 = 1,511.89 财政拨款 + 0.01 其他收入', () => {
    expect(cells(s, '2010601')).toEqual([
      '201',
      '06',
      '01',
      '行政运行',
      '1511.90',
      '1511.89',
      undefined,
      undefined,
      undefined,
      undefined,
      '0.01',
    ]);
    expect(cells(s, '20106').slice(0, 3)).toEqual(['201', '06', undefined]);
  });
  it('continuation pages are one table: rows of pages 8 and 9 in printed order, one header', () => {
    expect(s.rows).toHaveLength(20);
    expect(new Set(s.rows.map((r) => r.page))).toEqual(new Set([8, 9]));
    expect(s.rows.find((r) => r.key === '2101101')?.page).toBe(9);
    expect(s.source).toContain('（第8—9页）');
  });
  it('财政拨款“三公”经费支出决算表: four-level header (合计 / 预算数 …)', () => {
    const t = spec('putuo-finance-2024-final', 'final-three-public');
    expect(t.columns[1]?.header).toEqual(['财政拨款“三公”经费', '合计', '预算数']);
    expect(t.columns[5]?.header).toEqual(['财政拨款“三公”经费', '公务用车购置及运行费', '小计', '预算数']);
    expect(cells(t, 'r1').filter(Boolean)).toEqual(['0.95', '0.95']);
  });
});

describe('上海市普陀区建设和管理委员会 2026 预算 (元, exact, never converted)', () => {
  const s = spec('putuo-construction-2026-budget', 'budget-revenue');
  it('unit 元; 合计 3,286,618,082.20 元 exactly', () => {
    expect(s.unitLabel).toBe('单位：元');
    expect(s.columns.find((c) => c.kind === 'amount')?.unit).toBe('元');
    const total = s.rows.find((r) => r.row.kind === 'total')!;
    expect(s.columns.map((c) => text(c.value(total)))).toEqual([
      undefined,
      undefined,
      undefined,
      '合计',
      '3286618082.20',
      '3286618082.20',
      '0.00',
      '0.00',
      '0.00',
    ]);
  });
  it('a printed 0.00 is a zero, not a blank; 2080501 行政单位离退休 821,520.00 元', () => {
    expect(cells(s, '2080501')).toEqual([
      '208',
      '05',
      '01',
      '行政单位离退休',
      '821520.00',
      '821520.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
  });
  it('the empty 国有资本经营预算 table keeps its note', () => {
    const t = spec('putuo-construction-2026-budget', 'budget-capital-expenditure');
    expect(t.notes).toEqual(['注:本年度无国有资本经营预算支出,故本表无数据。']);
  });
});

describe('every table of every shipped dataset', () => {
  it('ids are unique and each spec has every printed column and row', () => {
    for (const id of SHIPPED_IDS) {
      const ds = shipped(id);
      const ids = ds.tables.map((t) => printedTableId(t, ds));
      expect(new Set(ids).size).toBe(ids.length);
      for (const t of ds.tables) {
        const s = printedTableSpec(t, ds);
        const seq = t.rows.some((r) => r.seq !== undefined) ? 1 : 0;
        expect(s.columns).toHaveLength(t.columns.length + seq);
        expect(s.rows).toHaveLength(t.rows.length);
        expect(new Set(s.rows.map((r) => r.key)).size).toBe(t.rows.length);
        // Every printed amount is in the spec, exactly.
        for (const r of s.rows)
          for (const c of t.columns.filter((x) => x.kind === 'amount'))
            expect(text(s.columns.find((x) => x.key === c.key)!.value(r))).toBe(r.row.cells[c.key]);
      }
    }
  });
});

describe('sourceLocation: a figure source to its printed table row', () => {
  it('339 支出总表 序号 2 is row 206; 序号 1 (合计) is r1; another year links nowhere', () => {
    const m = shippedModel('339-2024');
    const loc = sourceLocation(
      { kind: 'table', table: 'expenditure', seq: 2, column: '项目支出' },
      m.printed,
    );
    expect(loc).toEqual({ tableId: 'budget-expenditure', rowKey: '206' });
    expect(tableLocationPath(loc!)).toBe('/tables/budget-expenditure?row=206');
    expect(sourceLocation({ kind: 'table', table: 'expenditure', seq: 1 }, m.printed)?.rowKey).toBe('r1');
    expect(
      sourceLocation({ kind: 'table', table: 'expenditure', seq: 1, year: 2023 }, m.printed),
    ).toBeUndefined();
    expect(sourceLocation({ kind: 'narrative', section: '三公' }, m.printed)).toBeUndefined();
  });
  it("财政局 决算 基本支出决算表 (no 序号): the model's row number is the printed place", () => {
    const m = shippedModel('putuo-finance-2024-final');
    // Row 1 of 一般公共预算财政拨款基本支出决算表 is 301 工资福利支出.
    expect(sourceLocation({ kind: 'table', table: 'basicExpenditure', seq: 1 }, m.printed)).toEqual({
      tableId: 'final-general-basic',
      rowKey: '301',
    });
  });
});
