/**
 * Every value the URL can carry, checked in one place before a view sees it: the hash path
 * segments (drill codes, project codes), the sticky `d` and `embed`, each view's own query
 * parameters (`measure`, the performance filters, the deck's `slides` and `slide`).
 *
 * This checks FORM (pattern, allowed values, length); whether a well-formed code exists in
 * the dataset is each view's own business (it says so with a link back). A value that fails
 * is dropped: `validateLocation` returns the problems, in Chinese, and the URL without them,
 * which the shell replaces the bad one with and names in a notice (src/app/url-notice.tsx).
 *
 * Lengths are bounded (codes 32 characters, texts and path segments MAX_VALUE_LENGTH), so a
 * pasted or forged 10,000-character link can neither stretch the page nor slow a filter.
 * Pure: no React.
 */
import { deckSearch, readDeckParams } from '../features/present/deck';
import { errorsCopy as c } from '../copy/errors';

/** Longest accepted path segment or parameter value, in characters. */
export const MAX_VALUE_LENGTH = 200;
/** Longest accepted code (科目编码, 项目编码, dataset id): real ones have at most 21. */
export const MAX_CODE_LENGTH = 32;
/** Longest deck (`slides`, still encoded): a dozen deep links with their filters. */
export const MAX_SLIDES_LENGTH = 2000;
/** Longest list of open tree rows (`open`): every 类 and 款 of a large department. */
export const MAX_OPEN_LENGTH = 1000;
/** How much of a rejected value a notice shows. */
export const SHOWN_LENGTH = 40;

/** One rejected value: what it was (e.g. "参数 measure"), as shown (truncated), and why. */
export interface UrlProblem {
  what: string;
  shown: string;
  reason: string;
}

/** The outcome: problems found and the URL without the rejected values. */
export interface LocationCheck {
  problems: UrlProblem[];
  /** Path and query to go to instead, e.g. "/function?measure=basic" (same as input when valid). */
  valid: string;
}

/** A value shortened for display: the first SHOWN_LENGTH characters and "…". */
export function shorten(value: string, max = SHOWN_LENGTH): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

type Rule =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'pattern'; pattern: RegExp; text: string; max: number }
  | { kind: 'text'; max: number };

const FUNCTION_CODE: Rule = {
  kind: 'pattern',
  pattern: /^\d{3}(\d{2}(\d{2})?)?$/,
  text: '功能分类科目编码应为 3、5 或 7 位数字',
  max: MAX_CODE_LENGTH,
};
const ECONOMIC_CLASS: Rule = {
  kind: 'pattern',
  pattern: /^\d{3}$/,
  text: '经济分类科目（类）编码应为 3 位数字',
  max: MAX_CODE_LENGTH,
};
const PROJECT_CODE: Rule = {
  kind: 'pattern',
  pattern: /^[0-9A-Za-z]+$/,
  text: '项目编码只含字母和数字',
  max: MAX_CODE_LENGTH,
};
const TEXT: Rule = { kind: 'text', max: MAX_VALUE_LENGTH };
/** A table of #/tables: a standard id ("budget-expenditure") or "table-<n>". */
const TABLE_ID: Rule = {
  kind: 'pattern',
  pattern: /^[a-z][a-z0-9-]*$/,
  text: '报表编号只含小写字母、数字和 -',
  max: MAX_CODE_LENGTH,
};
/** A row of a printed table: its 科目编码 or "r<n>" (序号 or place). */
const ROW_KEY: Rule = {
  kind: 'pattern',
  pattern: /^(\d{3}(\d{2}){0,2}|r[1-9]\d{0,4})$/,
  text: '行号应为科目编码（3、5、7 位数字）或 r 加序号',
  max: MAX_CODE_LENGTH,
};
/** A sort of a table: "<column key>:asc|desc". */
const SORT: Rule = {
  kind: 'pattern',
  pattern: /^[A-Za-z0-9_-]{1,64}:(asc|desc)$/,
  text: '排序应为“列:asc”或“列:desc”',
  max: 80,
};

