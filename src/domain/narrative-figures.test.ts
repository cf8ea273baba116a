import { describe, expect, it } from 'vitest';
import { readNarrativeFigures, readUnchangedStatements } from './narrative-figures';

// Sentences as printed in 上海市普陀区财政局 2024 部门决算 (情况说明, page 21), the seed
// (丰润区工业和信息化局 2024 预算) and 普陀区建设和管理委员会 2026 预算.
describe('readNarrativeFigures', () => {
  it('reads amounts with their shares (收入决算情况说明)', () => {
    const text =
      '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；';
    const figures = readNarrativeFigures(text);
    expect(figures.map((f) => [f.label, f.kind, f.value, f.unit, f.share])).toEqual([
      ['本年收入合计', 'amount', '2946.25', '万元', undefined],
      ['财政拨款收入', 'amount', '2940.05', '万元', '99.79'],
      ['其他收入', 'amount', '6.2', '万元', '0.21'],
    ]);
    expect(text.slice(figures[1]!.offset, figures[1]!.offset + figures[1]!.printed.length)).toBe(
      '2940.05万元',
    );
  });

  it('reads a decrease with its percentage and signs both negative', () => {
    const text =
      '上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。';
    const figures = readNarrativeFigures(text);
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatchObject({ label: '上海市普陀区财政局2024年度收入支出总计', value: '2995.39' });
    expect(figures[1]).toMatchObject({
      label: '收入支出总计',
      kind: 'change',
      value: '-56.95',
      percentChange: '-1.87',
      printed: '减少56.95万元',
    });
  });

  it('keeps the real error of the 02 narrative as printed (0.3万元 for 2940.05)', () => {
    const [f] = readNarrativeFigures('上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。');
    expect(f).toMatchObject({ value: '0.3', unit: '万元' });
    expect(f!.label.endsWith('财政拨款收入支出总计')).toBe(true);
  });

  it('reads 类 amounts with shares in a structure paragraph', () => {
    const figures = readNarrativeFigures(
      '一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出\n（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；',
    );
    expect(figures.map((f) => [f.label, f.value, f.share])).toEqual([
      ['一般公共预算财政拨款支出', '2940.05', undefined],
      ['一般公共服务支出（类）', '2106.66', '71.73'],
      ['社会保障和就业支出（类）', '326.72', '11.11'],
    ]);
  });

  it('reads thousands separators and spaces before the unit (2026 budget, 万元)', () => {
    const figures = readNarrativeFigures(
      '2026年，上海市普陀区建设和管理委员会收入预算328,661万元，其中：财政拨款收入328,661万元，比2025年预算增加115,649万元；',
    );
    expect(figures.map((f) => [f.label, f.kind, f.value])).toEqual([
      ['上海市普陀区建设和管理委员会收入预算', 'amount', '328661'],
      ['财政拨款收入', 'amount', '328661'],
      ['', 'change', '115649'],
    ]);
    expect(readNarrativeFigures('收入支出总计增加 1062.85 万元，增长 12.08%')[0]).toMatchObject({
      value: '1062.85',
      percentChange: '12.08',
    });
  });

  it('reads the seed: total, change and parts', () => {
    const figures = readNarrativeFigures(
      '2024年预算收支安排2305.27万元，较2023年预算减少1707.15万元，其中：基本支出减少53.75万元',
    );
    expect(figures.map((f) => [f.label, f.kind, f.value])).toEqual([
      ['2024年预算收支安排', 'amount', '2305.27'],
      ['', 'change', '-1707.15'],
      ['基本支出', 'change', '-53.75'],
    ]);
  });

  it('never turns text without a unit into a figure', () => {
    expect(
      readNarrativeFigures('第二条 上海市普陀区财政局是主管全区财政工作的区政府工作部门，为正处级。'),
    ).toEqual([]);
    expect(readNarrativeFigures('2024年12月底前完成')).toEqual([]);
  });
});

describe('readUnchangedStatements', () => {
  it('reads 持平 as a stated zero change with its label', () => {
    expect(readUnchangedStatements('与2023年度相比，财政拨款收入支出总计持平。主要原因：')).toEqual([
      { label: '财政拨款收入支出总计', offset: 20 },
    ]);
  });
});
