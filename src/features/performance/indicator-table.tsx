/**
 * The flat indicator table (指标一览): every project 绩效指标 that passes the URL filters, in a
 * TanStack v9 table grouped 一级 → 二级指标 (or by project, or flat), expandable and sortable.
 * Filtering happens in the view model (select-performance.ts) so the counts on the filters
 * and the rows shown come from one function; the table groups, sorts and expands.
 */
import {
  columnGroupingFeature,
  createColumnHelper,
  createExpandedRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  functionalUpdate,
  useTable,
  type ExpandedState,
  type Row,
  type Updater,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { blanksLastFeature, DataTable, ExpandToggle, sortFn_pinyin } from '../../components/data-table';
import { useUrlOpenRows, useUrlSorting } from '../../components/use-url-table-state';
import { perfCopy as c } from '../../copy/performance';
import type { IndicatorView } from './select-performance';
import type { Grouping } from './url-state';
import { projectRoute } from './url-state';
import { IndicatorValueCell } from './indicator-value';
import { FlagList } from './flag-list';

/** Grouping, sorting and expanding; module scope so the table instance stays stable. */
const indicatorFeatures = tableFeatures({
  columnGroupingFeature,
  groupedRowModel: createGroupedRowModel(),
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  blanksLastFeature,
  // 'text' sorts names in pinyin order (Intl.Collator('zh-CN')).
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_pinyin },
});

const helper = createColumnHelper<typeof indicatorFeatures, IndicatorView>();

/** Sort key of a value: numbers by number, deadlines by date, text last (alphabetical). */
function valueSortKey(r: IndicatorView): string {
  if (r.value.type === 'number')
    return `0${r.value.unit}\u0001${r.value.number.toFixed(6).padStart(24, '0')}`;
  if (r.value.type === 'deadline') return `1${r.value.date}`;
  return `2${r.value.printed}`;
}

const GROUPING: Record<Grouping, string[]> = {
  level: ['level1', 'level2'],
  project: ['projectName'],
  none: [],
};

/**
 * Ids of the group rows TanStack makes for `rows` grouped by `columns` ("level1:产出指标",
 * "level1:产出指标>level2:数量指标"), in table order, each once.
 */
function groupRowIds(rows: readonly IndicatorView[], columns: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const r of rows) {
    let id = '';
    for (const c of columns) {
      const part = `${c}:${String(r[c as keyof IndicatorView])}`;
      id = id ? `${id}>${part}` : part;
      ids.add(id);
    }
  }
  return [...ids];
}

/**
 * The project cell's link, keeping the filters (`location.search`). It reads the location
 * itself, so the columns stay the same object while the reader types in the search.
 */
function ProjectLink({ row }: { row: IndicatorView }) {
  const { search } = useLocation();
  return (
    <Link className="perf-table__project" to={{ pathname: projectRoute(row.projectCode), search }}>
      {row.projectName}
    </Link>
  );
}

export function IndicatorTable({ rows, grouping }: { rows: IndicatorView[]; grouping: Grouping }) {
  // Groups are open by default; those closed by hand are kept in the URL (?closed=id|id), so
  // a reload, a link or the back button shows the table as it was.
  const groupIds = useMemo(() => groupRowIds(rows, GROUPING[grouping]), [rows, grouping]);
  const [closed, setClosed] = useUrlOpenRows(groupIds, 'closed', '|');
  const expanded = useMemo(() => {
    const shut = new Set(closed);
    return Object.fromEntries(groupIds.map((id) => [id, !shut.has(id)]));
  }, [groupIds, closed]);
  const onExpandedChange = (updater: Updater<ExpandedState>) => {
    const next = functionalUpdate(updater, expanded);
    setClosed(next === true ? [] : groupIds.filter((id) => next[id] !== true));
  };
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('level1', { header: c.colL1, sortFn: 'text' }),
        helper.accessor('level2', { header: c.colL2, sortFn: 'text' }),
        helper.accessor('level3', {
          header: c.colL3,
          sortFn: 'text',
          meta: { rowHeader: true },
        }),
        helper.accessor((r) => valueSortKey(r), {
          id: 'value',
          header: c.colValue,
          sortFn: 'basic',
          cell: (info) => <IndicatorValueCell row={info.row.original} />,
        }),
        helper.accessor('projectName', {
          header: c.colProject,
          sortFn: 'text',
          cell: (info) => <ProjectLink row={info.row.original} />,
        }),
        helper.accessor((r) => r.description ?? '', {
          id: 'description',
          header: c.colDescription,
          enableSorting: false,
        }),
        helper.accessor((r) => r.basis ?? '', { id: 'basis', header: c.colBasis, sortFn: 'text' }),
        helper.accessor((r) => r.flags.length, {
          id: 'issues',
          header: c.colIssues,
          sortFn: 'basic',
          sortDescFirst: true,
          cell: (info) => <FlagList flags={info.row.original.flags} compact />,
        }),
      ]),
    [],
  );

  // The sort is kept in the URL (?sort=<column>:asc|desc): a link reopens the table sorted.
  const [sorting, onSortingChange] = useUrlSorting();
  const table = useTable({
    features: indicatorFeatures,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { grouping: GROUPING[grouping], sorting, expanded },
    onSortingChange,
    onExpandedChange,
    groupedColumnMode: 'remove',
    autoResetExpanded: false,
  });

  const renderGroupRow = (row: Row<never, IndicatorView>) => {
    const r = row as unknown as Row<typeof indicatorFeatures, IndicatorView>;
    const count = r.getLeafRows().filter((x) => !x.getIsGrouped()).length;
    return (
      <span className={`perf-group perf-group--depth-${r.depth}`}>
        <ExpandToggle
          depth={r.depth}
          canExpand
          expanded={r.getIsExpanded()}
          onToggle={() => r.toggleExpanded()}
          label={
            <span className="perf-group__label">
              {String(r.groupingValue)} <span className="perf-count">· {count}</span>
            </span>
          }
        />
      </span>
    );
  };

  return (
    <DataTable
      table={table}
      caption={c.tableCaption}
      label={c.tableLabel}
      testId="indicator-table"
      className="perf-table"
      renderGroupRow={renderGroupRow}
      // A row holds a value, a project link and often a flag: about two lines.
      estimatedRowHeight={66}
    />
  );
}
