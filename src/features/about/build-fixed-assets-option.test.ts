import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import { assetBars, buildFixedAssetsOption } from './build-fixed-assets-option';

describe('国有资产 chart (339-2024 固定资产 as printed, 万元)', () => {
  const rows = shippedModel('339-2024').narrative.fixedAssets!.rows;
  it('draws the categories with an amount, not 资产总额 nor the 其中 row', () => {
    expect(assetBars(rows).map((b) => [b.item, b.value.toFixed(2)])).toEqual([
      ['1、房屋（平方米）', '37.15'],
      ['2、车辆（台、辆）', '46.44'],
      ['4、其他固定资产', '121.33'],
    ]);
  });
  it('largest on top; end labels exact', () => {
    const o = buildFixedAssetsOption(assetBars(rows)) as {
      yAxis: { data: string[] };
      series: { data: number[]; label: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    expect(o.yAxis.data).toEqual(['1、房屋（平方米）', '2、车辆（台、辆）', '4、其他固定资产']);
    expect(o.series[0]!.label.formatter({ dataIndex: 2 })).toBe('121.33');
  });
});
