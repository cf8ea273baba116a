/**
 * The project 绩效指标 of a dataset as one flat list, each row carrying its project and its
 * parsed 指标值. Source: 七、部门项目预算安排情况及绩效目标, each project's 绩效目标表
 * (columns 一级指标 / 二级指标 / 三级指标 / 绩效指标描述 / 指标值 / 指标值确定依据).
 */
import type { Dataset, Project } from '../schema';
import { parseIndicatorValue, valueKind, type IndicatorValue, type ValueKind } from './parse-value';

/** One project indicator with its project and parsed value. */
export interface IndicatorRow {
  /** Stable id: "<项目编码>#<row index in its table, from 1>". */
  id: string;
  projectCode: string;
  projectName: string;
  projectSeq: number;
  /** Row number within the project's 绩效目标表, from 1. */
  index: number;
  level1: string;
  level2: string;
  level3: string;
  description?: string;
  /** 指标值 as printed (absent when the cell is blank). */
  printedValue?: string;
  value: IndicatorValue;
  kind: ValueKind;
  basis?: string;
}

/**
 * Flattens every project's indicators, in printed order.
 * A blank 指标值 parses as empty text (qualitative) and keeps `printedValue` absent.
 */
export function projectIndicatorRows(dataset: Pick<Dataset, 'projects' | 'meta'>): IndicatorRow[] {
  return dataset.projects.flatMap((p) => rowsOf(p, dataset.meta.year));
}

function rowsOf(p: Project, year: number): IndicatorRow[] {
  return p.indicators.map((ind, i) => {
    const value = parseIndicatorValue(ind.value ?? '', year);
    return {
      id: `${p.code}#${i + 1}`,
      projectCode: p.code,
      projectName: p.name,
      projectSeq: p.seq,
      index: i + 1,
      level1: ind.level1,
      level2: ind.level2,
      level3: ind.level3,
      ...(ind.description !== undefined ? { description: ind.description } : {}),
      ...(ind.value !== undefined ? { printedValue: ind.value } : {}),
      value,
      kind: valueKind(value),
      ...(ind.basis !== undefined ? { basis: ind.basis } : {}),
    };
  });
}

/** Every text field of a row that full-text search looks at (project name and code included). */
export function searchableText(row: IndicatorRow): string {
  return [
    row.projectName,
    row.projectCode,
    row.level1,
    row.level2,
    row.level3,
    row.description,
    row.printedValue,
    row.basis,
  ]
    .filter((s): s is string => s !== undefined)
    .join('\n');
}

/**
 * Substring search for Chinese (no word boundaries): true when every space-separated term
 * of `query` occurs in some text field of the row. Latin letters match case-insensitively;
 * spaces inside the printed text are ignored ("固定 IP" matches "固定IP").
 */
export function matchesQuery(row: IndicatorRow, query: string): boolean {
  const terms = query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '');
  if (terms.length === 0) return true;
  const { hay, squeezed } = haystack(row);
  return terms.every((t) => hay.includes(t) || squeezed.includes(t));
}

/**
 * A row's searchable text, lower-cased, with and without spaces: built once per row object
 * (a search over 5,000 rows and its facet counts asks for it tens of thousands of times).
 */
const haystacks = new WeakMap<IndicatorRow, { hay: string; squeezed: string }>();
function haystack(row: IndicatorRow): { hay: string; squeezed: string } {
  let h = haystacks.get(row);
  if (!h) {
    const hay = searchableText(row).toLowerCase();
    haystacks.set(row, (h = { hay, squeezed: hay.replace(/[ \t]+/g, '') }));
  }
  return h;
}
