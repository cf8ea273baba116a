import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// Its own file: the test replaces the dataset schema's module with a spy around the real one.
const evaluated = vi.fn();
vi.mock('../domain/schema', async (importOriginal) => {
  evaluated();
  return importOriginal();
});

function serve(files: Record<string, string>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const body = files[String(input)];
    return new Response(body ?? 'not found', { status: body === undefined ? 404 : 200 });
  }) as typeof fetch;
}

describe('the data layer builds the dataset schema only for a dataset', () => {
  it('validates the catalog without it, then loads it once for the first dataset', async () => {
    const files = {
      'data/index.json': readFileSync('public/data/index.json', 'utf8'),
      'data/339-2024.json': readFileSync('public/data/339-2024.json', 'utf8'),
    };
    const { loadCatalog, loadDataset } = await import('./load');
    const catalog = await loadCatalog(serve(files));
    expect(catalog.default).toBe('339-2024');
    // The catalog's own schema (src/domain/catalog-schema.ts) was enough.
    expect(evaluated).not.toHaveBeenCalled();
    const entry = catalog.datasets.find((d) => d.id === '339-2024')!;
    const { dataset } = await loadDataset(entry, serve(files));
    expect(dataset.meta.department.name).toBe('丰润区工业和信息化局');
    await loadDataset(entry, serve(files));
    expect(evaluated).toHaveBeenCalledTimes(1);
  });
});
