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
import { TableScroll } from '../../components/table-scroll';
import { useNarrow } from '../../components/use-media-query';
import { changeCopy as t } from '../../copy/breakdowns';
import { findPreviousEntry } from '../../domain/compare-datasets';
import { formatAmount, formatSignedAmount, formatSignedPercent } from '../../domain/format';
import { buildWaterfallOption } from './build-waterfall-option';
import { FullComparison } from './full-comparison';
import { useExportTables } from '../../export/registry';
import { changeSpecs } from './export-specs';
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
  useExportTables(useMemo(() => (model ? changeSpecs(model, budget) : null), [model, budget]));

  if (!model) {
    return (
      <article className="view">
        <h1>{t.title}</h1>
        {budget.statedChanges.length > 0 ? (
          <>
            <p className="view__lede" data-testid="change-stated">
              {t.statedMissing(budget.meta.year - 1)}
            </p>
            <StatedChanges changes={budget.statedChanges} />
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
        <TableScroll label={`${t.waterfallTitle(py, cy)}（表格）`}>
          <table className="data-table" data-testid="ch-table">
            <caption>{t.tableCaption(py)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.part}</th>
                <th scope="col" className="num">
                  {t.previous(py)}（{t.derived}）
                </th>
                <th scope="col" className="num">
                  {t.current(cy)}
                </th>
                <th scope="col" className="num">
                  {t.change}
                </th>
                <th scope="col" className="num">
                  {t.changePercent}
                </th>
                <th scope="col">{t.reason}</th>
              </tr>
            </thead>
            <tbody>
              {model.lines.map((l) => (
                <tr key={l.part} data-part={l.part}>
                  <th scope="row">{LINE_LABEL[l.part]}</th>
                  <td className="num">
                    <Amount value={l.previous} source={l.previousSource} />
                  </td>
                  <td className="num">
                    <Amount value={l.current} source={l.currentSource} />
                  </td>
                  <td className="num">{formatSignedAmount(l.change)}</td>
                  <td className="num">{formatSignedPercent(l.changePercent)}</td>
                  <td className="ch-reason">{l.reason ? <q>{l.reason}</q> : '—'}</td>
                </tr>
              ))}
              {model.three ? (
                <tr data-part="three">
                  <th scope="row">{t.threeTitle}</th>
                  <td className="num">{formatAmount(model.three.previous)}</td>
                  <td className="num">{formatAmount(model.three.current)}</td>
                  <td className="num">{formatSignedAmount(model.three.change)}</td>
                  <td className="num">—</td>
                  <td className="ch-reason">{model.three.reason ? <q>{model.three.reason}</q> : '—'}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </TableScroll>
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
