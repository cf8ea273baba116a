import { describe, expect, it } from 'vitest';
import { dataset2024 as modelWith, rawTable } from '../../domain/__fixtures__/load-2024';
import { dataset2024, readDataset } from '../../domain/breakdowns-test-data';
import { buildWaterfallOption, waterfallLabel, waterfallTooltip } from './build-waterfall-option';
import { selectChange, selectFullComparison } from './select-change';

const ds = dataset2024();
const f2 = (x: { toFixed: (n: number) => string } | undefined) => x?.toFixed(2);

describe('selectChange (2024 against 2023, from the narrative)', () => {
  const m = selectChange(ds)!;

  it('derives 2023: 4012.42 total, 1451.83 basic, 2560.59 project; −42.55% / −3.70% / −64.57%', () => {
    expect([m.previousYear, m.currentYear]).toEqual([2023, 2024]);
    expect(
      m.lines.map((l) => [l.part, f2(l.previous), f2(l.current), f2(l.change), f2(l.changePercent)]),
    ).toEqual([
      ['total', '4012.42', '2305.27', '-1707.15', '-42.55'],
      ['basicExpenditure', '1451.83', '1398.08', '-53.75', '-3.70'],
      ['projectExpenditure', '2560.59', '907.19', '-1653.40', '-64.57'],
    ]);
    expect(m.lines[0]!.previousSource.kind).toBe('derived');
    expect(m.lines[1]!.reason).toBe('主要为2024年无设置年底考核奖及退休人员年终一次性生活补贴部分');
    expect(m.partsAgree).toBe(true);
    expect(f2(m.partsSum)).toBe('-1707.15');
  });

  it('walks the waterfall exactly: 4012.42 → −53.75 → −1653.40 → 2305.27', () => {
    expect(m.steps.map((s) => [s.id, s.kind, f2(s.base), f2(s.height), f2(s.amount)])).toEqual([
      ['previous', 'total', '0.00', '4012.42', '4012.42'],
      ['basicExpenditure', 'decrease', '3958.67', '53.75', '-53.75'],
      ['projectExpenditure', 'decrease', '2305.27', '1653.40', '-1653.40'],
      ['current', 'total', '0.00', '2305.27', '2305.27'],
    ]);
    expect(m.steps[0]!.derived).toBe(true);
    expect(m.steps[0]!.label).toBe('2023 年合计（推算）');
  });

  it('"三公" unchanged: 6.80, +0.00, 没有增减变化', () => {
    expect([f2(m.three!.current), f2(m.three!.previous), f2(m.three!.change), m.three!.reason]).toEqual([
      '6.80',
      '6.80',
      '0.00',
      '没有增减变化',
    ]);
  });

  it('an increase stands on the running total', () => {
    const up = selectChange(readDataset('e2e/fixtures/339-2023.json'))!;
    expect(up.steps.map((s) => [s.kind, f2(s.base), f2(s.height)])).toEqual([
      ['total', '0.00', '2802.06'],
      ['increase', '2802.06', '21.40'],
      ['increase', '2823.46', '1188.96'],
      ['total', '0.00', '4012.42'],
    ]);
  });

  it('returns null when the narrative states no change and there is no 支出总表', () => {
    const none = modelWith((raw) => {
      rawTable(raw, 'budget-expenditure').rows = [];
      // nor the 一般公共预算 table, which would stand in for it (its 合计 equals 本年支出合计)
      rawTable(raw, 'budget-general-expenditure').rows = [];
    });
    expect(selectChange(none)).toBeNull();
    const noNarrative = modelWith((raw) => {
      delete raw.narrative.yearOnYear;
    });
    expect(selectChange(noNarrative)).toBeNull();
  });
});

describe('buildWaterfallOption', () => {
  const m = selectChange(ds)!;
  const option = buildWaterfallOption(m.steps) as {
    aria: { enabled: boolean };
    xAxis: { data: string[] };
    series: {
      name: string;
      stack: string;
      itemStyle?: { color: string };
      data: (number | { value: number; label: { formatter: () => string } })[];
    }[];
  };
  it('is a stacked bar with a transparent base and exact labels', () => {
    expect(option.aria.enabled).toBe(true);
    expect(option.xAxis.data).toEqual(['2023 年合计（推算）', '基本支出', '项目支出', '2024 年合计']);
    expect(option.series[0]!.itemStyle!.color).toBe('transparent');
    expect(option.series[0]!.data).toEqual([0, 3958.67, 2305.27, 0]);
    const labels = option.series[1]!.data.map((d) =>
      (d as { label: { formatter: () => string } }).label.formatter(),
    );
    expect(labels).toEqual([
      '4,012.42',
      '−53.75（−3.70%）',
      '−1,653.40（−64.57%）',
      '2,305.27\n−1,707.15（−42.55%）',
    ]);
    expect(waterfallLabel(m.steps[1]!, true)).toBe('−53.75\n−3.70%');
    expect(waterfallTooltip(m.steps[2]!)).toEqual([
      { text: '项目支出', color: '#b03a48', strong: true },
      { text: '减少 1,653.40 万元（−64.57%）' },
    ]);
    expect(waterfallTooltip(m.steps[0]!).map((l) => l.text)).toEqual([
      '2023 年合计（推算）',
      '4,012.42 万元',
      '（推算：本年数 − 情况说明所列增减额）',
    ]);
  });
});

describe('selectFullComparison', () => {
  it('keeps leaf items (项 / 款), largest change first', () => {
    const f = selectFullComparison(readDataset('e2e/fixtures/339-2023.json'), ds);
    expect(f.functionItems[0]).toMatchObject({ code: '2150599', kind: 'removed' });
    expect(f.functionItems.every((i) => i.level === '项')).toBe(true);
    expect(f.economicItems[0]).toMatchObject({ code: '30103', kind: 'shrunk' });
    expect(f.economicItems.every((i) => i.level === '款')).toBe(true);
  });
});
