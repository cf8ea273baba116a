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
import { functionClassColor } from '../../charts/colors';
import { Amount } from '../../components/amount';
import { ExpenditureBasisNote } from '../../components/expenditure-basis-note';
import { FigureCard } from '../../components/figure-card';
import { TableScroll } from '../../components/table-scroll';
import { useNarrow } from '../../components/use-media-query';
import { formatAmount, formatCell, formatPercent, formatShareTotal } from '../../domain/format';
import { describeSource, measureLabel, tableTitle } from '../../domain/source';
import { useExportTables } from '../../export/registry';
import { buildClassBarOption } from './build-class-bar-option';
import { overviewSpecs } from './export-specs';
import { selectOverview } from './select-overview';

export default function OverviewPage() {
  const { budget } = useDataset();
  const model = useMemo(() => selectOverview(budget), [budget]);
  const narrow = useNarrow();
  const link = useStickyLink();
  const option = useMemo(() => (model ? buildClassBarOption(model.classes, narrow) : null), [model, narrow]);
  useExportTables(useMemo(() => (model ? overviewSpecs(model, budget) : null), [model, budget]));

  if (!model || !option) {
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
          <TableScroll label="收入来源表格">
            <table className="data-table">
              <caption>来源：{tableTitle('budgetSummary', budget.printed)}（收入栏）</caption>
              <thead>
                <tr>
                  <th scope="col">收入项目</th>
                  <th scope="col" className="num">
                    {measureLabel(budget.meta.kind)}（万元）
                  </th>
                  <th scope="col" className="num">
                    占比
                  </th>
                </tr>
              </thead>
              <tbody>
                {model.revenueSources.map((r) => (
                  <tr key={r.name}>
                    <th scope="row">{r.name}</th>
                    <td className="num">
                      <Amount value={r.amount} source={r.source} />
                    </td>
                    <td className="num">{formatPercent(r.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
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
          <TableScroll label="支出按功能分类（类）表格">
            <table className="data-table" data-testid="overview-class-table">
              <caption>
                表格版本 · 来源：{tableTitle(budget.functionTree.table, budget.printed)}（“—”为原表空白）。
                {zh.sharesNote}
              </caption>
              <thead>
                <tr>
                  <th scope="col">科目编码</th>
                  <th scope="col">科目名称</th>
                  <th scope="col" className="num">
                    合计
                  </th>
                  <th scope="col" className="num">
                    基本支出
                  </th>
                  <th scope="col" className="num">
                    项目支出
                  </th>
                  <th scope="col" className="num">
                    占比
                  </th>
                </tr>
              </thead>
              <tbody>
                {model.classes.map((c) => (
                  <tr key={c.code}>
                    <td>
                      <span
                        className="swatch"
                        style={{ background: functionClassColor(c.code) }}
                        aria-hidden="true"
                      />
                      {c.code}
                    </td>
                    <th scope="row">
                      <Link to={link(`/function/${c.code}`)}>{c.name}</Link>
                    </th>
                    {(['total', 'basicExpenditure', 'projectExpenditure'] as const).map((m) => (
                      <td key={m} className="num">
                        {c.cellSources && !c.blank.includes(m) ? (
                          <Amount value={c[m]} source={c.cellSources[m]} />
                        ) : (
                          formatCell(c[m], c.blank.includes(m))
                        )}
                      </td>
                    ))}
                    <td className="num">{formatPercent(c.share)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td />
                  <th scope="row">合计</th>
                  <td className="num">{formatAmount(model.total)}</td>
                  <td className="num">{formatAmount(model.totalBasic)}</td>
                  <td className="num">{formatAmount(model.totalProject)}</td>
                  <td className="num">{formatShareTotal(model.classesShareResidual)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </section>
      </div>
    </article>
  );
}
