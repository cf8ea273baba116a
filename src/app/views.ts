/**
 * The registry of views: one entry per view drives the router, the navigation and (later)
 * the presentation deck. A view joins the app by adding one entry here, never a dead link.
 */
import type { ComponentType } from 'react';
import type { BudgetModel } from '../domain/budget-model';

export interface ViewEntry {
  /** Route path without the leading "#/", e.g. "overview". Sub-routes use "/*". */
  path: string;
  /** Navigation label (zh-CN). */
  label: string;
  /** Lazily loaded page component (each view is its own chunk). */
  load: () => Promise<{ default: ComponentType }>;
  /**
   * This view's slide in the presentation deck (#/present), which lists the views in
   * registry order. Omit it to present the view at its own path; `false` leaves the view
   * out of the deck; `{ route, title }` presents a specific deep link (route without "#/",
   * e.g. "function/206") under its own title (default: the label).
   */
  slide?: false | { route: string; title?: string };
  /**
   * The view's model-wide derivations, built and kept (per budget model) before its
   * prerendered screen hydrates, in a task of their own (src/main.tsx): otherwise the
   * hydration's render of the view's one component does them in one piece, which React cannot
   * slice (issue 12: no long task). Omit it for a view with no such work.
   */
  prepare?: (budget: BudgetModel) => Promise<void>;
}

export const VIEWS: ViewEntry[] = [
  { path: 'overview', label: '概览', load: () => import('../features/overview/overview-page') },
  { path: 'function', label: '功能分类', load: () => import('../features/function/function-page') },
  {
    path: 'basic-project',
    label: '基本与项目',
    load: () => import('../features/basic-project/basic-project-page'),
  },
  {
    path: 'personnel-public',
    label: '人员与公用',
    load: () => import('../features/personnel-public/personnel-public-page'),
  },
  { path: 'change', label: '同比变化', load: () => import('../features/change/change-page') },
  {
    path: 'performance',
    label: '绩效目标',
    load: () => import('../features/performance/performance-page'),
    // Every indicator read and flagged, the project summaries and the quality review.
    prepare: async (budget) =>
      (await import('../features/performance/select-performance')).prepareDatasetWide(budget),
    slide: { route: 'performance/highlights', title: '绩效目标要点' },
  },
  // 报表: the official tables as printed (reference, not a slide).
  { path: 'tables', label: '报表', load: () => import('../features/tables/tables-page'), slide: false },
  // 说明: the narrative of the disclosure as printed.
  { path: 'about', label: '说明', load: () => import('../features/about/about-page'), slide: false },
  // 数据核验: a reference list, not a slide for the budget review.
  { path: 'checks', label: '数据核验', load: () => import('../features/checks/checks-page'), slide: false },
  // 导入: the reader's own disclosure (本地导入), not a slide.
  { path: 'import', label: '导入', load: () => import('../features/import/import-page'), slide: false },
];
