/**
 * The narrative figures that 数据核验 compared with a table (checks-narrative.ts), each with
 * the printed table row it was compared with, so the 说明 view links the figure to that row
 * (#/tables/<id>?row=<key>) and says whether they agree.
 */
import type { CheckResult } from './check-result';
import { rowLabel } from './check-make';
import { printedSpecRows, printedTableId, type TableLocation } from './printed-table-spec';
import type { Dataset } from './schema';

/** A figure's link: where its table figure stands and the check's outcome. */
export interface FigureLink extends TableLocation {
  status: CheckResult['status'];
  /** "部门预算收支总表 · 收入总计 · 2,305.27". */
  what: string;
}

/** Key of a section figure: "<section index>:<offset>". */
export const figureKey = (section: number, offset: number) => `${section}:${offset}`;

/**
 * The links of every checked section figure.
 * @param checks the dataset's checks (runChecks): the section checks have ids
 *   `narrative:<section title>:<offset>`; their first side is the table figure
 * @returns by figureKey; figures no check compared with a table are absent
 */
export function narrativeFigureLinks(
  dataset: Pick<Dataset, 'meta' | 'tables' | 'narrative'>,
  checks: readonly CheckResult[],
): Map<string, FigureLink> {
  const out = new Map<string, FigureLink>();
  const byId = new Map(checks.map((c) => [c.id, c]));
  dataset.narrative.sections.forEach((section, si) => {
    for (const f of section.figures) {
      const check = byId.get(`narrative:${section.title}:${f.offset}`);
      const source = check?.sides[0].sources[0];
      if (!check || !source) continue;
      const table = dataset.tables.find((t) => t.title === source.title);
      if (!table) continue;
      const rows = printedSpecRows(table);
      const index = table.rows.findIndex((_, i) => rowLabel(table, i) === source.row);
      const byText =
        index >= 0
          ? index
          : table.rows.findIndex(
              (r) => source.row !== undefined && Object.values(r.cells).includes(source.row),
            );
      out.set(figureKey(si, f.offset), {
        tableId: printedTableId(table, dataset),
        ...(byText >= 0 ? { rowKey: rows[byText]!.key } : {}),
        status: check.status,
        what: [source.title, source.row, source.printed].filter(Boolean).join(' · '),
      });
    }
  });
  return out;
}
