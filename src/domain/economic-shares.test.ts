import { describe, expect, it } from 'vitest';
import { dataset2024 } from './breakdowns-test-data';
import { buildEconomicTree } from './economic-tree';
import { economicShareRows, economicSharesResidual, splitPersonnelPublic } from './economic-shares';
import { sumOrZero } from './money';
import { readThreePublicExpenses } from './three-public-expenses';

const ds = dataset2024();
const tree = buildEconomicTree(ds.tables.basicExpenditure.rows);

describe('人员经费 vs 公用经费 (2024 基本支出表)', () => {
  const split = splitPersonnelPublic(tree);

  it('人员经费 1321.13 = 94.50%, 公用经费 76.95 = 5.50% of 基本支出 1398.08', () => {
    expect(split.basicTotal.toFixed(2)).toBe('1398.08');
    expect(split.personnelExpense.toFixed(2)).toBe('1321.13');
    expect(split.publicExpense.toFixed(2)).toBe('76.95');
    expect(split.personnelShare.toFixed(2)).toBe('94.50');
    expect(split.publicShare.toFixed(2)).toBe('5.50');
    expect(split.personnelShare.plus(split.publicShare).toFixed(2)).toBe('100.00');
    expect(split.totalSource).toEqual({ kind: 'table', table: 'basicExpenditure', seq: 1 });
  });

  it('301 926.71 / 302 76.95 / 303 394.42 with half-up shares: 99.99%, 尾差 0.01', () => {
    expect(
      split.classes.map((c) => [c.code, c.name, c.total.toFixed(2), c.part, c.share!.toFixed(2)]),
    ).toEqual([
      ['301', '工资福利支出', '926.71', 'personnelExpense', '66.28'],
      ['302', '商品和服务支出', '76.95', 'publicExpense', '5.50'],
      ['303', '对个人和家庭的补助', '394.42', 'personnelExpense', '28.21'],
    ]);
    expect(sumOrZero(split.classes.map((c) => c.share)).toFixed(2)).toBe('99.99');
    expect(economicSharesResidual(tree.classes).toFixed(2)).toBe('0.01');
  });

  it('drills 301 to its 10 款 (30101 基本工资 276.90 …), half-up shares of 301: 99.99%', () => {
    const rows = economicShareRows(tree.byCode.get('301')!.children);
    expect(rows).toHaveLength(10);
    expect([rows[0]!.code, rows[0]!.name, rows[0]!.total.toFixed(2), rows[0]!.share!.toFixed(2)]).toEqual([
      '30101',
      '基本工资',
      '276.90',
      '29.88',
    ]);
    expect(sumOrZero(rows.map((r) => r.total)).toFixed(2)).toBe('926.71');
    expect(sumOrZero(rows.map((r) => r.share)).toFixed(2)).toBe('99.99');
    expect(economicSharesResidual(tree.byCode.get('301')!.children).toFixed(2)).toBe('0.01');
    expect(rows.every((r) => !r.hasChildren && r.level === '款')).toBe(true);
  });
});

describe('economicShareRows with a blank 合计', () => {
  it('gives a row whose 合计 is printed blank no share (shown —), the others still add to 100.00%', () => {
    // 302's 款 as printed, with 30201 办公费's 合计 cell blanked (a blank is zero, not a share).
    const kuan = tree.byCode.get('302')!.children;
    const office = kuan.find((n) => n.code === '30201')!;
    const blanked = { ...office, total: office.total.times(0), blank: ['total' as const] };
    const rows = economicShareRows(kuan.map((n) => (n === office ? blanked : n)));
    expect(rows.find((r) => r.code === '30201')!.share).toBeUndefined();
    expect(rows.filter((r) => r.code !== '30201').every((r) => r.share !== undefined)).toBe(true);
    expect(sumOrZero(rows.map((r) => r.share)).toFixed(2)).toBe('100.00');
  });
});

describe('"三公"经费 as disclosed', () => {
  const three = readThreePublicExpenses(ds, tree);
  const row = (label: string) => three.rows.find((r) => r.label === label)!;

  it('合计 6.80 = 公务用车运行维护费 6.00 + 公务接待费 0.80, unchanged (0.00)', () => {
    expect(three.total!.value.toFixed(2)).toBe('6.80');
    expect(row('公务用车运行维护费').total!.toFixed(2)).toBe('6.00');
    expect(row('公务接待费').total!.toFixed(2)).toBe('0.80');
    expect(three.change!.value.toFixed(2)).toBe('0.00');
    expect(three.change!.reason).toBe('没有增减变化');
  });

  it('keeps blank cells blank: 因公出国（境）费 blank in the table, 0.00 in the narrative', () => {
    const travel = row('因公出国（境）费');
    expect(travel.total).toBeUndefined();
    expect(travel.narrative!.value.toFixed(2)).toBe('0.00');
    expect(travel.blankButStated).toBe(true);
    expect(row('会议费').total).toBeUndefined();
    expect(row('会议费').narrative).toBeUndefined();
    expect(row('培训费').total).toBeUndefined();
    expect(three.rows).toHaveLength(13);
  });

  it('links items to the 基本支出表 款 of the same name', () => {
    expect(row('公务用车运行维护费').economic).toMatchObject({ code: '30231' });
    expect(row('公务用车运行维护费').economic!.total.toFixed(2)).toBe('6.00');
    expect(row('公务接待费').economic).toMatchObject({ code: '30217' });
    expect(row('会议费').economic).toBeUndefined();
  });
});
