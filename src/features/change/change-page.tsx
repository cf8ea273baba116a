/**
 * 同比变化 (`#/change`): the waterfall from the previous year's total through the change of
 * 基本支出 and 项目支出 to this year's total, with its table twin and the reasons quoted from
 * the narrative; the "三公" change; and the full item comparison when the catalog holds the
 * previous year's dataset.
 */
import { RovingList } from '../../components/roving-list';
import { useMemo } from 'react';
import { useDataset } from '../../app/dataset-context';
import { EChart } from '../../charts/EChart';
import { Amount } from '../../components/amount';
import { FigureCard } from '../../components/figure-card';
import { SpecTable } from '../../components/spec-table';
import { specTableProps, useSortedSpec } from '../../components/use-url-table-state';
import { useNarrow } from '../../components/use-media-query';
import { changeCopy as t } from '../../copy/breakdowns';
import { findPreviousEntry } from '../../domain/compare-datasets';
import { formatAmount, formatSignedAmount, formatSignedPercent } from '../../domain/format';
import { buildWaterfallOption } from './build-waterfall-option';
import { FullComparison } from './full-comparison';
import { useExportTables } from '../../export/registry';
import { changeLinesSpec, isTotalLine } from './export-specs';
import { selectChange } from './select-change';
import { StatedChanges } from './stated-changes';
import './change.css';

const LINE_LABEL = { total: t.total, basicExpenditure: t.basic, projectExpenditure: t.project } as const;

export default function ChangePage() {
  const { budget, catalog, entry } = useDataset();
  const narrow = useNarrow();
  const model = useMemo(() => selectChange(budget), [budget]);
  const option = useMemo(() => (model ? buildWaterfallOption(model.steps, narrow) : null), [model, narrow]);
  const previousEntry = useMemo(() => findPreviousEntry(catalog, entry), [catalog, entry]);
  const linesSpec = useMemo(() => (model ? changeLinesSpec(model, budget) : null), [model, budget]);
  // The waterfall's table keeps its sort in ?chsort= (支出合计 stays first).
  const linesSorted = useSortedSpec(linesSpec, 'chsort', isTotalLine);
  useExportTables(useMemo(() => (linesSorted ? [linesSorted.spec] : null), [linesSorted]));

  if (!model || !linesSorted) {
    return (
      <article className="view">
        <h1>{t.title}</h1>
        {budget.statedChanges.length > 0 ? (
          <>
            <p className="view__lede" data-testid="change-stated">
              {t.statedMissing(budget.meta.year - 1)}
            </p>
            <StatedChanges changes={budget.statedChanges} budget={budget} />
          </>
        ) : (
          <p className="empty-state" data-testid="change-missing">
            {t.missing(budget.meta.year - 1)}
          </p>
        )}
        {previousEntry ? (
          <FullComparison
            entry={previousEntry}
            previousYear={budget.meta.year - 1}
            currentYear={budget.meta.year}
            current={budget}
          />
        ) : null}
      </article>
    );
  }
  const { previousYear: py, currentYear: cy } = model;
  const total = model.lines.find((l) => l.part === 'total')!;
  const lines = linesSorted;

  return (
    <article className="view change">
      <header className="view__header">
        <h1>{t.title}</h1>
        <p className="view__lede">{t.lede(py, cy)}</p>
      </header>

      <RovingList className="cards" testId="ch-cards">
        {model.lines.map((l) => (
          <FigureCard
            key={l.part}
            testId={`ch-card-${l.part}`}
            label={`${LINE_LABEL[l.part]} · 比 ${py} 年`}
            value={l.change}
            source={{ kind: 'narrative', section: '二、部门预算安排的总体情况 · 3、比上年增减情况' }}
            signed
            valueClassName={l.change.isNegative() ? 'ch-neg' : ''}
            note={`${formatSignedPercent(l.changePercent)}，${py} 年 ${formatAmount(l.previous)}（${t.derived}）→ ${cy} 年 ${formatAmount(l.current)}`}
          />
        ))}
        {model.three ? (
          <FigureCard
            testId="ch-card-three"
            label={`${t.threeTitle} · 比 ${py} 年`}
            value={model.three.change}
            source={model.three.source}
            signed
            note={`${cy} 年 ${formatAmount(model.three.current)}${model.three.reason ? `，${model.three.reason}` : ''}`}
          />
        ) : null}
      </RovingList>

      <section className="panel" aria-labelledby="ch-waterfall-title">
        <h2 id="ch-waterfall-title">{t.waterfallTitle(py, cy)}</h2>
        <p className="ch-muted">{t.waterfallHint}</p>
        {option ? (
          <EChart
            option={option}
            ariaLabel={`${t.waterfallTitle(py, cy)}，瀑布图`}
            description={`${model.steps
              .map((s) =>
                s.kind === 'total'
                  ? `${s.label} ${formatAmount(s.amount)} 万元`
                  : `${s.label} ${formatSignedAmount(s.amount)} 万元`,
              )
              .join('，')}`}
            height={narrow ? '340px' : '420px'}
            exportTitle={t.waterfallTitle(py, cy)}
            testId="ch-waterfall"
          />
        ) : null}
        <p className="ch-derived" data-testid="ch-derived-note">
          <strong>{t.derived}：</strong>
          {t.derivedNote(py, cy)}
        </p>
        <SpecTable
          {...specTableProps(lines)}
          caption={t.tableCaption(py)}
          label={`${t.waterfallTitle(py, cy)}（表格）`}
          rowKey={(r) => r.part}
          rowAttributes={(r) => ({ 'data-part': r.part })}
          isTotal={isTotalLine}
          testId="ch-table"
          cellClass={(c) => (c.key === 'reason' ? 'ch-reason' : undefined)}
          renderCell={(c, r) => {
            if (c.key === 'previous' && r.previousSource)
              return <Amount value={r.previous} source={r.previousSource} />;
            if (c.key === 'current' && r.currentSource)
              return <Amount value={r.current} source={r.currentSource} />;
            if (c.key === 'change') return formatSignedAmount(r.change);
            if (c.key === 'changePercent')
              return r.changePercent ? formatSignedPercent(r.changePercent) : '—';
            if (c.key === 'reason') return r.reason ? <q>{r.reason}</q> : '—';
            return undefined;
          }}
        />
        <p className={model.partsAgree ? 'ch-check ch-check--ok' : 'ch-check ch-check--bad'}>
          <span aria-hidden="true">{model.partsAgree ? '✓ ' : '✗ '}</span>
          {model.partsAgree
            ? t.partsCheckOk(formatSignedAmount(total.change))
            : t.partsCheckBad(formatSignedAmount(total.change), formatSignedAmount(model.partsSum))}
        </p>
        <blockquote className="ch-quote">
          <p>{model.narrativeText}</p>
          <footer>—— 情况说明 · 二、部门预算安排的总体情况 · 3、比上年增减情况</footer>
        </blockquote>
      </section>

      <FullComparison
        {...(previousEntry ? { entry: previousEntry } : {})}
        previousYear={py}
        currentYear={cy}
        current={budget}
      />
    </article>
  );
}
