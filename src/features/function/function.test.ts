import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dataset2024 } from '../../domain/__fixtures__/load-2024';
import { functionClassColor } from '../../charts/colors';
import { functionCopy } from '../../copy/function';
import {
  MIN_LABEL_AREA,
  blockColor,
  buildTreemapOption,
  labelFit,
  shade,
  treemapLabel,
  treemapTooltip,
  treemapTooltipLines,
} from './build-treemap-option';
import { sameBlockSizes } from './treemap-layout';
import {
  functionRoute,
  parseMeasure,
  selectFunctionView,
  type FunctionRow,
  type FunctionUrlState,
} from './select-function-view';

const ds = dataset2024();
const view = (path: string[], measure: FunctionUrlState['measure'] = 'total') =>
  selectFunctionView(ds, { path, measure });
const s = (d: Decimal | undefined) => d?.toFixed(2);
const sum = (xs: readonly Decimal[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));

interface SeriesData {
  code: string;
  name: string;
  value: number;
  itemStyle: { color: string; borderWidth?: number };
  label: { show: boolean; color: string };
}
interface Option {
  aria: { enabled: boolean; label: { description: string } };
  tooltip: { formatter: (p: { data?: { code?: string } }) => string };
  series: {
    type: string;
    nodeClick: unknown;
    breadcrumb: { show: boolean };
    label: { formatter: (p: { data?: { code?: string } }) => string };
    data: SeriesData[];
  }[];
}
const asOption = (o: unknown) => o as Option;

describe('URL state', () => {
  it('reads ?measure= and writes routes with the default left out', () => {
    expect(parseMeasure(null)).toBe('total');
    expect(parseMeasure('basic')).toBe('basicExpenditure');
    expect(parseMeasure('project')).toBe('projectExpenditure');
    expect(parseMeasure('nonsense')).toBe('total');
    expect(functionRoute([], 'total')).toBe('/function');
    expect(functionRoute(['206', '20699'], 'projectExpenditure')).toBe('/function/206/20699?measure=project');
    expect(functionRoute(['206'], 'basicExpenditure')).toBe('/function/206?measure=basic');
  });
});

