/**
 * The reader's own imported disclosures (导入): kept in this browser's IndexedDB through
 * idb-keyval, never uploaded. Each is a dataset like a published one (its id starts with
 * "local-"), plus its file name, import time and the importer's report. Where storage is not
 * allowed (a sandboxed frame, some private modes) they live in memory until the tab closes
 * and `storage` says so.
 */
import { create } from 'zustand';
import type { CatalogEntry, DatasetJson } from '../domain/schema';
import type { ImportReport } from '../ingest/import-disclosure';

/** Prefix of every local dataset id (published ids never start with it). */
export const LOCAL_PREFIX = 'local-';

/** Whether a dataset id names a local import. */
export const isLocalId = (id: string | null | undefined): boolean => !!id && id.startsWith(LOCAL_PREFIX);

/** One imported disclosure as kept. */
export interface LocalDataset {
  /** "local-" + the first 16 hex digits of the file's SHA-256: the same file imports once. */
  id: string;
  /** The file's name as chosen. */
  fileName: string;
  /** ISO time of the import. */
  importedAt: string;
  /** The dataset JSON as the importer wrote it (format v2, amounts as strings). */
  dataset: DatasetJson;
  report: ImportReport;
  /** PDF input: every page's line boxes (page → lines, PDF points), for the side-by-side view. */
  lineBoxes?: Record<number, { line: number; x0: number; x1: number; y: number; h: number }[]>;
  /** Time the worker took to read and recognise the file, ms. */
  elapsedMs?: number;
  /** How a text file was decoded. */
  encoding?: 'utf-8' | 'gb18030';
}

/** Where the imports are kept: checking, IndexedDB, or only in this tab (with the reason). */
export type StorageState =
  | { status: 'checking' }
  | { status: 'persistent' }
  | { status: 'memory'; reason: 'unavailable' | 'failed'; detail?: string };

interface LocalState {
  items: LocalDataset[];
  storage: StorageState;
  /** The import removed last in this tab (the page says so even after the view reloads). */
  lastRemoved: LocalDataset | null;
  /** Resolves once the kept imports are read (at most once per page). */
  ready: () => Promise<void>;
  /** Adds (or replaces, same id) an import and keeps it when storage allows. */
  add: (item: LocalDataset) => Promise<void>;
  /** Removes an import from the list and from storage. */
  remove: (id: string) => Promise<void>;
}

const KEY_PREFIX = 'budget-lens:import:';

/** idb-keyval, loaded with the first use (not in the first paint). */
const idb = () => import('idb-keyval');

let readyPromise: Promise<void> | undefined;

/** The catalog entry of a local import, as the switcher and the views see it. */
export function localEntry(item: LocalDataset): CatalogEntry {
  const { department, year, kind } = item.dataset.meta;
  return {
    id: item.id,
    department: department.name,
    ...(department.code ? { departmentCode: department.code } : {}),
    year,
    kind,
    file: `${item.id}.json`,
  };
}

export const useLocalDatasets = create<LocalState>()((set, get) => ({
  items: [],
  storage: { status: 'checking' },
  lastRemoved: null,
  ready: () => {
    readyPromise ??= (async () => {
      try {
        // A sandboxed frame without allow-same-origin throws on the mere access.
        if (typeof indexedDB === 'undefined') throw new Error('indexedDB');
        const { entries } = await idb();
        const kept = (await entries<string, LocalDataset>())
          .filter(([k]) => typeof k === 'string' && k.startsWith(KEY_PREFIX))
          .map(([, v]) => v)
          .sort((a, b) => a.importedAt.localeCompare(b.importedAt));
        const inTab = get().items.filter((i) => !kept.some((k) => k.id === i.id));
        // Nothing stored: the list stays the same array, so what shows it (the shell's
        // switcher) does not render again; a store change while React hydrates the
        // prerendered screen makes it finish that in one long task (issue 12).
        set(
          kept.length > 0
            ? { items: [...kept, ...inTab], storage: { status: 'persistent' } }
            : { storage: { status: 'persistent' } },
        );
      } catch {
        set({ storage: { status: 'memory', reason: 'unavailable' } });
      }
    })();
    return readyPromise;
  },
  add: async (item) => {
    await get().ready();
    set((s) => ({ items: [...s.items.filter((i) => i.id !== item.id), item] }));
    if (get().storage.status !== 'persistent') return;
    try {
      const { set: put } = await idb();
      await put(KEY_PREFIX + item.id, item);
    } catch (e) {
      set({
        storage: { status: 'memory', reason: 'failed', detail: e instanceof Error ? e.message : String(e) },
      });
    }
  },
  remove: async (id) => {
    set((s) => ({
      items: s.items.filter((i) => i.id !== id),
      lastRemoved: s.items.find((i) => i.id === id) ?? s.lastRemoved,
    }));
    if (get().storage.status !== 'persistent') return;
    try {
      const { del } = await idb();
      await del(KEY_PREFIX + id);
    } catch (e) {
      set({
        storage: { status: 'memory', reason: 'failed', detail: e instanceof Error ? e.message : String(e) },
      });
    }
  },
}));
