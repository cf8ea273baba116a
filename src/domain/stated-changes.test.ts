import { describe, expect, it } from 'vitest';
import { shippedModel } from './__fixtures__/load-shipped';
import { readStatedChanges } from './stated-changes';

const head = (id: Parameters<typeof shippedModel>[0]) => {
  const c = shippedModel(id).statedChanges[0]!;
  return [c.label, c.against, c.change.toFixed(2), c.percent?.toFixed(2), c.current?.toFixed(2)];
};

describe('readStatedChanges on the shipped narratives', () => {
  it('02: 收入支出总计 减少56.95万元，下降1.87% against 2023年度, of 2,995.39, with its sentence', () => {
    expect(head('putuo-finance-2024-final')).toEqual([
      '收入支出总计',
      '2023年度',
      '-56.95',
      '-1.87',
      '2995.39',
    ]);
    const c = shippedModel('putuo-finance-2024-final').statedChanges[0]!;
    expect(c.sentence).toBe('与2023年度相比,收入支出总计减少56.95万元,下降1.87%。');
    expect(c.source.section).toMatch(/一、收入支出决算总体情况说明$/);
  });

  it('03: 增加 1062.85万元 (增长 12.08%); 04: 增加 307.82 万元', () => {
    expect(head('putuo-planning-2024-final')).toEqual([
      '收入支出总计',
      '2023年度',
      '1062.85',
      '12.08',
      '9859.38',
    ]);
    expect(head('putuo-social-work-2024-final')).toEqual([
      '收入支出总计',
      '2023年度',
      '307.82',
      '100.00',
      '307.82',
    ]);
  });

  it('05: 财政拨款收入 比2025年预算增加115,649万元 (no percentage printed), of 328,661', () => {
    expect(head('putuo-construction-2026-budget')).toEqual([
      '财政拨款收入',
      '2025年预算',
      '115649.00',
      undefined,
      '328661.00',
    ]);
  });

  it('02: 持平 is a stated change of 0 (财政拨款收入支出总计), and 机关运行经费 +2.55', () => {
    const all = shippedModel('putuo-finance-2024-final').statedChanges.map((c) => [
      c.label,
      c.change.toFixed(2),
      c.printed,
    ]);
    expect(all).toEqual([
      ['收入支出总计', '-56.95', '减少56.95万元'],
      ['财政拨款收入支出总计', '0.00', '持平'],
      ['一般公共预算财政拨款支出', '-63.14', '减少63.14万元'],
      ['机关运行经费支出', '2.55', '增加2.55万元'],
    ]);
  });
});

describe('readStatedChanges, general forms', () => {
  const read = (text: string) =>
    readStatedChanges([{ title: '一、总体情况', text, figures: [] }]).map((c) => [
      c.label,
      c.against,
      c.change.toFixed(2),
      c.percent?.toFixed(2),
    ]);

  it('比上年 … 下降, amounts in 元 converted to 万元', () => {
    expect(read('本年支出合计12,345,600.00元，比上年减少1,234,500.00元，下降9.09%。')).toEqual([
      ['本年支出合计', '上年', '-123.45', '-9.09'],
    ]);
  });

  it('与YYYY年相比 opening the sentence, 增长 after the amount; no unit-less percentages read as money', () => {
    expect(read('与2024年相比，支出总计增加 10 万元，增长 5%。其中项目支出增长3%。')).toEqual([
      ['支出总计', '2024年', '10.00', '5.00'],
    ]);
  });

  it('a change without a stated comparison is not read', () => {
    expect(read('主要原因:项目支出增加,较上一度增加1133.95 万元。')).toEqual([]);
  });
});
