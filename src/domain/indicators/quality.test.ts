import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Project } from '../schema';
import { projectIndicatorRows, type IndicatorRow } from './project-indicators';
import {
  findCostMismatches,
  findDuplicatedLabels,
  findInconsistentUnits,
  findRepeatedIndicators,
  findShortPlans,
  findTemplateGoals,
  findUnmeasurablePercents,
  reviewIndicatorQuality,
  type QualityFlag,
} from './quality';
import { loadDataset2024 } from './test-dataset';

const ds = loadDataset2024();
const rows = projectIndicatorRows(ds);
const P = (seq: number) => ds.projects.find((p) => p.seq === seq)!;
const rowsOf = (seq: number) => rows.filter((r) => r.projectCode === P(seq).code);
const ids = (flags: QualityFlag[]) =>
  flags.map((f) =>
    f.target.kind === 'indicator'
      ? f.target.indicatorId
      : f.target.kind === 'project'
        ? f.target.projectCode
        : f.target.seq,
  );
const code = (f: QualityFlag) => ('projectCode' in f.target ? f.target.projectCode : undefined);

describe('findTemplateGoals', () => {
  it('flags 唐财教[2023]64号 whose goal is the template "目标内容 1"', () => {
    const flags = findTemplateGoals(ds.projects);
    expect(ids(flags)).toEqual(['13020824P00016410001J']);
    expect(flags[0]!.reason).toContain('目标内容 1');
  });
  it('does not flag written goals', () => {
    expect(findTemplateGoals([P(1), P(4)])).toEqual([]);
  });
});

describe('findRepeatedIndicators', () => {
  it('flags 年底前 奖补时间 in projects 4–7 and 收益群体满意度 ≥95% in projects 4 and 7', () => {
    const flags = findRepeatedIndicators(rows);
    const timing = flags.filter((f) => f.target.kind === 'indicator' && f.target.indicatorId.endsWith('#3'));
    expect(timing.map((f) => code(f))).toEqual([P(4).code, P(5).code, P(6).code, P(7).code]);
    expect(timing[0]!.reason).toBe(
      '与另外 3 个项目（唐财教[2023]64号关于提前下达2024年支持市县科技创新和科学普及专项资金预算的通知、唐财教[2023]66号关于提前下达2024年引智及人才培养专项资金预算的通知、以前年度未拨付专项资金）的指标逐字相同',
    );
    expect(ids(flags)).toContain(`${P(4).code}#9`);
    expect(ids(flags)).toContain(`${P(7).code}#9`);
  });
  it('does not flag indicators of one project alone (project 1 is unique)', () => {
    expect(findRepeatedIndicators(rowsOf(1))).toEqual([]);
    expect(findRepeatedIndicators(rows).some((f) => code(f) === P(1).code)).toBe(false);
  });
});

describe('findUnmeasurablePercents', () => {
  it('flags ≥95% "对生态的影响" of 科技创新扶持资金', () => {
    const flags = findUnmeasurablePercents(rowsOf(4));
    const eco = flags.find((f) => f.target.kind === 'indicator' && f.target.indicatorId === `${P(4).code}#7`);
    expect(eco?.reason).toBe(
      '目标为 ≥95%，但“对生态的影响”（奖补对生态的影响）不是比率，无法说明分子分母如何计算',
    );
    expect(flags).toHaveLength(4);
  });
  it('does not flag rates and satisfaction (设备维修及时率 ≥90%, 满意度, 企业上报率)', () => {
    const flags = findUnmeasurablePercents(rowsOf(2));
    expect(flags).toEqual([]);
    expect(ids(findUnmeasurablePercents(rowsOf(1)))).toEqual([`${P(1).code}#6`]);
  });
});

describe('findInconsistentUnits', () => {
  it('flags 百分比 where the disclosure elsewhere writes %', () => {
    const flags = findInconsistentUnits(rows);
    expect(flags).toHaveLength(12);
    expect(new Set(flags.map((f) => code(f)))).toEqual(new Set([P(5).code, P(6).code]));
    expect(flags[0]!.reason).toBe('单位写作“百分比”，另有 18 项指标写作“%”');
  });
  it('does not flag a table that writes % only', () => {
    expect(findInconsistentUnits(rowsOf(4))).toEqual([]);
    expect(findInconsistentUnits([...rowsOf(5), ...rowsOf(6)])).toEqual([]);
  });
});

