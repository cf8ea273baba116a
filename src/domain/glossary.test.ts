import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetGlossary, termKey } from './glossary';
import { datasetSchema } from './schema';

const load = (id: string) =>
  datasetSchema.parse(
    JSON.parse(readFileSync(new URL(`../../public/data/${id}.json`, import.meta.url), 'utf8')) as unknown,
  );

describe('datasetGlossary', () => {
  it('339-2024: the structured 名词解释, 财政拨款收入 first', () => {
    const g = datasetGlossary(load('339-2024'));
    expect(g[0]).toEqual({
      term: '财政拨款收入',
      definition:
        '指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。',
    });
    expect(g.map((e) => termKey(e.term))).toContain('三公经费');
  });
  it('财政局 决算: read from the 第四部分 名词解释 sections, title and text joined', () => {
    const g = datasetGlossary(load('putuo-finance-2024-final'));
    const first = g[0]!;
    expect(first.term).toBe('财政拨款收入');
    expect(first.definition.startsWith('指单位本年度从本级财政部门取得的财政拨款,包括一般公')).toBe(true);
    expect(first.definition.length).toBeGreaterThan(60);
    expect(g.map((e) => e.term)).toContain('机关运行经费');
    expect(g.find((e) => termKey(e.term) === '三公经费')).toBeDefined();
  });
});
