/**
 * 人员经费 vs 公用经费 (`#/personnel-public`, drill `#/personnel-public/301`): the split of
 * 基本支出, its 经济分类 类 (drillable to 款) as a chart with its table twin, 机关运行经费,
 * and the "三公"经费 table as disclosed in the context of 公用经费.
 */
import { RovingList } from '../../components/roving-list';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { useStickyLink } from '../../app/url';
import { EChart } from '../../charts/EChart';
import { PART_COLORS } from '../../charts/colors';
import { Amount } from '../../components/amount';
import { FigureCard } from '../../components/figure-card';
import { useFocusAfterDrill } from '../../components/use-focus-after-drill';
import { TableScroll } from '../../components/table-scroll';
import { useNarrow } from '../../components/use-media-query';
import { personnelPublicCopy as t } from '../../copy/breakdowns';
import { errorsCopy } from '../../copy/errors';
import { zh } from '../../copy/zh';
import {
  formatAmount,
  formatCell,
  formatPercent,
  formatShareTotal,
  formatSignedAmount,
} from '../../domain/format';
import { tableTitle, type SourceRef } from '../../domain/source';
import { THREE_PUBLIC_SECTION } from '../../domain/three-public-expenses';
import { buildEconomicBarOption, economicChartOrder, formatShare } from './build-economic-bar-option';
import { personnelPublicRoute, selectPersonnelPublic } from './select-personnel-public';
import { useExportTables } from '../../export/registry';
import { personnelPublicSpecs } from './export-specs';
import './personnel-public.css';

function withColumn(source: SourceRef, column: string): SourceRef {
  return source.kind === 'table' ? { ...source, column } : source;
}

const PART_LABEL = { personnelExpense: t.personnel, publicExpense: t.public, mixed: '人员与公用', none: '—' };