describe('findCostMismatches', () => {
  it('flags 科技创新扶持资金: ≤20万元 × ≥1家 = 20 vs budget 200 (and 4.8×6, 1×1, 60×1)', () => {
    const flags = findCostMismatches(ds.projects, rows);
    expect(flags.map((f) => code(f))).toEqual([P(4).code, P(5).code, P(6).code, P(7).code]);
    expect(flags[0]!.reason).toBe('≤20万元 × ≥1家 = 20.00 万元，只占预算 200.00 万元的 10.00%');
    expect(flags[1]!.reason).toBe('≤4.8万元 × ≥6家 = 28.80 万元，只占预算 48.00 万元的 60.00%');
  });
  it('does not flag costs that fit: 1.8万元/年 × 1 个 = 1.80, ≤80元 × 40家 × 12 个月 = 3.84 ≥ 2.70, ≤30万元 × 2 = 60 ≥ 44.69', () => {
    expect(findCostMismatches([P(1), P(2), P(3)], rows)).toEqual([]);
  });
});

describe('findShortPlans', () => {
  it('flags plans whose last printed amount is below the budget (projects 4–7)', () => {
    const flags = findShortPlans(ds.projects);
    expect(flags.map((f) => code(f))).toEqual([P(4).code, P(5).code, P(6).code, P(7).code]);
    // The year-end was lost and is inferred: the reason uses the plan table's words (推算).
    expect(flags[0]!.reason).toBe(
      '已披露的计划到 10月底 累计 150.00 万元，为预算的 75.00%；12月底：原表未披露，按预算数推算为 200.00 万元（图表中以虚线标出）',
    );
    // 唐财教[2023]64号 (48.00): the plan table row reads 12月底 48.00 100.00% 推算.
    expect(flags[1]!.reason).toBe(
      '已披露的计划到 10月底 累计 36.00 万元，为预算的 75.00%；12月底：原表未披露，按预算数推算为 48.00 万元（图表中以虚线标出）',
    );
  });
  it('says 未披露 when the lost year-end cannot be inferred (a printed amount above the budget)', () => {
    const over = {
      ...P(4),
      spendingPlan: {
        ...P(4).spendingPlan,
        points: [
          { period: '3月底', amount: new Decimal('250.00') },
          { period: '6月底', amount: new Decimal('100.00') },
          { period: '12月底' },
        ],
      },
    } satisfies Project;
    expect(findShortPlans([over])[0]!.reason).toBe(
      '已披露的计划到 6月底 累计 100.00 万元，为预算的 50.00%；12月底 未披露',
    );
  });
  it('does not flag plans that reach the budget (projects 1–3)', () => {
    expect(findShortPlans([P(1), P(2), P(3)])).toEqual([]);
    const printedShort = { ...P(2), budget: new Decimal('3.00') } satisfies Project;
    expect(findShortPlans([printedShort])[0]!.reason).toBe(
      '已披露的计划到 12月底 累计 2.70 万元，为预算的 90.00%',
    );
  });
});

describe('findDuplicatedLabels', () => {
  it('flags goal 1 促进工业转型升级 ("绩效指标: 绩效指标:")', () => {
    const flags = findDuplicatedLabels(ds.narrative.performance!.goals);
    expect(ids(flags)).toEqual([1]);
    expect(flags[0]!.reason).toContain('促进工业转型升级');
  });
  it('does not flag a single label', () => {
    expect(findDuplicatedLabels(ds.narrative.performance!.goals.slice(1))).toEqual([]);
  });
});

describe('reviewIndicatorQuality', () => {
  it('runs every rule in review order', () => {
    const flags = reviewIndicatorQuality(
      ds.projects,
      rows as IndicatorRow[],
      ds.narrative.performance!.goals,
    );
    const count = (rule: string) => flags.filter((f) => f.rule === rule).length;
    expect(flags[0]!.rule).toBe('templateGoal');
    expect([
      count('templateGoal'),
      count('costMismatch'),
      count('planShort'),
      count('duplicatedLabel'),
    ]).toEqual([1, 4, 4, 1]);
    expect(flags[flags.length - 1]!.rule).toBe('duplicatedLabel');
  });
});
