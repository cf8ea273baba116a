import { describe, expect, it } from 'vitest';
import { DataLoadError, formatIssuePath, jsonErrorPosition, loadErrorTitle } from './load-errors';
import { readFileSync } from 'node:fs';
import { rawDataset2024, rawTable } from '../domain/__fixtures__/load-2024';
import { datasetSchema } from '../domain/schema';
import { loadCatalog, loadDataset, validate, validateDatasetInSlices } from './load';

function fakeFetch(status: number, body: string): typeof fetch {
  return (async () =>
    new Response(body, { status, statusText: status === 404 ? 'Not Found' : 'OK' })) as typeof fetch;
}

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof DataLoadError) return e.detail;
    throw e;
  }
  throw new Error('expected a DataLoadError');
}

const entry = { id: 'x', department: '测试局', year: 2024, kind: '预算' as const, file: 'x.json' };

describe('loading', () => {
  it('reports a missing catalog as 404 with the file name', async () => {
    const e = await failure(loadCatalog(fakeFetch(404, 'nope')));
    expect(e).toMatchObject({ kind: 'http', status: 404, file: 'data/index.json' });
    expect(loadErrorTitle(e)).toBe('找不到数据文件 data/index.json（HTTP 404）');
  });

  it('reports JSON syntax errors with line and column', async () => {
    const e = await failure(loadDataset(entry, fakeFetch(200, '{\n  "a": 1,\n  oops\n}')));
    expect(e.kind).toBe('json');
    if (e.kind !== 'json') return;
    expect(e.file).toBe('data/x.json');
    expect(e.line).toBe(3);
    expect(loadErrorTitle(e)).toMatch(/^数据文件 data\/x\.json 不是有效的 JSON（第 3 行第 \d+ 列）$/);
  });

  it('lists every failing schema path, including amounts that are numbers', async () => {
    const catalog = {
      schemaVersion: 2,
      default: 'a b',
      datasets: [{ id: 'a b', department: '', year: 2024, kind: '预算', file: 'x.json' }],
    };
    const e = await failure(loadCatalog(fakeFetch(200, JSON.stringify(catalog))));
    expect(e.kind).toBe('schema');
    if (e.kind !== 'schema') return;
    expect(e.issues.map((i) => i.path)).toEqual(['datasets[0].id', 'datasets[0].department']);
  });

  it('loads the real dataset with no structure warnings', async () => {
    const { dataset, structureWarnings } = await loadDataset(
      entry,
      fakeFetch(200, JSON.stringify(rawDataset2024())),
    );
    expect(dataset.tables.find((t) => t.standardId === 'budget-expenditure')!.rows[0]!.cells.total).toBe(
      '2305.27',
    );
    expect(structureWarnings).toEqual([]);
  });

  it('reports a dataset that fits the schema but has a duplicated code as a data error, not a network one', async () => {
    const raw = rawDataset2024();
    rawTable(raw, 'budget-expenditure').rows[10]!.code = '206';
    const e = await failure(loadDataset(entry, fakeFetch(200, JSON.stringify(raw))));
    expect(e.kind).toBe('data');
    if (e.kind !== 'data') return;
    expect(loadErrorTitle(e)).toBe('数据文件 data/x.json 的表格结构有误（2 处错误），无法据此计算');
    expect(e.issues.map((i) => [i.rule, i.row?.seq, i.row?.code])).toEqual([
      ['duplicate-code', 11, '206'],
      ['orphan-child', 12, '20805'],
    ]);
  });

  it('keeps non-blocking structure issues as warnings with the data', async () => {
    const raw = rawDataset2024();
    rawTable(raw, 'budget-expenditure').rows = rawTable(raw, 'budget-expenditure').rows.filter(
      (r) => r.code !== '22102' && r.code !== '2210201',
    );
    const { structureWarnings } = await loadDataset(entry, fakeFetch(200, JSON.stringify(raw)));
    expect(structureWarnings.map((w) => [w.rule, w.severity, w.row?.code])).toEqual([
      ['childless-parent', 'warning', '221'],
    ]);
  });

  it('migrates a format-1 file on load to the same dataset as the shipped format-2 file', async () => {
    const v1 = readFileSync(new URL('../domain/__fixtures__/339-2024.v1.json', import.meta.url), 'utf8');
    const fromV1 = await loadDataset(entry, fakeFetch(200, v1));
    const fromV2 = await loadDataset(entry, fakeFetch(200, JSON.stringify(rawDataset2024())));
    expect(fromV1.dataset.schemaVersion).toBe(2);
    // Equal but for the source the shipped file names (data/sources/…, with its SHA-256).
    const withoutSource = (d: typeof fromV1) => ({
      ...d,
      dataset: { ...d.dataset, meta: { ...d.dataset.meta, source: null } },
    });
    expect(withoutSource(fromV1)).toEqual(withoutSource(fromV2));
  });

  it('reports a format-1 file by its v1 paths, and an unknown version', async () => {
    const v1 = JSON.parse(
      readFileSync(new URL('../domain/__fixtures__/339-2024.v1.json', import.meta.url), 'utf8'),
    );
    v1.tables.expenditure.rows[0].total = 2305.27;
    const e = await failure(loadDataset(entry, fakeFetch(200, JSON.stringify(v1))));
    expect(e.kind === 'schema' ? e.issues.map((i) => i.path) : []).toEqual([
      'tables.expenditure.rows[0].total',
    ]);
    const v3 = await failure(
      loadDataset(entry, fakeFetch(200, JSON.stringify({ ...rawDataset2024(), schemaVersion: 3 }))),
    );
    expect(v3.kind === 'schema' ? v3.issues[0]!.message : '').toBe(
      '不支持的数据格式版本，应为 2（或可迁移的 1）',
    );
  });

  it('rejects a catalog whose default is not one of its datasets', async () => {
    const catalog = {
      schemaVersion: 2,
      default: '339-2099',
      datasets: [
        { id: '339-2024', department: '丰润区工业和信息化局', year: 2024, kind: '预算', file: 'x.json' },
      ],
    };
    const e = await failure(loadCatalog(fakeFetch(200, JSON.stringify(catalog))));
    expect(e.kind === 'schema' ? e.issues : []).toEqual([
      { path: 'default', message: '目录的默认数据集 default 不在 datasets 中' },
    ]);
  });

  it('reports network failures', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await failure(loadCatalog(failing))).toEqual({
      kind: 'network',
      file: 'data/index.json',
      message: 'Failed to fetch',
    });
  });
});

