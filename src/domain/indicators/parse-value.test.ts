import { describe, expect, it } from 'vitest';
import {
  describeValue,
  findTextTargets,
  parseIndicatorValue,
  valueKind,
  type IndicatorValue,
} from './parse-value';
import { projectIndicatorRows } from './project-indicators';
import { loadDataset2024 } from './test-dataset';

const ds = loadDataset2024();

/** Plain form of a parse for exact comparison (Decimal → string). */
function plain(v: IndicatorValue) {
  switch (v.type) {
    case 'number':
      return {
        type: v.type,
        comparator: v.comparator,
        implied: v.comparatorImplied,
        number: v.number.toString(),
        unit: v.unit,
        printedUnit: v.printedUnit,
      };
    case 'deadline':
      return { type: v.type, date: v.date, yearInferred: v.yearInferred };
    case 'text':
      return { type: v.type };
  }
}

const num = (comparator: string, number: string, unit: string, printedUnit = unit, implied = false) => ({
  type: 'number',
  comparator,
  implied,
  number,
  unit,
  printedUnit,
});
const TEXT = { type: 'text' };

/** Every distinct 指标值 printed in the 2024 disclosure, with its expected parse. */
const EXPECTED: Record<string, unknown> = {
  '≥1 个': num('≥', '1', '个'),
  '≥20 兆': num('≥', '20', '兆'),
  '≥90%': num('≥', '90', '%'),
  '1.8 万元/年': num('=', '1.8', '万元/年', '万元/年', true),
  提高: TEXT,
  '≥95%': num('≥', '95', '%'),
  '≥80%': num('≥', '80', '%'),
  按时限要求上报: TEXT,
  '≤80元': num('≤', '80', '元'),
  '≥40家': num('≥', '40', '家'),
  每月上报监测数据: TEXT,
  '≥2个': num('≥', '2', '个'),
  产品质量提升: TEXT,
  '2024年12月底前': { type: 'deadline', date: '2024-12-31', yearInferred: false },
  '≤30万元': num('≤', '30', '万元'),
  进一步增强: TEXT,
  '≥1家': num('≥', '1', '家'),
  年底前: { type: 'deadline', date: '2024-12-31', yearInferred: true },
  '≤20万元': num('≤', '20', '万元'),
  '≥6家': num('≥', '6', '家'),
  '≥95百分比': num('≥', '95', '%', '百分比'),
  '≤4.8万元': num('≤', '4.8', '万元'),
  '≥1人': num('≥', '1', '人'),
  '≤1万元': num('≤', '1', '万元'),
  '≤60万元': num('≤', '60', '万元'),
};

describe('parseIndicatorValue on the 2024 disclosure', () => {
  const distinct = [...new Set(ds.projects.flatMap((p) => p.indicators.map((i) => i.value ?? '')))];

  it('the disclosure prints 25 distinct 指标值, and each has an explicit expectation here', () => {
    expect(distinct).toHaveLength(25);
    expect([...distinct].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [printed, expected] of Object.entries(EXPECTED)) {
    it(`parses “${printed}”`, () => {
      const v = parseIndicatorValue(printed, 2024);
      expect(plain(v)).toEqual(expected);
      expect(v.printed).toBe(printed);
    });
  }

  it('labels unparseable values qualitative and parsed ones quantitative', () => {
    expect(valueKind(parseIndicatorValue('提高', 2024))).toBe('qualitative');
    expect(valueKind(parseIndicatorValue('按时限要求上报', 2024))).toBe('qualitative');
    expect(valueKind(parseIndicatorValue('≥95百分比', 2024))).toBe('quantitative');
    expect(valueKind(parseIndicatorValue('2024年12月底前', 2024))).toBe('quantitative');
  });

  it('finds 50 quantitative and 5 qualitative values among the 55', () => {
    const rows = projectIndicatorRows(ds);
    expect(rows.filter((r) => r.kind === 'quantitative')).toHaveLength(50);
    expect(rows.filter((r) => r.kind === 'qualitative').map((r) => r.printedValue)).toEqual([
      '提高',
      '按时限要求上报',
      '每月上报监测数据',
      '产品质量提升',
      '进一步增强',
    ]);
  });
});

describe('parseIndicatorValue, other spellings', () => {
  it('reads words and ASCII comparators', () => {
    expect(plain(parseIndicatorValue('>=3 项', 2024))).toEqual(num('≥', '3', '项'));
    expect(plain(parseIndicatorValue('不超过 5 万元', 2024))).toEqual(num('≤', '5', '万元'));
    expect(plain(parseIndicatorValue('<10%', 2024))).toEqual(num('<', '10', '%'));
    expect(plain(parseIndicatorValue('>0', 2024))).toEqual(num('>', '0', ''));
    expect(plain(parseIndicatorValue('=100％', 2024))).toEqual(num('=', '100', '%', '％'));
  });
  it('reads a month deadline and rejects month 13', () => {
    expect(plain(parseIndicatorValue('2025年6月底前', 2024))).toEqual({
      type: 'deadline',
      date: '2025-06-30',
      yearInferred: false,
    });
    expect(parseIndicatorValue('2024年13月底前', 2024).type).toBe('text');
  });
  it('keeps a number followed by a sentence as text', () => {
    expect(parseIndicatorValue('≥1 次，特殊时期每周不少于 1 次', 2024).type).toBe('text');
  });
  it('describes values in normal form', () => {
    expect(describeValue(parseIndicatorValue('≥95百分比', 2024))).toBe('≥ 95 %');
    expect(describeValue(parseIndicatorValue('1.8 万元/年', 2024))).toBe('= 1.8 万元/年');
    expect(describeValue(parseIndicatorValue('年底前', 2024))).toBe('≤ 2024-12-31');
    expect(describeValue(parseIndicatorValue('提高', 2024))).toBe('提高');
  });
});

describe('findTextTargets on the department goals', () => {
  it('finds the targets in the 9 itemised goals', () => {
    const targets = ds.narrative.performance!.goals.map((g) =>
      g.indicators.flatMap((i) => findTextTargets(i, 2024).map((t) => describeValue(t.value))),
    );
    expect(targets[0]).toEqual(['≥ 6 个', '≥ 3 个']);
    expect(targets[1]).toEqual(['≥ 80 %', '≥ 1 次', '≥ 1 次']);
    expect(targets[2]).toEqual(['≥ 8 家']);
    expect(targets[8]).toEqual(['≥ 80 %', '≥ 80 %']);
  });
});
