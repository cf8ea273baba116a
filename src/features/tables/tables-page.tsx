/**
 * 报表 (#/tables, #/tables/<table-id>): the list of every official table of the dataset,
 * grouped, with the standard tables the disclosure did not publish; and one table as
 * printed, drawn from its TableSpec (printed-table-spec.ts, the same spec the 导出 files are
 * written from). `?row=<code or r<n>>` marks, scrolls to, focuses and announces a row (links
 * from every figure's source); `?sort=<column>:asc|desc` sorts by a column (blanks last,
 * names in pinyin order, 合计 rows first); without it the rows are in printed order.
 */
import { useMemo } from 'react';
import { useExportTables } from '../../export/registry';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { useStickyLink } from '../../app/url';
import { tablesCopy as t } from '../../copy/tables';
import { useSearchWriter } from '../../components/use-search-writer';
import { SpecTable } from '../../components/spec-table';
import { findPrintedTable, printedTableSpec, type PrintedSpecRow } from '../../domain/printed-table-spec';
import { formatSort, nextSort, parseSort, sortRows } from '../../domain/table-spec-layout';
import { selectTables } from './select-tables';
import './tables.css';

function TablesList() {
  const { dataset } = useDataset();
  const link = useStickyLink();
  const list = useMemo(() => selectTables(dataset), [dataset]);
  const kind = dataset.meta.kind;
  return (
    <article className="view tables-view">
      <header className="view__header">
        <h1>{t.heading}</h1>
        <p className="view__lede">{t.lede(dataset.meta.department.name, dataset.meta.title)}</p>
      </header>
      <div className="tables-list">
        {list.groups.map((g) => (
          <section key={g.id} className="panel tables-list__group" aria-labelledby={`tables-group-${g.id}`}>
            <h2 id={`tables-group-${g.id}`}>{t.groups[g.id]}</h2>
            <ul>
              {g.tables.map((item) => (
                <li key={item.id} data-testid="table-item">
                  <Link to={link(`/tables/${item.id}`)} className="tables-list__link">
                    {item.title}
                  </Link>
                  {item.standardName && (
                    <span className="tables-list__standard">（{item.standardName}）</span>
                  )}
                  <span className="tables-list__meta">
                    {t.rowsCount(item.rows, item.pages)}
                    {item.empty && <span className="tables-list__empty"> · {t.emptyTable}</span>}
                  </span>
                  {item.empty && item.notes.length > 0 && (
                    <span className="tables-list__note">{item.notes.join(' ')}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section className="panel tables-list__group" aria-labelledby="tables-missing">
          <h2 id="tables-missing">{t.missingHeading}</h2>
          {list.missing.length === 0 ? (
            <p>{t.noneMissing(kind, list.standardCount)}</p>
          ) : (
            <>
              <p>{t.missingLede(kind)}</p>
              <ul data-testid="tables-missing">
                {list.missing.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </article>
  );
}

function OneTable({ id }: { id: string }) {
  const { dataset } = useDataset();
  const link = useStickyLink();
  const [search] = useSearchParams();
  const writeSearch = useSearchWriter();
  const table = findPrintedTable(dataset, id);
  const spec = useMemo(() => (table ? printedTableSpec(table, dataset) : undefined), [table, dataset]);
  const sort = parseSort(search.get('sort'));
  const rowParam = search.get('row') ?? undefined;

  const rows = useMemo(() => {
    if (!spec) return [];
    const column = sort && spec.columns.find((c) => c.key === sort.key);
    if (!sort || !column) return spec.rows;
    return sortRows(spec.rows, column, sort.direction, (r) => r.row.kind !== 'data');
  }, [spec, sort]);
  // The 导出 menu writes this table as on screen (its rows in the chosen sort order).
  useExportTables(useMemo(() => (spec ? [{ ...spec, rows }] : null), [spec, rows]));

  if (!table || !spec) {
    return (
      <article className="view tables-view">
        <h1>{t.heading}</h1>
        <p className="empty-state" role="alert">
          {t.unknownTable(id)} <Link to={link('/tables')}>{t.back}</Link>
        </p>
      </article>
    );
  }
  const highlighted = rowParam ? spec.rows.find((r) => r.key === rowParam) : undefined;
  const rowLabel = (r: PrintedSpecRow) =>
    [r.row.code, r.row.name ?? Object.values(r.row.cells).find((v) => !/^-?\d/.test(v))]
      .filter(Boolean)
      .join(' ') || `第${r.index + 1}行`;
  const sortedColumn = sort && spec.columns.find((c) => c.key === sort.key);

  const onSort = (key: string) => {
    writeSearch(
      (next) => {
        // From the latest sort: two presses before the first is drawn go asc, then desc.
        const s = nextSort(parseSort(next.get('sort')), key);
        if (s) next.set('sort', formatSort(s));
        else next.delete('sort');
        return next;
      },
      { replace: true },
    );
  };
  const meta = dataset.meta;
  return (
    <article className="view tables-view" data-testid="printed-table" data-table-id={spec.id}>
      <p className="tables-view__back">
        <Link to={link('/tables')}>← {t.back}</Link>
      </p>
      <header className="view__header printed-head">
        <h1>{spec.title}</h1>
        <dl className="printed-head__meta">
          <div>
            <dt>{t.departmentLabel}</dt>
            <dd>
              {meta.department.code ? `${meta.department.code} ` : ''}
              {spec.department}
            </dd>
          </div>
          <div>
            <dt>{t.yearLabel(meta.kind)}</dt>
            <dd>{meta.year}</dd>
          </div>
          <div>
            <dt>{spec.unitLabel.split('：')[0]}</dt>
            <dd data-testid="printed-unit">{spec.unitLabel.split('：')[1]}</dd>
          </div>
        </dl>
      </header>
      {/* The live region exists before it speaks, so the arrival is announced. */}
      <p className="visually-hidden" role="status">
        {highlighted ? t.located(rowLabel(highlighted)) : ''}
      </p>
      {rowParam && !highlighted && <p className="notice">{t.rowNotFound(rowParam)}</p>}
      {sortedColumn && sort && (
        <p className="tables-view__sorted">
          {t.sortedBy(sortedColumn.header.join('/'), sort.direction)}{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              writeSearch(
                (next) => {
                  next.delete('sort');
                  return next;
                },
                { replace: true },
              )
            }
          >
            {t.printedOrder}
          </button>
        </p>
      )}
      <SpecTable
        spec={spec}
        rows={rows}
        rowKey={(r) => r.key}
        isTotal={(r) => r.row.kind !== 'data'}
        caption={`${t.source}：${spec.source}`}
        label={t.scrollLabel(spec.title)}
        {...(sort ? { sort } : {})}
        onSort={onSort}
        sortHint={t.sortHint}
        {...(highlighted ? { highlightKey: highlighted.key } : {})}
        lineNoLabel={t.lineNo}
        testId="spec-table"
        emptyText={t.noData}
      />
      {spec.notes && spec.notes.length > 0 && (
        <section className="tables-view__notes" aria-label={t.notesHeading} data-testid="table-notes">
          {spec.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </section>
      )}
    </article>
  );
}

export default function TablesPage() {
  const params = useParams();
  const id = (params['*'] ?? '').split('/').filter(Boolean)[0];
  return id ? <OneTable id={id} /> : <TablesList />;
}
