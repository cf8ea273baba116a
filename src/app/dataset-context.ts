/**
 * The dataset the current view shows, provided by the shell once it is loaded and
 * validated. Views call `useDataset()` and never see a loading or error state.
 */
import { createContext, useContext } from 'react';
import type { Catalog, CatalogEntry } from '../domain/schema';
import type { LoadedDataset } from '../store/data-store';

export interface DatasetContextValue extends LoadedDataset {
  entry: CatalogEntry;
  catalog: Catalog;
}

export const DatasetContext = createContext<DatasetContextValue | null>(null);

/**
 * The current dataset.
 * @throws Error when called outside the shell's ready state (a programming error).
 */
export function useDataset(): DatasetContextValue {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDataset() 只能在数据加载完成后的视图中使用');
  return value;
}

/** The catalog entry shown when the URL names none: the catalog's `default`. */
export function defaultEntry(catalog: Catalog): CatalogEntry {
  // The schema guarantees that `default` names one of the datasets.
  return catalog.datasets.find((d) => d.id === catalog.default) ?? catalog.datasets[0]!;
}
