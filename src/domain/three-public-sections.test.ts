/**
 * The "三公" figures a 上海 决算 narrative states in its sentences (no structured block), and
 * the 基本支出表 款 beside them keeping a printed blank as blank.
 */
import { describe, expect, it } from 'vitest';
import { shippedModel } from './__fixtures__/load-shipped';

const rows = (id: Parameters<typeof shippedModel>[0]) =>
  shippedModel(id).threePublic.rows.map((r) => [
    r.label,
    r.total?.toFixed(2),
    r.narrative?.value.toFixed(2),
    r.economic
      ? `${r.economic.code}${r.economic.blank ? ' blank' : ` ${r.economic.total.toFixed(2)}`}`
      : undefined,
  ]);

describe('三公 from the narrative sections', () => {
  it('03: the narrative states 合计 0.39, 出国 0.00, 公务用车 0.00 (购置 0.00, 运行 0.00), 接待 0.39', () => {
    expect(rows('putuo-planning-2024-final')).toEqual([
      ['合计', '0.39', '0.39', undefined],
      ['因公出国（境）费', '0.00', '0.00', undefined],
      ['公务用车购置及运行费', '0.00', '0.00', undefined],
      ['公务用车购置费', '0.00', '0.00', undefined],
      ['公务用车运行维护费', '0.00', '0.00', '30231 0.00'],
      ['公务接待费', '0.39', '0.39', '30217 0.39'],
    ]);
    expect(shippedModel('putuo-planning-2024-final').threePublic.rows[0]!.narrative!.source).toEqual({
      kind: 'narrative',
      section: expect.stringMatching(/七、财政拨款“三公”经费支出决算情况说明$/),
    });
  });

  it('02: the table is blank, the narrative states 0.00 each (not the 年初预算 0.95); 30231 and 30217 are blank', () => {
    expect(rows('putuo-finance-2024-final')).toEqual([
      ['合计', undefined, '0.00', undefined],
      ['因公出国（境）费', undefined, '0.00', undefined],
      ['公务用车购置及运行费', undefined, '0.00', undefined],
      ['公务用车购置费', undefined, undefined, undefined],
      ['公务用车运行维护费', undefined, undefined, '30231 blank'],
      ['公务接待费', undefined, '0.00', '30217 blank'],
    ]);
  });

  it('05 (预算, 万元): 合计 42.24 and 公务用车运行维护费 42.24 as stated, not the 2025 figures', () => {
    const r = rows('putuo-construction-2026-budget');
    expect(r[0]).toEqual(['合计', '42.24', '42.24', undefined]);
    expect(r[4]).toEqual(['公务用车运行维护费', '42.24', '42.24', '30231 42.24']);
  });
});
