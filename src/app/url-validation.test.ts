import { describe, expect, it } from 'vitest';
import { MAX_VALUE_LENGTH, shorten, validateLocation } from './url-validation';

const reasons = (pathname: string, search = '') =>
  validateLocation(pathname, search).problems.map((p) => p.reason);
const valid = (pathname: string, search = '') => validateLocation(pathname, search).valid;

describe('validateLocation: valid links pass unchanged', () => {
  it.each([
    ['/overview', ''],
    ['/overview', '?d=339-2024&embed=1'],
    ['/function/206/20699/2069999', '?measure=project'],
    ['/function/2069999', ''],
    ['/basic-project/215/21505', '?project=13020824P00021510002F'],
    ['/personnel-public/302', ''],
    ['/change', ''],
    ['/change', '?fsort=current%3Adesc&esort=name%3Aasc'],
    ['/change', '?chsort=change%3Aasc&ptsort=current%3Adesc&ssort=percent%3Aasc'],
    ['/overview', '?revsort=amount%3Adesc&clsort=name%3Aasc'],
    ['/basic-project/206', '?bpsort=projectShare%3Adesc&recsort=narrativeAmount%3Aasc&sort=budget%3Adesc'],
    ['/personnel-public/301', '?ppsort=total%3Adesc&tsort=total%3Aasc'],
    ['/performance/project/13020824P00001910005H', '?plsort=budget%3Adesc&spsort=amount%3Aasc'],
    ['/function/206', '?open=201%2C20101%2C215&sort=total%3Adesc'],
    ['/performance/project/13020824P00001910005H', '?q=%E6%BB%A1%E6%84%8F%E5%BA%A6&kind=qualitative'],
    ['/performance', '?issues=1&at=table&group=project&l1=产出指标&basis=计划标准'],
    ['/performance/highlights', ''],
    ['/performance/highlights', '?hlsort=budget%3Adesc&l1sort=count%3Aasc&rulesort=count%3Adesc'],
    ['/import', '?itsort=rows%3Adesc&d=local-0123456789abcdef'],
    ['/present', '?slides=overview,function%2F206,change&slide=2'],
    ['/present', `?slides=${encodeURIComponent('basic-project?project=A1')},overview`],
    ['/present', '?slide=6&screen=2&d=339-2024'],
    ['/present/build', `?slides=overview,change&from=${encodeURIComponent('function/206?measure=basic')}`],
    ['/no-such-view', ''],
  ])('%s%s', (pathname, search) => {
    expect(validateLocation(pathname, search)).toEqual({ problems: [], valid: `${pathname}${search}` });
  });
});

