/**
 * The loaded data: the catalog and every dataset asked for so far, each with its load
 * state. UI state that matters for sharing (view, drill path, dataset id) lives in the URL,
 * not here.
 */
import { create } from 'zustand';
import { DataLoadError, type LoadError } from '../data/load-errors';
import type { BudgetModel } from '../domain/budget-model';
import type { StructureIssue } from '../domain/dataset-structure';
import type { Catalog, Dataset } from '../domain/schema';
import { isLocalId, useLocalDatasets } from './local-datasets';
import { nextTask } from '../domain/next-task';

/** Load state of one resource. */
export type Loadable<T> =
  { status: 'loading' } | { status: 'error'; error: LoadError } | { status: 'ready'; value: T };

/**
 * A loaded dataset with its budget model (built once at load, with the previous year's model
 * when the catalog has the same department one year earlier) and its non-blocking structure
 * warnings (e.g. a 类 with no 款), found once at load. Its consistency checks (数据核验) are
 * not part of the load: they run in idle time when something shows them
 * (src/store/checks-store.ts).
 */
export interface LoadedDataset {
  dataset: Dataset;
  budget: BudgetModel;
  structureWarnings: StructureIssue[];
}

interface DataState {
  catalog?: Loadable<Catalog>;
  datasets: Record<string, Loadable<LoadedDataset>>;
  /** Loads the catalog once; later calls return the same promise's result. */
  ensureCatalog: () => Promise<void>;
  /** Loads a dataset by catalog id once. Requires the catalog to be ready. */
  ensureDataset: (id: string) => Promise<void>;
}

/**
 * The typed failure of a load. The loaders throw DataLoadError for every failure of the
 * file (network included); anything else is a defect while preparing the data, reported
 * as such (never as a network error).
 */
function toLoadError(err: unknown, file: string): LoadError {
  if (err instanceof DataLoadError) return err.detail;
  return { kind: 'unexpected', file, message: err instanceof Error ? err.message : String(err) };
}

/** Loads in flight, so that a dataset waiting for its previous year can await it. */
const inFlight = new Map<string, Promise<void>>();

export const useDataStore = create<DataState>()((set, get, api) => {
  // React reads a store's "server snapshot" for a server render and while hydrating; zustand's
  // is the initial (empty) state. The built index.html is rendered from the loaded state and
  // hydrated once the same data are loaded (src/prerender/, src/main.tsx), so both read the
  // current state: the first client render equals the prerendered HTML.
  api.getInitialState = api.getState;
  return {
    datasets: {},
    ensureCatalog: async () => {
      if (get().catalog) return;
      set({ catalog: { status: 'loading' } });
      try {
        // The data layer (zod + the catalog's schema) loads in parallel with the first paint of
        // the shell; the dataset's schema when a dataset loads (src/data/load.ts).
        const { loadCatalog } = await import('../data/load');
        set({ catalog: { status: 'ready', value: await loadCatalog() } });
      } catch (err) {
        set({ catalog: { status: 'error', error: toLoadError(err, 'data/index.json') } });
      }
    },
    ensureDataset: async (id) => {
      if (get().datasets[id]) return inFlight.get(id);
      const catalog = get().catalog;
      if (catalog?.status !== 'ready') return;
      const setOne = (state: Loadable<LoadedDataset>) =>
        set((s) => ({ datasets: { ...s.datasets, [id]: state } }));
      // A local import (导入): read from the browser's store, validated like a published file.
      if (isLocalId(id)) {
        setOne({ status: 'loading' });
        const load = loadLocal(id, catalog.value, setOne).finally(() => inFlight.delete(id));
        inFlight.set(id, load);
        return load;
      }
      const entry = catalog.value.datasets.find((d) => d.id === id);
      if (!entry) {
        setOne({
          status: 'error',
          error: {
            kind: 'unknown-dataset',
            file: 'data/index.json',
            id,
            known: catalog.value.datasets.map((d) => d.id),
          },
        });
        return;
      }
      setOne({ status: 'loading' });
      // User Timing (DevTools' Timings track; npm run bench reads it): fetch + validate + model,
      // the previous year's load included. The checks are measured apart (`checks:<id>`).
      const started = performance.now();
      const load = (async () => {
        try {
          // The data layer and the model load with the data, not before the first paint.
          const [{ loadDataset }, { buildBudgetModel }, { findPreviousEntry }] = await Promise.all([
            import('../data/load'),
            import('../domain/budget-model'),
            import('../domain/compare-datasets'),
          ]);
          const previousEntry = findPreviousEntry(catalog.value, entry);
          // The previous year loads in parallel; a failure there leaves this year without it.
          const previousLoad = previousEntry ? get().ensureDataset(previousEntry.id) : undefined;
          const { dataset, structureWarnings } = await loadDataset(entry);
          // Validation and the model in two tasks, not one long one (issue 12: main thread).
          await nextTask();
          await previousLoad;
          const prev = previousEntry ? get().datasets[previousEntry.id] : undefined;
          const budget = buildBudgetModel(dataset, prev?.status === 'ready' ? prev.value.budget : undefined);
          performance.measure(`dataset:${id}`, { start: started, end: performance.now() });
          setOne({ status: 'ready', value: { dataset, budget, structureWarnings } });
        } catch (err) {
          setOne({ status: 'error', error: toLoadError(err, `data/${entry.file}`) });
        } finally {
          inFlight.delete(id);
        }
      })();
      inFlight.set(id, load);
      return load;
    },
  };
});

/**
 * Loads a local import (src/store/local-datasets.ts) once the kept imports are read: the same
 * validation (schema, structure) and model as a published dataset. An id no longer
 * kept (removed, or another browser's link) is `local-missing`, not a catalog error.
 */
async function loadLocal(
  id: string,
  catalog: Catalog,
  setOne: (state: Loadable<LoadedDataset>) => void,
): Promise<void> {
  try {
    await useLocalDatasets.getState().ready();
    const items = useLocalDatasets.getState().items;
    const item = items.find((i) => i.id === id);
    if (!item) {
      setOne({ status: 'error', error: { kind: 'local-missing', id } });
      return;
    }
    const [{ parseDataset, checkStructure }, { buildBudgetModel }] = await Promise.all([
      import('../data/load'),
      import('../domain/budget-model'),
    ]);
    const { dataset, structureWarnings } = checkStructure(
      await parseDataset(item.dataset, item.fileName),
      item.fileName,
    );
    const budget = buildBudgetModel(dataset);
    setOne({ status: 'ready', value: { dataset, budget, structureWarnings } });
  } catch (err) {
    setOne({ status: 'error', error: toLoadError(err, id) });
  }
}
