/**
 * The printed tables of the dataset on screen (the budget model's `printed`), so that every
 * figure's source note names the table, row and column as that dataset prints them and
 * shows the printed value in its own unit. Provided by the shell with the dataset; without
 * a provider, sources name the template's tables.
 */
import { createContext, useContext } from 'react';
import type { PrintedTables } from '../domain/source';

export const PrintedTablesContext = createContext<PrintedTables | undefined>(undefined);

/** The printed tables of the current dataset, or undefined outside a dataset. */
export function usePrintedTables(): PrintedTables | undefined {
  return useContext(PrintedTablesContext);
}
