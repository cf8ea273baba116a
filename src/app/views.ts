/**
 * The registry of views: one entry per view drives the router, the navigation and (later)
 * the presentation deck. A view joins the app by adding one entry here, never a dead link.
 */
import type { ComponentType } from 'react';

export interface ViewEntry {
  /** Route path without the leading "#/", e.g. "overview". Sub-routes use "/*". */
  path: string;
  /** Navigation label (zh-CN). */
  label: string;
  /** Lazily loaded page component (each view is its own chunk). */
  load: () => Promise<{ default: ComponentType }>;
}

export const VIEWS: ViewEntry[] = [
  { path: 'overview', label: '概览', load: () => import('../features/overview/overview-page') },
];