/**
 * The open rows of a tree table (`?open=201,20101`): 功能分类科目编码 of 类 or 款, comma-
 * separated. Codes the dataset does not have are the table's business (it drops them).
 */
const OPEN_ROWS: Rule = {
  kind: 'pattern',
  pattern: /^\d{3}(\d{2})?(,\d{3}(\d{2})?)*$/,
  text: '展开的行应为以逗号分隔的功能分类科目编码（3 或 5 位数字）',
  max: MAX_OPEN_LENGTH,
};

/** Parameters every route accepts: dataset id (as in the catalog schema) and embed mode. */
const STICKY_RULES: Record<string, Rule> = {
  d: {
    kind: 'pattern',
    pattern: /^[A-Za-z0-9_-]+$/,
    text: '数据集编号只含字母、数字、- 和 _',
    max: MAX_CODE_LENGTH,
  },
  embed: { kind: 'enum', values: ['1', 'true'] },
};

/** What a view accepts in its path below its own segment, and in its query. */
interface ViewSpec {
  /** Checks the segments; returns how many are kept and the first rejected one, if any. */
  segments: (segments: readonly string[]) => { keep: number; problem?: UrlProblem };
  params: Record<string, Rule>;
}

/** Checks `value` against `rule`; returns the reason it fails, or undefined. */
function failure(rule: Rule, value: string, what: string): UrlProblem | undefined {
  const length = Array.from(value).length;
  const shown = shorten(value);
  const max = rule.kind === 'enum' ? MAX_VALUE_LENGTH : rule.max;
  if (length > max) return { what, shown, reason: c.tooLong(what, length, max) };
  if (rule.kind === 'enum' && !rule.values.includes(value))
    return { what, shown, reason: c.unknownValue(what, shown, rule.values.join('、')) };
  if (rule.kind === 'pattern' && !rule.pattern.test(value))
    return { what, shown, reason: c.malformedValue(what, shown, rule.text) };
  return undefined;
}

/** Segments that are each checked by `rule`, at most `max` of them. */
function codes(rule: Rule, what: string, max: number): ViewSpec['segments'] {
  return (segments) => {
    for (let i = 0; i < segments.length; i++) {
      if (i >= max)
        return {
          keep: max,
          problem: { what, shown: shorten(segments[i]!), reason: c.tooDeep(what, max) },
        };
      const problem = failure(rule, segments[i]!, what);
      if (problem) return { keep: i, problem };
    }
    return { keep: segments.length };
  };
}

const NONE: ViewSpec['segments'] = (segments) =>
  segments.length === 0 ? { keep: 0 } : { keep: 0, problem: subPath(segments[0]!) };

/** A path segment the view does not have. */
function subPath(segment: string): UrlProblem {
  const shown = shorten(segment);
  return { what: c.pathWhat, shown, reason: c.noSubPath(shown) };
}

/** `present` (the deck) and `present/build` (its builder). */
const PRESENT_SEGMENTS: ViewSpec['segments'] = (segments) => {
  const [first] = segments;
  if (first === undefined) return { keep: 0 };
  if (first === 'build' && segments.length === 1) return { keep: 1 };
  return { keep: first === 'build' ? 1 : 0, problem: subPath(first === 'build' ? segments[1]! : first) };
};

/** `performance`, `performance/highlights`, `performance/project/<项目编码>`. */
const PERFORMANCE_SEGMENTS: ViewSpec['segments'] = (segments) => {
  const [first, second, ...rest] = segments;
  if (first === undefined) return { keep: 0 };
  if (first === 'highlights' && second === undefined) return { keep: 1 };
  if (first === 'project' && second !== undefined) {
    const problem = failure(PROJECT_CODE, second, c.projectWhat);
    if (problem) return { keep: 0, problem };
    if (rest.length === 0) return { keep: 2 };
    return { keep: 2, problem: subPath(rest[0]!) };
  }
  return { keep: 0, problem: subPath(first) };
};