describe('validation in slices', () => {
  const shipped = ['339-2024', 'putuo-finance-2024-final', 'putuo-construction-2026-budget'];
  for (const id of shipped) {
    it(`returns the one-pass parse of ${id}, Decimal amounts included`, async () => {
      const raw = JSON.parse(readFileSync(`public/data/${id}.json`, 'utf8')) as unknown;
      const sliced = await validateDatasetInSlices(raw, `${id}.json`);
      expect(sliced).toEqual(validate(datasetSchema, raw, `${id}.json`));
      expect(Object.keys(sliced)).toEqual(['schemaVersion', 'meta', 'tables', 'narrative', 'projects']);
    });
  }

  it('reports a bad table, a bad project and an unknown field as the one-pass parse does', async () => {
    const raw = rawDataset2024() as unknown as Record<string, unknown> & {
      tables: { rows: { cells: Record<string, unknown> }[] }[];
      projects: Record<string, unknown>[];
    };
    raw.tables[1]!.rows[0]!.cells.total = 12.5;
    raw.projects[0]!.name = 7;
    raw.extra = true;
    const sliced = await failure(validateDatasetInSlices(raw, 'x.json'));
    let oneUp: unknown;
    try {
      validate(datasetSchema, raw, 'x.json');
    } catch (e) {
      oneUp = (e as DataLoadError).detail;
    }
    expect(sliced).toEqual(oneUp);
    expect(sliced.kind).toBe('schema');
    if (sliced.kind !== 'schema') return;
    expect(sliced.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['tables[1].rows[0].cells.total']),
    );
  });
});

describe('error positions', () => {
  it('finds line and column from "position N"', () => {
    expect(jsonErrorPosition('ab\ncd', 'Unexpected token at position 4')).toEqual({ line: 2, column: 2 });
    expect(jsonErrorPosition('x', 'Unexpected token (line 7 column 3)')).toEqual({ line: 7, column: 3 });
    expect(jsonErrorPosition('x', 'Unexpected end')).toBeUndefined();
  });

  it('formats zod paths', () => {
    expect(formatIssuePath(['tables', 'expenditure', 'rows', 3, 'total'])).toBe(
      'tables.expenditure.rows[3].total',
    );
    expect(formatIssuePath([])).toBe('（根）');
  });
});
