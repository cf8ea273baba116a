/**
 * 功能分类 view: where the money goes by 支出功能分类科目, 类 → 款 → 项. A treemap of one level
 * at a time (drill by clicking a block, climb by the breadcrumb), a measure switch (合计 /
 * 基本支出 / 项目支出), a summary of the level, the detail of a 项 with its projects, and the
 * tree table twin. The URL holds the drill path and the measure:
 * `#/function/206/20699/2069999?measure=project`.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { withSticky } from '../../app/url';
import { EChart, type ChartEvents } from '../../charts/EChart';
import { chartFontFactor } from '../../charts/scale-fonts';
import { useNarrow } from '../../components/use-media-query';
import { errorsCopy } from '../../copy/errors';
import { functionCopy, measureLabel, undrawableText } from '../../copy/function';
import { formatAmount, formatPercent } from '../../domain/format';
import type { FunctionMeasure } from '../../domain/function-tree';
import { ExpenditureBasisNote } from '../../components/expenditure-basis-note';
import { useExportTables } from '../../export/registry';
import { buildTreemapOption } from './build-treemap-option';
import { functionSpecs } from './export-specs';
import { FocusFigures } from './components/focus-figures';
import { FunctionBreadcrumb } from './components/function-breadcrumb';
import { FunctionTreeTable } from './components/function-tree-table';
import { LeafDetail } from './components/leaf-detail';
import { MeasureSwitch } from './components/measure-switch';
import {
  functionRoute,
  groupSmallBlocks,
  otherRoute,
  parseMeasure,
  selectFunctionView,
} from './select-function-view';
import { readBlockSizes, sameBlockSizes, type BlockSizes } from './treemap-layout';
import { useElementWidth } from './use-element-width';
import './function.css';

export default function FunctionPage() {
  const { budget } = useDataset();
  const params = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const narrow = useNarrow();

  const splat = params['*'] ?? '';
  const path = useMemo(() => splat.split('/').filter(Boolean), [splat]);
  const measure = parseMeasure(search.get('measure'));
  const model = useMemo(() => selectFunctionView(budget, { path, measure }), [budget, path, measure]);
  useExportTables(useMemo(() => functionSpecs(model, measure, budget), [model, measure, budget]));
  // A level of many blocks draws its smallest merged into 其他; `?other=1` opens 其他.
  const otherOpen = search.get('other') === '1';
  const treemap = useMemo(() => groupSmallBlocks(model.level, otherOpen), [model.level, otherOpen]);

  // A drill keeps the table's rows opened by hand (?open=, see FunctionTreeTable).
  const open = search.get('open');
  const hrefOf = useCallback(
    (p: readonly string[], m: FunctionMeasure = measure) => {
      const route = functionRoute(p, m);
      const withOpen = open
        ? `${route}${route.includes('?') ? '&' : '?'}open=${encodeURIComponent(open)}`
        : route;
      return withSticky(withOpen, location.search);
    },
    [measure, location.search, open],
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
  // 汇报模式 draws chart text ×1.5 (shared wrapper): the label fitting measures with it too.
  const fontFactor = chartFontFactor();
  const option = useMemo(
    () =>
      buildTreemapOption({
        level: treemap.level,
        summary: model.summary,
        narrow,
        fontFactor,
        ...(chartWidth > 0 ? { size: { width: chartWidth, height: chartHeight } } : {}),
        ...(blockSizes ? { blockSizes } : {}),
      }),
    [model, treemap, narrow, chartWidth, chartHeight, blockSizes, fontFactor],
  );

  // Focus follows a drill or climb started on this page (a block, a table link, the
  // breadcrumb), so a keyboard user lands on the new level instead of <body>. Not on first
  // load, nor on back / forward. The target is the level's heading: the chart's for a 类/款
  // level, the 科目明细 heading for a 项 (whose chart shows its siblings).
  const pathKey = path.join('/');
  const chartHeading = useRef<HTMLHeadingElement>(null);
  const sideHeading = useRef<HTMLHeadingElement>(null);
  const focusTarget = useRef<string | null>(null);
  const isLeafPath = model.leaf !== undefined;
  const focusLevelHeading = useCallback(() => {
    const heading = isLeafPath ? sideHeading.current : chartHeading.current;
    if (!heading) return;
    const r = heading.getBoundingClientRect();
    const visible = r.top >= 0 && r.bottom <= window.innerHeight;
    heading.focus({ preventScroll: visible });
  }, [isLeafPath]);
  const onDrill = useCallback(
    (target: readonly string[]) => {
      const key = target.join('/');
      if (key === pathKey) focusLevelHeading();
      else focusTarget.current = key;
    },
    [pathKey, focusLevelHeading],
  );
  useEffect(() => {
    const wanted = focusTarget.current;
    focusTarget.current = null;
    if (wanted !== null && wanted === pathKey) focusLevelHeading();
    // Only a change of level moves focus; focusLevelHeading follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathKey]);

  // A link with a wrong chain (206/21505) is redirected to the right one and says so, until
  // the reader moves elsewhere. Kept as state set while rendering (React's "information from
  // previous renders" pattern): the redirect replaces the URL and the model forgets it.
  const [corrected, setCorrected] = useState<{ code: string; label: string; path: string } | null>(null);
  const redirectKey = model.redirectTo?.join('/');
  if (model.pathCorrected && redirectKey !== undefined && corrected?.path !== redirectKey)
    setCorrected({ ...model.pathCorrected, path: redirectKey });
  else if (!model.redirectTo && corrected && corrected.path !== pathKey) setCorrected(null);
  useEffect(() => {
    if (redirectKey !== undefined) void navigate(hrefOf(redirectKey.split('/')), { replace: true });
    // Once per redirect target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [redirectKey]);
  // A block click drills through the URL. Read through a ref so the handlers below stay the
  // same object for the chart's life: the wrapper rebinds on a new object, and a 'finished'
  // fired synchronously by setOption would fall in that gap.
  const onBlockClick = useRef<(code: string | undefined) => void>(() => {});
  useLayoutEffect(() => {
    onBlockClick.current = (code) => {
      const block = treemap.level.blocks.find((b) => b.code === code);
      if (block?.members) {
        onDrill(path);
        void navigate(withSticky(otherRoute(path, measure), location.search));
      } else if (block && block.code !== model.level.selectedCode) {
        onDrill(block.path);
        void navigate(hrefOf(block.path));
      }
    };
  }, [model, treemap, path, measure, location.search, navigate, hrefOf, onDrill]);
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

  // The effect above replaces the URL; nothing to draw for the wrong one meanwhile.
  if (model.redirectTo) return null;

  // No 支出总表 (nor a table standing in for it): say so, never a tree of 0.00.
  if (!budget.functionTree.totalSource && budget.functionTree.classes.length === 0) {
    return (
      <article className="view fn-view">
        <header className="view__header">
          <h1>{functionCopy.title}</h1>
          <p className="view__lede">{functionCopy.lede}</p>
        </header>
        <div className="empty-state" data-testid="function-not-published">
          <ExpenditureBasisNote budget={budget} />
        </div>
      </article>
    );
  }

  const { leaf, focus } = model;
  const level = treemap.level;
  const other = treemap.other;
  const m = measureLabel(measure);
  const where = focus.code ? `${focus.code} ${focus.name}` : functionCopy.allExpenditure;
  const chartWhere = level.parent.code
    ? `${level.parent.code} ${level.parent.name}`
    : functionCopy.allExpenditure;
  // A step of its own in the history (back returns to the previous 口径), like a drill.
  const changeMeasure = (next: FunctionMeasure) =>
    void navigate(hrefOf(model.trail.length ? model.trail[model.trail.length - 1]!.path : [], next));

  return (
    <article className="view fn-view">
      <header className="view__header">
        <h1>{functionCopy.title}</h1>
        <p className="view__lede">{functionCopy.lede}</p>
      </header>

      <ExpenditureBasisNote budget={budget} />
      {model.unknownCode !== undefined && (
        <p className="fn-notice" role="status" data-testid="function-unknown">
          {functionCopy.unknownCode(model.unknownCode, model.breadcrumb[model.breadcrumb.length - 1]!.label)}{' '}
          <Link to={hrefOf(model.breadcrumb[model.breadcrumb.length - 1]!.path)}>
            {errorsCopy.openValidLink}
          </Link>
        </p>
      )}
      {corrected && corrected.path === pathKey && (
        <p className="fn-notice" role="status" data-testid="function-corrected">
          {functionCopy.pathCorrected(corrected.code, corrected.label)}
        </p>
      )}

      <div className="fn-toolbar">
        <FunctionBreadcrumb crumbs={model.breadcrumb} hrefOf={hrefOf} onNavigate={onDrill} />
        <MeasureSwitch value={measure} onChange={changeMeasure} />
      </div>

      <div className="fn-grid">
        <section className="panel fn-chart" aria-labelledby="fn-chart-title">
          <h2 id="fn-chart-title" ref={chartHeading} tabIndex={-1}>
            {chartWhere}
            <span className="fn-chart__by">
              {' '}
              · {functionCopy.byLevel(level.childLevel)} · {m}
              {treemap.open ? ` · ${functionCopy.otherHeading}` : ''}
            </span>
          </h2>
          <div ref={chartBox} data-testid="function-chart-box" data-labels="pending">
            {level.blocks.length > 0 ? (
              <EChart
                option={option}
                ariaLabel={functionCopy.chartAria(chartWhere, m)}
                description={model.summary}
                events={events}
                height={`${chartHeight}px`}
                className="fn-chart__canvas"
                testId="function-treemap"
              />
            ) : (
              <div className="empty-state fn-chart__empty" data-testid="function-empty">
                {model.chartNote.text}
              </div>
            )}
          </div>
          {other?.members && (
            <p className="fn-other" data-testid="function-other">
              {treemap.open ? (
                <>
                  {functionCopy.otherOpenNote(other.members.length, level.childLevel)}{' '}
                  <Link to={hrefOf(path)} onClick={() => onDrill(path)}>
                    {functionCopy.otherBackLink}
                  </Link>
                </>
              ) : (
                <>
                  {functionCopy.otherNote(
                    other.members.length,
                    level.childLevel,
                    formatAmount(other.value),
                    formatPercent(other.shareOfParent),
                  )}{' '}
                  <Link
                    to={withSticky(otherRoute(path, measure), location.search)}
                    onClick={() => onDrill(path)}
                  >
                    {functionCopy.otherOpenLink}
                  </Link>
                </>
              )}
            </p>
          )}
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
          {model.chartNote.kind === 'hint' && (
            <p className="fn-chart__hint" data-testid="function-hint">
              {model.chartNote.text}
            </p>
          )}
        </section>

        <aside className="panel fn-side" aria-labelledby="fn-side-title">
          <p className="fn-side__eyebrow">{leaf ? functionCopy.leafHeading : functionCopy.summaryHeading}</p>
          <h2 id="fn-side-title" ref={sideHeading} tabIndex={-1}>
            {where}
          </h2>
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
          onNavigate={onDrill}
          table={budget.functionTree.table}
        />
      </section>
    </article>
  );
}
