/**
 * 基本支出 vs 项目支出 (`#/basic-project`, drill `#/basic-project/206`,
 * `#/basic-project/206/20699`, highlight `?project=<项目编码>`): the two parts per 功能分类
 * node as stacked bars with their table twin, the project list, and the reconciliation of
 * the narrative's project breakdown.
 */
import { RovingList } from '../../components/roving-list';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { describeSource, tableTitle } from '../../domain/source';
import { ExpenditureBasisNote } from '../../components/expenditure-basis-note';
import { useStickyLink } from '../../app/url';
import { EChart } from '../../charts/EChart';
import { PART_COLORS, functionClassColor } from '../../charts/colors';
import { Amount } from '../../components/amount';
import { FigureCard } from '../../components/figure-card';
import { useFocusAfterDrill } from '../../components/use-focus-after-drill';
import { TableScroll } from '../../components/table-scroll';
import { useNarrow } from '../../components/use-media-query';
import { basicProjectCopy as t } from '../../copy/breakdowns';
import { useExportTables } from '../../export/registry';
import { basicProjectSpecs } from './export-specs';
import { errorsCopy } from '../../copy/errors';
import { zh } from '../../copy/zh';
import { BLANK_CELL, formatAmount, formatCell, formatPercent } from '../../domain/format';
import { buildPartsBarOption, chartOrder, partText } from './build-parts-bar-option';
import { ProjectList } from './project-list';
import { ReconciliationPanel } from './reconciliation-panel';
import { basicProjectRoute, selectBasicProject, type PartRow } from './select-basic-project';
import './basic-project.css';

/** A part's share; "—" when there is none (blank cell or zero total: a blank has no share). */
function Share({ value }: { value?: PartRow['basicShare'] }) {
  return <>{value ? formatPercent(value) : BLANK_CELL}</>;
}

