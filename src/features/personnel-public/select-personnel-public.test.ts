import { describe, expect, it } from 'vitest';
import { dataset2024 as modelWith, rawTable } from '../../domain/__fixtures__/load-2024';
import { dataset2024 } from '../../domain/breakdowns-test-data';
import { sumOrZero } from '../../domain/money';
import { buildEconomicBarOption, economicTooltip } from './build-economic-bar-option';
import { personnelPublicRoute, selectPersonnelPublic } from './select-personnel-public';

const ds = dataset2024();
const f2 = (x: { toFixed: (n: number) => string } | undefined) => x?.toFixed(2);

describe('selectPersonnelPublic (2024)', () => {
  const top = selectPersonnelPublic(ds)!;

  it('人员经费 1321.13 (94.50%) vs 公用经费 76.95 (5.50%) of 基本支出 1398.08, with sources', () => {
    expect(f2(top.basicTotal.value)).toBe('1398.08');
    expect([f2(top.personnelExpense.value), f2(top.personnelExpense.share)]).toEqual(['1321.13', '94.50']);
    expect([f2(top.publicExpense.value), f2(top.publicExpense.share)]).toEqual(['76.95', '5.50']);
    expect(top.personnelExpense.source).toEqual({
      kind: 'table',
      table: 'basicExpenditure',
      seq: 1,
      column: '人员经费',
    });
  });

  it('机关运行经费 76.95 from the narrative equals 公用经费; 三公 6.80 is 8.84% of 公用经费', () => {
    expect(f2(top.operating!.value)).toBe('76.95');
    expect(top.operating!.equalsPublic).toBe(true);
    expect(top.operating!.source).toEqual({ kind: 'narrative', section: '三、机关运行经费安排情况' });
    expect(f2(top.three.total!.value)).toBe('6.80');
    expect(f2(top.threeShareOfPublic)).toBe('8.84');
  });

  it('lists 301 / 302 / 303 with half-up shares of 基本支出 (99.99%, 尾差 0.01 on the 合计 row)', () => {
    expect(top.level).toBe('类');
    // 926.71 / 1398.08 = 66.284%, 76.95 / 1398.08 = 5.504%, 394.42 / 1398.08 = 28.212%.
    expect(top.rows.map((r) => [r.code, f2(r.total), f2(r.share)])).toEqual([
      ['301', '926.71', '66.28'],
      ['302', '76.95', '5.50'],
      ['303', '394.42', '28.21'],
    ]);
    expect(f2(top.footer.shareResidual)).toBe('0.01');
  });

  it('drills 301 to 30101 基本工资 276.90 …, shares of 301 adding to 99.99% (尾差 0.01)', () => {
    const m = selectPersonnelPublic(ds, '301')!;
    expect(m.level).toBe('款');
    expect(m.current).toMatchObject({ code: '301', name: '工资福利支出' });
    expect(f2(m.current!.total)).toBe('926.71');
    expect([m.rows[0]!.code, m.rows[0]!.name, f2(m.rows[0]!.total)]).toEqual(['30101', '基本工资', '276.90']);
    // 29.88 + 18.73 + 5.36 + 12.32 + 9.15 + 1.01 + 4.11 + 12.13 + 0.47 + 6.83 = 99.99
    expect(m.rows.map((r) => f2(r.share))).toEqual([
      '29.88',
      '18.73',
      '5.36',
      '12.32',
      '9.15',
      '1.01',
      '4.11',
      '12.13',
      '0.47',
      '6.83',
    ]);
    expect(f2(sumOrZero(m.rows.map((r) => r.share)))).toBe('99.99');
    expect(f2(m.footer.shareResidual)).toBe('0.01');
    expect(m.footer).toMatchObject({ label: '工资福利支出 合计', blank: ['publicExpense'] });
    expect(f2(m.footer.personnelExpense)).toBe('926.71');
    expect(f2(top.footer.publicExpense)).toBe('76.95');
  });

  it('falls back to the top for unknown or 款 codes and says which', () => {
    expect(selectPersonnelPublic(ds, '399')).toMatchObject({ invalidCode: '399', level: '类' });
    expect(selectPersonnelPublic(ds, '30101')).toMatchObject({ invalidCode: '30101', level: '类' });
  });

  it('returns null when the 基本支出表 is empty', () => {
    const empty = modelWith((raw) => {
      rawTable(raw, 'budget-general-basic').rows = [];
    });
    expect(selectPersonnelPublic(empty)).toBeNull();
    expect(personnelPublicRoute('301')).toBe('/personnel-public/301');
  });
});

describe('buildEconomicBarOption', () => {
  const top = selectPersonnelPublic(ds)!;
  const option = buildEconomicBarOption(top.rows, '基本支出') as {
    aria: { enabled: boolean };
    yAxis: { data: string[] };
    series: { name: string; data: (number | { label: { formatter: () => string } })[] }[];
  };
  it('draws 人员经费 and 公用经费 stacks, largest on top, labelled with amount and share', () => {
    expect(option.aria.enabled).toBe(true);
    expect(option.yAxis.data).toEqual(['302 商品和服务支出', '303 对个人和家庭的补助', '301 工资福利支出']);
    expect(option.series[0]!.data).toEqual([0, 394.42, 926.71]);
    expect(option.series[1]!.data).toEqual([76.95, 0, 0]);
    expect((option.series[2]!.data[2] as { label: { formatter: () => string } }).label.formatter()).toBe(
      '926.71 · 66.28%',
    );
    expect(economicTooltip(top.rows[1]!, '基本支出')).toEqual([
      { text: '302 商品和服务支出', strong: true },
      { text: '合计 76.95 万元，占基本支出 5.50%' },
      { text: '公用经费 76.95 万元', color: '#a8508a' },
    ]);
  });
});
