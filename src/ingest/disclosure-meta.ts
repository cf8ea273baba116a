/**
 * Reads what a disclosure is from its own words: the department (名称, and 编码 where the
 * template prints one, e.g. "339 丰润区工业和信息化局"), the year, and the kind (部门预算 or
 * 部门决算). Cover pages break the title over lines in any order ("上海市普陀区财政局 /
 * 年度部门决算 / 2024"), so the reader looks at the cover and confirms with the body's own
 * statements ("预算主管部门：…", "第一部分 …概况", "预算年度：2024", "编制部门：…").
 */
import type { DisclosureKind } from '../domain/standard-tables';

/** What the disclosure says it is. */
export interface DisclosureMeta {
  department: { name: string; code?: string };
  year: number;
  kind: DisclosureKind;
  /** A title for people, e.g. "上海市普陀区财政局 2024 年度部门决算". */
  title: string;
}

/** Result of reading the meta: the meta, or the reasons it could not be read (Chinese). */
export type DisclosureMetaResult =
  { ok: true; meta: DisclosureMeta; warnings: string[] } | { ok: false; errors: string[] };

const SPACES = /[\s\u3000\u00a0]+/g;
const YEAR = /(20\d{2}|19\d{2})\s*年/;
const BARE_YEAR = /(?:^|\D)(20\d{2}|19\d{2})(?:\D|$)/;

/** Department name candidates in order of trust, each a regex whose group 1 is the name. */
const DEPARTMENT_STATEMENTS: readonly RegExp[] = [
  /预算主管部门[:：]\s*(\S.*?)\s*$/,
  /^第一部分\s*(\S.*?)\s*(?:部门)?概况$/,
  /编制(?:部门|单位)[:：]\s*(\S+?)(?:\s|$)/,
];
/** "339 丰润区工业和信息化局": a code and a name on a page-header line of the tables. */
const CODED_DEPARTMENT =
  /^(\d{1,9})\s+([^\d\s年][^\s]*?(?:局|委|委员会|部|院|办|厅|署|会|处|中心|所|站|馆|社|团))$/;

/**
 * Reads the meta from the page texts.
 *
 * @param pages  the disclosure's pages, each an array of its lines as printed (page 1 first)
 * @returns the meta with warnings (e.g. cover and body disagree), or the reasons it failed:
 *   no year, no kind, or no department name anywhere
 */
export function detectDisclosureMeta(pages: readonly (readonly string[])[]): DisclosureMetaResult {
  const warnings: string[] = [];
  const errors: string[] = [];
  // The cover: page 1, or the first lines of a text without page marks (all of it is page 1).
  const cover = (pages[0] ?? []).slice(0, 12).join('').replace(SPACES, '');
  const firstPages = pages.slice(0, 4).flat();
  const all = pages.flat();

  const kind: DisclosureKind | undefined = /部门决算|决算/.test(cover)
    ? '决算'
    : /部门预算|预算/.test(cover)
      ? '预算'
      : /部门决算/.test(firstPages.join(''))
        ? '决算'
        : /部门预算/.test(firstPages.join(''))
          ? '预算'
          : undefined;
  if (!kind) errors.push('无法判断是部门预算还是部门决算：封面和目录中都没有“部门预算”或“部门决算”字样');

  const yearText =
    YEAR.exec(cover)?.[1] ??
    BARE_YEAR.exec(cover)?.[1] ??
    all.map((l) => /预算年度[:：]\s*(\d{4})/.exec(l)?.[1]).find(Boolean) ??
    YEAR.exec(firstPages.join(''))?.[1];
  const year = yearText ? Number(yearText) : undefined;
  if (!year) errors.push('无法读出年度：封面、目录和表头都没有“YYYY年”或“预算年度：YYYY”');

  let code: string | undefined;
  let name: string | undefined;
  // "339 丰润区工业和信息化局" counts only as a table page header: within three lines above
  // "预算年度：…" (a numbered line elsewhere is a list of units, not the department).
  for (const page of pages) {
    page.forEach((line, i) => {
      if (name || !/预算年度[:：]/.test(line)) return;
      for (const above of page.slice(Math.max(0, i - 3), i).reverse()) {
        const m = CODED_DEPARTMENT.exec(above.trim());
        if (m) {
          code = m[1];
          name = m[2];
          return;
        }
      }
    });
    if (name) break;
  }
  if (!name) {
    for (const re of DEPARTMENT_STATEMENTS) {
      const found = all.map((l) => re.exec(l.trim())?.[1]).find(Boolean);
      if (found) {
        name = found
          .replace(SPACES, '')
          .replace(YEAR, '')
          .replace(/\d{4}年?度?$/, '');
        break;
      }
    }
  }
  if (!name && /部门(预算|决算)/.test(cover)) {
    const fromCover = cover
      .replace(YEAR, '')
      .replace(/\d{4}/, '')
      .replace(/(区级|市级)?(年度)?部门(预算|决算).*$/, '')
      .replace(/年度$/, '');
    if (fromCover) name = fromCover;
  }
  if (!name) errors.push('无法读出部门名称：封面、“预算主管部门：”、“第一部分 …概况”和表头都没有部门名称');

  if (name && cover && !cover.includes(name) && !/预算主管部门/.test(cover)) {
    warnings.push(`封面上的文字“${cover.slice(0, 40)}”不含读出的部门名称“${name}”，请核对`);
  }
  if (errors.length > 0 || !kind || !year || !name) return { ok: false, errors };
  const meta: DisclosureMeta = {
    department: code ? { name, code } : { name },
    year,
    kind,
    title: kind === '决算' ? `${name} ${year} 年度部门决算` : `${name} ${year} 年部门预算`,
  };
  return { ok: true, meta, warnings };
}