describe('selectFunctionView (the tree builder of the view)', () => {
  it('at the top: the five 类, exact values, shares adding to 100.00', () => {
    const m = view([]);
    expect(m.level.childLevel).toBe('类');
    expect(m.level.blocks.map((b) => [b.code, b.name, s(b.value), s(b.shareOfParent)])).toEqual([
      ['206', '科学技术支出', '1150.65', '49.91'],
      ['208', '社会保障和就业支出', '65.98', '2.86'],
      ['210', '卫生健康支出', '123.75', '5.37'],
      ['215', '资源勘探工业信息等支出', '915.40', '39.71'],
      ['221', '住房保障支出', '49.49', '2.15'],
    ]);
    expect(s(sum(m.level.blocks.map((b) => b.shareOfParent)))).toBe('100.00');
    expect(sum(m.level.blocks.map((b) => b.value)).eq(m.level.parent.value)).toBe(true);
    expect(m.breadcrumb).toEqual([{ label: '全部', path: [] }]);
    expect(m.focus.name).toBe('全部');
    expect(s(m.focus.total)).toBe('2305.27');
    expect(m.leaf).toBeUndefined();
  });

  it('at 206: four 款 that add up exactly to 1150.65', () => {
    const m = view(['206']);
    expect(m.level.childLevel).toBe('款');
    expect(m.level.blocks.map((b) => [b.code, s(b.value), s(b.shareOfParent), s(b.shareOfTotal)])).toEqual([
      ['20601', '292.65', '25.43', '12.69'],
      ['20605', '48.00', '4.17', '2.08'],
      ['20608', '10.00', '0.87', '0.43'],
      ['20699', '800.00', '69.53', '34.70'],
    ]);
    expect(s(sum(m.level.blocks.map((b) => b.value)))).toBe('1150.65');
    expect(m.level.hidden).toEqual([]);
    expect(m.breadcrumb.map((c) => c.label)).toEqual(['全部', '206 科学技术支出']);
  });

  it('by 项目支出 at 206: the blank 20601 is not drawn and the rows say why', () => {
    const m = view(['206'], 'projectExpenditure');
    expect(m.level.blocks.map((b) => [b.code, s(b.value), s(b.shareOfParent)])).toEqual([
      ['20605', '48.00', '5.59'],
      ['20608', '10.00', '1.17'],
      ['20699', '800.00', '93.24'],
    ]);
    expect(m.level.hidden).toEqual([
      { code: '20601', name: '科学技术管理事务', path: ['206', '20601'], reason: 'blank' },
    ]);
    expect(s(sum(m.level.blocks.map((b) => b.shareOfParent)))).toBe('100.00');
    expect(sum(m.level.blocks.map((b) => b.value)).eq(m.level.parent.value)).toBe(true);
    const r206 = m.rows.find((r) => r.code === '206')!;
    expect(r206.subRows.map((r) => [r.code, r.hidden ?? '', s(r.share)])).toEqual([
      ['20601', 'blank', '0.00'],
      ['20605', '', '5.59'],
      ['20608', '', '1.17'],
      ['20699', '', '93.24'],
    ]);
    expect(m.summary).toBe(
      '206 科学技术支出 项目支出 858.00 万元，分为 3 个款：20699 其他科学技术支出 800.00 万元（93.24%）、20605 科技条件与服务 48.00 万元（5.59%）、20608 科技交流与合作 10.00 万元（1.17%）。20601 科学技术管理事务项目支出为空（原表空白），图中未显示。',
    );
  });

  it('by 项目支出 at 208: nothing to draw, an explicit empty level', () => {
    const m = view(['208'], 'projectExpenditure');
    expect(m.level.blocks).toEqual([]);
    expect(m.level.hidden.map((h) => h.code)).toEqual(['20805']);
    // 支出总表 row 11 leaves 208's 项目支出 blank: never "0.00 万元".
    expect(m.summary).toBe(
      '208 社会保障和就业支出 项目支出 —（原表空白），该级在“项目支出”下没有金额（原表空白），图中无色块可画。20805 行政事业单位养老支出项目支出为空（原表空白），图中未显示。',
    );
    expect(m.summary).not.toContain('0.00');
    // An explicit empty state, not "点击色块进入下一级" under an empty chart.
    expect(m.chartNote).toEqual({
      kind: 'empty',
      text: '该级在“项目支出”下没有金额（原表空白），图中无色块可画。',
    });
    const r208 = m.rows.find((r) => r.code === '208')!;
    expect(r208.blank).toContain('projectExpenditure');
  });

  it('the chart hint agrees with what is drawn', () => {
    expect(view(['206']).chartNote).toEqual({ kind: 'hint', text: functionCopy.chartHint });
    expect(view(['215', '21505', '2150517']).chartNote).toEqual({
      kind: 'hint',
      text: functionCopy.chartHintLeaf,
    });
    // 2150517 产业发展 has no 基本支出 (blank): it is not drawn, and the hint says so.
    const hidden = view(['215', '21505', '2150517'], 'basicExpenditure');
    expect(hidden.level.blocks.map((b) => b.code)).toEqual(['2150501']);
    expect(hidden.chartNote).toEqual({
      kind: 'hint',
      text: '已到最末一级（项）：所选科目 2150517 产业发展 基本支出为空（原表空白），按此口径图中不显示（图中为同级其他科目）；明细见“科目明细”。',
    });
    expect(hidden.chartNote.text).not.toContain('突出显示');
  });

  it('the table rows carry the whole tree, siblings’ half-up shares adding to 100.00 except 21505', () => {
    const m = view([]);
    expect(m.totals.shareResidual?.toFixed(2)).toBe('0.00');
    const walk = (rows: FunctionRow[]): number => {
      if (rows.length === 0) return 0;
      // 21505's 项: 866.21 / 912.70 = 94.906% → 94.91, 0.197% → 0.20, 4.896% → 4.90.
      const expected = rows[0]!.code === '2150501' ? '100.01' : '100.00';
      expect(s(sum(rows.map((r) => r.share!)))).toBe(expected);
      return rows.length + rows.reduce((n, r) => n + walk(r.subRows), 0);
    };
    expect(walk(m.rows)).toBe(26);
    expect(s(m.totals.total)).toBe('2305.27');
    expect(
      m.rows.find((r) => r.code === '215')!.subRows[0]!.subRows.map((r) => [r.code, r.projectCount]),
    ).toEqual([
      ['2150501', 0],
      ['2150502', 1],
      ['2150517', 1],
    ]);
  });

  it('a 项 keeps its siblings in the chart, highlighted, and opens its detail', () => {
    const m = view(['206', '20699', '2069999']);
    expect(m.level.parent.code).toBe('20699');
    expect(m.level.selectedCode).toBe('2069999');
    expect(m.focus.code).toBe('2069999');
    const leaf = m.leaf!;
    expect(leaf.kind).toBe('project');
    expect(leaf.projects.map((p) => [p.name, s(p.budget), p.route])).toEqual([
      ['科技创新扶持资金', '200.00', '/performance/project/13020824P00021510002F'],
      ['以前年度未拨付专项资金', '600.00', '/performance/project/13020824P000216100025'],
    ]);
    expect(leaf.equation).toBe('800.00 = 200.00 + 600.00');
    expect(leaf.reconciles).toBe(true);
    expect(m.summary).toContain('已打开 2069999 其他科学技术支出 的明细：全部为项目支出，对应 2 个项目。');
  });

  it('行政运行 says it is basic expenditure; 产业发展 44.69 is the 领跑者 project', () => {
    const basic = view(['215', '21505', '2150501']).leaf!;
    expect(basic.kind).toBe('basic');
    expect(basic.projects).toEqual([]);
    expect(s(basic.basicExpenditure)).toBe('866.21');
    const lead = view(['215', '21505', '2150517']).leaf!;
    expect(lead.kind).toBe('project');
    expect(lead.equation).toBe('44.69 = 44.69');
    expect(lead.projects[0]!.name).toContain('“领跑者”企业培育');
  });

  it('an unknown code stops the path; a bare code redirects to its full path', () => {
    const bad = view(['206', '12345']);
    expect(bad.unknownCode).toBe('12345');
    expect(bad.redirectTo).toBeUndefined();
    expect(bad.level.parent.code).toBe('206');
    expect(view(['2069999']).redirectTo).toEqual(['206', '20699', '2069999']);
    expect(view(['215', '20601']).redirectTo).toEqual(['206', '20601']);
    // A bare code is a short form: no notice. A wrong parent is corrected and says so.
    expect(view(['2069999']).pathCorrected).toBeUndefined();
    const wrong = view(['206', '21505']);
    expect(wrong.redirectTo).toEqual(['215', '21505']);
    expect(wrong.pathCorrected).toEqual({ code: '21505', label: '215 › 21505' });
    expect(functionCopy.pathCorrected(wrong.pathCorrected!.code, wrong.pathCorrected!.label)).toBe(
      '链接中的科目路径有误，已按编码 21505 打开 215 › 21505。',
    );
  });
});

