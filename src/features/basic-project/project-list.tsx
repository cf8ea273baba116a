/**
 * The projects of 项目支出 (七、部门项目预算安排情况及绩效目标): amount, 功能分类科目,
 * share of 项目支出, and a link to each project's performance targets. Sortable (TanStack
 * Table v9 via the shared DataTable); `?project=` highlights one row.
 */
import { createColumnHelper, useTable, type SortFn } from '@tanstack/react-table';
import type Decimal from 'decimal.js';
import { Link } from 'react-router';
import { useStickyLink } from '../../app/url';
import { Amount } from '../../components/amount';
import { DataTable, sortDecimal, treeTableFeatures } from '../../components/data-table';
import { useUrlSorting } from '../../components/use-url-table-state';
import { basicProjectCopy as t } from '../../copy/breakdowns';
import { zh } from '../../copy/zh';
import { formatPercent } from '../../domain/format';
import type { SourceRef } from '../../domain/source';
import type { ProjectRow } from './select-basic-project';
import { FunctionCode } from '../../components/swatch';

const PROJECTS_SUM: SourceRef = {
  kind: 'derived',
  how: '各项目绩效目标表预算数之和',
  from: [{ kind: 'narrative', section: '七、部门项目预算安排情况及绩效目标' }],
};

const helper = createColumnHelper<typeof treeTableFeatures, ProjectRow>();
// The shared comparator is typed for any row; narrow it to this table's rows.
const byDecimal = sortDecimal as unknown as SortFn<typeof treeTableFeatures, ProjectRow>;

function PerformanceLink({ row }: { row: ProjectRow }) {
  const link = useStickyLink();
  return (
    <Link
      to={link(`/performance/project/${encodeURIComponent(row.code)}`)}
      aria-label={t.performanceLinkLabel(row.name)}
      data-testid={`performance-link-${row.code}`}
    >
      {t.performanceLink} →
    </Link>
  );
}

const columns = helper.columns([
  helper.accessor('seq', { header: '序号', meta: { numeric: true } }),
  helper.accessor('name', {
    header: t.projectName,
    sortFn: 'text',
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <span className="bp-project__name">
        {row.original.name}
        {row.original.inScope ? <span className="bp-badge">{t.inScope}</span> : null}
        <span className="bp-project__code">{row.original.code}</span>
      </span>
    ),
  }),
  helper.accessor('budget', {
    header: t.projectBudget,
    sortFn: byDecimal,
    meta: { numeric: true },
    cell: ({ row }) => <Amount value={row.original.budget} source={row.original.source} />,
  }),
  helper.accessor('share', {
    header: t.projectShare,
    sortFn: byDecimal,
    meta: { numeric: true },
    cell: ({ getValue }) => formatPercent(getValue<Decimal>()),
  }),
  helper.accessor('functionCode', {
    header: t.functionCode,
    sortFn: 'alphanumeric',
    cell: ({ row }) =>
      row.original.functionCode ? (
        <span>
          <FunctionCode code={row.original.functionCode} /> {row.original.functionName ?? ''}
        </span>
      ) : (
        '—'
      ),
  }),
  helper.display({
    id: 'link',
    header: t.performanceLink,
    cell: ({ row }) => <PerformanceLink row={row.original} />,
  }),
]);

export function ProjectList({
  projects,
  total,
  highlighted,
  scopeName,
}: {
  projects: ProjectRow[];
  total: Decimal;
  highlighted?: string;
  /** Name of the drilled node; projects under it carry a badge. */
  scopeName?: string;
}) {
  // The sort is kept in the URL (?sort=<column>:asc|desc): a link reopens the list sorted.
  const [sorting, onSortingChange] = useUrlSorting();
  const table = useTable({
    features: treeTableFeatures,
    columns,
    data: projects,
    getRowId: (r) => r.code,
    state: { sorting },
    onSortingChange,
  });
  const inScope = projects.filter((p) => p.inScope).length;
  return (
    <section className="panel bp-projects" aria-labelledby="bp-projects-title">
      <h2 id="bp-projects-title">{t.projectsTitle}</h2>
      <p className="bp-muted">
        {t.projectsLede(projects.length)}
        {scopeName ? ` 其中 ${inScope} 个属于“${scopeName}”（标有“${t.inScope}”）。` : null}
      </p>
      <p className="bp-projects__total">
        {t.projectsTotal} <Amount value={total} source={PROJECTS_SUM} withUnit />
      </p>
      <DataTable
        table={table}
        caption={`${t.projectsCaption}。${zh.sharesNote}`}
        label={t.projectsTitle}
        testId="bp-project-table"
        className="bp-project-table"
        {...(highlighted ? { selectedRowId: highlighted } : {})}
      />
    </section>
  );
}
