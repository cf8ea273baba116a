/**
 * 数据核验 (#/checks): every consistency check of the dataset, failures first, then 尾差
 * notes, then passes (collapsed), each with its rule in plain Chinese, both sides'
 * figures in their printed unit with their sources (table title as printed, row, column,
 * page) and the difference; a filter by result (`?status=fail|rounding|pass`); and the
 * download of every printed cell as one CSV.
 */
import { saveFile } from '../../export/download';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { useDatasetChecksSuspended } from '../../store/checks-store';
import { useStickyLink } from '../../app/url';
import { checksCopy as t } from '../../copy/checks';
import { useExportTables } from '../../export/registry';
import { checksSpecs } from './export-specs';
import { everyCellCsv, everyCellRows } from '../../domain/every-cell';
import { selectChecks, type CheckGroupId, type CheckView, type SideView } from './select-checks';
import './checks.css';

const FILTERS: readonly (CheckGroupId | undefined)[] = [undefined, 'fail', 'rounding', 'pass'];

function Side({ role, side }: { role: string; side: SideView }) {
  return (
    <div className="check__side">
      <dt>
        {role ? `${role}：` : ''}
        {side.label}
      </dt>
      <dd>
        <span className="check__figure">{side.figure}</span>
        <ul className="check__sources" aria-label={t.source}>
          {side.sources.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

function Check({ check }: { check: CheckView }) {
  const status = check.tone === 'warning' ? t.status.warning : t.status[check.tone];
  return (
    <li className={`check check--${check.tone}`} data-testid="check" data-check-id={check.id}>
      <h3 className="check__title">
        <span className={`check__tag check__tag--${check.tone}`}>{status}</span> {check.title}
      </h3>
      <p className="check__description">{check.description}</p>
      <dl className="check__sides">
        <Side role={check.roles[0]} side={check.expected} />
        <Side role={check.roles[1]} side={check.actual} />
        {check.difference && (
          <div className="check__side check__side--difference">
            <dt>{t.difference}</dt>
            <dd className="check__figure">{check.difference}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

export default function ChecksPage() {
  const loaded = useDataset();
  const { dataset, entry } = loaded;
  // Suspends (the shell's loading state) until the checks, run in idle time, are ready.
  const checks = useDatasetChecksSuspended(loaded, entry.id);
  const [params] = useSearchParams();
  const link = useStickyLink();
  const raw = params.get('status');
  const status = raw === 'fail' || raw === 'rounding' || raw === 'pass' ? raw : undefined;
  const model = useMemo(() => selectChecks(checks, status), [checks, status]);
  const cellCount = useMemo(() => everyCellRows(dataset).length, [dataset]);
  useExportTables(useMemo(() => checksSpecs(model, dataset.meta), [model, dataset.meta]));
  const { tally } = model;
  const hasWarnings = model.groups.some((g) => g.checks.some((c) => c.tone === 'warning'));

  return (
    <article className="view checks-view">
      <header className="view__header">
        <h1>{t.heading}</h1>
        <p className="view__lede">{t.lede}</p>
        <p data-testid="checks-summary">{t.summary(tally.pass, tally.rounding, tally.fail, tally.warning)}</p>
      </header>

      <div className="checks-view__tools">
        <nav aria-label={t.filterLabel} className="checks-filter">
          <span className="checks-filter__label">{t.filterLabel}：</span>
          <ul>
            {FILTERS.map((f) => (
              <li key={f ?? 'all'}>
                <Link
                  to={link(f ? `/checks?status=${f}` : '/checks')}
                  aria-current={f === status ? 'page' : undefined}
                >
                  {f ? t.status[f] : t.filterAll}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="checks-view__download">
          <button
            type="button"
            className="button"
            onClick={() =>
              saveFile(everyCellCsv(dataset), `${entry.id}-全部单元格.csv`, 'text/csv;charset=utf-8')
            }
          >
            {t.downloadCsv}
          </button>
          <p className="checks-view__hint">{t.downloadHint(cellCount)}</p>
        </div>
      </div>

      {hasWarnings && <p className="checks-view__note">{t.warningWhy}</p>}

      {model.groups.map((g) => {
        const list =
          g.checks.length > 0 ? (
            <ol className="checks-list">
              {g.checks.map((c) => (
                <Check key={c.id} check={c} />
              ))}
            </ol>
          ) : (
            <p className="empty-state">{t.noneInGroup}</p>
          );
        const heading = `${t.groups[g.id]}（${g.checks.length} 条）`;
        // Passes are many and reassuring: folded unless the reader filtered for them.
        return g.id === 'pass' && !status ? (
          <section key={g.id} className="checks-group" aria-label={heading}>
            <details>
              <summary>
                <h2>{heading}</h2>
              </summary>
              {list}
            </details>
          </section>
        ) : (
          <section key={g.id} className="checks-group" aria-labelledby={`checks-group-${g.id}`}>
            <h2 id={`checks-group-${g.id}`}>{heading}</h2>
            {list}
          </section>
        );
      })}
    </article>
  );
}
