import { describe, expect, it } from 'vitest';
import { dataset2024 as modelWith, rawTable } from '../../domain/__fixtures__/load-2024';
import { dataset2024 } from '../../domain/breakdowns-test-data';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import { sumOrZero } from '../../domain/money';
import { describeSource } from '../../domain/source';
import { buildPartsBarOption, chartOrder, partTooltip } from './build-parts-bar-option';
import { basicProjectRoute, selectBasicProject } from './select-basic-project';

const ds = dataset2024();
const f2 = (x: { toFixed: (n: number) => string } | undefined) => x?.toFixed(2);

describe('selectBasicProject (2024)', () => {
  const top = selectBasicProject(ds, [])!;

  it('splits 支出合计 2305.27 into 基本支出 1398.08 (60.65%) and 项目支出 907.19 (39.35%)', () => {
    expect(f2(top.scope.total)).toBe('2305.27');
    expect(f2(top.scope.basicExpenditure)).toBe('1398.08');
    expect(f2(top.scope.projectExpenditure)).toBe('907.19');
    expect(f2(top.scope.basicShare)).toBe('60.65');
    expect(f2(top.scope.projectShare)).toBe('39.35');
    expect(top.scope.basicSource).toEqual({
      kind: 'table',
      table: 'expenditure',
      seq: 1,
      column: '基本支出',
    });
    expect(top.trail).toEqual([]);
  });

  it('lists the 5 类 with both parts; each row’s shares add up to 100.00%; a blank part has no share', () => {
    expect(top.level).toBe('类');
    expect(
      top.rows.map((r) => [
        r.code,
        f2(r.basicExpenditure),
        f2(r.projectExpenditure),
        f2(r.basicShare),
        f2(r.projectShare),
      ]),
    ).toEqual([
      ['206', '292.65', '858.00', '25.43', '74.57'],
      // 208, 210, 221 print 项目支出 blank: the share of a blank is blank ("—"), not 0.00%.
      ['208', '65.98', '0.00', '100.00', undefined],
      ['210', '123.75', '0.00', '100.00', undefined],
      ['215', '866.21', '49.19', '94.63', '5.37'],
      ['221', '49.49', '0.00', '100.00', undefined],
    ]);
    for (const r of top.rows) {
      expect(f2(sumOrZero([r.basicShare, r.projectShare].filter((x) => x !== undefined)))).toBe('100.00');
    }
    expect(top.rows.find((r) => r.code === '208')!.blank).toEqual(['projectExpenditure']);
    expect(top.rows.every((r) => r.drillPath?.length === 1)).toBe(true);
    expect(top.rows.find((r) => r.code === '206')!.projectCount).toBe(4);
  });

  it('215/21505: 2150502 and 2150517 print 基本支出 blank, so they have no 基本支出 share', () => {
    const x = selectBasicProject(ds, ['215', '21505'])!;
    const shares = (code: string) => {
      const r = x.rows.find((row) => row.code === code)!;
      return [r.blank, f2(r.basicShare), f2(r.projectShare)];
    };
    expect(shares('2150502')).toEqual([['basicExpenditure'], undefined, '100.00']);
    expect(shares('2150517')).toEqual([['basicExpenditure'], undefined, '100.00']);
    expect(shares('2150501')).toEqual([['projectExpenditure'], '100.00', undefined]);
  });

  it('drills to 206 (款) and to 206/20699 (项), with a trail', () => {
    const k = selectBasicProject(ds, ['206'])!;
    expect(k.level).toBe('款');
    expect(k.rows.map((r) => r.code)).toEqual(['20601', '20605', '20608', '20699']);
    expect(k.rows.find((r) => r.code === '20699')!.drillPath).toEqual(['206', '20699']);
    expect(f2(k.scope.projectShare)).toBe('74.57');
    const x = selectBasicProject(ds, ['206', '20699'])!;
    expect(x.level).toBe('项');
    expect(x.trail.map((n) => n.code)).toEqual(['206', '20699']);
    expect(x.rows.map((r) => [r.code, f2(r.projectExpenditure), r.drillPath])).toEqual([
      ['2069999', '800.00', undefined],
    ]);
    expect(x.projects.filter((p) => p.inScope).map((p) => p.code)).toEqual([
      '13020824P00021510002F',
      '13020824P000216100025',
    ]);
  });

  it('cuts unknown codes and deeper paths off, saying which code it ignored', () => {
    expect(selectBasicProject(ds, ['999'])!.invalidCode).toBe('999');
    expect(selectBasicProject(ds, ['999'])!.trail).toEqual([]);
    const deep = selectBasicProject(ds, ['206', '20699', '2069999'])!;
    expect(deep.invalidCode).toBe('2069999');
    expect(deep.trail.map((n) => n.code)).toEqual(['206', '20699']);
  });

  it('lists the 7 projects (907.19) with half-up shares (100.01% together) and their 功能分类科目', () => {
    expect(top.projects).toHaveLength(7);
    expect(f2(top.projectsTotal)).toBe('907.19');
    // 1.80 → 0.20, 2.70 → 0.30, 44.69 → 4.93, 200.00 → 22.05, 48.00 → 5.29, 10.00 → 1.10, 600.00 → 66.14.
    expect(top.projects.map((p) => f2(p.share))).toEqual([
      '0.20',
      '0.30',
      '4.93',
      '22.05',
      '5.29',
      '1.10',
      '66.14',
    ]);
    expect(f2(sumOrZero(top.projects.map((p) => p.share)))).toBe('100.01');
    const big = top.projects.find((p) => p.code === '13020824P000216100025')!;
    expect([f2(big.budget), f2(big.share), big.functionCode, big.functionName]).toEqual([
      '600.00',
      '66.14',
      '2069999',
      '其他科学技术支出',
    ]);
    expect(top.projects.every((p) => !p.inScope)).toBe(true);
  });

  it('highlights ?project= only when the project exists, and reports an unknown code', () => {
    const found = selectBasicProject(ds, [], '13020824P00021510002F')!;
    expect(found.highlightedProject).toBe('13020824P00021510002F');
    expect(found.missingProject).toBeUndefined();
    const missing = selectBasicProject(ds, [], 'NOPE')!;
    expect(missing.highlightedProject).toBeUndefined();
    expect(missing.missingProject).toBe('NOPE');
    expect(selectBasicProject(ds, [])!.missingProject).toBeUndefined();
  });

  it('reconciles the narrative list: all ✓, 907.19 = 907.19', () => {
    expect(top.reconciliation.ok).toBe(true);
    expect(f2(top.reconciliation.narrativeSum)).toBe('907.19');
    expect(top.projectExpenditureSource).toEqual({
      kind: 'table',
      table: 'expenditure',
      seq: 1,
      column: '项目支出',
    });
  });

  it('returns null (empty state) when 支出总表 has no coded rows', () => {
    const empty = modelWith((raw) => {
      rawTable(raw, 'budget-expenditure').rows = [];
      // nor the 一般公共预算 table, which would stand in for it (its 合计 equals 本年支出合计)
      rawTable(raw, 'budget-general-expenditure').rows = [];
    });
    expect(selectBasicProject(empty, [])).toBeNull();
  });

  it('builds routes for the URL contract', () => {
    expect(basicProjectRoute([])).toBe('/basic-project');
    expect(basicProjectRoute(['206', '20699'])).toBe('/basic-project/206/20699');
    expect(basicProjectRoute([], '13020824P00021510002F')).toBe(
      '/basic-project?project=13020824P00021510002F',
    );
  });
});

