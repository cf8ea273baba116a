/**
 * The treemap's table twin: every 类 with its 款 and 项 (部门预算支出总表), expandable, sortable,
 * with 科目编码, 科目名称, 合计, 基本支出, 项目支出 and 占比 (share of the parent for the chosen
 * measure). It follows the chart: the rows along the drill path open and the current one is
 * highlighted; a 科目名称 is a link that drills the chart there. Rows that have no block for
 * the chosen measure say so.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  createColumnHelper,
  functionalUpdate,
  useTable,
  type ExpandedState,
  type SortFn,
  type Updater,
} from '@tanstack/react-table';
import type Decimal from 'decimal.js';
import { DataTable, ExpandToggle, sortDecimal, treeTableFeatures } from '../../../components/data-table';
import { useUrlOpenRows, useUrlSorting } from '../../../components/use-url-table-state';
import { usePrintedTables } from '../../../components/printed-tables-context';
import { tableTitle } from '../../../domain/source';
import { functionCopy, measureLabel, undrawableText } from '../../../copy/function';
import {
  BLANK_CELL,
  formatAmount,
  formatCell,
  formatPercent,
  formatShareTotal,
} from '../../../domain/format';
import type { FunctionMeasure, FunctionTableKey } from '../../../domain/function-tree';
import type { FunctionRow } from '../select-function-view';
import { FunctionCode } from '../../../components/swatch';

export interface FunctionTreeTableProps {
  rows: FunctionRow[];
  measure: FunctionMeasure;
  /** Codes of the drill path; these rows are opened. */
  trail: readonly string[];
  totals: { total: Decimal; basicExpenditure: Decimal; projectExpenditure: Decimal; shareResidual?: Decimal };
  /** In-app route of a drill path (with the measure and sticky parameters). */
  hrefOf: (path: readonly string[]) => string;
  /** Id for the table's heading (the section is labelled by it). */
  headingId: string;
  /** Told of a drill from a 科目名称 link before it navigates (the page moves focus). */
  onNavigate?: (path: readonly string[]) => void;
  /** The table the rows are from (支出总表, or the 一般公共预算 table standing in for it). */
  table?: FunctionTableKey;
}

const helper = createColumnHelper<typeof treeTableFeatures, FunctionRow>();
/** The shared Decimal comparator, typed for these rows. */
const byDecimal = sortDecimal as unknown as SortFn<typeof treeTableFeatures, FunctionRow>;

