/**
 * The explorer's state in the URL (see CONTRIBUTING "URL contract"): the selected project is
 * in the path (`#/performance/project/<项目编码>`), the indicator-table filters in the query
 * (`q`, `l1`, `l2`, `project`, `kind=quantitative|qualitative`, `basis`, `issues=1`) plus the
 * table grouping `group=project|none` (default: by 一级 → 二级指标, omitted).
 * Pure: parse and serialise, nothing else.
 */
import type { ValueKind } from '../../domain/indicators/parse-value';

export type Grouping = 'level' | 'project' | 'none';

export interface PerformanceFilters {
  /** Full-text search (substring, Chinese). "" = none. */
  q: string;
  /** 一级指标. */
  l1?: string;
  /** 二级指标. */
  l2?: string;
  /** 项目编码 to filter the table by. */
  project?: string;
  kind?: ValueKind;
  /** 指标值确定依据. */
  basis?: string;
  /** Only indicators with a quality flag. */
  issues: boolean;
  group: Grouping;
}

export const NO_FILTERS: PerformanceFilters = { q: '', issues: false, group: 'level' };

/** Reads the filters from a query string; unknown values are ignored. */
export function parseFilters(search: string | URLSearchParams): PerformanceFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const opt = (k: string) => {
    const v = p.get(k)?.trim();
    return v ? v : undefined;
  };
  const kind = p.get('kind');
  const group = p.get('group');
  const l1 = opt('l1');
  const l2 = opt('l2');
  const project = opt('project');
  const basis = opt('basis');
  return {
    q: p.get('q') ?? '',
    ...(l1 ? { l1 } : {}),
    ...(l2 ? { l2 } : {}),
    ...(project ? { project } : {}),
    ...(kind === 'quantitative' || kind === 'qualitative' ? { kind } : {}),
    ...(basis ? { basis } : {}),
    issues: p.get('issues') === '1',
    group: group === 'project' || group === 'none' ? group : 'level',
  };
}

const FILTER_KEYS = ['q', 'l1', 'l2', 'project', 'kind', 'basis', 'issues', 'group'] as const;

/**
 * `at=table`: the link asks for the 指标一览 to be scrolled to and focused (a hash route
 * cannot also carry an in-page #anchor). Like an anchor it is not a filter: any change of
 * the filters drops it.
 */
const AT_PARAM = 'at';
const AT_TABLE = 'table';

/** True when the query asks for the indicator table (`at=table`). */
export function isAtTable(search: string | URLSearchParams): boolean {
  return new URLSearchParams(search).get(AT_PARAM) === AT_TABLE;
}

/**
 * Writes the filters into `base` (keeping its other parameters, e.g. the sticky `d` and
 * `embed`) and returns the query string without "?". Defaults are omitted; `at` is dropped.
 */
export function filtersToSearch(filters: PerformanceFilters, base: string | URLSearchParams = ''): string {
  const p = new URLSearchParams(base);
  for (const k of FILTER_KEYS) p.delete(k);
  p.delete(AT_PARAM);
  if (filters.q.trim()) p.set('q', filters.q);
  if (filters.l1) p.set('l1', filters.l1);
  if (filters.l2) p.set('l2', filters.l2);
  if (filters.project) p.set('project', filters.project);
  if (filters.kind) p.set('kind', filters.kind);
  if (filters.basis) p.set('basis', filters.basis);
  if (filters.issues) p.set('issues', '1');
  if (filters.group !== 'level') p.set('group', filters.group);
  return p.toString();
}

/** As filtersToSearch, plus `at=table`: a link that lands on the indicator table. */
export function tableLinkSearch(filters: PerformanceFilters, base: string | URLSearchParams = ''): string {
  const p = new URLSearchParams(filtersToSearch(filters, base));
  p.set(AT_PARAM, AT_TABLE);
  return p.toString();
}

/** True when any filter (not the grouping) narrows the table. */
export function hasActiveFilters(f: PerformanceFilters): boolean {
  return Boolean(f.q.trim() || f.l1 || f.l2 || f.project || f.kind || f.basis || f.issues);
}

/** The project code in the route splat ("project/<code>"), if any. */
export function selectedProjectFromSplat(splat: string | undefined): string | undefined {
  const m = /^project\/([^/]+)\/?$/.exec(splat ?? '');
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/** Route of one project in this view (without "#"). */
export function projectRoute(code: string): string {
  return `/performance/project/${encodeURIComponent(code)}`;
}

/** Route of a 功能分类科目 in the function treemap: 2069999 → /function/206/20699/2069999. */
export function functionRoute(functionCode: string): string {
  const parts = [functionCode.slice(0, 3), functionCode.slice(0, 5), functionCode.slice(0, 7)];
  const unique = parts.filter((p, i) => p.length === [3, 5, 7][i] && p.length <= functionCode.length);
  return `/function/${unique.join('/')}`;
}

/** Route of a project's line in the basic / project view. */
export function basicProjectRoute(code: string): string {
  return `/basic-project?project=${encodeURIComponent(code)}`;
}
