/**
 * The app shell: header (department, year, dataset switcher from the catalog), navigation
 * to the registered views, and the main area with loading, error and warning states. The
 * current view is rendered only when the dataset is loaded and valid.
 */
import { Suspense, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { zh } from '../copy/zh';
import { errorsCopy } from '../copy/errors';
import { ChecksBadge } from '../components/checks-badge';
import { ChecksBanner } from '../components/checks-banner';
import { StructureWarningsBanner } from '../components/structure-issues';
import { ErrorView } from '../components/error-view';
import { PrintedTablesContext } from '../components/printed-tables-context';
import { SourceNavigationContext, type OpenRoute } from '../components/source-navigation';
import { GlossaryContext } from '../components/glossary-context';
import { datasetGlossary } from '../domain/glossary';
import { Loading } from '../components/loading';
import { useScrollCue } from '../components/use-scroll-cue';
import { EmbedCodeButton } from '../features/embed-code/embed-code-button';
import { ExportMenuButton, ExportMenuStandIn, PrintFooter } from '../export/lazy';
import { PresentLink } from '../features/present/present-link';
import { SearchBox, SearchBoxStandIn } from '../features/search/search-box';
import { useDataStore } from '../store/data-store';
import { useChecksReady, useDatasetChecks, type CheckInput } from '../store/checks-store';
import { wasHydrated } from './hydrated-dataset';
import { isLocalId, localEntry, useLocalDatasets } from '../store/local-datasets';
import { LocalDatasetBanner } from '../components/local-dataset-banner';
import { importShellCopy } from '../copy/import';
import { DatasetContext, defaultEntry, type DatasetContextValue } from './dataset-context';
import { EmbedBar } from './embed/embed-bar';
import { useEmbedBridge } from './embed/use-embed-bridge';
import { useMode } from './embed/use-mode';
import { withDataset, withoutDataset, withSticky } from './url';
import { ReadingMenu } from './reading/reading-menu';
import './phone-header.css';
import { UrlNotice, type UrlProblemsState } from './url-notice';
import { validateLocation } from './url-validation';
import { VIEWS } from './views';

const subscribeNever = () => () => undefined;

/**
 * Its children once the 数据核验 of `input` are ready (suspending meanwhile), or at once
 * without `input` (the view hydrated from the prerendered screen). The shell keys it by which
 * of the two it is, so one instance never stops or starts calling use() (useChecksReady):
 * the view is mounted anew once, when the reader leaves the hydrated dataset for another; its
 * state lives in the URL, so it reopens as it was.
 */
function WithChecks({
  input,
  id,
  children,
}: {
  input: CheckInput | undefined;
  id: string;
  children: ReactNode;
}) {
  useChecksReady(input, id);
  return children;
}

export function AppShell() {
  const catalog = useDataStore((s) => s.catalog);
  const ensureCatalog = useDataStore((s) => s.ensureCatalog);
  const ensureDataset = useDataStore((s) => s.ensureDataset);
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  // Embed (?embed=1) and 汇报模式 (#/present) draw no app chrome; see src/app/embed/.
  const mode = useMode();
  const chrome = !mode.embed && !mode.present;
  useEmbedBridge(mode.embed);
  const navRef = useRef<HTMLElement>(null);
  useScrollCue(navRef);
  useEffect(() => {
    document.documentElement.classList.toggle('embed-mode', mode.embed);
  }, [mode.embed]);

  useEffect(() => {
    void ensureCatalog();
  }, [ensureCatalog]);
  // The reader's own imports (导入), listed in the switcher under 本地导入.
  const localItems = useLocalDatasets((s) => s.items);
  useEffect(() => {
    void useLocalDatasets.getState().ready();
  }, []);

  // Every URL value is checked before a view sees it; a link with rejected values is
  // replaced by its valid part, and the notice says what was dropped.
  const urlCheck = useMemo(
    () => validateLocation(location.pathname, location.search),
    [location.pathname, location.search],
  );
  const badUrl = urlCheck.problems.length > 0;
  useEffect(() => {
    if (!badUrl) return;
    const state: UrlProblemsState = { urlProblems: urlCheck.problems };
    void navigate(urlCheck.valid, { replace: true, state });
  }, [badUrl, urlCheck, navigate]);

  const requestedId = badUrl ? null : params.get('d');
  const id = catalog?.status === 'ready' ? (requestedId ?? defaultEntry(catalog.value).id) : undefined;
  useEffect(() => {
    if (id) void ensureDataset(id);
  }, [id, ensureDataset]);
  const loaded = useDataStore((s) => (id ? s.datasets[id] : undefined));

  const context = useMemo<DatasetContextValue | null>(() => {
    if (catalog?.status !== 'ready' || loaded?.status !== 'ready') return null;
    const local = localItems.find((i) => i.id === id);
    const entry = catalog.value.datasets.find((d) => d.id === id) ?? (local ? localEntry(local) : undefined);
    if (!entry) return null;
    return { ...loaded.value, entry, catalog: catalog.value };
  }, [catalog, loaded, id, localItems]);

  // While the catalog or the dataset loads, the header shows what it will hold, at its size:
  // the requested dataset's department, year and kind from its catalog entry (the same text
  // as the dataset's meta; two empty lines of the same height before the catalog is known),
  // and stand-ins for the controls that need the data, so nothing below the header moves
  // when the data arrive (issue 12: no layout shift on a link that is not prerendered).
  const pending =
    !badUrl &&
    (!catalog ||
      catalog.status === 'loading' ||
      (catalog.status === 'ready' && loaded?.status !== 'ready' && loaded?.status !== 'error'));
  const pendingEntry = useMemo(() => {
    if (!pending || catalog?.status !== 'ready') return undefined;
    const local = localItems.find((i) => i.id === id);
    return catalog.value.datasets.find((d) => d.id === id) ?? (local ? localEntry(local) : undefined);
  }, [pending, catalog, id, localItems]);

  // A view not hydrated from the prerendered screen comes with its 数据核验 (the banner above
  // it then never pushes it down); the build's render and the hydration do not wait for them
  // (the server snapshot), nor does the hydrated dataset afterwards.
  const holdForChecks = useSyncExternalStore(
    subscribeNever,
    () => !wasHydrated(id),
    () => false,
  );

  // 数据核验 for the header badge and the banner: in idle time after the view has drawn.
  const checks = useDatasetChecks(context ?? undefined, context?.entry.id);
  const dataset = context?.dataset;
  // The dataset's 名词解释: every <Term> shows its definition.
  const glossary = useMemo(() => (dataset ? datasetGlossary(dataset) : []), [dataset]);
  // A figure's source opens its printed table row (not in embed mode: the embed shows one view).
  const openRoute = useMemo<OpenRoute | undefined>(
    () =>
      mode.embed || mode.present ? undefined : (route) => void navigate(withSticky(route, location.search)),
    [mode.embed, mode.present, navigate, location.search],
  );
  const view = VIEWS.find((v) => location.pathname.startsWith(`/${v.path}`));
  useEffect(() => {
    const parts = [
      view?.label,
      dataset ? `${dataset.meta.department.name} ${dataset.meta.year} 年部门${dataset.meta.kind}` : undefined,
      zh.appName,
    ];
    document.title = parts.filter(Boolean).join(' · ');
  }, [view, dataset]);

  const switchDataset = (nextId: string) => {
    const next = new URLSearchParams(params);
    next.set('d', nextId);
    void navigate(`${location.pathname}?${next.toString()}`);
  };

  const retry = () => {
    useDataStore.setState((s) => {
      const datasets = { ...s.datasets };
      if (id) delete datasets[id];
      return { catalog: s.catalog?.status === 'error' ? undefined : s.catalog, datasets };
    });
    void ensureCatalog().then(() => {
      const cat = useDataStore.getState().catalog;
      if (cat?.status === 'ready') void ensureDataset(requestedId ?? defaultEntry(cat.value).id);
    });
  };

  let main: React.ReactNode;
  if (badUrl) main = null;
  else if (!catalog || catalog.status === 'loading') main = <Loading label={zh.loadingCatalog} />;
  else if (catalog.status === 'error') main = <ErrorView error={catalog.error} onRetry={retry} />;
  else if (!loaded || loaded.status === 'loading') main = <Loading label={zh.loadingDataset} />;
  else if (loaded.status === 'error')
    main = (
      <ErrorView
        error={loaded.error}
        onRetry={retry}
        action={
          loaded.error.kind === 'local-missing' ? (
            <p>
              <Link className="button button--secondary" to="/import">
                {errorsCopy.localMissingImport}
              </Link>{' '}
              <Link
                className="button button--secondary"
                to={withoutDataset(location.pathname, location.search)}
              >
                {zh.showDefaultDataset}
              </Link>
            </p>
          ) : loaded.error.kind === 'unknown-dataset' ? (
            <p>
              {zh.unknownDatasetHint}{' '}
              <Link
                className="button button--secondary"
                to={withoutDataset(location.pathname, location.search)}
              >
                {zh.showDefaultDataset}
              </Link>
            </p>
          ) : undefined
        }
      />
    );
  else
    main = (
      <DatasetContext.Provider value={context}>
        {/* Sources name the tables as this dataset prints them. */}
        <PrintedTablesContext.Provider value={loaded.value.budget.printed}>
          <SourceNavigationContext.Provider value={openRoute}>
            <GlossaryContext.Provider value={glossary}>
              {isLocalId(id) && (
                <LocalDatasetBanner
                  fileName={loaded.value.dataset.meta.source.file ?? id!}
                  compact={mode.present}
                  {...(mode.embed ? {} : { to: withSticky('/import', location.search) })}
                />
              )}
              <ChecksBanner
                checks={checks}
                compact={mode.present}
                {...(mode.embed ? {} : { to: withSticky('/checks', location.search) })}
              />
              <StructureWarningsBanner warnings={loaded.value.structureWarnings} compact={mode.present} />
              {/* Each view has its own error boundary (src/app/view-boundary.tsx, from the router). */}
              <Suspense fallback={<Loading label={zh.loadingDataset} />}>
                <WithChecks
                  key={holdForChecks ? 'held' : 'hydrated'}
                  input={holdForChecks ? loaded.value : undefined}
                  id={id!}
                >
                  <Outlet />
                </WithChecks>
              </Suspense>
            </GlossaryContext.Provider>
          </SourceNavigationContext.Provider>
        </PrintedTablesContext.Provider>
      </DatasetContext.Provider>
    );

  return (
    <div className="app">
      {chrome && (
        <a
          className="skip-link"
          // The route itself (not "#main"): with hash routing "#main" would be a route, so a
          // copied or new-tab skip link would land on "找不到该页面".
          href={`#${location.pathname}${withDataset(location.search, id)}`}
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {zh.skipToContent}
        </a>
      )}
      {chrome && (
        <header className="app-header">
          <div className="app-header__brand">
            <span className="app-header__logo" aria-hidden="true">
              预
            </span>
            <span>
              {zh.appName}
              <span className="app-header__brand-en"> {zh.appNameEn}</span>
            </span>
          </div>
          {/* Find anything: beside the brand, so the dataset row keeps its own line when narrow. */}
          {context ? (
            <SearchBox key={id} dataset={context.dataset} budget={context.budget} />
          ) : (
            pending && <SearchBoxStandIn />
          )}
          <div className="app-header__dataset">
            {dataset ? (
              <p className="app-header__department">
                <strong title={dataset.meta.department.name}>{dataset.meta.department.name}</strong>
                <span>
                  {dataset.meta.year} 年部门{dataset.meta.kind} · 单位：万元
                </span>
              </p>
            ) : (
              pending && (
                <p className="app-header__department" aria-busy="true">
                  {pendingEntry ? (
                    <>
                      <strong title={pendingEntry.department}>{pendingEntry.department}</strong>
                      <span>
                        {pendingEntry.year} 年部门{pendingEntry.kind} · 单位：万元
                      </span>
                    </>
                  ) : (
                    <>
                      <strong className="app-header__placeholder">{'\u3000'}</strong>
                      <span className="app-header__placeholder">{'\u3000'}</span>
                    </>
                  )}
                </p>
              )
            )}
            {pending && catalog?.status !== 'ready' && (
              <label className="app-header__switcher">
                <span>{zh.datasetSwitcher}</span>
                <select disabled aria-busy="true">
                  <option>{zh.loadingCatalog}</option>
                </select>
              </label>
            )}
            {catalog?.status === 'ready' && (
              <label className="app-header__switcher">
                <span>{zh.datasetSwitcher}</span>
                <select value={id} onChange={(e) => switchDataset(e.target.value)}>
                  {id &&
                    !catalog.value.datasets.some((d) => d.id === id) &&
                    !localItems.some((i) => i.id === id) && (
                      // Lets the reader pick a real dataset from an invalid link (a change event).
                      <option value={id} disabled>
                        无效的数据集：{id}
                      </option>
                    )}
                  {catalog.value.datasets.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.department} · {d.year} 年{d.kind}
                    </option>
                  ))}
                  {localItems.length > 0 && (
                    <optgroup label={importShellCopy.switcherGroup}>
                      {localItems.map((i) => (
                        <option key={i.id} value={i.id}>
                          {importShellCopy.switcherOption(
                            i.dataset.meta.department.name,
                            i.dataset.meta.year,
                            i.dataset.meta.kind,
                            i.fileName,
                          )}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </select>
              </label>
            )}
            {(context || pending) && (
              <ChecksBadge
                checks={context ? checks : undefined}
                to={withSticky('/checks', location.search)}
              />
            )}
            <PresentLink className="app-header__action" datasetId={id} />
            <EmbedCodeButton datasetId={id} />
            {context ? (
              <ExportMenuButton
                dataset={context.dataset}
                entry={context.entry}
                viewLabel={view?.label ?? zh.appName}
              />
            ) : (
              pending && <ExportMenuStandIn />
            )}
            <ReadingMenu />
          </div>
        </header>
      )}
      {chrome && (
        <nav ref={navRef} className="app-nav" aria-label={zh.mainNav}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v.path}>
                <NavLink to={withSticky(`/${v.path}`, location.search)}>{v.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main
        id="main"
        tabIndex={-1}
        className={
          mode.present ? 'app-main app-main--present' : chrome ? 'app-main app-main--page' : 'app-main'
        }
      >
        <UrlNotice />
        {main}
      </main>
      {chrome && dataset && id && <PrintFooter source={dataset.meta.source.description} datasetId={id} />}
      {chrome ? (
        <footer className="app-footer">
          {dataset ? <>数据来源：{dataset.meta.source.description}</> : null}
        </footer>
      ) : mode.embed ? (
        <EmbedBar sourceDescription={dataset?.meta.source.description} />
      ) : null}
    </div>
  );
}
