import { describe, expect, it } from 'vitest';
import {
  basicProjectRoute,
  filtersToSearch,
  isAtTable,
  tableLinkSearch,
  functionRoute,
  hasActiveFilters,
  NO_FILTERS,
  parseFilters,
  projectRoute,
  selectedProjectFromSplat,
} from './url-state';

describe('performance URL state', () => {
  it('parses every filter of the URL contract', () => {
    expect(
      parseFilters(
        'q=%E6%BB%A1%E6%84%8F%E5%BA%A6&l1=产出指标&l2=成本指标&project=13020824P00021510002F&kind=qualitative&basis=合同内容&issues=1&group=project',
      ),
    ).toEqual({
      q: '满意度',
      l1: '产出指标',
      l2: '成本指标',
      project: '13020824P00021510002F',
      kind: 'qualitative',
      basis: '合同内容',
      issues: true,
      group: 'project',
    });
  });
  it('ignores unknown values and keeps defaults', () => {
    expect(parseFilters('kind=maybe&issues=yes&group=x&l1=')).toEqual(NO_FILTERS);
  });
  it('round-trips and keeps sticky parameters, omitting defaults', () => {
    const f = { ...NO_FILTERS, l2: '成本指标', issues: true };
    const s = filtersToSearch(f, 'd=339-2024&embed=1&l1=old');
    expect(s).toBe('d=339-2024&embed=1&l2=%E6%88%90%E6%9C%AC%E6%8C%87%E6%A0%87&issues=1');
    expect(parseFilters(s)).toEqual(f);
    expect(filtersToSearch(NO_FILTERS)).toBe('');
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters(f)).toBe(true);
  });
  it('builds the routes of the URL contract', () => {
    expect(functionRoute('2069999')).toBe('/function/206/20699/2069999');
    expect(functionRoute('20699')).toBe('/function/206/20699');
    expect(basicProjectRoute('13020824P00021510002F')).toBe('/basic-project?project=13020824P00021510002F');
    expect(projectRoute('13020824P00021510002F')).toBe('/performance/project/13020824P00021510002F');
    expect(selectedProjectFromSplat('project/13020824P00021510002F')).toBe('13020824P00021510002F');
    expect(selectedProjectFromSplat('')).toBeUndefined();
    expect(selectedProjectFromSplat('other')).toBeUndefined();
  });
});

describe('the table link (at=table)', () => {
  it('is a real deep link: filters plus at=table, sticky parameters kept; a filter change drops it', () => {
    const search = tableLinkSearch({ ...NO_FILTERS, issues: true }, '?d=339-2024&q=');
    expect(search).toBe('d=339-2024&issues=1&at=table');
    expect(isAtTable(`?${search}`)).toBe(true);
    expect(isAtTable('?issues=1')).toBe(false);
    expect(filtersToSearch({ ...NO_FILTERS, issues: true, l1: '产出指标' }, `?${search}`)).toBe(
      'd=339-2024&l1=%E4%BA%A7%E5%87%BA%E6%8C%87%E6%A0%87&issues=1',
    );
  });
});