describe('validateLocation: malformed and unknown values', () => {
  it('rejects a drill code that is not 3, 5 or 7 digits and keeps the valid part of the path', () => {
    expect(reasons('/function/206/abc')).toEqual([
      '功能分类科目编码“abc”格式不对：功能分类科目编码应为 3、5 或 7 位数字',
    ]);
    expect(valid('/function/206/abc/2069999', '?measure=basic')).toBe('/function/206?measure=basic');
  });

  it('rejects drills deeper than the view has levels', () => {
    expect(reasons('/basic-project/215/21505/2150517')).toEqual([
      '功能分类科目编码最多 2 级，多出的部分无法打开',
    ]);
    expect(valid('/basic-project/215/21505/2150517')).toBe('/basic-project/215/21505');
    expect(valid('/personnel-public/301/30101')).toBe('/personnel-public/301');
    expect(valid('/personnel-public/30101')).toBe('/personnel-public');
  });

  it('rejects sub-paths of views that have none, and unknown performance paths', () => {
    expect(reasons('/overview/x')).toEqual(['地址中的“x”在此页不存在']);
    expect(valid('/change/1', '?d=339-2024')).toBe('/change?d=339-2024');
    expect(valid('/performance/nope')).toBe('/performance');
    expect(valid('/performance/project/13020824P000/extra')).toBe('/performance/project/13020824P000');
    expect(reasons('/performance/project/%3Cscript%3E')).toEqual([
      '项目编码“<script>”格式不对：项目编码只含字母和数字',
    ]);
  });

  it('rejects open rows that are not a list of 类/款 codes, and over-long lists', () => {
    expect(reasons('/function', '?open=201,abc')).toEqual([
      '参数 open“201,abc”格式不对：展开的行应为以逗号分隔的功能分类科目编码（3 或 5 位数字）',
    ]);
    expect(valid('/function/206', '?open=201,,206&measure=basic')).toBe('/function/206?measure=basic');
    const long = Array.from({ length: 200 }, () => '20101').join(',');
    expect(reasons('/function', `?open=${long}`)).toEqual(['参数 open过长（1199 个字符，上限 1000）']);
    expect(reasons('/personnel-public', '?tsort=total%3Aup')).toEqual([
      '参数 tsort“total:up”格式不对：排序应为“列:asc”或“列:desc”',
    ]);
    expect(reasons('/import', '?itsort=rows')).toEqual([
      '参数 itsort“rows”格式不对：排序应为“列:asc”或“列:desc”',
    ]);
    expect(reasons('/change', '?fsort=current')).toEqual([
      '参数 fsort“current”格式不对：排序应为“列:asc”或“列:desc”',
    ]);
  });

  it('rejects values outside the allowed set, naming what is allowed', () => {
    expect(reasons('/function', '?measure=foo')).toEqual([
      '参数 measure“foo”无效，可选：total、basic、project',
    ]);
    expect(valid('/performance', '?kind=both&group=x&issues=yes&at=top&q=满意度')).toBe(
      `/performance?q=${encodeURIComponent('满意度')}`,
    );
    expect(reasons('/overview', '?embed=2')).toEqual(['参数 embed“2”无效，可选：1、true']);
  });

  it('rejects a malformed dataset id (a well-formed unknown one is the loader’s business)', () => {
    expect(reasons('/overview', '?d=../../etc')).toEqual([
      '参数 d“../../etc”格式不对：数据集编号只含字母、数字、- 和 _',
    ]);
    expect(valid('/overview', '?d=../../etc&embed=1')).toBe('/overview?embed=1');
    expect(reasons('/overview', '?d=nope-1999')).toEqual([]);
  });

  it('bounds lengths: a 10,000-character segment or parameter is rejected and shown truncated', () => {
    const long = 'x'.repeat(10_000);
    const [problem] = validateLocation(`/function/${long}`, '').problems;
    expect(problem!.reason).toBe('功能分类科目编码过长（10000 个字符，上限 32）');
    expect(problem!.shown).toBe(`${'x'.repeat(40)}…`);
    expect(reasons('/performance', `?q=${'满'.repeat(MAX_VALUE_LENGTH + 1)}`)).toEqual([
      '参数 q过长（201 个字符，上限 200）',
    ]);
    expect(reasons('/performance', `?q=${'满'.repeat(MAX_VALUE_LENGTH)}`)).toEqual([]);
    // A path that matches no view: the not-found page, unless absurdly long.
    expect(validateLocation(`/${long}`, '')).toMatchObject({ valid: '/overview' });
  });

  it('checks every slide of a custom deck, keeping the valid ones', () => {
    const check = validateLocation(
      '/present',
      '?slides=overview,nope,function%2Fabc,present&slide=2&d=339-2024',
    );
    expect(check.problems.map((p) => p.reason)).toEqual([
      '幻灯片 nope 没有对应的视图',
      '功能分类科目编码“abc”格式不对：功能分类科目编码应为 3、5 或 7 位数字',
      '幻灯片 present 没有对应的视图',
    ]);
    expect(check.valid).toBe('/present?slides=overview,function&slide=2&d=339-2024');
    expect(reasons('/present', '?slide=abc')).toEqual(['参数 slide“abc”格式不对：页码应为 1 到 999 的整数']);
    expect(valid('/present', '?slide=abc&d=339-2024')).toBe('/present?d=339-2024');
    expect(reasons('/present', `?slides=${'overview,'.repeat(300)}`)[0]).toMatch(/^参数 slides过长/);
  });

  it('checks the screen of a slide, the builder path and its current view', () => {
    expect(reasons('/present', '?slide=2&screen=x')).toEqual([
      '参数 screen“x”格式不对：页码应为 1 到 999 的整数',
    ]);
    // A custom deck keeps its screen through the rewrite of a bad slide.
    expect(valid('/present', '?slides=overview,nope&slide=1&screen=2')).toBe(
      '/present?slides=overview&slide=1&screen=2',
    );
    expect(valid('/present/build', '?from=function%2Fabc&d=339-2024')).toBe(
      '/present/build?d=339-2024&from=function',
    );
    expect(reasons('/present/build', '?from=nowhere')).toEqual(['幻灯片 nowhere 没有对应的视图']);
    expect(valid('/present/elsewhere', '')).toBe('/present');
    expect(valid('/present/build/more', '')).toBe('/present/build');
  });
});

describe('shorten', () => {
  it('keeps short values and cuts long ones by characters, not UTF-16 units', () => {
    expect(shorten('206')).toBe('206');
    expect(shorten('𠀀'.repeat(41))).toBe(`${'𠀀'.repeat(40)}…`);
  });
});
