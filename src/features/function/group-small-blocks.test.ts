import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { BENCH_SCALE, syntheticDataset } from '../../../scripts/synthetic-dataset';
import { buildBudgetModel } from '../../domain/budget-model';
import { dataset2024 } from '../../domain/__fixtures__/load-2024';
import { datasetSchema } from '../../domain/schema';
import { buildTreemapOption, OTHER_COLOR, treemapTooltipLines } from './build-treemap-option';
import {
  groupSmallBlocks,
  MAX_TREEMAP_BLOCKS,
  OTHER_BLOCK_CODE,
  otherRoute,
  selectFunctionView,
} from './select-function-view';

// The benchmark's department: 29 类 (2,030 项), amounts 万元.
const synthetic = buildBudgetModel(datasetSchema.parse(syntheticDataset({ ...BENCH_SCALE, year: 2024 })));
const top = selectFunctionView(synthetic, { path: [], measure: 'total' }).level;
const s = (d: Decimal | undefined) => d?.toFixed(2);
const sum = (xs: readonly Decimal[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));

describe('groupSmallBlocks (the treemap’s 其他 block)', () => {
  it('draws the 19 largest of 29 类 and merges the 10 smallest into 其他, summed exactly', () => {
    expect(top.blocks).toHaveLength(29);
    const g = groupSmallBlocks(top, false);
    expect(g.level.blocks).toHaveLength(MAX_TREEMAP_BLOCKS);
    const other = g.level.blocks[g.level.blocks.length - 1]!;
    expect(other.code).toBe(OTHER_BLOCK_CODE);
    expect(other.name).toBe('其他 10 个类');
    expect(other.members!.map((b) => `${b.code} ${s(b.value)}`)).toEqual([
      '201 2196.60',
      '202 2674.60',
      '203 3193.60',
      '204 3712.60',
      '214 2821.60',
      '215 2467.60',
      '216 2945.60',
      '217 3423.60',
      '232 2857.60',
      '233 2697.60',
    ]);
    expect(s(other.value)).toBe('28991.00');
    // 28,991.00 of 135,812.40 万元 = 21.3464…% → 21.35%.
    expect(s(sum(top.blocks.map((b) => b.value)))).toBe('135812.40');
    expect(s(other.shareOfParent)).toBe('21.35');
    expect(s(other.total)).toBe('28991.00');
    // The kept 类 are those the grouping did not take, in printed order, their shares unchanged.
    expect(g.level.blocks.slice(0, 3).map((b) => `${b.code} ${s(b.shareOfParent)}`)).toEqual(
      top.blocks
        .filter((b) => ['205', '206', '207'].includes(b.code))
        .map((b) => `${b.code} ${s(b.shareOfParent)}`),
    );
    expect(g.level.blocks.some((b) => b.code === '201')).toBe(false);
    expect(g.open).toBe(false);
  });

  it('opened (?other=1), draws the 10 merged 类 alone with their shares of the level', () => {
    const g = groupSmallBlocks(top, true);
    expect(g.open).toBe(true);
    expect(g.level.blocks.map((b) => b.code)).toEqual([
      '201',
      '202',
      '203',
      '204',
      '214',
      '215',
      '216',
      '217',
      '232',
      '233',
    ]);
    expect(s(g.level.blocks[0]!.shareOfParent)).toBe(s(top.blocks[0]!.shareOfParent));
    expect(otherRoute([], 'total')).toBe('/function?other=1');
    expect(otherRoute(['206'], 'projectExpenditure')).toBe('/function/206?measure=project&other=1');
  });

  it('the 其他 block is grey, labelled and says what it holds in its tooltip', () => {
    const g = groupSmallBlocks(top, false);
    const other = g.level.blocks.find((b) => b.code === OTHER_BLOCK_CODE)!;
    expect(treemapTooltipLines(other, g.level)).toEqual([
      '其他 10 个类',
      '合计 28,991.00 万元',
      '占全部支出 21.35%',
      '含 201 类201、202 类202、203 类203、204 类204、214 类214 等',
      '点击查看其中各科目',
    ]);
    const option = buildTreemapOption({ level: g.level, summary: '' }) as unknown as {
      series: { data: { code: string; itemStyle: { color: string } }[] }[];
    };
    expect(option.series[0]!.data.find((d) => d.code === OTHER_BLOCK_CODE)!.itemStyle.color).toBe(
      OTHER_COLOR,
    );
  });

  it('leaves a level of at most 20 blocks as it is (every shipped level)', () => {
    const shipped = selectFunctionView(dataset2024(), { path: [], measure: 'total' }).level;
    expect(groupSmallBlocks(shipped, false).level).toBe(shipped);
    expect(groupSmallBlocks(shipped, true).other).toBeUndefined();
    const kuan = selectFunctionView(synthetic, { path: ['201'], measure: 'total' }).level;
    expect(kuan.blocks).toHaveLength(7);
    expect(groupSmallBlocks(kuan, false).level).toBe(kuan);
  });
});
