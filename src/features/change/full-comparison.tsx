/**
 * The item-by-item comparison with the previous year's dataset, when the catalog holds one
 * for the same department (findPreviousEntry). Loads it through the store and shows its
 * loading and error states in place; the narrative-based comparison above is unaffected.
 */
import { useEffect, useMemo } from 'react';
import type { BudgetModel } from '../../domain/budget-model';
import type { CatalogEntry } from '../../domain/schema';
import { Loading } from '../../components/loading';
import { SpecTable } from '../../components/spec-table';
import { specTableProps, useSortedSpec, useUrlSpecSort } from '../../components/use-url-table-state';
import { sortRows } from '../../domain/table-spec-layout';
import type { TableSpec } from '../../domain/table-spec';
import { useExportTables } from '../../export/registry';
import { isTotalPart, itemChangeSpec, partChangeSpec } from './export-specs';
import { changeCopy as t } from '../../copy/breakdowns';
import { loadErrorTitle } from '../../data/load-errors';
import type { ItemChange, PartChange } from '../../domain/compare-datasets';
import { formatSignedAmount, formatSignedPercent } from '../../domain/format';
import { useDataStore } from '../../store/data-store';
import { selectFullComparison } from './select-change';

/**
 * One item-by-item table (功能分类 项 or 经济分类 款), drawn from its TableSpec and sortable
 * by any column: the sort is in the URL (`param`: fsort / esort), blanks last, names in
 * pinyin order; without it the items are in order of size of change. The 导出 menu writes
 * the table in the order on screen.
 */
function ItemTable({
  spec,
  caption,
  label,
  param,
  testId,
}: {
  spec: TableSpec<ItemChange>;
  caption: string;
  label: string;
  param: string;
  testId: string;
}) {
  const [sort, onSort, reset] = useUrlSpecSort(param);
  const column = sort && spec.columns.find((c) => c.key === sort.key);
  const rows = useMemo(
    () => (sort && column ? sortRows(spec.rows, column, sort.direction) : spec.rows),
    [spec, sort, column],
  );
  useExportTables(useMemo(() => [{ ...spec, rows }], [spec, rows]));
  const header = column ? column.header.join('/') : '';
  return (
    <>
      {sort && column ? (
        <p className="ch-sorted" data-testid={`${testId}-sorted`}>
          {t.sortedBy(header, sort.direction)}{' '}
          <button type="button" className="button button--secondary" onClick={reset}>
            {t.defaultOrder}
          </button>
        </p>
      ) : null}
      <SpecTable
        spec={spec}
        rows={rows}
        rowKey={(i) => i.code}
        caption={sort && column ? t.sortedCaption(caption, header, sort.direction) : caption}
        label={label}
        {...(sort && column ? { sort } : {})}
        onSort={onSort}
        sortHint={t.sortHint}
        testId={testId}
        cellClass={(c, i) => (c.key === 'change' ? `ch-delta ch-delta--${i.kind}` : undefined)}
        renderCell={(c, i) => {
          if (c.key === 'name' && i.previousName)
            return (
              <>
                {i.name}
                <span className="ch-muted"> （{t.previousName(i.previousName)}）</span>
              </>
            );
          if (c.key === 'change') return formatSignedAmount(i.change);
          if (c.key === 'changePercent') return i.changePercent ? formatSignedPercent(i.changePercent) : '—';
          if (c.key === 'kind')
            return <span className={`ch-kind ch-kind--${i.kind}`}>{t.kinds[i.kind]}</span>;
          return undefined;
        }}
      />
    </>
  );
}

/**
 * 主要数字 of the comparison (合计 rows of both years), drawn from its TableSpec and sortable
 * by any column (?ptsort=; 支出合计 stays first); the 导出 menu writes it as on screen.
 */
function PartsTable({ spec, caption }: { spec: TableSpec<PartChange>; caption: string }) {
  const sorted = useSortedSpec(spec, 'ptsort', isTotalPart)!;
  useExportTables(useMemo(() => [sorted.spec], [sorted]));
  return (
    <SpecTable
      {...specTableProps(sorted)}
      caption={caption}
      label={t.partsTitle}
      rowKey={(p) => p.part}
      isTotal={isTotalPart}
      testId="ch-full-parts"
      renderCell={(col, p) => {
        if (col.key === 'change') return p.change ? formatSignedAmount(p.change) : '—';
        if (col.key === 'changePercent') return p.changePercent ? formatSignedPercent(p.changePercent) : '—';
        return undefined;
      }}
    />
  );
}

function Comparison({ previous, current }: { previous: BudgetModel; current: BudgetModel }) {
  const model = useMemo(() => selectFullComparison(previous, current), [previous, current]);
  const { comparison: c } = model;
  const partsSource = `${c.previousYear} 年与 ${c.currentYear} 年部门预算支出总表、基本支出表、“三公”经费支出表（合计行）`;
  const partsSpec = useMemo(
    () =>
      partChangeSpec(current, c.parts, {
        title: `${t.fullTitle(c.previousYear, c.currentYear)} · ${t.partsTitle}`,
        source: partsSource,
        previousYear: c.previousYear,
        currentYear: c.currentYear,
      }),
    [current, c, partsSource],
  );
  const functionSpec = useMemo(
    () =>
      itemChangeSpec(current, model.functionItems, {
        id: 'change-function',
        title: `${t.fullTitle(c.previousYear, c.currentYear)} · ${t.byFunctionTitle}`,
        source: t.byFunctionCaption(c.previousYear, c.currentYear).replace(/^来源：|，按.*$/g, ''),
        previousYear: c.previousYear,
        currentYear: c.currentYear,
      }),
    [current, model, c],
  );
  const economicSpec = useMemo(
    () =>
      itemChangeSpec(current, model.economicItems, {
        id: 'change-economic',
        title: `${t.fullTitle(c.previousYear, c.currentYear)} · ${t.byEconomicTitle}`,
        source: t.byEconomicCaption(c.previousYear, c.currentYear).replace(/^来源：|，按.*$/g, ''),
        previousYear: c.previousYear,
        currentYear: c.currentYear,
      }),
    [current, model, c],
  );
  return (
    <div data-testid="ch-full">
      <p className="ch-muted">{t.fullLede(c.previousYear)}</p>
      <PartsTable spec={partsSpec} caption={`${t.partsTitle} · 来源：${partsSource}`} />
      <h3 className="ch-subtitle">{t.byFunctionTitle}</h3>
      <p className="ch-muted">{t.counts(c.counts.function)}（含类、款、项）</p>
      <ItemTable
        spec={functionSpec}
        caption={`${t.byFunctionCaption(c.previousYear, c.currentYear)}（按项）`}
        label={t.byFunctionTitle}
        param="fsort"
        testId="ch-full-function"
      />
      <h3 className="ch-subtitle">{t.byEconomicTitle}</h3>
      <p className="ch-muted">{t.counts(c.counts.economic)}（含类、款）</p>
      <ItemTable
        spec={economicSpec}
        caption={`${t.byEconomicCaption(c.previousYear, c.currentYear)}（按款）`}
        label={t.byEconomicTitle}
        param="esort"
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