/** The deck's own parameters are checked by checkDeck; `slide` here is its form only. */
const SLIDE_RULE: Rule = {
  kind: 'pattern',
  pattern: /^[1-9]\d{0,2}$/,
  text: '页码应为 1 到 999 的整数',
  max: 3,
};

/** Every routed view by its path (see src/app/views.ts and the present route). */
const VIEW_SPECS: Record<string, ViewSpec> = {
  // Each sortable table of a view has its own sort parameter (useSortedSpec), so two tables
  // of one view never share one.
  overview: { segments: NONE, params: { revsort: SORT, clsort: SORT } },
  function: {
    segments: codes(FUNCTION_CODE, '功能分类科目编码', 3),
    params: { measure: { kind: 'enum', values: ['total', 'basic', 'project'] }, open: OPEN_ROWS, sort: SORT },
  },
  'basic-project': {
    segments: codes(FUNCTION_CODE, '功能分类科目编码', 2),
    params: { project: PROJECT_CODE, sort: SORT, bpsort: SORT, recsort: SORT },
  },
  'personnel-public': {
    segments: codes(ECONOMIC_CLASS, '经济分类科目编码', 1),
    params: { ppsort: SORT, tsort: SORT },
  },
  change: { segments: NONE, params: { fsort: SORT, esort: SORT, chsort: SORT, ptsort: SORT, ssort: SORT } },
  performance: {
    segments: PERFORMANCE_SEGMENTS,
    params: {
      q: TEXT,
      l1: TEXT,
      l2: TEXT,
      project: PROJECT_CODE,
      kind: { kind: 'enum', values: ['quantitative', 'qualitative'] },
      basis: TEXT,
      issues: { kind: 'enum', values: ['1'] },
      at: { kind: 'enum', values: ['table'] },
      group: { kind: 'enum', values: ['project', 'none'] },
      closed: { kind: 'text', max: MAX_OPEN_LENGTH },
      sort: SORT,
      plsort: SORT,
      spsort: SORT,
      hlsort: SORT,
      l1sort: SORT,
      rulesort: SORT,
    },
  },
  present: { segments: PRESENT_SEGMENTS, params: { slide: SLIDE_RULE, screen: SLIDE_RULE } },
  checks: { segments: NONE, params: { status: { kind: 'enum', values: ['fail', 'rounding', 'pass'] } } },
  tables: { segments: codes(TABLE_ID, '报表编号', 1), params: { row: ROW_KEY, sort: SORT } },
  about: { segments: NONE, params: { at: TEXT, usort: SORT, psort: SORT } },
  // 导入: the report's 标准表 (report-spec.ts).
  import: { segments: NONE, params: { itsort: SORT } },
};

/** The route's own part, checked: path segments and the view's parameters (no sticky ones). */
function checkRoute(
  pathname: string,
  params: URLSearchParams,
  rules: Record<string, Rule>,
): { problems: UrlProblem[]; path: string; query: URLSearchParams } | null {
  const [view = '', ...segments] = pathname.replace(/^\/+/, '').split('/').filter(Boolean);
  const spec = VIEW_SPECS[view];
  if (!spec) return null;
  const problems: UrlProblem[] = [];
  const decoded = segments.map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const seg = spec.segments(decoded);
  if (seg.problem) problems.push(seg.problem);
  const query = new URLSearchParams();
  const all = { ...spec.params, ...rules };
  for (const [key, value] of params) {
    const rule = all[key];
    // Parameters nobody reads are left alone (a portal may add its own); their length
    // does not matter as nothing shows them.
    if (!rule) {
      query.append(key, value);
      continue;
    }
    const problem = failure(rule, value, c.paramWhat(key));
    if (problem) problems.push(problem);
    else query.append(key, value);
  }
  return { problems, path: `/${[view, ...segments.slice(0, seg.keep)].join('/')}`, query };
}

