/**
 * How a figure opens its source: the shell provides a function that goes to a route (with
 * the sticky `?d=`/`?embed=`), so a figure's <Amount> can open its printed table row
 * (`#/tables/<id>?row=<key>`). Without a provider (unit tests, the embed snippet) a figure
 * only names its source.
 */
import { createContext, useContext } from 'react';

/** Goes to an in-app route such as "/tables/budget-expenditure?row=206". */
export type OpenRoute = (route: string) => void;

export const SourceNavigationContext = createContext<OpenRoute | undefined>(undefined);

/** The shell's navigation for sources, or undefined outside the app. */
export function useOpenRoute(): OpenRoute | undefined {
  return useContext(SourceNavigationContext);
}
