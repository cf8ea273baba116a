/** The suggested citation of a view or table (pure; the menu copies it). */
import { exportCopy } from '../copy/export';

/** What a citation names. */
export interface CitationParts {
  /** Department as printed, e.g. "丰润区工业和信息化局". */
  readonly department: string;
  /** e.g. "2024年部门预算". */
  readonly period: string;
  /** The table's title or the view's name, e.g. "概览" or "部门预算收支总表". */
  readonly what: string;
  /** The view's full URL (with ?d=). */
  readonly url: string;
  /** The access date. */
  readonly date: Date;
}

/** The date as YYYY-MM-DD in local time (what a reader writes in a citation). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A suggested citation, e.g. "丰润区工业和信息化局. 2024年部门预算：概览[EB/OL]. 预算透视（Budget
 * Lens）. (2026-12-02)[2026-12-02]. https://…/#/overview?d=339-2024".
 */
export function citationText(parts: CitationParts): string {
  return exportCopy.citation({ ...parts, date: isoDate(parts.date) });
}

/**
 * The full address of a view to hand out (citation, PNG stamp, printed QR code): the page's
 * address, the hash route and its query with `d=<dataset>` added when absent, so the link
 * keeps showing this dataset.
 *
 * @param route  router pathname, e.g. "/overview"
 * @param search router search with `d` already added (app/url.ts withDataset), e.g. "?d=339-2024"
 */
export function viewUrl(route: string, search: string): string {
  return `${window.location.origin}${window.location.pathname}#${route}${search}`;
}
