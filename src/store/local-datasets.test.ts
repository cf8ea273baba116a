import { afterEach, describe, expect, it, vi } from 'vitest';

// IndexedDB as idb-keyval sees it: `stored` is what this browser kept from earlier visits.
const stored: [string, unknown][] = [];
vi.mock('idb-keyval', () => ({
  entries: async () => stored,
  set: async () => undefined,
  del: async () => undefined,
}));

afterEach(() => {
  stored.length = 0;
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function freshStore() {
  vi.stubGlobal('indexedDB', {});
  return (await import('./local-datasets')).useLocalDatasets;
}

describe('useLocalDatasets.ready', () => {
  it('with nothing kept, leaves the list the same array (the shell does not render again while it hydrates)', async () => {
    const store = await freshStore();
    const before = store.getState().items;
    await store.getState().ready();
    expect(store.getState().storage).toEqual({ status: 'persistent' });
    expect(store.getState().items).toBe(before);
  });

  it('with imports kept, lists them oldest first', async () => {
    const item = (id: string, importedAt: string) => ({ id, importedAt, fileName: `${id}.pdf` });
    stored.push(
      ['budget-lens:import:local-b', item('local-b', '2026-11-02T08:00:00Z')],
      ['budget-lens:import:local-a', item('local-a', '2026-11-01T08:00:00Z')],
      ['another-app:key', { id: 'x', importedAt: '2026-01-01' }],
    );
    const store = await freshStore();
    await store.getState().ready();
    expect(store.getState().items.map((i) => i.id)).toEqual(['local-a', 'local-b']);
    expect(store.getState().storage).toEqual({ status: 'persistent' });
  });
});
