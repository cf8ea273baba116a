import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parsedDataset2024, rawTable } from './__fixtures__/load-2024';
import { buildBudgetModel, toWan } from './budget-model';
import type { DatasetJson } from './schema';

const f2 = (x: Decimal | undefined) => x?.toFixed(2);
const model = buildBudgetModel(parsedDataset2024());

describe('buildBudgetModel on the 2024 seed (万元)', () => {
  it('headline figures, each with one source', () => {
    const s = model.summary!;
    expect(f2(s.expenditureTotal?.value)).toBe('2305.27');
    expect(f2(s.basicExpenditure.value)).toBe('1398.08');
    expect(f2(s.projectExpenditure.value)).toBe('907.19');
    expect(s.basicExpenditure.source).toEqual({
      kind: 'table',
      table: 'expenditure',
      seq: 1,
      column: '基本支出',
    });
    expect(f2(s.personnelExpense?.value)).toBe('1321.13');
    expect(f2(s.publicExpense?.value)).toBe('76.95');
  });

  it('the function tree: 类 215 and 项 2150517 产业发展 (支出总表 44.69)', () => {
    expect(f2(model.functionTree.total)).toBe('2305.27');
    expect(model.functionTree.classes.map((c) => c.code)).toEqual(['206', '208', '210', '215', '221']);
    const leaf = model.functionTree.byCode.get('2150517')!;
    expect([leaf.level, leaf.name, f2(leaf.total), f2(leaf.projectExpenditure)]).toEqual([
      '项',
      '产业发展',
      '44.69',
      '44.69',
    ]);
    expect(f2(model.functionTree.byCode.get('215')!.total)).toBe('915.40');
    expect(leaf.path).toEqual(['215', '21505', '2150517']);
  });

  it('the economic tree: 款 30101 基本工资 276.90 and 类 301 工资福利支出 926.71', () => {
    const e = model.economicTree;
    expect(f2(e.total)).toBe('1398.08');
    const k = e.byCode.get('30101')!;
    expect([k.level, k.name, f2(k.total), f2(k.personnelExpense)]).toEqual([
      '款',
      '基本工资',
      '276.90',
      '276.90',
    ]);
    expect(f2(e.byCode.get('301')!.total)).toBe('926.71');
  });

  it('the "三公" line: 合计 6.80, 公务用车运行维护费 6.00, 因公出国（境）费 blank but stated 0.00', () => {
    const t = model.threePublic;
    expect(f2(t.total?.value)).toBe('6.80');
    expect(f2(t.rows.find((r) => r.label === '公务用车运行维护费')!.total)).toBe('6.00');
    const outbound = t.rows.find((r) => r.label === '因公出国（境）费')!;
    expect(outbound.total).toBeUndefined();
    expect(outbound.blankButStated).toBe(true);
  });

  it('year-over-year without the previous dataset is inferred (推算) from the narrative', () => {
    const yoy = model.yearOnYear!;
    expect(yoy.inferred).toBe(true);
    expect(yoy.lines.map((l) => f2(l.previous))).toEqual(['4012.42', '1451.83', '2560.59']);
    expect(yoy.lines[0]!.previousSource.kind).toBe('derived');
  });
});

describe('tables in 元 and tables not published', () => {
  it('converts 元 to 万元 exactly, without rounding', () => {
    expect(toWan('3286610000.00', '元').toString()).toBe('328661');
    expect(toWan('12345.67', '元').toString()).toBe('1.234567');
    expect(toWan(new Decimal('2305.27'), '万元').toString()).toBe('2305.27');
  });

  it('reads a 支出总表 printed in 元 into the same 万元 figures', () => {
    const inYuan = buildBudgetModel(
      parsedDataset2024((raw: DatasetJson) => {
        const t = rawTable(raw, 'budget-expenditure');
        t.unit = '元';
        for (const r of t.rows) {
          for (const k of Object.keys(r.cells)) r.cells[k] = new Decimal(r.cells[k]!).times(10000).toFixed(2);
        }
      }),
    );
    expect(f2(inYuan.functionTree.total)).toBe('2305.27');
    expect(inYuan.functionTree.byCode.get('2150517')!.total.toString()).toBe('44.69');
  });

  it('gives no figures (not zeros, no error) for tables and blocks the disclosure did not publish', () => {
    const bare = buildBudgetModel(
      parsedDataset2024((raw) => {
        raw.tables = raw.tables.filter((t) => t.standardId === 'budget-expenditure');
        delete raw.narrative.threePublicExpenses;
        delete raw.narrative.yearOnYear;
      }),
    );
    expect(bare.printed.threePublicExpenses).toBeUndefined();
    expect(bare.threePublic.total).toBeUndefined();
    expect(bare.economicTree.classes).toEqual([]);
    expect(bare.summary?.personnelExpense).toBeUndefined();
    expect(bare.summary?.revenueTotal).toBeUndefined();
    expect(bare.yearOnYear).toBeUndefined();
    const none = buildBudgetModel(parsedDataset2024((raw) => void (raw.tables = [])));
    expect(none.summary).toBeUndefined();
    expect(none.functionTree.classes).toEqual([]);
  });
});

describe('a 决算 disclosure', () => {
  it('reads 支出决算表 (final-expenditure) by role, taking the 决算数 column over the 预算数 beside it', () => {
    const final = buildBudgetModel(
      parsedDataset2024((raw) => {
        raw.meta.kind = '决算';
        const t = rawTable(raw, 'budget-expenditure');
        t.standardId = 'final-expenditure';
        t.title = '支出决算表';
        // A 预算数 column printed before the 决算数 合计: same role, measure "budget".
        t.columns.splice(2, 0, {
          key: 'b',
          label: '预算数',
          path: [],
          kind: 'amount',
          role: 'total',
          measure: 'budget',
        });
        t.columns.find((c) => c.key === 'total')!.measure = 'final';
        for (const r of t.rows) r.cells.b = '9999.99';
        raw.tables = [t];
      }),
    );
    expect(f2(final.functionTree.total)).toBe('2305.27');
    expect(f2(final.functionTree.byCode.get('2150517')!.total)).toBe('44.69');
    expect(final.printed.expenditure?.title).toBe('支出决算表');
  });
});
