/**
 * What the current view exports, declared by the view itself: its tables (TableSpec, the
 * same declaration that draws the table twin) and its charts (registered by <EChart>). The
 * 导出 menu in the header reads this registry, so every view exports exactly what it shows.
 *
 * A view calls `useExportTables(specs)` once per render with the specs of the tables it
 * draws; they leave the registry when the view unmounts. Charts register themselves (see
 * src/charts/echart-impl.tsx) with their title; the menu offers each as a PNG.
 *
 * Kept tiny and free of ExcelJS / ECharts imports: the writers load only when asked for.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { TableSpec } from '../domain/table-spec';

/** A table spec of any row type (the registry and the writers never look inside a row). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are opaque here; only the spec's own value() reads them
export type AnyTableSpec = TableSpec<any>;

/** The part of an ECharts instance the export uses (PNG at 2× with white background). */
export interface ExportableChart {
  getDataURL(opts: { type: 'png'; pixelRatio: number; backgroundColor: string }): string;
  getWidth(): number;
  getHeight(): number;
  resize(opts?: { width?: number | 'auto'; height?: number | 'auto' }): void;
}

/** One chart on screen, as the export menu lists it. */
export interface ChartEntry {
  /** Title stamped on the PNG and shown in the menu (e.g. "支出按功能分类（类）条形图"). */
  readonly title: string;
  /** Unit of the chart's figures, stamped on the PNG. */
  readonly unit: string;
  /** Where the figures come from, when the view names it (else the dataset's source). */
  readonly source?: string;
  readonly chart: ExportableChart;
  /** The chart's container (document order decides the menu order). */
  readonly element: HTMLElement;
}

interface State {
  readonly tables: ReadonlyMap<symbol, readonly AnyTableSpec[]>;
  readonly charts: ReadonlyMap<symbol, ChartEntry>;
}

let state: State = { tables: new Map(), charts: new Map() };
const listeners = new Set<() => void>();

function update(next: State) {
  state = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Registers a view's tables while it is mounted; `specs` should be memoised by the view.
 * New specs from the same component (a re-sort, the checks arriving) replace its entry in
 * place: the menu keeps its order, and the item a keyboard user is on is never moved (a
 * moved DOM node loses focus).
 */
export function useExportTables(specs: readonly AnyTableSpec[] | null | undefined): void {
  const key = useRef<symbol | null>(null);
  key.current ??= Symbol('tables');
  useEffect(() => {
    const slot = key.current!;
    const tables = new Map(state.tables);
    if (!specs || specs.length === 0) tables.delete(slot);
    else tables.set(slot, specs);
    update({ ...state, tables });
  }, [specs]);
  useEffect(() => {
    const slot = key.current!;
    return () => {
      const rest = new Map(state.tables);
      rest.delete(slot);
      update({ ...state, tables: rest });
    };
  }, []);
}

/**
 * Registers one chart (called by the chart wrapper once its instance exists).
 *
 * @returns the function that removes it again
 */
export function registerChart(entry: ChartEntry): () => void {
  const key = Symbol('chart');
  const charts = new Map(state.charts);
  charts.set(key, entry);
  update({ ...state, charts });
  return () => {
    const rest = new Map(state.charts);
    rest.delete(key);
    update({ ...state, charts: rest });
  };
}

/** The specs of the tables on screen, in registration order, without repeats by id. */
export function currentTables(s: State = state): AnyTableSpec[] {
  const seen = new Set<string>();
  const out: AnyTableSpec[] = [];
  for (const list of s.tables.values())
    for (const spec of list) {
      if (seen.has(spec.id)) continue;
      seen.add(spec.id);
      out.push(spec);
    }
  return out;
}

/** The charts on screen in document order. */
export function currentCharts(s: State = state): ChartEntry[] {
  return [...s.charts.values()]
    .filter((c) => c.element.isConnected)
    .sort((a, b) =>
      a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
}

/** The registry, re-rendering the caller when a view registers or leaves. */
export function useExportRegistry(): { tables: AnyTableSpec[]; charts: ChartEntry[] } {
  const snapshot = useSyncExternalStore(subscribe, () => state);
  return { tables: currentTables(snapshot), charts: currentCharts(snapshot) };
}