/** A slide route ("function/206?measure=basic") checked like a route of its own. */
function checkSlide(route: string): { problems: UrlProblem[]; route: string | null } {
  const what = c.slideWhat(shorten(route, 20));
  if (Array.from(route).length > MAX_VALUE_LENGTH)
    return {
      problems: [{ what, shown: shorten(route), reason: c.tooLong(what, route.length, MAX_VALUE_LENGTH) }],
      route: null,
    };
  const [path = '', query = ''] = route.split('?');
  const checked = path.startsWith('present') ? null : checkRoute(path, new URLSearchParams(query), {});
  if (!checked)
    return { problems: [{ what, shown: shorten(route), reason: c.unknownSlide(what) }], route: null };
  const qs = checked.query.toString();
  return { problems: checked.problems, route: `${checked.path.slice(1)}${qs ? `?${qs}` : ''}` };
}

/**
 * Checks a location (the hash route's pathname and search).
 * @returns the problems (empty when all is well) and the URL without the rejected values.
 *   Routes that match no view are left to the not-found page (only their length is checked).
 */
export function validateLocation(pathname: string, search: string): LocationCheck {
  const params = new URLSearchParams(search);
  const isPresent = /^\/?present(\/|$)/.test(pathname);
  const slidesRaw = isPresent ? params.get('slides') : null;
  const fromRaw = isPresent ? params.get('from') : null;
  if (isPresent) {
    params.delete('slides');
    params.delete('from');
  }
  const checked = checkRoute(pathname, params, STICKY_RULES);
  if (!checked) {
    const long = pathname.split('/').find((s) => s.length > MAX_VALUE_LENGTH);
    if (long === undefined) return { problems: [], valid: `${pathname}${search}` };
    return {
      problems: [
        {
          what: c.pathWhat,
          shown: shorten(long),
          reason: c.tooLong(c.pathWhat, long.length, MAX_VALUE_LENGTH),
        },
      ],
      valid: '/overview',
    };
  }
  const problems = [...checked.problems];
  let query = checked.query.toString();
  if (slidesRaw !== null) {
    const deck = checkDeck(search, slidesRaw);
    problems.push(...deck.problems);
    // The deck's own writer keeps each route encoded on its own (see deck.ts).
    const slide = Number(checked.query.get('slide') ?? '1');
    const screen = Number(checked.query.get('screen') ?? '1');
    query = deckSearch(deck.slides, slide, checked.query.toString(), screen).slice(1);
  }
  if (fromRaw !== null) {
    // The deck builder's "current view" (#/present/build?from=…): a slide route like any other.
    const from = checkSlide(fromRaw);
    problems.push(...from.problems);
    if (from.route !== null) query += `${query ? '&' : ''}from=${encodeURIComponent(from.route)}`;
  }
  if (problems.length === 0) return { problems, valid: `${pathname}${search}` };
  return { problems, valid: `${checked.path}${query ? `?${query}` : ''}` };
}

/** The deck's `slides`: bounded as a whole, each route checked; the valid ones kept. */
function checkDeck(search: string, raw: string): { problems: UrlProblem[]; slides: string[] | null } {
  const what = c.paramWhat('slides');
  if (raw.length > MAX_SLIDES_LENGTH)
    return {
      problems: [{ what, shown: shorten(raw), reason: c.tooLong(what, raw.length, MAX_SLIDES_LENGTH) }],
      slides: null,
    };
  const problems: UrlProblem[] = [];
  const slides: string[] = [];
  for (const route of readDeckParams(search).slides ?? []) {
    const checked = checkSlide(route);
    problems.push(...checked.problems);
    if (checked.route !== null) slides.push(checked.route);
  }
  return { problems, slides: slides.length > 0 ? slides : null };
}
