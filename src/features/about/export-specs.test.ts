import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBudgetModel } from '../../domain/budget-model';
import { datasetSchema } from '../../domain/schema';
import { cellText } from '../../domain/table-spec-layout';
import { aboutSpecs } from './export-specs';

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/data/339-2024.json', import.meta.url), 'utf8')),
);
const specs = aboutSpecs(dataset, buildBudgetModel(dataset));

describe('aboutSpecs (339-2024 说明)', () => {
  it('机构设置: two units with their nature, rank and funding', () => {
    const s = specs.units!;
    expect(s.columns.map((c) => c.header.join('/'))).toEqual([
      '单位名称',
      '单位性质',
      '单位规格',
      '经费保障形式',
    ]);
    expect(s.rows.map((r) => s.columns.map((c) => cellText(c.value(r), c.kind)))).toEqual([
      ['丰润区工业和信息化局本级', '行政', '正科级', '财政拨款'],
      ['唐山市丰润区科学技术局', '行政', '正科级', '财政拨款'],
    ]);
  });

  it('政府采购 printed as an empty table: no spec (the view says so instead)', () => {
    expect(specs.procurement).toBeUndefined();
  });

  it('国有资产: 万元 exactly, 其中 rows one level in, blanks —', () => {
    const s = specs.fixedAssets!;
    expect(s.title).toBe('固定资产按类别（万元，截至 2023-12-31）');
    const lines = s.rows.map((r) => [s.rowLevel!(r), ...s.columns.map((c) => cellText(c.value(r), c.kind))]);
    expect(lines).toEqual([
      [0, '资产总额', '', '204.92'],
      [0, '1、房屋（平方米）', '2132.80', '37.15'],
      [1, '其中：办公用房（平方米）', '364.59', '4.27'],
      [0, '2、车辆（台、辆）', '3', '46.44'],
      [0, '3、单价在 20 万元以上的设备', '', '—'],
      [0, '4、其他固定资产', '303', '121.33'],
    ]);
  });
});
