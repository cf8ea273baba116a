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
import { PART_COLORS } from '../../charts/colors';
import { Amount } from '../../components/amount';
import { FigureCard } from '../../components/figure-card';
import { useFocusAfterDrill } from '../../components/use-focus-after-drill';
import { SpecTable } from '../../components/spec-table';
import { specTableProps, useSortedSpec } from '../../components/use-url-table-state';
import { useNarrow } from '../../components/use-media-query';
import { basicProjectCopy as t } from '../../copy/breakdowns';
import { useExportTables } from '../../export/registry';
import {
  basicProjectExports,
  isScopeRow,
  isSumsRow,
  partsSpec,
  projectsSpec,
  reconciliationSpec,
} from './export-specs';
import { errorsCopy } from '../../copy/errors';
import { zh } from '../../copy/zh';
import { BLANK_CELL, formatAmount, formatPercent } from '../../domain/format';
import { buildPartsBarOption, chartOrder, partText } from './build-parts-bar-option';
import { ProjectList } from './project-list';
import { ReconciliationPanel } from './reconciliation-panel';
import { basicProjectRoute, selectBasicProject, type PartRow } from './select-basic-project';
import './basic-project.css';
import { FunctionCode } from '../../components/swatch';

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
  const printedTitle = tableTitle(budget.functionTree.table, budget.printed);
  const specs = useMemo(() => {
    if (!model) return null;
    const name = model.trail.length > 0 ? `${model.scope.code} ${model.scope.name}` : '支出合计';
    return {
      parts: partsSpec(model, name, budget),
      projects: projectsSpec(model, budget),
      reconciliation: model.projectsListed
        ? reconciliationSpec(model.reconciliation, printedTitle, budget)
        : null,
    };
  }, [model, budget, printedTitle]);
  // Each table keeps its own sort in the URL: ?bpsort= (基本与项目), ?recsort= (核对); the
  // project list (DataTable) keeps ?sort=.
  const partsSorted = useSortedSpec(specs?.parts, 'bpsort', isScopeRow);
  const recSorted = useSortedSpec(specs?.reconciliation, 'recsort', isSumsRow);
  useExportTables(
    useMemo(
      () =>
        specs && partsSorted
          ? basicProjectExports(partsSorted.spec, specs.projects, recSorted?.spec ?? null)
          : null,
      [specs, partsSorted, recSorted],
    ),
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

  if (!model || !partsSorted) {
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
  const parts = partsSorted;
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
        <SpecTable
          {...specTableProps(parts)}
          caption={`${t.tableCaption(tableTitle(budget.functionTree.table, budget.printed))}，金额单位：万元。${zh.sharesNote}`}
          label={`${t.chartTitle(scopeName)}（表格）`}
          rowKey={(r) => r.code || 'scope'}
          rowAttributes={(r): Record<`data-${string}`, string> => (r.code ? { 'data-code': r.code } : {})}
          testId="bp-table"
          renderCell={(c, r) => {
            if (isScopeRow(r)) return undefined;
            if (c.key === 'code') return <FunctionCode code={r.code} />;
            if (c.key === 'name')
              return r.drillPath ? (
                <Link
                  to={drillLink(r.drillPath)}
                  aria-label={t.drillInto(`${r.code} ${r.name}`)}
                  onClick={() => willDrill(r.drillPath!)}
                >
                  {r.name}
                </Link>
              ) : undefined;
            const source =
              c.key === 'total'
                ? r.totalSource
                : c.key === 'basicExpenditure'
                  ? r.basicSource
                  : c.key === 'projectExpenditure'
                    ? r.projectSource
                    : undefined;
            const measure = c.key as PartRow['blank'][number];
            return source && !r.blank.includes(measure) ? (
              <Amount value={r[measure]} source={source} />
            ) : undefined;
          }}
        />
      </section>

      {model.projectsListed ? (
        <div className="bp-grid">
          <ProjectList
            projects={model.projects}
            total={model.projectsTotal}
            {...(model.highlightedProject ? { highlighted: model.highlightedProject } : {})}
            {...(model.trail.length > 0 ? { scopeName } : {})}
          />
          {recSorted ? (
            <ReconciliationPanel
              rec={model.reconciliation}
              table={recSorted}
              tableTitle={printedTitle}
              {...(model.projectExpenditureSource
                ? { projectExpenditureSource: model.projectExpenditureSource }
                : {})}
            />
          ) : null}
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