export function FunctionTreeTable({
  rows,
  measure,
  trail,
  totals,
  hrefOf,
  headingId,
  onNavigate,
  table: sourceTable = 'expenditure',
}: FunctionTreeTableProps) {
  const printed = usePrintedTables();
  const current = trail[trail.length - 1];
  // The sort is kept in the URL (?sort=<column>:asc|desc): a link reopens the table sorted.
  const [sorting, onSortingChange] = useUrlSorting();
  const allCodes = useMemo(() => {
    const out: string[] = [];
    const walk = (rs: FunctionRow[]) =>
      rs.forEach((r) => {
        if (r.subRows.length > 0) out.push(r.code);
        walk(r.subRows);
      });
    walk(rows);
    return out;
  }, [rows]);
  // Open rows = the drill path (follows the chart) + the rows the user opened by hand, kept
  // in the URL (?open=201,20101) so a reload, a link or the back button reopens them. A
  // drill elsewhere closes the old path's rows but keeps the user's own. A drill-path row
  // closed by hand stays closed while the path is the same (not in the URL: the path opens it).
  const [opened, setOpened] = useUrlOpenRows(allCodes);
  const trailKey = trail.join('/');
  const [shut, setShut] = useState<{ trail: string; codes: readonly string[] }>({ trail: '', codes: [] });
  const expanded = useMemo<Record<string, boolean>>(() => {
    const open: Record<string, boolean> = {};
    const closed = shut.trail === trailKey ? new Set(shut.codes) : new Set<string>();
    for (const code of trailKey.split('/').filter(Boolean)) if (!closed.has(code)) open[code] = true;
    for (const code of opened) open[code] = true;
    return open;
  }, [trailKey, opened, shut]);
  const onExpandedChange = (updater: Updater<ExpandedState>) => {
    const next = functionalUpdate(updater, expanded);
    const state = next === true ? Object.fromEntries(allCodes.map((c) => [c, true])) : next;
    const onTrail = new Set(trail);
    setOpened(allCodes.filter((code) => state[code] === true && !onTrail.has(code)));
    setShut({ trail: trailKey, codes: trail.filter((code) => state[code] !== true) });
  };

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('code', {
          header: functionCopy.colCode,
          sortFn: 'alphanumeric',
          cell: ({ row }) => (
            <ExpandToggle
              depth={row.depth}
              canExpand={row.getCanExpand()}
              expanded={row.getIsExpanded()}
              onToggle={row.getToggleExpandedHandler()}
              label={
                <span className="fn-code">
                  <FunctionCode code={row.original.code} />
                </span>
              }
            />
          ),
        }),
        helper.accessor('name', {
          header: functionCopy.colName,
          sortFn: 'text',
          meta: { rowHeader: true },
          cell: ({ row }) => {
            const r = row.original;
            const isCurrent = r.code === current;
            return (
              <span className="fn-name">
                <Link
                  to={hrefOf(r.path)}
                  aria-current={isCurrent ? 'location' : undefined}
                  className="fn-name__link"
                  onClick={() => onNavigate?.(r.path)}
                >
                  {r.name}
                </Link>
                {r.hidden ? (
                  <span className="fn-tag fn-tag--hidden" title={undrawableText(r.hidden, measure)}>
                    {functionCopy.rowNotDrawn}
                    <span className="visually-hidden">：{undrawableText(r.hidden, measure)}</span>
                  </span>
                ) : null}
                {r.projectCount > 0 ? (
                  <span className="fn-tag fn-tag--projects">{functionCopy.projectCount(r.projectCount)}</span>
                ) : null}
              </span>
            );
          },
        }),
        ...(['total', 'basicExpenditure', 'projectExpenditure'] as const).map((m) =>
          // A blank cell sorts as blank (last), not as the 0 it counts for in sums.
          helper.accessor((r) => (r.blank.includes(m) ? undefined : r[m]), {
            id: m,
            header: () => (
              <span className={m === measure ? 'fn-col-measure' : undefined}>
                {measureLabel(m)}
                {m === measure ? <span className="visually-hidden">（{functionCopy.inChart}）</span> : null}
              </span>
            ),
            sortFn: byDecimal,
            // 基本支出 / 项目支出 show their definition where the dataset defines them.
            meta: { numeric: true, term: measureLabel(m) },
            cell: ({ row }) => formatCell(row.original[m], row.original.blank.includes(m)),
          }),
        ),
        helper.accessor('share', {
          header: () => (
            <span title={functionCopy.shareTitle(measureLabel(measure))}>
              {functionCopy.colShare}
              <span className="fn-col-sub">（{measureLabel(measure)}）</span>
            </span>
          ),
          sortFn: byDecimal,
          meta: { numeric: true },
          cell: ({ row }) => {
            const r = row.original;
            return r.share === undefined || r.blank.includes(measure) ? BLANK_CELL : formatPercent(r.share);
          },
        }),
      ]),
    [current, hrefOf, measure, onNavigate],
  );

  const table = useTable({
    features: treeTableFeatures,
    columns,
    data: rows,
    getSubRows: (r) => r.subRows,
    getRowId: (r) => r.code,
    state: { expanded, sorting },
    onExpandedChange,
    onSortingChange,
    // New rows come with every measure or drill; what is open stays open.
    autoResetExpanded: false,
  });

  const allOpen = table.getIsAllRowsExpanded();
  return (
    <div className="fn-table">
      <div className="fn-table__head">
        <h2 id={headingId}>{functionCopy.tableHeading}</h2>
        <button
          type="button"
          className="button button--secondary fn-table__toggle"
          aria-expanded={allOpen}
          onClick={() => table.toggleAllRowsExpanded(!allOpen)}
        >
          {allOpen ? functionCopy.collapseAll : functionCopy.expandAll}
        </button>
      </div>
      <p className="fn-table__note">{functionCopy.tableNote(measureLabel(measure))}</p>
      <DataTable
        table={table}
        caption={functionCopy.tableCaption(tableTitle(sourceTable, printed))}
        label={functionCopy.tableLabel}
        testId="function-table"
        selectedRowId={current}
        footer={
          <tr>
            <td />
            <th scope="row">{functionCopy.total}</th>
            <td className="num">{formatAmount(totals.total)}</td>
            <td className="num">{formatAmount(totals.basicExpenditure)}</td>
            <td className="num">{formatAmount(totals.projectExpenditure)}</td>
            <td className="num">
              {totals[measure].isZero() ? BLANK_CELL : formatShareTotal(totals.shareResidual)}
            </td>
          </tr>
        }
      />
    </div>
  );
}
