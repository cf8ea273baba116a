/**
 * The import report of one local dataset (the current one, `?d=local-…`): what was read
 * (department, year, kind, pages, reader, encoding, time), the main totals as the dashboard
 * shows them, every standard table of its kind found or not with its identities (通过 / 尾差
 * / 不平, each failure with both figures), the 数据核验 of the loaded dataset, every warning
 * with its page, line and the text being read, the side-by-side page view, the downloads and
 * how to publish. Reads the model and checks through useDataset(), the report from the local
 * store.
 */
import { useMemo } from 'react';
import { saveFile } from '../../export/download';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { useDatasetChecksSuspended } from '../../store/checks-store';
import { withSticky } from '../../app/url';
import { Amount } from '../../components/amount';
import { SpecTable } from '../../components/spec-table';
import { TableScroll } from '../../components/table-scroll';
import { specTableProps, useSortedSpec } from '../../components/use-url-table-state';
import { useExportTables } from '../../export/registry';
import { importCopy as t } from '../../copy/import';
import { describeMismatch, isAlarming, tallyChecks } from '../../domain/check-result';
import { everyCellCsv } from '../../domain/every-cell';
import type { LocalDataset } from '../../store/local-datasets';
import { PageCompare } from './page-compare';
import { importTablesSpec } from './report-spec';