export default function BasicProjectPage() {
  const { budget } = useDataset();
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const link = useStickyLink();
  const narrow = useNarrow();
  const path = useMemo(() => (params['*'] ?? '').split('/').filter(Boolean), [params]);
  const project = search.get('project');
  const model = useMemo(() => selectBasicProject(budget, path, project), [budget, path, project]);
  const option = useMemo(() => (model ? buildPartsBarOption(model.rows, narrow) : null), [model, narrow]);
  const ordered = useMemo(() => (model ? chartOrder(model.rows) : []), [model]);
  useExportTables(
    useMemo(() => {
      if (!model) return null;
      const name = model.trail.length > 0 ? `${model.scope.code} ${model.scope.name}` : '支出合计';
      return basicProjectSpecs(model, name, budget);
    }, [model, budget]),
  );

  // A drill or climb started on this page moves focus to the new level's heading.
  const { headingRef: levelHeading, willDrill: willFocus } = useFocusAfterDrill(path.join('/'));
  const willDrill = useCallback((drill: readonly string[]) => willFocus(drill.join('/')), [willFocus]);

  const events = useMemo(
    () => ({
      click: (p: unknown) => {
        const row = ordered[(p as { dataIndex: number }).dataIndex];
        if (row?.drillPath) {
          willDrill(row.drillPath);
          void navigate(link(basicProjectRoute(row.drillPath)));
        }
      },
    }),
    [ordered, navigate, link, willDrill],
  );
  const drillLink = useCallback((drill: string[]) => link(basicProjectRoute(drill)), [link]);

  if (!model) {
    return (
      <article className="view">
        <h1>{t.title}</h1>
        <p className="empty-state">
          {tableTitle(budget.functionTree.table, budget.printed)}
          没有按功能分类列示的支出，无法拆分基本支出与项目支出。
        </p>
        <ExpenditureBasisNote budget={budget} />
      </article>
    );
  }
  const { scope } = model;
  const scopeName = model.trail.length > 0 ? `${scope.code} ${scope.name}` : '支出合计';

  return (
    <article className="view basic-project">
      <header className="view__header">
        <h1>{t.title}</h1>
        <p className="view__lede">{t.lede}</p>
      </header>

      <nav aria-label={t.breadcrumbLabel} className="bp-trail">
        <ol>
          <li>
            {model.trail.length === 0 ? (
              <span aria-current="page">{t.root}</span>
            ) : (
              <Link to={drillLink([])} onClick={() => willDrill([])}>
                {t.root}
              </Link>
            )}
          </li>
          {model.trail.map((n, i) => (
            <li key={n.code}>
              {i === model.trail.length - 1 ? (
                <span aria-current="page">
                  {n.code} {n.name}
                </span>
              ) : (
                <Link to={drillLink(n.path)} onClick={() => willDrill(n.path)}>
                  {n.code} {n.name}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {model.invalidCode ? (
        <p className="bp-notice" role="status">
          {t.invalidPath(model.invalidCode)}{' '}
          <Link to={drillLink(model.trail.length ? model.trail[model.trail.length - 1]!.path : [])}>
            {errorsCopy.openValidLink}
          </Link>
        </p>
      ) : null}
      {model.missingProject ? (
        <p className="bp-notice" role="status" data-testid="bp-missing-project">
          {t.missingProject(model.missingProject)}{' '}
          <Link to={drillLink(path.slice(0, model.trail.length))}>{t.showAllProjects}</Link>
        </p>
      ) : null}

      <ExpenditureBasisNote budget={budget} />
      <RovingList className="cards bp-cards" testId="bp-cards">
        <FigureCard
          testId="bp-card-total"
          label={`${scopeName} · ${t.total}`}
          value={scope.total}
          source={scope.totalSource}
        />
        <FigureCard
          className="card--basic"
          testId="bp-card-basic"
          swatch={PART_COLORS.basicExpenditure}
          label={t.basic}
          value={scope.basicExpenditure}
          source={scope.basicSource}
          blank={scope.blank.includes('basicExpenditure')}
          note={
            <>
              {t.share} <Share value={scope.basicShare} />
            </>
          }
        />
        <FigureCard
          className="card--project"
          testId="bp-card-project"
          swatch={PART_COLORS.projectExpenditure}
          label={t.project}
          value={scope.projectExpenditure}
          source={scope.projectSource}
          blank={scope.blank.includes('projectExpenditure')}
          note={
            <>
              {t.share} <Share value={scope.projectShare} />
            </>
          }
        />
      </RovingList>

      <section className="panel" aria-labelledby="bp-chart-title">
        <h2 id="bp-chart-title" ref={levelHeading} tabIndex={-1}>
          {t.chartTitle(scopeName)}（按{model.level}）
        </h2>
        {model.rows.some((r) => r.drillPath) ? <p className="bp-muted">{t.chartHint}</p> : null}
        {option ? (
          <EChart
            option={option}
            events={events}
            ariaLabel={`${t.chartTitle(scopeName)}，堆叠条形图`}
            description={`${model.rows
              .map(
                (r) =>
                  `${r.name} 合计 ${formatAmount(r.total)} 万元，${partText(r, 'basicExpenditure')}，${partText(r, 'projectExpenditure')}`,
              )
              .join('；')}`}
            height={`${Math.max(180, model.rows.length * 64 + 56)}px`}
            testId="bp-chart"
            exportTitle={t.chartTitle(scopeName)}
            exportSource={tableTitle(budget.functionTree.table, budget.printed)}
          />
        ) : null}
        <TableScroll label={`${t.chartTitle(scopeName)}（表格）`}>
          <table className="data-table" data-testid="bp-table">
            <caption>
              {t.tableCaption(tableTitle(budget.functionTree.table, budget.printed))}。{zh.sharesNote}
            </caption>
            <thead>
              <tr>
                <th scope="col">科目编码</th>
                <th scope="col">科目名称</th>
                <th scope="col" className="num">
                  {t.total}
                </th>
                <th scope="col" className="num">
                  {t.basic}
                </th>
                <th scope="col" className="num">
                  {t.share}
                </th>
                <th scope="col" className="num">
                  {t.project}
                </th>
                <th scope="col" className="num">
                  {t.share}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((r) => (
                <tr key={r.code} data-code={r.code}>
                  <td>
                    <span
                      className="swatch"
                      style={{ background: functionClassColor(r.code) }}
                      aria-hidden="true"
                    />
                    {r.code}
                  </td>
                  <th scope="row">
                    {r.drillPath ? (
                      <Link
                        to={drillLink(r.drillPath)}
                        aria-label={t.drillInto(`${r.code} ${r.name}`)}
                        onClick={() => willDrill(r.drillPath!)}
                      >
                        {r.name}
                      </Link>
                    ) : (
                      r.name
                    )}
                  </th>
                  <td className="num">
                    {r.totalSource && !r.blank.includes('total') ? (
                      <Amount value={r.total} source={r.totalSource} />
                    ) : (
                      formatCell(r.total, r.blank.includes('total'))
                    )}
                  </td>
                  <td className="num">
                    {r.basicSource && !r.blank.includes('basicExpenditure') ? (
                      <Amount value={r.basicExpenditure} source={r.basicSource} />
                    ) : (
                      formatCell(r.basicExpenditure, r.blank.includes('basicExpenditure'))
                    )}
                  </td>
                  <td className="num">
                    <Share value={r.basicShare} />
                  </td>
                  <td className="num">
                    {r.projectSource && !r.blank.includes('projectExpenditure') ? (
                      <Amount value={r.projectExpenditure} source={r.projectSource} />
                    ) : (
                      formatCell(r.projectExpenditure, r.blank.includes('projectExpenditure'))
                    )}
                  </td>
                  <td className="num">
                    <Share value={r.projectShare} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th scope="row">{scopeName}</th>
                <td className="num">{formatAmount(scope.total)}</td>
                <td className="num">
                  {formatCell(scope.basicExpenditure, scope.blank.includes('basicExpenditure'))}
                </td>
                <td className="num">
                  <Share value={scope.basicShare} />
                </td>
                <td className="num">
                  {formatCell(scope.projectExpenditure, scope.blank.includes('projectExpenditure'))}
                </td>
                <td className="num">
                  <Share value={scope.projectShare} />
                </td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </section>

      {model.projectsListed ? (
        <div className="bp-grid">
          <ProjectList
            projects={model.projects}
            total={model.projectsTotal}
            {...(model.highlightedProject ? { highlighted: model.highlightedProject } : {})}
            {...(model.trail.length > 0 ? { scopeName } : {})}
          />
          <ReconciliationPanel
            rec={model.reconciliation}
            tableTitle={tableTitle(budget.functionTree.table, budget.printed)}
            {...(model.projectExpenditureSource
              ? { projectExpenditureSource: model.projectExpenditureSource }
              : {})}
          />
        </div>
      ) : (
        <section className="panel" aria-labelledby="bp-projects-title" data-testid="bp-projects-not-listed">
          <h2 id="bp-projects-title">{t.projectsNotListedTitle}</h2>
          <p>{t.projectsNotListed(budget.meta.kind)}</p>
          {model.projectExpenditure && model.projectExpenditureSource ? (
            <p data-testid="bp-project-expenditure">
              {t.projectsNotListedTotal}：
              <Amount value={model.projectExpenditure} source={model.projectExpenditureSource} /> 万元（来源：
              {describeSource(model.projectExpenditureSource, budget.printed)}）
            </p>
          ) : null}
        </section>
      )}
    </article>
  );
}
