import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildBudgetModel } from '../../domain/budget-model';
import { datasetSchema } from '../../domain/schema';
import { VIEWS } from '../../app/views';
import { modes } from '../../copy/modes';
import { readDeckParams } from './deck';
import {
  addableViews,
  builderSearch,
  customRoutes,
  describeRoute,
  moveRoute,
  readBuilderParams,
  removeRoute,
  type RouteNames,
} from './deck-builder-model';

const DEFAULT = [
  'overview',
  'function',
  'basic-project',
  'personnel-public',
  'change',
  'performance/highlights',
];

describe('deck builder model', () => {
  it('reads the deck being built (default when the URL names none) and the view it came from', () => {
    expect(readBuilderParams(VIEWS, '?d=339-2024')).toEqual({ routes: DEFAULT, custom: false, from: null });
    expect(
      readBuilderParams(
        VIEWS,
        `?slides=change,function%2F206&from=${encodeURIComponent('function/206?measure=basic')}`,
      ),
    ).toEqual({ routes: ['change', 'function/206'], custom: true, from: 'function/206?measure=basic' });
    // A `from` no view owns is not offered.
    expect(readBuilderParams(VIEWS, '?from=nowhere').from).toBeNull();
  });

  it('moves and removes slides without leaving the list, keeping at least one', () => {
    expect(moveRoute(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRoute(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRoute(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRoute(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(removeRoute(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeRoute(['a'], 0)).toEqual(['a']);
  });

  it('writes the builder URL in the deck format, the default deck as no list', () => {
    expect(customRoutes(VIEWS, DEFAULT)).toBeNull();
    expect(customRoutes(VIEWS, ['change'])).toEqual(['change']);
    const search = builderSearch(
      ['function/206?measure=basic', 'change'],
      'function/206',
      '?d=339-2024&slides=x',
    );
    expect(search).toBe('?slides=function%2F206%3Fmeasure%3Dbasic,change&from=function%2F206&d=339-2024');
    expect(readDeckParams(search).slides).toEqual(['function/206?measure=basic', 'change']);
    expect(builderSearch(null, null, '')).toBe('');
  });

  it('offers every registered view, with its own slide route', () => {
    const views = addableViews(VIEWS);
    expect(views.map((v) => v.path)).toEqual(VIEWS.map((v) => v.path));
    expect(views.find((v) => v.path === 'performance')).toEqual({
      path: 'performance',
      label: '绩效目标要点',
      route: 'performance/highlights',
    });
    expect(views.find((v) => v.path === 'tables')?.route).toBe('tables');
  });

  it('describes a drill state by the real 科目 and project names of the disclosure', () => {
    const raw = JSON.parse(readFileSync('public/data/339-2024.json', 'utf8')) as unknown;
    const budget = buildBudgetModel(datasetSchema.parse(raw));
    const projects = new Map(budget.projects.map((p) => [p.code, p.name]));
    const names: RouteNames = {
      functionName: (c) => budget.functionTree.byCode.get(c)?.name,
      economicName: (c) => budget.economicTree.byCode.get(c)?.name,
      projectName: (c) => projects.get(c),
    };
    const d = (route: string) => describeRoute(VIEWS, route, names, modes.builderWords);
    expect(d('function/206/20601?measure=basic')).toBe(
      '206 科学技术支出 › 20601 科学技术管理事务 · 基本支出',
    );
    expect(d('function')).toBe('全部');
    expect(d('change')).toBe('');
    expect(d('personnel-public/301')).toBe('301 工资福利支出');
    expect(d('performance/highlights')).toBe('要点');
    expect(d('function/999')).toBe('999');
    const [code, name] = [...projects][0]!;
    expect(d(`performance/project/${code}`)).toBe(`项目 ${code} ${name}`);
  });
});