export default function PersonnelPublicPage() {
  const { budget } = useDataset();
  const params = useParams();
  const navigate = useNavigate();
  const link = useStickyLink();
  const narrow = useNarrow();
  const code = (params['*'] ?? '').split('/').filter(Boolean)[0];
  const model = useMemo(() => selectPersonnelPublic(budget, code), [budget, code]);
  const shareOf = model?.current ? model.current.name : t.basicTotal;
  const option = useMemo(
    () => (model ? buildEconomicBarOption(model.rows, shareOf, narrow) : null),
    [model, shareOf, narrow],
  );
  const ordered = useMemo(() => (model ? economicChartOrder(model.rows) : []), [model]);
  useExportTables(
    useMemo(() => {
      if (!model) return null;
      const title = model.current
        ? t.drillChartTitle(`${model.current.code} ${model.current.name}`)
        : t.chartTitle;
      return personnelPublicSpecs(model, title, budget);
    }, [model, budget]),
  );

  // A drill or climb started on this page moves focus to the new level's heading.
  const { headingRef: levelHeading, willDrill: willFocus } = useFocusAfterDrill(code ?? '');
  const willDrill = useCallback((classCode?: string) => willFocus(classCode ?? ''), [willFocus]);

  const events = useMemo(
    () => ({
      click: (p: unknown) => {
        const row = ordered[(p as { dataIndex: number }).dataIndex];
        if (row && row.level === '类' && row.hasChildren) {
          willDrill(row.code);
          void navigate(link(personnelPublicRoute(row.code)));
        }
      },
    }),
    [ordered, navigate, link, willDrill],
  );

  if (!model) {
    return (
      <article className="view">
        <h1>{t.title}</h1>
        <p className="empty-state">
          一般公共预算财政拨款基本支出表没有列示金额，无法区分人员经费与公用经费。
        </p>
      </article>
    );
  }
  const chartTitle = model.current
    ? t.drillChartTitle(`${model.current.code} ${model.current.name}`)
    : t.chartTitle;
  const blankButStated = model.three.rows.filter((r) => r.blankButStated);

  return (
    <article className="view personnel-public">
      <header className="view__header">
        <h1>{t.title}</h1>
        <p className="view__lede">{t.lede}</p>
      </header>

      <section aria-labelledby="pp-headline">
        <h2 id="pp-headline" className="visually-hidden">
          主要数字
        </h2>
        <RovingList className="cards" testId="pp-cards">
          <FigureCard
            testId="pp-card-basic"
            label={t.basicTotal}
            value={model.basicTotal.value}
            source={model.basicTotal.source}
            note="100.00%"
          />
          <FigureCard
            testId="pp-card-personnel"
            swatch={PART_COLORS.personnelExpense}
            label={t.personnel}
            value={model.personnelExpense.value}
            source={model.personnelExpense.source}
            note={`${t.shareOfBasic} ${formatPercent(model.personnelExpense.share)}`}
          />
          <FigureCard
            testId="pp-card-public"
            swatch={PART_COLORS.publicExpense}
            label={t.public}
            value={model.publicExpense.value}
            source={model.publicExpense.source}
            note={`${t.shareOfBasic} ${formatPercent(model.publicExpense.share)}`}
          />
          {model.operating ? (
            <FigureCard
              testId="pp-card-operating"
              label={t.operating}
              value={model.operating.value}
              source={model.operating.source}
              note={model.operating.equalsPublic ? t.operatingNote : '情况说明所列'}
            />
          ) : null}
          {model.three.total ? (
            <FigureCard
              testId="pp-card-three"
              label={t.threePublic}
              value={model.three.total.value}
              source={model.three.total.source}
              note={
                model.threeShareOfPublic
                  ? `相当于公用经费的 ${formatPercent(model.threeShareOfPublic)}`
                  : undefined
              }
            />
          ) : null}
        </RovingList>
        <div className="pp-split" aria-hidden="true">
          <span
            className="pp-split__part pp-split__part--personnel"
            style={{ flexGrow: model.personnelExpense.share.toNumber() }}
          />
          <span
            className="pp-split__part pp-split__part--public"
            style={{ flexGrow: model.publicExpense.share.toNumber() }}
          />
        </div>
        <p className="pp-split__legend" aria-hidden="true">
          <span>
            <span className="swatch" style={{ background: PART_COLORS.personnelExpense }} />
            {t.personnel} {formatPercent(model.personnelExpense.share)}
          </span>
          <span>
            <span className="swatch" style={{ background: PART_COLORS.publicExpense }} />
            {t.public} {formatPercent(model.publicExpense.share)}
          </span>
        </p>
      </section>

      <nav aria-label={t.breadcrumbLabel} className="pp-trail">
        <ol>
          <li>
            {model.current ? (
              <Link to={link(personnelPublicRoute())} onClick={() => willDrill()}>
                {t.root}
              </Link>
            ) : (
              <span aria-current="page">{t.root}</span>
            )}
          </li>
          {model.current ? (
            <li>
              <span aria-current="page">
                {model.current.code} {model.current.name}
              </span>
            </li>
          ) : null}
        </ol>
      </nav>
      {model.invalidCode ? (
        <p className="pp-notice" role="status">
          {t.invalidCode(model.invalidCode)}{' '}
          <Link to={link(personnelPublicRoute())}>{errorsCopy.openValidLink}</Link>
        </p>
      ) : null}

      <section className="panel" aria-labelledby="pp-chart-title">
        <h2 id="pp-chart-title" ref={levelHeading} tabIndex={-1}>
          {chartTitle}
        </h2>
        {model.level === '类' ? <p className="pp-muted">{t.chartHint}</p> : null}
        {option ? (
          <EChart
            option={option}
            events={events}
            ariaLabel={`${chartTitle}，条形图`}
            description={`${model.rows
              .map((r) => `${r.code} ${r.name} ${formatAmount(r.total)} 万元，占${shareOf} ${formatShare(r)}`)
              .join('；')}`}
            height={`${Math.max(170, model.rows.length * (narrow ? 60 : 56) + 56)}px`}
            testId="pp-chart"
            exportTitle={chartTitle}
            exportSource={tableTitle('basicExpenditure', budget.printed)}
          />
        ) : null}
        <TableScroll label={`${chartTitle}（表格）`}>
          <table className="data-table" data-testid="pp-table">
            <caption>
              {t.tableCaption(tableTitle('basicExpenditure', budget.printed))}。{zh.sharesNote}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.code}</th>
                <th scope="col">{t.name}</th>
                <th scope="col" className="num">
                  {t.total}
                </th>
                <th scope="col" className="num">
                  {t.personnel}
                </th>
                <th scope="col" className="num">
                  {t.public}
                </th>
                <th scope="col" className="num">
                  {model.current ? t.shareOfClass : t.shareOfBasic}
                </th>
                <th scope="col">{t.part}</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((r) => (
                <tr key={r.code} data-code={r.code}>
                  <td>{r.code}</td>
                  <th scope="row">
                    {r.level === '类' && r.hasChildren ? (
                      <Link
                        to={link(personnelPublicRoute(r.code))}
                        aria-label={`查看 ${r.code} ${r.name} 的款`}
                        onClick={() => willDrill(r.code)}
                      >
                        {r.name}
                      </Link>
                    ) : (
                      r.name
                    )}
                  </th>
                  <td className="num">
                    {r.source && !r.blank.includes('total') ? (
                      <Amount value={r.total} source={withColumn(r.source, '合计')} />
                    ) : (
                      formatCell(r.total, r.blank.includes('total'))
                    )}
                  </td>
                  <td className="num">
                    {formatCell(r.personnelExpense, r.blank.includes('personnelExpense'))}
                  </td>
                  <td className="num">{formatCell(r.publicExpense, r.blank.includes('publicExpense'))}</td>
                  <td className="num">{formatShare(r)}</td>
                  <td>
                    <span
                      className="swatch"
                      style={{
                        background:
                          r.part === 'publicExpense'
                            ? PART_COLORS.publicExpense
                            : PART_COLORS.personnelExpense,
                      }}
                      aria-hidden="true"
                    />
                    {PART_LABEL[r.part]}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th scope="row">{model.footer.label}</th>
                <td className="num">{formatAmount(model.footer.total)}</td>
                <td className="num">
                  {formatCell(model.footer.personnelExpense, model.footer.blank.includes('personnelExpense'))}
                </td>
                <td className="num">
                  {formatCell(model.footer.publicExpense, model.footer.blank.includes('publicExpense'))}
                </td>
                <td className="num">{formatShareTotal(model.footer.shareResidual)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </section>

      <section className="panel pp-three" aria-labelledby="pp-three-title" data-testid="pp-three">
        <h2 id="pp-three-title">{t.threeTitle}</h2>
        {model.three.total && model.threeShareOfPublic ? (
          <p className="pp-muted">
            {t.threeLede(
              formatAmount(model.three.total.value),
              formatAmount(model.publicExpense.value),
              formatPercent(model.threeShareOfPublic),
            )}
          </p>
        ) : null}
        {model.three.rows.length === 0 ? (
          <p className="empty-state" data-testid="pp-three-missing">
            {budget.printed.threePublicExpenses
              ? t.threeNoRows(
                  budget.printed.threePublicExpenses.title,
                  budget.printed.threePublicExpenses.pages.join('、'),
                )
              : t.threeNotPublished}
          </p>
        ) : (
          <TableScroll label={t.threeTitle}>
            <table className="data-table" data-testid="pp-three-table">
              <caption>{t.threeCaption(tableTitle('threePublicExpenses', budget.printed))}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.threeItem}</th>
                  <th scope="col" className="num">
                    {budget.meta.kind === '决算' ? t.threeAmountFinal : t.threeAmount}
                  </th>
                  <th scope="col" className="num">
                    {t.threeNarrative}
                  </th>
                  <th scope="col">{t.threeEconomic}</th>
                </tr>
              </thead>
              <tbody>
                {model.three.rows.map((r) => (
                  <tr key={r.seq} className={`pp-three__row pp-three__row--l${r.level}`}>
                    <th scope="row">
                      <span style={{ paddingLeft: `${r.level * 1.25}em` }}>{r.item}</span>
                    </th>
                    <td className="num">
                      {r.total !== undefined ? (
                        <Amount value={r.total} source={r.source} />
                      ) : (
                        formatCell(undefined)
                      )}
                    </td>
                    <td className="num">
                      {r.narrative ? (
                        <Amount value={r.narrative.value} source={r.narrative.source} />
                      ) : (
                        formatCell(undefined)
                      )}
                      {r.blankButStated ? (
                        <>
                          <sup className="pp-footnote-ref" aria-hidden="true">
                            *
                          </sup>
                          <span className="visually-hidden">（表中为空白，说明见表下）</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {r.economic ? (
                        <>
                          {r.economic.code} {r.economic.name} {formatCell(r.economic.total, r.economic.blank)}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <div className="pp-notes">
          {blankButStated.map((r) => (
            <p key={r.seq} data-testid="pp-three-blank-note">
              *{' '}
              {t.threeBlankNote(
                r.label,
                formatAmount(r.narrative!.value),
                r.narrative!.source.kind === 'narrative' ? r.narrative!.source.section : THREE_PUBLIC_SECTION,
              )}
            </p>
          ))}
          {model.three.change ? (
            <p>{t.threeChange(formatSignedAmount(model.three.change.value), model.three.change.reason)}</p>
          ) : null}
        </div>
      </section>
    </article>
  );
}