describe('buildTreemapOption', () => {
  const m = view(['206']);
  const option = asOption(buildTreemapOption({ level: m.level, summary: m.summary }));
  const series = option.series[0]!;

  it('draws one level, exact values as numbers, ECharts never drills on its own', () => {
    expect(series.type).toBe('treemap');
    expect(series.nodeClick).toBe(false);
    expect(series.breadcrumb.show).toBe(false);
    expect(series.data.map((d) => [d.code, d.name, d.value])).toEqual([
      ['20601', '科学技术管理事务', 292.65],
      ['20605', '科技条件与服务', 48],
      ['20608', '科技交流与合作', 10],
      ['20699', '其他科学技术支出', 800],
    ]);
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe(m.summary);
  });

  it('labels each block with its 科目名称 and amount in 万元', () => {
    const label = (code: string) => series.label.formatter({ data: { code } });
    expect(label('20699')).toBe('{name|其他科学技术支出}\n{value|800.00 万元 · 69.53%}');
    expect(label('20601')).toBe('{name|科学技术管理事务}\n{value|292.65 万元 · 25.43%}');
    const block = m.level.blocks[0]!;
    expect(treemapLabel(block, { name: true, value: 'unit' })).toBe(
      '{name|科学技术管理事务}\n{value|292.65 万元}',
    );
    expect(treemapLabel(block, { name: true, value: 'bare' })).toBe(
      '{name|科学技术管理事务}\n{value|292.65}',
    );
    expect(treemapLabel(block, { name: false, value: 'unit' })).toBe('{value|292.65 万元}');
    expect(treemapLabel(block, { name: true, value: 'none' })).toBe('{name|科学技术管理事务}');
  });

  it('has a tooltip with code, amount, share of parent and of total, basic / project split', () => {
    const block = m.level.blocks.find((b) => b.code === '20601')!;
    expect(treemapTooltip(block, m.level)).toEqual([
      { text: '20601 科学技术管理事务', color: '#0f7c86', strong: true },
      { text: '合计 292.65 万元' },
      { text: '占206 科学技术支出 25.43%' },
      { text: '占全部支出 12.69%' },
      { text: '基本支出 292.65 · 项目支出 —' },
      { text: '点击进入下一级' },
    ]);
    expect(option.tooltip.formatter({})).toBe('');
    const top = view([]);
    expect(treemapTooltipLines(top.level.blocks[0]!, top.level)).toEqual([
      '206 科学技术支出',
      '合计 1,150.65 万元',
      '占全部支出 49.91%',
      '基本支出 292.65 · 项目支出 858.00',
      '点击进入下一级',
    ]);
    const leaf = view(['206', '20699']);
    expect(treemapTooltipLines(leaf.level.blocks[0]!, leaf.level).at(-1)).toBe('点击查看明细');
  });

  it('colours each block by its 类, the same colour as everywhere else', () => {
    const top = asOption(buildTreemapOption({ level: view([]).level, summary: '' }));
    expect(top.series[0]!.data.map((d) => d.itemStyle.color)).toEqual(
      ['206', '208', '210', '215', '221'].map(functionClassColor),
    );
    expect(series.data[0]!.itemStyle.color).toBe(functionClassColor('206'));
    expect(blockColor(m.level.blocks[1]!, 1)).toBe(shade(functionClassColor('206'), 0.08));
    expect(shade('#ffffff', 0.5)).toBe('#808080');
    expect(shade('#000000', -0.5)).toBe('#808080');
  });

  it('highlights the open 项 and fades its siblings', () => {
    const leaf = view(['215', '21505', '2150517']);
    const o = asOption(buildTreemapOption({ level: leaf.level, summary: '' }));
    const byCode = new Map(o.series[0]!.data.map((d) => [d.code, d]));
    expect(byCode.get('2150517')!.itemStyle.borderWidth).toBe(4);
    expect(byCode.get('2150517')!.label.color).toBe('#ffffff');
    expect(byCode.get('2150501')!.label.color).toBe('#1f2937');
    expect(byCode.get('2150501')!.itemStyle.color).not.toBe(blockColor(leaf.level.blocks[0]!, 0));
  });

  it('leaves blocks too small for a label unlabelled (they stay in the table)', () => {
    // A phone: 300 × 340 px. 20608 is 10.00 of 1150.65, ≈ 886 px²; 20605 (48.00) ≈ 4,255 px².
    const fit = labelFit(m.level, { width: 300, height: 340 });
    expect(fit.get('20608')).toEqual({ name: false, value: 'none' });
    expect(fit.get('20605')).toEqual({ name: false, value: 'unit' });
    expect(fit.get('20699')).toEqual({ name: true, value: 'share' });
    expect((10 / 1150.65) * 300 * 340).toBeLessThan(MIN_LABEL_AREA);
    const o = asOption(
      buildTreemapOption({ level: m.level, summary: '', size: { width: 300, height: 340 } }),
    );
    expect(o.series[0]!.data.find((d) => d.code === '20608')!.label.show).toBe(false);
    expect(o.series[0]!.label.formatter({ data: { code: '20605' } })).toBe('{value|48.00 万元}');
    expect(labelFit(m.level).get('20608')).toEqual({ name: true, value: 'share' });
  });

  it('with the drawn block sizes, labels exactly what fits', () => {
    const drawn = new Map([
      ['20601', { width: 225, height: 380 }],
      ['20605', { width: 186, height: 74 }],
      ['20608', { width: 37, height: 74 }],
      ['20699', { width: 516, height: 456 }],
    ]);
    const fit = labelFit(m.level, { width: 747, height: 460 }, false, drawn);
    const full = { name: true, value: 'share' };
    expect([...fit]).toEqual([
      ['20601', full],
      ['20605', full],
      ['20608', { name: false, value: 'none' }],
      ['20699', full],
    ]);
    // A wide, low block: room for one line only, the amount.
    const thin = new Map([['20605', { width: 200, height: 45 }]]);
    expect(labelFit(m.level, undefined, false, thin).get('20605')).toEqual({ name: false, value: 'share' });
    // 221 住房保障支出 49.49 at the top, 71 × 93 px: the name wrapped over two lines of three
    // characters (room for them, not for six in one line) and the bare amount.
    const top = view([]).level;
    const small = new Map([['221', { width: 71, height: 93 }]]);
    const plan221 = labelFit(top, undefined, false, small).get('221');
    expect(plan221).toEqual({ name: true, value: 'bare', nameChars: 3 });
    expect(
      treemapLabel(
        top.blocks.find((b) => b.code === '221')!,
        plan221,
      ),
    ).toBe('{name|住房保}\n{name|障支出}\n{value|49.49}');
    // Lower, it keeps one line and the name is cut with …
    const low = new Map([['221', { width: 71, height: 70 }]]);
    expect(labelFit(top, undefined, false, low).get('221')).toEqual({ name: true, value: 'bare' });
    // On a phone the share is never added.
    expect(labelFit(m.level, undefined, true, drawn).get('20601')).toEqual({ name: true, value: 'unit' });
    // 汇报模式 draws text ×1.5 (chartFontFactor): the fit measures with the drawn size.
    // 20605 at 186 × 74 px holds name + share at 15/13 px, but at 23/20 px two lines need
    // 63 px of 58: the amount alone, and it no longer fits with the share either.
    expect(labelFit(m.level, undefined, false, drawn, 1.5).get('20605')).toEqual({
      name: false,
      value: 'unit',
    });
    expect(labelFit(m.level, undefined, false, drawn, 1.5).get('20699')).toEqual(full);
    const scaled = asOption(
      buildTreemapOption({ level: m.level, summary: '', blockSizes: drawn, fontFactor: 1.5 }),
    );
    // The option keeps unscaled font sizes: the chart wrapper scales them.
    expect(scaled.series[0]!.label.formatter({ data: { code: '20605' } })).toBe('{value|48.00 万元}');
    expect(sameBlockSizes(drawn, new Map(drawn))).toBe(true);
    expect(sameBlockSizes(drawn, thin)).toBe(false);
    expect(sameBlockSizes(undefined, undefined)).toBe(true);
  });
});

describe('selectFunctionView: the tree table’s rows once per model and measure', () => {
  it('a drill reuses the rows (the same array), a measure switch has its own', () => {
    const root = selectFunctionView(ds, { path: [], measure: 'total' });
    const drilled = selectFunctionView(ds, { path: ['206'], measure: 'total' });
    expect(drilled.rows).toBe(root.rows);
    expect(root.rows.map((r) => r.code)).toEqual(['206', '208', '210', '215', '221']);
    const basic = selectFunctionView(ds, { path: ['206'], measure: 'basicExpenditure' });
    expect(basic.rows).not.toBe(root.rows);
    expect(basic.rows.map((r) => r.code)).toEqual(root.rows.map((r) => r.code));
  });
});