describe('buildPartsBarOption', () => {
  const top = selectBasicProject(ds, [])!;
  const option = buildPartsBarOption(top.rows) as {
    aria: { enabled: boolean };
    yAxis: { data: string[] };
    series: {
      name: string;
      stack: string;
      data: { value: number; label: { show: boolean; formatter?: () => string } }[];
    }[];
  };

  it('stacks 基本支出 and 项目支出 per 类, largest on top, labels with exact strings', () => {
    expect(option.aria.enabled).toBe(true);
    expect(option.yAxis.data).toEqual([
      '221 住房保障支出',
      '208 社会保障和就业支出',
      '210 卫生健康支出',
      '215 资源勘探工业信息等支出',
      '206 科学技术支出',
    ]);
    expect(option.series.map((s) => [s.name, s.stack])).toEqual([
      ['基本支出', 'parts'],
      ['项目支出', 'parts'],
      ['合计', 'parts'],
    ]);
    const science = 4;
    expect(option.series[0]!.data[science]!.value).toBe(292.65);
    expect(option.series[0]!.data[science]!.label.formatter!()).toBe('25.43%');
    expect(option.series[1]!.data[science]!.label.formatter!()).toBe('74.57%');
    expect(option.series[2]!.data[science]!.label.formatter!()).toBe('1,150.65');
    // 215's project share (5.37%) is too thin for an inside label; 221's bar (49.49) too short.
    expect(option.series[1]!.data[3]!.label.show).toBe(false);
    expect(option.series[0]!.data[0]!.label.show).toBe(false);
    expect(option.series[0]!.data[3]!.label.formatter!()).toBe('94.63%');
  });

  it('tooltip names the node, the total and both parts with shares', () => {
    const r = chartOrder(top.rows)[4]!;
    expect(partTooltip(r)).toEqual([
      { text: '206 科学技术支出', strong: true },
      { text: '合计 1,150.65 万元' },
      { text: '基本支出 292.65 万元（25.43%）', color: '#1f5fa8' },
      { text: '项目支出 858.00 万元（74.57%）', color: '#d9822b' },
    ]);
  });

  it('a blank part reads "—（原表空白）" in the tooltip, never 0.00 or 0.00%', () => {
    const r = top.rows.find((row) => row.code === '208')!;
    expect(partTooltip(r).map((l) => l.text)).toEqual([
      '208 社会保障和就业支出',
      '合计 65.98 万元',
      '基本支出 65.98 万元（100.00%）',
      '项目支出 —（原表空白）',
    ]);
  });
});

describe('selectBasicProject on a 决算 (02, no project list)', () => {
  const final = shippedModel('putuo-finance-2024-final');
  const m = selectBasicProject(final, [])!;

  it('says the projects are not listed and shows 项目支出 603.14 from 支出决算表, no reconciliation', () => {
    expect(m.projectsListed).toBe(false);
    expect(m.projects).toEqual([]);
    expect(m.projectExpenditure?.toFixed(2)).toBe('603.14');
    expect(describeSource(m.projectExpenditureSource!, final.printed)).toMatch(
      /^支出决算表 · 合计 · 项目支出/,
    );
  });

  it('a 预算 with projects still lists them (the 2024 seed)', () => {
    expect(selectBasicProject(ds, [])!.projectsListed).toBe(true);
  });
});
