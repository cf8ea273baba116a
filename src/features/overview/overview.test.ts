import { describe, expect, it } from 'vitest';
import { dataset2024 } from '../../domain/__fixtures__/load-2024';
import { describeSource } from '../../domain/source';
import { buildClassBarOption, classTooltip } from './build-class-bar-option';
import { selectOverview } from './select-overview';

const model = selectOverview(dataset2024())!;

describe('overview view model', () => {
  it('has the headline cards with their notes', () => {
    expect(model.cards.map((c) => [c.id, c.value.toFixed(2), c.note ?? ''])).toEqual([
      ['revenue-total', '2305.27', ''],
      ['expenditure-total', '2305.27', ''],
      ['basic', '1398.08', '占支出 60.65%'],
      ['project', '907.19', '占支出 39.35%'],
      ['personnel', '1321.13', '占基本支出 94.50%'],
      ['public', '76.95', '占基本支出 5.50%'],
      ['three-public', '6.80', '比上年 0.00'],
      ['change', '-1707.15', '−42.55%，2023 年 4,012.42'],
    ]);
    expect(describeSource(model.cards.find((c) => c.id === 'three-public')!.source)).toBe(
      '部门预算财政拨款“三公”经费支出表 · 序号 1 · 合计',
    );
  });

  it('gives class shares that add up to exactly 100.00%', () => {
    expect(model.classes.map((c) => [c.code, c.share.toFixed(2)])).toEqual([
      ['206', '49.91'],
      ['208', '2.86'],
      ['210', '5.37'],
      ['215', '39.71'],
      ['221', '2.15'],
    ]);
    expect(model.classes.reduce((a, c) => a.plus(c.share), model.total.minus(model.total)).toFixed(2)).toBe(
      '100.00',
    );
    expect(model.totalBasic.toFixed(2)).toBe('1398.08');
    expect(describeSource(model.classes[3]!.cellSources!.projectExpenditure)).toBe(
      '部门预算支出总表 · 序号 18 · 项目支出',
    );
    expect(model.totalProject.toFixed(2)).toBe('907.19');
  });
});

describe('class bar option', () => {
  it('sorts ascending for a horizontal bar (largest on top) with exact labels', () => {
    const option = buildClassBarOption(model.classes) as {
      yAxis: { data: string[] };
      series: {
        data: { value: number; label: { formatter: () => string }; itemStyle: { color: string } }[];
      }[];
      aria: { enabled: boolean };
    };
    expect(option.aria.enabled).toBe(true);
    expect(option.yAxis.data).toEqual([
      '221 住房保障支出',
      '208 社会保障和就业支出',
      '210 卫生健康支出',
      '215 资源勘探工业信息等支出',
      '206 科学技术支出',
    ]);
    expect(option.series[0]!.data.map((d) => d.label.formatter())).toEqual([
      '49.49 万元 · 2.15%',
      '65.98 万元 · 2.86%',
      '123.75 万元 · 5.37%',
      '915.40 万元 · 39.71%',
      '1,150.65 万元 · 49.91%',
    ]);
    const narrow = buildClassBarOption(model.classes, true) as typeof option;
    expect(narrow.series[0]!.data[4]!.label.formatter()).toBe('1,150.65');
  });

  it('writes code, name, amount, share and split in the tooltip', () => {
    const science = model.classes.find((r) => r.code === '206')!;
    expect(classTooltip(science)).toEqual([
      { text: '206 科学技术支出', color: '#0f7c86', strong: true },
      { text: '合计 1,150.65 万元（49.91%）' },
      { text: '基本支出 292.65，项目支出 858.00' },
    ]);
  });
});
