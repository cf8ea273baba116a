/**
 * Which dataset the page's first screen was hydrated with (src/main.tsx): the prerendered
 * screen of the catalog's default dataset. A view of any other dataset, or any page that did
 * not start from a prerendered screen, renders from scratch; the shell then shows it with its
 * 数据核验 already known (src/app/app-shell.tsx), so the checks banner does not push a drawn
 * view down when it comes (issue 12: no layout shift).
 */
let hydrated: string | undefined;

/** Called by src/main.tsx just before it hydrates the prerendered screen of dataset `id`. */
export function markHydratedDataset(id: string): void {
  hydrated = id;
}

/** True when `id` is the dataset whose prerendered screen the page hydrated. */
export function wasHydrated(id: string | undefined): boolean {
  return id !== undefined && id === hydrated;
}
