/**
 * The item-by-item comparison with the previous year's dataset, when the catalog holds one
 * for the same department (findPreviousEntry). Loads it through the store and shows its
 * loading and error states in place; the narrative-based comparison above is unaffected.
 */
import { useEffect, useMemo } from 'react';
import type { BudgetModel } from '../../domain/budget-model';
import type { CatalogEntry } from '../../domain/schema';
import { Loading } from '../../components/loading';
import { TableScroll } from '../../components/table-scroll';
import { changeCopy as t } from '../../copy/breakdowns';
import { loadErrorTitle } from '../../data/load-errors';
import type { ItemChange } from '../../domain/compare-datasets';
import { formatCell, formatSignedAmount, formatSignedPercent } from '../../domain/format';
import { useDataStore } from '../../store/data-store';
import { selectFullComparison } from './select-change';

function ItemTable({
  items,
  caption,
  label,
  previousYear,
  currentYear,
  testId,
}: {
  items: ItemChange[];
  caption: string;
  label: string;
  previousYear: number;
  currentYear: number;
  testId: string;
}) {
  return (
    <TableScroll label={label}>
      <table className="data-table ch-items" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.code}</th>
            <th scope="col">{t.name}</th>
            <th scope="col" className="num">
              {t.previous(previousYear)}
            </th>
            <th scope="col" className="num">
              {t.current(currentYear)}
            </th>
            <th scope="col" className="num">
              {t.change}
            </th>
            <th scope="col" className="num">
              {t.changePercent}
            </th>
            <th scope="col">{t.kind}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.code} data-code={i.code}>
              <td>{i.code}</td>
              <th scope="row">
                {i.name}
                {i.previousName ? (
                  <span className="ch-muted"> （{t.previousName(i.previousName)}）</span>
                ) : null}
              </th>
              <td className="num">{formatCell(i.previous)}</td>
              <td className="num">{formatCell(i.current)}</td>
              <td className={`num ch-delta ch-delta--${i.kind}`}>{formatSignedAmount(i.change)}</td>
              <td className="num">{i.changePercent ? formatSignedPercent(i.changePercent) : '—'}</td>
              <td>
                <span className={`ch-kind ch-kind--${i.kind}`}>{t.kinds[i.kind]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Comparison({ previous, current }: { previous: BudgetModel; current: BudgetModel }) {
  const model = useMemo(() => selectFullComparison(previous, current), [previous, current]);
  const { comparison: c } = model;
  return (
    <div data-testid="ch-full">
      <p className="ch-muted">{t.fullLede(c.previousYear)}</p>
      <TableScroll label={t.partsTitle}>
        <table className="data-table" data-testid="ch-full-parts">
          <caption>
            {t.partsTitle} · 来源：{c.previousYear} 年与 {c.currentYear}{' '}
            年部门预算支出总表、基本支出表、“三公”经费支出表（合计行）
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.part}</th>
              <th scope="col" className="num">
                {t.previous(c.previousYear)}
              </th>
              <th scope="col" className="num">
                {t.current(c.currentYear)}
              </th>
              <th scope="col" className="num">
                {t.change}
              </th>
              <th scope="col" className="num">
                {t.changePercent}
              </th>
            </tr>
          </thead>
          <tbody>
            {c.parts.map((p) => (
              <tr key={p.part}>
                <th scope="row">{t.parts[p.part]}</th>
                <td className="num">{formatCell(p.previous)}</td>
                <td className="num">{formatCell(p.current)}</td>
                <td className="num">{p.change ? formatSignedAmount(p.change) : '—'}</td>
                <td className="num">{p.changePercent ? formatSignedPercent(p.changePercent) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3 className="ch-subtitle">{t.byFunctionTitle}</h3>
      <p className="ch-muted">{t.counts(c.counts.function)}（含类、款、项）</p>
      <ItemTable
        items={model.functionItems}
        caption={`${t.byFunctionCaption(c.previousYear, c.currentYear)}（按项）`}
        label={t.byFunctionTitle}
        previousYear={c.previousYear}
        currentYear={c.currentYear}
        testId="ch-full-function"
      />
      <h3 className="ch-subtitle">{t.byEconomicTitle}</h3>
      <p className="ch-muted">{t.counts(c.counts.economic)}（含类、款）</p>
      <ItemTable
        items={model.economicItems}
        caption={`${t.byEconomicCaption(c.previousYear, c.currentYear)}（按款）`}
        label={t.byEconomicTitle}
        previousYear={c.previousYear}
        currentYear={c.currentYear}
        testId="ch-full-economic"
      />
    </div>
  );
}

/** Loads `entry` (the previous year) and compares it with `current`. */
export function FullComparison({
  entry,
  previousYear,
  currentYear,
  current,
}: {
  entry?: CatalogEntry;
  previousYear: number;
  currentYear: number;
  current: BudgetModel;
}) {
  const ensureDataset = useDataStore((s) => s.ensureDataset);
  const loaded = useDataStore((s) => (entry ? s.datasets[entry.id] : undefined));
  useEffect(() => {
    if (entry) void ensureDataset(entry.id);
  }, [entry, ensureDataset]);

  const retry = () => {
    if (!entry) return;
    useDataStore.setState((s) => {
      const datasets = { ...s.datasets };
      delete datasets[entry.id];
      return { datasets };
    });
    void ensureDataset(entry.id);
  };

  let body: React.ReactNode;
  if (!entry) body = <p className="ch-muted">{t.fullNone(previousYear)}</p>;
  else if (!loaded || loaded.status === 'loading') body = <Loading label={t.fullLoading(previousYear)} />;
  else if (loaded.status === 'error')
    body = (
      <div className="ch-error" role="alert">
        <p>{t.fullError(previousYear)}</p>
        <p className="ch-muted">{loadErrorTitle(loaded.error)}</p>
        <button type="button" className="button button--secondary" onClick={retry}>
          {t.retry}
        </button>
      </div>
    );
  else body = <Comparison previous={loaded.value.budget} current={current} />;

  return (
    <section className="panel ch-full" aria-labelledby="ch-full-title">
      <h2 id="ch-full-title">{t.fullTitle(previousYear, currentYear)}</h2>
      {body}
    </section>
  );
}
