/**
 * The 项目 list of the performance view (部门项目预算安排情况及绩效目标: 项目名称, 预算数 in
 * 万元, 功能科目, the counts of its 绩效指标 and of the review's flags, 项目编码), with the 合计
 * of 预算数 and of the indicators. Rendered by the shared DataTable, so a department of
 * hundreds of projects draws only the rows in view, and its links are one tab stop.
 */
import { createColumnHelper, useTable } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { withSticky } from '../../app/url';
import { Amount } from '../../components/amount';
import { DataTable, treeTableFeatures } from '../../components/data-table';
import { useUrlSorting } from '../../components/use-url-table-state';
import { perfCopy as c } from '../../copy/performance';
import { formatAmount } from '../../domain/format';
import type { ProjectSummary, ProjectsModel } from './select-performance';

/**
 * Sortable headers, rows sorted by the caller (manual sorting): the rows come in the order of
 * the list's TableSpec sorted by `?plsort=` (blanks last, names by pinyin, amounts exact).
 */
const helper = createColumnHelper<typeof treeTableFeatures, ProjectSummary>();

/** A link that keeps the current query (filters, `?d=`): it reads the location itself, so the
 * columns stay the same object while the reader types in the search. */
function QueryLink({ to, current, children }: { to: string; current?: boolean; children: ReactNode }) {
  const { search } = useLocation();
  return (
    <Link to={{ pathname: to, search }} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The function code's link to the treemap, with the sticky parameters only. */
function TreemapLink({ to, label, children }: { to: string; label: string; children: ReactNode }) {
  const { search } = useLocation();
  return (
    <Link to={withSticky(to, search)} aria-label={label}>
      {children}
    </Link>
  );
}

/**
 * @param projects the model's projects in the order on screen (sorted by ?plsort=)
 */
export function ProjectList({
  model,
  projects,
  selectedCode,
}: {
  model: ProjectsModel;
  projects: readonly ProjectSummary[];
  selectedCode?: string;
}) {
  const [sorting, onSortingChange] = useUrlSorting('plsort');
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('name', {
          header: c.projectName,
          meta: { rowHeader: true },
          cell: (info) => {
            const p = info.row.original;
            const current = p.code === selectedCode;
            return (
              <QueryLink to={p.route} current={current}>
                {p.name}
              </QueryLink>
            );
          },
        }),
        helper.accessor('budget', {
          header: c.budget,
          meta: { numeric: true },
          cell: (info) => <Amount value={info.row.original.budget} source={info.row.original.budgetSource} />,
        }),
        helper.accessor((p) => p.functionCode ?? '', {
          id: 'functionCode',
          header: c.functionCode,
          cell: (info) => {
            const p = info.row.original;
            return p.functionCode && p.functionRoute ? (
              <TreemapLink to={p.functionRoute} label={c.toTreemap(p.functionCode)}>
                {p.functionCode}
              </TreemapLink>
            ) : (
              '—'
            );
          },
        }),
        helper.accessor('indicatorCount', {
          id: 'indicators',
          header: c.indicatorCount,
          meta: { numeric: true },
        }),
        helper.accessor('flagCount', {
          id: 'flags',
          header: c.issueCount,
          meta: { numeric: true },
          cell: (info) => (info.getValue() > 0 ? <span className="flag-count">{info.getValue()}</span> : 0),
        }),
        helper.accessor('code', {
          header: c.projectCode,
          cell: (info) => <span className="perf-projects__code">{info.getValue()}</span>,
        }),
      ]),
    [selectedCode],
  );
  const data = useMemo(() => [...projects], [projects]);
  const table = useTable({
    features: treeTableFeatures,
    columns,
    data,
    getRowId: (p) => p.code,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    // Every column starts ascending, like every SpecTable (none → asc → desc → none).
    sortDescFirst: false,
  });
  return (
    <section className="panel perf-section" aria-labelledby="perf-projects-title">
      <h2 id="perf-projects-title">
        {c.projectsHeading} <span className="perf-count">· {model.projects.length}</span>
      </h2>
      <DataTable
        table={table}
        caption={c.projectsCaption}
        label={c.projectsHeading}
        testId="project-list"
        className="perf-projects"
        {...(selectedCode !== undefined ? { selectedRowId: selectedCode } : {})}
        footer={
          model.projectTotal && (
            <tr>
              <th scope="row">{c.total}</th>
              <td className="num">{formatAmount(model.projectTotal)}</td>
              <td />
              <td className="num">{model.totalRows}</td>
              <td />
              <td />
            </tr>
          )
        }
      />
    </section>
  );
}
