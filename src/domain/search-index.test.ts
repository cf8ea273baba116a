import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedModel, type ShippedId } from './__fixtures__/load-shipped';
import { datasetSchema } from './schema';
import { buildSearchIndex, normaliseQuery, searchIndex } from './search-index';

function index(id: ShippedId) {
  const ds = datasetSchema.parse(
    JSON.parse(readFileSync(new URL(`../../public/data/${id}.json`, import.meta.url), 'utf8')) as unknown,
  );
  return buildSearchIndex(ds, shippedModel(id));
}

describe('search index', () => {
  const i339 = index('339-2024');
  it('a 科目 by code: 2060101 行政运行 first, in the function view, with its 万元 figure; then its table rows', () => {
    const hits = searchIndex(i339, '2060101');
    expect(hits[0]).toMatchObject({
      kind: 'function',
      code: '2060101',
      title: '行政运行',
      route: '/function/206/20601/2060101',
      figure: '292.65 万元',
    });
    expect(hits.slice(1).map((h) => [h.kind, h.route])).toContainEqual([
      'tableRow',
      '/tables/budget-expenditure?row=2060101',
    ]);
  });
  it('by name: 行政运行 finds both 2060101 and 2150501 (exact names first)', () => {
    const hits = searchIndex(i339, '行政运行').filter((h) => h.kind === 'function');
    expect(hits.map((h) => h.code)).toEqual(['2060101', '2150501']);
  });
  it('a code prefix lists the 类 and its 款 and 项; spaces ignored', () => {
    expect(normaliseQuery(' 208 05 ')).toBe('20805');
    const codes = searchIndex(i339, '208')
      .filter((h) => h.kind === 'function')
      .map((h) => h.code);
    expect(codes).toEqual(['208', '20805', '2080505']);
  });
  it('an economic code opens 人员与公用 at its 类: 30101 基本工资 276.90 万元', () => {
    expect(searchIndex(i339, '30101')[0]).toMatchObject({
      kind: 'economic',
      title: '基本工资',
      route: '/personnel-public/301',
      figure: '276.90 万元',
    });
  });
  it('projects and indicators, narrative paragraphs with their figure', () => {
    const project = searchIndex(i339, '13020824P00021510002F')[0]!;
    expect(project.kind).toBe('project');
    expect(project.route).toBe('/basic-project?project=13020824P00021510002F');
    const narrative = searchIndex(i339, '机关运行经费').find((h) => h.kind === 'narrative')!;
    expect(narrative.route).toMatch(/^\/about\?at=s\d+$/);
    expect(narrative.figure).toMatch(/万元$/);
  });
  it('a 2026 table row in 元 shows its printed figure; 2080501 行政单位离退休', () => {
    const hits = searchIndex(index('putuo-construction-2026-budget'), '2080501');
    expect(hits[0]).toMatchObject({ kind: 'function', title: '行政单位离退休', figure: '82.15 万元' });
    const row = hits.find((h) => h.kind === 'tableRow')!;
    expect(row.figure).toBe('821,520.00 元');
  });
  it('nothing for an empty query', () => {
    expect(searchIndex(i339, '  ')).toEqual([]);
  });
});
