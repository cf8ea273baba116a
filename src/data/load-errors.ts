/**
 * Typed failures of loading the catalog or a dataset. Each one carries what the error view
 * needs to say exactly what is wrong, in which file, at which path, position or row.
 */
import type { StructureIssue } from '../domain/dataset-structure';

/** One failing schema path, e.g. { path: "tables.expenditure.rows[3].total", message: "…" }. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export type LoadError =
  | { kind: 'http'; file: string; status: number; statusText: string }
  | { kind: 'network'; file: string; message: string }
  | { kind: 'json'; file: string; message: string; line?: number; column?: number }
  | { kind: 'schema'; file: string; issues: SchemaIssue[] }
  /**
   * The file fits the schema but its coded tables break the model (no 合计 row, duplicate
   * codes, a child without its parent): every structure issue, blocking ones first.
   */
  | { kind: 'data'; file: string; issues: StructureIssue[] }
  /** A failure that is none of the above (a defect while preparing the data), with its message. */
  | { kind: 'unexpected'; file: string; message: string }
  | { kind: 'unknown-dataset'; file: string; id: string; known: string[] }
  /**
   * A `?d=local-…` link to an import that is not kept in this browser (removed, or imported in
   * another browser): imports live only where they were made, so the catalog is not at fault.
   */
  | { kind: 'local-missing'; id: string };

/** Wraps a LoadError so it can be thrown and caught as an Error. */
export class DataLoadError extends Error {
  constructor(readonly detail: LoadError) {
    super(loadErrorTitle(detail));
    this.name = 'DataLoadError';
  }
}

/** One-line Chinese title of a failure, naming the file. */
export function loadErrorTitle(e: LoadError): string {
  switch (e.kind) {
    case 'http':
      return e.status === 404
        ? `找不到数据文件 ${e.file}（HTTP 404）`
        : `读取数据文件 ${e.file} 失败（HTTP ${e.status} ${e.statusText}）`;
    case 'network':
      return `无法连接以读取数据文件 ${e.file}：${e.message}`;
    case 'json':
      return `数据文件 ${e.file} 不是有效的 JSON${e.line !== undefined ? `（第 ${e.line} 行第 ${e.column ?? 1} 列）` : ''}`;
    case 'schema':
      return `数据文件 ${e.file} 不符合数据格式（${e.issues.length} 处错误）`;
    case 'data': {
      const blocking = e.issues.filter((i) => i.severity === 'error').length;
      return `数据文件 ${e.file} 的表格结构有误（${blocking} 处错误），无法据此计算`;
    }
    case 'unexpected':
      return `处理数据文件 ${e.file} 时出错：${e.message}`;
    case 'unknown-dataset':
      return `目录 ${e.file} 中没有数据集 “${e.id}”`;
    case 'local-missing':
      return `这个浏览器里没有本地导入的数据 “${e.id}”`;
  }
}

/**
 * Finds line and column (1-based) of a JSON.parse error from the character offset in
 * its message ("… at position 123" or "(line 3 column 5)"). Returns undefined when the
 * message names neither.
 */
export function jsonErrorPosition(
  text: string,
  message: string,
): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return undefined;
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Formats a zod issue path (["tables", "expenditure", "rows", 3, "total"]) as "tables.expenditure.rows[3].total". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '（根）';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
