import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBudgetModel } from './budget-model';
import { describeMismatch } from './check-result';
import { statementChecks } from './checks-statements';
import { datasetSchema } from './schema';
import { shippedModel } from './__fixtures__/load-shipped';

const raw = () =>
  JSON.parse(
    readFileSync(new URL('../../public/data/putuo-finance-2024-final.json', import.meta.url), 'utf8'),
  ) as {
    narrative: { sections: { title: string; text: string }[] };
  };
const doctored = (from: string, to: string) => {
  const d = raw();
  const s = d.narrative.sections.find((x) => x.text.includes(from));
  if (!s) throw new Error(`no section holds ${from}`);
  s.text = s.text.replace(from, to);
  return statementChecks(buildBudgetModel(datasetSchema.parse(d)));
};

describe('statement checks on 上海市普陀区财政局 2024 决算 (02)', () => {
  const checks = statementChecks(shippedModel('putuo-finance-2024-final'));
  it('reads every "年初预算为…支出决算为…决算数…预算数" sentence of the 项 explanations, and all hold as printed', () => {
    const compared = checks.filter((c) => c.id.includes('budget-vs-final') && !c.id.endsWith(':rate'));
    expect(compared.length).toBeGreaterThanOrEqual(10);
    // 行政运行: 年初预算 1560.05, 决算 1511.89, "决算数小于预算数"
    const admin = compared.find((c) => c.expected.toFixed(2) === '1560.05')!;
    expect([admin.actual.toFixed(2), admin.status]).toEqual(['1511.89', 'pass']);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });
  it('the assets are counted "截至2024年12月31日", the year of the final accounts', () => {
    const year = checks.filter((c) => c.id.includes('year-end'));
    expect(year.map((c) => [c.actual.toNumber(), c.status])).toEqual([[2024, 'pass']]);
  });
  it('fails where the words contradict the figures, as in the altered 02x', () => {
    const wrong = doctored(
      '支出决算为1511.89万元。 决算数小于预算数',
      '支出决算为1511.89万元。 决算数大于预算数',
    );
    const failed = wrong.filter((c) => c.status === 'fail');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.title).toContain('决算数大于预算数');
    expect(failed[0]!.sides.map((s) => s.value.toFixed(2))).toEqual(['1560.05', '1511.89']);
    // both sides are printed figures: the sentence names what contradicts what, no "应为"
    expect(failed[0]!.sideRoles).toEqual(['', '']);
    expect(describeMismatch(failed[0]!)).toContain(
      '说明写作决算数大于预算数，而决算数 1511.89 小于预算数 1560.05 万元',
    );
    const year = doctored('截至2024年12月31日', '截至2023年12月31日').filter((c) => c.status === 'fail');
    expect(year.map((c) => c.title)).toEqual([
      expect.stringContaining('“截至2023年12月31日”应为“截至2024年12月31日”'),
    ]);
    expect(describeMismatch(year[0]!)).not.toMatch(/相差|个/);
  });
});

describe('statement checks on the 2026 budget (05)', () => {
  it('has no 决算 comparisons and no failing date', () => {
    const checks = statementChecks(shippedModel('putuo-construction-2026-budget'));
    expect(checks.filter((c) => c.id.includes('budget-vs-final'))).toEqual([]);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });
});
