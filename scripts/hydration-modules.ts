/**
 * The app's React half (React DOM, the router, the shell, the views' registry), which the
 * entry (src/main.tsx) imports in a task after its own evaluation: the picker requests its
 * chunks with the entry for every screen (scripts/prerender-plugin.ts), and `npm test` holds
 * their size (scripts/bundle-budget.ts).
 */
export const APP_START_MODULE = 'src/app/start.tsx';

/**
 * What the store imports when it loads a dataset (src/store/data-store.ts: the data layer,
 * the model, the comparison with the previous year), as Vite's manifest names them. Every
 * prerendered view needs them before it hydrates: the picker requests their chunks with the
 * entry (scripts/prerender-plugin.ts), and `npm test` holds their size
 * (scripts/bundle-budget.ts). Not 数据核验 (src/domain/checks.ts): the checks run in idle
 * time after the figures are live (src/store/checks-store.ts imports them then).
 */
export const DATA_LAYER_MODULES = [
  'src/data/load.ts',
  // The dataset schema, which src/data/load.ts imports in steps when a dataset loads (its
  // parts, printed-table.ts and schema-common.ts, are chunks it imports).
  'src/domain/schema.ts',
  'src/domain/budget-model.ts',
  'src/domain/compare-datasets.ts',
];
