/**
 * 功能分类 view: where the money goes by 支出功能分类科目, 类 → 款 → 项. A treemap of one level
 * at a time (drill by clicking a block, climb by the breadcrumb), a measure switch (合计 /
 * 基本支出 / 项目支出), a summary of the level, the detail of a 项 with its projects, and the
 * tree table twin. The URL holds the drill path and the measure:
 * `#/function/206/20699/2069999?measure=project`.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { withSticky } from '../../app/url';
import { EChart, type ChartEvents } from '../../charts/EChart';
import { useNarrow } from '../../components/use-media-query';
import { functionCopy, measureLabel, undrawableText } from '../../copy/function';
import { buildFunctionTree, type FunctionMeasure } from '../../domain/function-tree';
import { buildTreemapOption } from './build-treemap-option';
import { FocusFigures } from './components/focus-figures';
import { FunctionBreadcrumb } from './components/function-breadcrumb';
import { FunctionTreeTable } from './components/function-tree-table';
import { LeafDetail } from './components/leaf-detail';
import { MeasureSwitch } from './components/measure-switch';
import { functionRoute, parseMeasure, selectFunctionViewFromTree } from './select-function-view';
import { readBlockSizes, sameBlockSizes, type BlockSizes } from './treemap-layout';
import { useElementWidth } from './use-element-width';
import './function.css';

export default function FunctionPage() {
  const { dataset } = useDataset();
  const params = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const narrow = useNarrow();

  const splat = params['*'] ?? '';
  const path = useMemo(() => splat.split('/').filter(Boolean), [splat]);
  const measure = parseMeasure(search.get('measure'));
  const tree = useMemo(() => buildFunctionTree(dataset.tables.expenditure.rows, 'expenditure'), [dataset]);
  const model = useMemo(
    () => selectFunctionViewFromTree(tree, dataset, { path, measure }),
    [tree, dataset, path, measure],
  );

  const hrefOf = useCallback(
    (p: readonly string[], m: FunctionMeasure = measure) => withSticky(functionRoute(p, m), location.search),
    [measure, location.search],
  );
  const linkTo = useCallback((route: string) => withSticky(route, location.search), [location.search]);

  const chartBox = useRef<HTMLDivElement>(null);
  const chartWidth = useElementWidth(chartBox);
  const chartHeight = narrow ? 340 : 460;
  // Block sizes as ECharts last drew them: labels go only where they fit.
  const [blockSizes, setBlockSizes] = useState<BlockSizes | undefined>(undefined);
  // Layout effect: it must be current before the chart's own (passive) effect calls
  // setOption, whose 'finished' can fire synchronously.
  const blockSizesRef = useRef(blockSizes);
  useLayoutEffect(() => {
    blockSizesRef.current = blockSizes;
  }, [blockSizes]);
  const option = useMemo(
    () =>
      buildTreemapOption({
        level: model.level,
        summary: model.summary,
        narrow,
        ...(chartWidth > 0 ? { size: { width: chartWidth, height: chartHeight } } : {}),
        ...(blockSizes ? { blockSizes } : {}),
      }),
    [model, narrow, chartWidth, chartHeight, blockSizes],
  );
  // A block click drills through the URL. Read through a ref so the handlers below stay the
  // same object for the chart's life: the wrapper rebinds on a new object, and a 'finished'
  // fired synchronously by setOption would fall in that gap.
  const onBlockClick = useRef<(code: string | undefined) => void>(() => {});
  useLayoutEffect(() => {
    onBlockClick.current = (code) => {
      const block = model.level.blocks.find((b) => b.code === code);
      if (block && block.code !== model.level.selectedCode) void navigate(hrefOf(block.path));
    };
  }, [model, navigate, hrefOf]);
  const events = useMemo<ChartEvents>(
    () => ({
      click: (p) => onBlockClick.current((p as { data?: { code?: string } }).data?.code),
      finished: () => {
        const box = chartBox.current;
        const sizes = readBlockSizes(box?.querySelector('.chart'));
        // "fitted" once a render used the sizes it drew (tests and screenshots wait on it).
        box?.setAttribute('data-labels', sameBlockSizes(blockSizesRef.current, sizes) ? 'fitted' : 'pending');
        setBlockSizes((prev) => (sameBlockSizes(prev, sizes) ? prev : sizes));
      },
    }),
    [],
  );

  if (model.redirectTo) return <Navigate to={hrefOf(model.redirectTo)} replace />;

  const { level, leaf, focus } = model;
  const m = measureLabel(measure);
  const where = focus.code ? `${focus.code} ${focus.name}` : functionCopy.allExpenditure;
  const chartWhere = level.parent.code
    ? `${level.parent.code} ${level.parent.name}`
    : functionCopy.allExpenditure;
  const changeMeasure = (next: FunctionMeasure) =>
    void navigate(hrefOf(model.trail.length ? model.trail[model.trail.length - 1]!.path : [], next), {
      replace: true,
    });

  return (
    <article className="view fn-view">
      <header className="view__header">
        <h1>{functionCopy.title}</h1>
        <p className="view__lede">{functionCopy.lede}</p>
      </header>

      {model.unknownCode !== undefined && (
        <p className="fn-notice" role="status" data-testid="function-unknown">
          {functionCopy.unknownCode(model.unknownCode, model.breadcrumb[model.breadcrumb.length - 1]!.label)}
        </p>
      )}

      <div className="fn-toolbar">
        <FunctionBreadcrumb crumbs={model.breadcrumb} hrefOf={hrefOf} />
        <MeasureSwitch value={measure} onChange={changeMeasure} />
      </div>

      <div className="fn-grid">
        <section className="panel fn-chart" aria-labelledby="fn-chart-title">
          <h2 id="fn-chart-title">
            {chartWhere}
            <span className="fn-chart__by">
              {' '}
              · {functionCopy.byLevel(level.childLevel)} · {m}
            </span>
          </h2>
          <div ref={chartBox} data-testid="function-chart-box" data-labels="pending">
            {level.blocks.length > 0 ? (
              <EChart
                option={option}
                ariaLabel={functionCopy.chartAria(chartWhere, m)}
                events={events}
                height={`${chartHeight}px`}
                className="fn-chart__canvas"
                testId="function-treemap"
              />
            ) : (
              <div className="empty-state fn-chart__empty" data-testid="function-empty">
                {functionCopy.noBlocks(m, level.childLevel)}。
              </div>
            )}
          </div>
          {level.hidden.length > 0 && (
            <div className="fn-hidden" data-testid="function-hidden">
              <p>{functionCopy.hiddenNotice(m, level.hidden.length)}</p>
              <ul>
                {level.hidden.map((h) => (
                  <li key={h.code}>
                    {h.code} {h.name}：{undrawableText(h.reason, measure)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="fn-chart__hint">{leaf ? functionCopy.chartHintLeaf : functionCopy.chartHint}</p>
        </section>

        <aside className="panel fn-side" aria-labelledby="fn-side-title">
          <p className="fn-side__eyebrow">{leaf ? functionCopy.leafHeading : functionCopy.summaryHeading}</p>
          <h2 id="fn-side-title">{where}</h2>
          <FocusFigures focus={focus} measure={measure} />
          <p className="fn-summary" aria-live="polite" data-testid="function-summary">
            {model.summary}
          </p>
          {leaf && <LeafDetail leaf={leaf} linkTo={linkTo} />}
        </aside>
      </div>

      <section className="panel fn-table-panel" aria-labelledby="fn-table-title">
        <FunctionTreeTable
          headingId="fn-table-title"
          rows={model.rows}
          measure={measure}
          trail={model.trail.map((n) => n.code)}
          totals={model.totals}
          hrefOf={hrefOf}
        />
      </section>
    </article>
  );
}