/** The headline figures of the model (万元, with their sources), those it has. */
function Totals() {
  const { budget } = useDataset();
  const s = budget.summary;
  if (!s) return null;
  const rows = [
    ['收入总计', s.revenueTotal],
    ['本年收入合计', s.revenueCurrentYear],
    ['支出总计', s.expenditureTotal],
    ['本年支出合计', s.expenditureCurrentYear],
    ['基本支出', s.basicExpenditure],
    ['项目支出', s.projectExpenditure],
    ['“三公”经费', s.threePublicExpenses],
  ] as const;
  return (
    <section className="panel" aria-labelledby="import-totals-title">
      <h3 id="import-totals-title">{t.totalsHeading}</h3>
      <table className="data-table import-totals" data-testid="import-totals">
        <thead>
          <tr>
            <th scope="col">{t.totalsColumns[0]}</th>
            <th scope="col" className="num">
              {t.totalsColumns[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, figure]) =>
            figure ? (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">
                  <Amount value={figure.value} source={figure.source} />
                </td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </section>
  );
}

/**
 * @param item  the local import (its report, file name, line boxes)
 * @param saved whether it is kept in the browser's storage
 */
export function ImportReportView({ item, saved }: { item: LocalDataset; saved: boolean }) {
  const loaded = useDataset();
  const { dataset, budget } = loaded;
  const checks = useDatasetChecksSuspended(loaded, loaded.entry.id);
  const location = useLocation();
  const navigate = useNavigate();
  const r = item.report;
  const found = r.tables.filter((x) => x.found);
  const expected = r.tables.filter((x) => x.found || !x.optional);
  const tally = tallyChecks(checks);
  const failing = checks.filter(isAlarming);
  const figures = r.sections.reduce((n, s) => n + s.figures, 0);
  const to = (path: string) => withSticky(path, location.search);
  // 标准表 sorted by ?itsort= (any column; blanks of tables not found last), exported as shown.
  const tablesSorted = useSortedSpec(
    useMemo(
      () => importTablesSpec(r.tables, dataset.meta, item.fileName),
      [r.tables, dataset.meta, item.fileName],
    ),
    'itsort',
  );
  useExportTables(useMemo(() => (tablesSorted ? [tablesSorted.spec] : null), [tablesSorted]));

  return (
    <section className="import-report" aria-labelledby="import-report-title" data-testid="import-report">
      <h2 id="import-report-title">{t.reportHeading}</h2>
      <div className="panel import-report__summary">
        <p className="import-report__what">
          <strong>
            {t.reportSummary(dataset.meta.department.name, dataset.meta.year, dataset.meta.kind, r.pages)}
          </strong>
        </p>
        <p>
          {t.reportFile(item.fileName)} · {r.reader === 'hebei-budget-text' ? t.readerHebei : t.readerGeneral}
          {item.elapsedMs !== undefined &&
            ` · ${t.parseTime((item.elapsedMs / 1000).toFixed(1), (item.elapsedMs / Math.max(1, r.pages)).toFixed(0))}`}
        </p>
        {item.encoding === 'gb18030' && <p>{t.encodingNote}</p>}
        <p className="import-report__sha">SHA-256 {dataset.meta.source.sha256}</p>
        {saved && <p className="import-report__saved">{t.saved}</p>}
        <div className="import-report__actions">
          <button type="button" className="button" onClick={() => void navigate(to('/overview'))}>
            {t.openDashboard}
          </button>
          <Link className="button button--secondary" to={to('/function')}>
            {t.openFunction}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              saveFile(`${JSON.stringify(item.dataset, null, 2)}\n`, `${item.id}.json`, 'application/json')
            }
          >
            {t.downloadJson}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              saveFile(everyCellCsv(dataset), `${item.id}-全部单元格.csv`, 'text/csv;charset=utf-8')
            }
          >
            {t.downloadCsv}
          </button>
        </div>
      </div>

      <div className="import-report__grid">
        <Totals />
        <section className="panel" aria-labelledby="import-checks-title">
          <h3 id="import-checks-title">
            <Link to={to('/checks')}>{t.checksHeading}</Link>
          </h3>
          <p data-testid="import-checks">
            {t.checksSummary(tally.total, tally.pass, tally.rounding, tally.fail, tally.warning)}
          </p>
          {failing.length === 0 ? (
            <p>{t.checksAllPass}</p>
          ) : (
            <ul className="import-report__failures">
              {failing.map((c) => (
                <li key={c.id}>{describeMismatch(c, budget.printed)}</li>
              ))}
            </ul>
          )}
          <p>{t.sectionsSummary(r.sections.length, figures)}</p>
        </section>
      </div>

      <section className="panel" aria-labelledby="import-tables-title">
        <h3 id="import-tables-title">{t.tablesHeading}</h3>
        <p data-testid="import-tables-summary">{t.tablesSummary(found.length, expected.length)}</p>
        {tablesSorted && (
          <div className="import-tables">
            <SpecTable
              {...specTableProps(tablesSorted)}
              caption={t.tablesCaption}
              label={t.tablesHeading}
              rowKey={(x) => x.standardId}
              testId="import-tables"
              rowAttributes={(x) => ({ 'data-found': x.found ? 'yes' : 'no' })}
              cellClass={(c, x) =>
                [
                  x.found ? '' : 'is-missing',
                  c.key === 'rows' || c.key === 'cells' ? 'num' : '',
                  c.key === 'identities' && x.identities.fail ? 'is-fail' : '',
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            />
          </div>
        )}
        {r.tables
          .filter((x) => x.failures.length > 0)
          .map((x) => (
            <div key={x.standardId} className="import-report__table-failures">
              <h4>{t.failuresOf(x.title ?? x.name)}</h4>
              <ul>
                {x.failures.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </div>
          ))}
        {r.unrecognised.length > 0 && (
          <>
            <h4>{t.unrecognisedHeading}</h4>
            <ul>
              {r.unrecognised.map((u) => (
                <li key={`${u.page}-${u.title}`}>{t.unrecognised(u.title, u.page)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="import-warnings-title">
        <h3 id="import-warnings-title">{t.warningsHeading(r.warnings.length)}</h3>
        {r.warnings.length === 0 ? (
          <p>{t.noWarnings}</p>
        ) : (
          <TableScroll label={t.warningsHeading(r.warnings.length)}>
            <table className="data-table import-warnings" data-testid="import-warnings">
              <thead>
                <tr>
                  {t.warningColumns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.warnings.map((w, i) => (
                  <tr key={i}>
                    <td className="num">{w.page ?? '—'}</td>
                    <td className="num">{w.line ?? '—'}</td>
                    <td>{w.message}</td>
                    <td className="import-warnings__text">{w.text ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <PageCompare item={item} />

      <section className="panel import-publish" aria-labelledby="import-publish-title">
        <h3 id="import-publish-title">{t.publishHeading}</h3>
        {t.publishSteps.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </section>
    </section>
  );
}
