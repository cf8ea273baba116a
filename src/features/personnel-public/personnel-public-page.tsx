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
import { SpecTable } from '../../components/spec-table';
import { specTableProps, useSortedSpec } from '../../components/use-url-table-state';
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
import { isFooterRow, isThreeTotalRow, personnelPublicSpecs } from './export-specs';
import './personnel-public.css';
import { Swatch } from '../../components/swatch';

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
  const specs = useMemo(() => {
    if (!model) return null;
    const title = model.current
      ? t.drillChartTitle(`${model.current.code} ${model.current.name}`)
      : t.chartTitle;
    return personnelPublicSpecs(model, title, budget);
  }, [model, budget]);
  // Each table keeps its own sort in the URL: ?ppsort= (经济分类), ?tsort= (“三公”经费, a tree:
  // sorted within each parent).
  const economicSorted = useSortedSpec(specs?.economic, 'ppsort', isFooterRow);
  const threeSorted = useSortedSpec(specs?.three, 'tsort', isThreeTotalRow);
  useExportTables(
    useMemo(
      () => (economicSorted ? [economicSorted.spec, ...(threeSorted ? [threeSorted.spec] : [])] : null),
      [economicSorted, threeSorted],
    ),
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

  if (!model || !economicSorted) {
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
  const economic = economicSorted;
  const three = threeSorted;

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
        <SpecTable
          {...specTableProps(economic)}
          caption={`${t.tableCaption(tableTitle('basicExpenditure', budget.printed))}，金额单位：万元。${zh.sharesNote}`}
          label={`${chartTitle}（表格）`}
          rowKey={(r) => r.code ?? 'total'}
          rowAttributes={(r): Record<`data-${string}`, string> => (r.code ? { 'data-code': r.code } : {})}
          testId="pp-table"
          renderCell={(c, r) => {
            if (isFooterRow(r))
              return c.key === 'share' ? formatShareTotal(model.footer.shareResidual) : undefined;
            if (c.key === 'name' && r.drillable && r.code)
              return (
                <Link
                  to={link(personnelPublicRoute(r.code))}
                  aria-label={`查看 ${r.code} ${r.name} 的款`}
                  onClick={() => willDrill(r.code)}
                >
                  {r.name}
                </Link>
              );
            if (c.key === 'total' && r.source && r.total)
              return <Amount value={r.total} source={withColumn(r.source, '合计')} />;
            if (c.key === 'part')
              return (
                <>
                  <Swatch
                    color={
                      r.partKey === 'publicExpense' ? PART_COLORS.publicExpense : PART_COLORS.personnelExpense
                    }
                  />
                  {r.partKey ? PART_LABEL[r.partKey] : ''}
                </>
              );
            return undefined;
          }}
        />
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
        {model.three.rows.length === 0 || !three ? (
          <p className="empty-state" data-testid="pp-three-missing">
            {budget.printed.threePublicExpenses
              ? t.threeNoRows(
                  budget.printed.threePublicExpenses.title,
                  budget.printed.threePublicExpenses.pages.join('、'),
                )
              : t.threeNotPublished}
          </p>
        ) : (
          <SpecTable
            {...specTableProps(three)}
            caption={t.threeCaption(tableTitle('threePublicExpenses', budget.printed))}
            label={t.threeTitle}
            rowKey={(r) => String(r.seq)}
            isTotal={isThreeTotalRow}
            testId="pp-three-table"
            renderCell={(c, r) => {
              if (c.key === 'total' && r.total !== undefined)
                return <Amount value={r.total} source={r.source} />;
              if (c.key === 'narrative')
                return (
                  <>
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
                  </>
                );
              if (c.key === 'economicTotal' && r.economic)
                return formatCell(r.economic.total, r.economic.blank);
              if ((c.key === 'economicCode' || c.key === 'economicName') && !r.economic) return '—';
              return undefined;
            }}
          />
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
