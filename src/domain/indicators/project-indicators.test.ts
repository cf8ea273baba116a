import { describe, expect, it } from 'vitest';
import { matchesQuery, projectIndicatorRows } from './project-indicators';
import { loadDataset2024 } from './test-dataset';

const ds = loadDataset2024();
const rows = projectIndicatorRows(ds);

describe('projectIndicatorRows on the 2024 disclosure', () => {
  it('has 55 project indicators over 7 projects', () => {
    expect(ds.projects).toHaveLength(7);
    expect(rows).toHaveLength(55);
    expect(new Set(rows.map((r) => r.id)).size).toBe(55);
  });
  it('7 of them are 成本指标 (one per project) and 7 are 满意度指标', () => {
    const cost = rows.filter((r) => r.level2 === '成本指标');
    expect(cost).toHaveLength(7);
    expect(new Set(cost.map((r) => r.projectCode)).size).toBe(7);
    expect(rows.filter((r) => r.level1 === '满意度指标')).toHaveLength(7);
  });
  it('keeps printed order and the project of each row', () => {
    expect(rows[0]).toMatchObject({
      id: '13020824P00001910005H#1',
      projectName: '2024 年网络运行维护费',
      level3: '固定 IP 地址',
      printedValue: '≥1 个',
      basis: '合同内容',
    });
    expect(rows[54]).toMatchObject({
      projectCode: '13020824P000216100025',
      level3: '满意度',
      printedValue: '≥95%',
    });
  });
});

describe('matchesQuery (Chinese substring search)', () => {
  it('finds 满意度 in 7 三级指标 and descriptions: 7 rows', () => {
    const hits = rows.filter((r) => matchesQuery(r, '满意度'));
    expect(hits).toHaveLength(7);
    expect(hits.every((r) => r.level1 === '满意度指标')).toBe(true);
  });
  it('matches the project name and code', () => {
    expect(rows.filter((r) => matchesQuery(r, '网络运行维护'))).toHaveLength(7);
    expect(rows.filter((r) => matchesQuery(r, '13020824P00021510002F'.toLowerCase()))).toHaveLength(9);
  });
  it('ANDs space-separated terms and ignores printed spaces', () => {
    expect(rows.filter((r) => matchesQuery(r, '奖补 生态'))).toHaveLength(4);
    expect(rows.filter((r) => matchesQuery(r, '固定IP'))).toHaveLength(1);
    expect(rows.filter((r) => matchesQuery(r, '不存在的词'))).toHaveLength(0);
    expect(rows.filter((r) => matchesQuery(r, '  '))).toHaveLength(55);
  });
});
