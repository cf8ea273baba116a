/**
 * 概览 (landing view): department, year and units; headline figures with their share or
 * change, each naming its source; where the revenue comes from; expenditure by 功能分类 类
 * as a chart with its table twin.
 */
import { RovingList } from '../../components/roving-list';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { zh } from '../../copy/zh';
import { useStickyLink } from '../../app/url';
import { EChart } from '../../charts/EChart';
import { Amount } from '../../components/amount';
import { ExpenditureBasisNote } from '../../components/expenditure-basis-note';
import { FigureCard } from '../../components/figure-card';
import { SpecTable } from '../../components/spec-table';
import { specTableProps, useSortedSpec } from '../../components/use-url-table-state';
import { useNarrow } from '../../components/use-media-query';
import { formatAmount, formatShareTotal } from '../../domain/format';
import { describeSource, tableTitle } from '../../domain/source';
import { useExportTables } from '../../export/registry';
import { buildClassBarOption } from './build-class-bar-option';
import { isTotalRow, overviewSpecs } from './export-specs';
import { selectOverview } from './select-overview';
import { FunctionCode } from '../../components/swatch';

export default function OverviewPage() {
  const { budget } = useDataset();
  const model = useMemo(() => selectOverview(budget), [budget]);
  const narrow = useNarrow();
  const link = useStickyLink();
  const option = useMemo(() => (model ? buildClassBarOption(model.classes, narrow) : null), [model, narrow]);
  const specs = useMemo(() => (model ? overviewSpecs(model, budget) : null), [model, budget]);
  // Each table keeps its own sort in the URL: ?revsort= (收入来源), ?clsort= (功能分类 类).
  const revenueSort = useSortedSpec(specs?.revenue, 'revsort');
  const classesSort = useSortedSpec(specs?.classes, 'clsort', isTotalRow);
  useExportTables(
    useMemo(
      () => (revenueSort && classesSort ? [revenueSort.spec, classesSort.spec] : null),
      [revenueSort, classesSort],
    ),
  );
  const byCode = useMemo(() => new Map(model?.classes.map((c) => [c.code, c])), [model]);

  if (!model || !option || !revenueSort || !classesSort) {
    return (
      <article className="view overview">
        <h1>概览</h1>
        <p className="empty-state">
          {budget.meta.department.name} {budget.meta.year} 年部门{budget.meta.kind}
          未公开{tableTitle(budget.functionTree.table, budget.printed)}（合计行），概览数字未公开。
        </p>
        {budget.expenditureStandIn && <ExpenditureBasisNote budget={budget} />}
      </article>
    );
  }

  const revenue = revenueSort;
  const classes = classesSort;
  return (
    <article className="view overview">
      <header className="view__header">
        <h1>概览</h1>
        <p className="view__lede">
          {model.department} {model.year} 年部门{model.kind}，金额单位：万元。
          {model.units.length > 0 && (
            <>
              {' '}
              预算单位 {model.units.length} 个：{model.units.map((u) => u.name).join('、')}。
            </>
          )}
        </p>
      </header>

      <ExpenditureBasisNote budget={budget} />
      <section aria-labelledby="headline-title">
        <h2 id="headline-title" className="visually-hidden">
          主要数字
        </h2>
        <RovingList className="cards" testId="overview-cards">
          {model.cards.map((c) => (
            <FigureCard
              key={c.id}
              className={`card--${c.id}`}
              testId={`card-${c.id}`}
              label={c.label}
              value={c.value}
              source={c.source}
              signed={c.signed}
              note={c.note}
              noteTitle={c.noteSource ? describeSource(c.noteSource, budget.printed) : undefined}
            />
          ))}
        </RovingList>
      </section>

      <div className="overview__grid">
        <section className="panel" aria-labelledby="revenue-title">
          <h2 id="revenue-title">收入来源</h2>
          <div className="stack-bar" aria-hidden="true">
            {model.revenueSources.map((r) => (
              <span key={r.name} className="stack-bar__part" style={{ flexGrow: r.share.toNumber() }} />
            ))}
          </div>
          <SpecTable
            {...specTableProps(revenue)}
            caption={`来源：${tableTitle('budgetSummary', budget.printed)}（收入栏），金额单位：万元`}
            label="收入来源表格"
            rowKey={(r) => r.name}
            testId="overview-revenue-table"
            renderCell={(c, r) =>
              c.key === 'amount' ? <Amount value={r.amount} source={r.source} /> : undefined
            }
          />
        </section>

        <section className="panel panel--wide" aria-labelledby="classes-title">
          <h2 id="classes-title">支出按功能分类（类）</h2>
          <EChart
            option={option}
            ariaLabel={`支出按功能分类（类）条形图`}
            description={`${model.classes.map((c) => `${c.name} ${formatAmount(c.total)} 万元`).join('，')}`}
            // Each 类 row holds a name label of up to three lines (nameAxisLabel), so ECharts never
            // hides the first or last label as overlapping.
            height={`${Math.max(220, model.classes.length * 64 + 24)}px`}
            testId="overview-class-chart"
            exportTitle="支出按功能分类（类）"
            exportSource={tableTitle(budget.functionTree.table, budget.printed)}
          />
          <SpecTable
            {...specTableProps(classes)}
            caption={
              <>
                表格版本 · 来源：{tableTitle(budget.functionTree.table, budget.printed)}
                （“—”为原表空白），金额单位：万元。
                {zh.sharesNote}
              </>
            }
            label="支出按功能分类（类）表格"
            rowKey={(r) => r.code || '合计'}
            testId="overview-class-table"
            renderCell={(c, r) => {
              const row = byCode.get(r.code);
              if (!row) return c.key === 'share' ? formatShareTotal(model.classesShareResidual) : undefined;
              if (c.key === 'code') return <FunctionCode code={row.code} />;
              if (c.key === 'name') return <Link to={link(`/function/${row.code}`)}>{row.name}</Link>;
              if (c.key === 'total' || c.key === 'basicExpenditure' || c.key === 'projectExpenditure')
                return row.cellSources && !row.blank.includes(c.key) ? (
                  <Amount value={row[c.key]} source={row.cellSources[c.key]} />
                ) : undefined;
              return undefined;
            }}
          />
        </section>
      </div>
    </article>
  );
}
