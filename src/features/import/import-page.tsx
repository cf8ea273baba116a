/**
 * 导入 (#/import): the reader drops or chooses a disclosure PDF or text; a worker reads it
 * with a progress bar (pages read, tables found) and Cancel; the result is kept as a local
 * dataset (本地导入) and opened (`?d=local-…`), which shows its import report here and the
 * whole dashboard on it. A file that cannot be imported gets its own Chinese message and the
 * page stays usable. Nothing is uploaded.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { importCopy as t, importShellCopy } from '../../copy/import';
import { useDataStore } from '../../store/data-store';
import { isLocalId, LOCAL_PREFIX, useLocalDatasets, type LocalDataset } from '../../store/local-datasets';
import { ImportReportView } from './import-report';
import type { UploadProgress } from './parse-upload';
import { problemMessage } from './problem-message';
import { runImport, type RunningImport } from './run-import';
import { forgetSessionFile, keepSessionFile } from './session-files';
import './import.css';

type State =
  | { status: 'idle' }
  | { status: 'running'; file: string; progress: UploadProgress | null }
  | { status: 'cancelled' }
  | { status: 'failed'; file: string; message: string; reasons: string[] };

function ProgressView({
  state,
  onCancel,
}: {
  state: Extract<State, { status: 'running' }>;
  onCancel: () => void;
}) {
  const p = state.progress;
  const label =
    !p || p.phase === 'hash'
      ? t.hashing
      : p.phase === 'pages'
        ? `${t.readingPages(p.read, p.total)} · ${t.tablesSoFar(p.tables)}`
        : p.phase === 'text'
          ? t.readingText
          : `${t.recognising}${p.tables ? ` · ${t.tablesSoFar(p.tables)}` : ''}`;
  return (
    <section className="panel import-progress" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{state.file}</h2>
      <progress
        aria-label={t.progressLabel}
        {...(p?.phase === 'pages' ? { max: p.total, value: p.read } : {})}
        data-testid="import-progress"
      />
      <p className="import-progress__text" role="status" aria-live="polite">
        {label}
      </p>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t.cancel}
      </button>
    </section>
  );
}

function SavedList({ items, current }: { items: LocalDataset[]; current: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const remove = useLocalDatasets((s) => s.remove);
  const lastRemoved = useLocalDatasets((s) => s.lastRemoved);
  const removed =
    lastRemoved &&
    t.savedItem(
      lastRemoved.dataset.meta.department.name,
      lastRemoved.dataset.meta.year,
      lastRemoved.dataset.meta.kind,
    );
  const linkTo = (path: string, id: string) => {
    const params = new URLSearchParams(location.search);
    params.set('d', id);
    return `${path}?${params.toString()}`;
  };
  const onRemove = async (item: LocalDataset) => {
    // Leave the removed dataset first: the shell would otherwise show its loading state.
    if (item.id === current) {
      const params = new URLSearchParams(location.search);
      params.delete('d');
      const qs = params.toString();
      await navigate(`/import${qs ? `?${qs}` : ''}`, { replace: true });
    }
    await remove(item.id);
    forgetSessionFile(item.id);
    useDataStore.setState((s) => {
      const datasets = { ...s.datasets };
      delete datasets[item.id];
      return { datasets };
    });
  };
  return (
    <section className="panel import-saved" aria-labelledby="import-saved-title">
      <h2 id="import-saved-title">{t.savedHeading}</h2>
      {removed && (
        <p role="status" className="import-saved__removed">
          {t.removed(removed)}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty-state">{t.savedNone}</p>
      ) : (
        <ul className="import-saved__list">
          {items.map((i) => {
            const name = t.savedItem(
              i.dataset.meta.department.name,
              i.dataset.meta.year,
              i.dataset.meta.kind,
            );
            return (
              <li
                key={i.id}
                className={i.id === current ? 'import-saved__item is-current' : 'import-saved__item'}
              >
                <div>
                  <strong>{name}</strong>
                  <span className="import-saved__meta">
                    {t.savedMeta(i.fileName, new Date(i.importedAt).toLocaleString('zh-CN'))}
                  </span>
                </div>
                <div className="import-saved__actions">
                  <Link className="button button--secondary" to={linkTo('/import', i.id)}>
                    {importShellCopy.bannerLink}
                  </Link>
                  <Link className="button button--secondary" to={linkTo('/overview', i.id)}>
                    {t.open}
                  </Link>
                  <button
                    type="button"
                    className="button button--secondary"
                    // two imports of one department and year differ by their file
                    aria-label={t.removeLabel(`${name} · ${i.fileName}`)}
                    onClick={() => void onRemove(i)}
                  >
                    {t.remove}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export default function ImportPage() {
  const { entry } = useDataset();
  const location = useLocation();
  const navigate = useNavigate();
  const items = useLocalDatasets((s) => s.items);
  const storage = useLocalDatasets((s) => s.storage);
  const add = useLocalDatasets((s) => s.add);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [dragging, setDragging] = useState(false);
  const running = useRef<RunningImport | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const current = isLocalId(entry.id) ? items.find((i) => i.id === entry.id) : undefined;

  useEffect(() => () => running.current?.cancel(), []);

  const start = async (file: File) => {
    running.current?.cancel();
    setState({ status: 'running', file: file.name, progress: null });
    const run = runImport(file, (progress) =>
      setState((s) => (s.status === 'running' ? { ...s, progress } : s)),
    );
    running.current = run;
    const outcome = await run.done;
    if (running.current !== run) return;
    running.current = null;
    if (outcome === null) return setState({ status: 'cancelled' });
    if (!outcome.ok)
      return setState({
        status: 'failed',
        file: file.name,
        message: problemMessage(outcome.problem),
        reasons: [],
      });
    const { result } = outcome;
    if (!result.dataset)
      return setState({
        status: 'failed',
        file: file.name,
        message: t.problems.notDisclosure,
        reasons: result.report.errors,
      });
    if (result.structureErrors.length > 0) {
      const tables = result.report.tables.filter((x) => x.found).length;
      return setState({
        status: 'failed',
        file: file.name,
        message: result.blankTemplate ? t.problems.blankTemplate(tables) : t.problems.structure(tables),
        reasons: result.structureErrors,
      });
    }
    const id = `${LOCAL_PREFIX}${result.sha256.slice(0, 16)}`;
    if (result.format === 'pdf') keepSessionFile(id, file);
    // A re-import of the same file replaces the loaded copy.
    useDataStore.setState((s) => {
      const datasets = { ...s.datasets };
      delete datasets[id];
      return { datasets };
    });
    await add({
      id,
      fileName: file.name,
      importedAt: new Date().toISOString(),
      dataset: result.dataset,
      report: result.report,
      lineBoxes: result.lineBoxes,
      elapsedMs: result.elapsedMs,
      ...(result.encoding ? { encoding: result.encoding } : {}),
    });
    setState({ status: 'idle' });
    const params = new URLSearchParams(location.search);
    params.set('d', id);
    void navigate(`/import?${params.toString()}`);
  };

  const onFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void start(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onFiles(e.dataTransfer.files);
  };

  return (
    <article className="view import-view">
      <header className="view__header">
        <h1>{t.heading}</h1>
        <p className="view__lede">{t.lede}</p>
      </header>

      {storage.status === 'memory' && (
        <p className="import-storage" role="status">
          {storage.reason === 'failed' ? t.storageFailed(storage.detail ?? '') : t.storageUnavailable}
        </p>
      )}

      <section
        className={dragging ? 'import-drop is-dragging' : 'import-drop'}
        aria-labelledby="import-drop-title"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h2 id="import-drop-title" className="visually-hidden">
          {t.chooseLabel}
        </h2>
        <p>
          {t.dropHint}{' '}
          <button
            type="button"
            className="button"
            disabled={state.status === 'running'}
            onClick={() => input.current?.click()}
          >
            {t.choose}
          </button>
        </p>
        <p className="import-drop__accepts">{t.accepts}</p>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t.chooseLabel}
          accept=".pdf,.txt,application/pdf,text/plain"
          onChange={(e) => {
            onFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </section>

      {state.status === 'running' && (
        <ProgressView
          state={state}
          onCancel={() => {
            running.current?.cancel();
          }}
        />
      )}
      {state.status === 'cancelled' && (
        <p className="import-note" role="status">
          {t.cancelled}
        </p>
      )}
      {state.status === 'failed' && (
        <section className="import-failed" role="alert" aria-labelledby="import-failed-title">
          <h2 id="import-failed-title">{t.failedHeading(state.file)}</h2>
          <p data-testid="import-problem">{state.message}</p>
          {state.reasons.length > 0 && (
            <ul>
              {state.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <p>{t.tryAnother}</p>
        </section>
      )}

      {current && state.status !== 'running' && (
        <ImportReportView item={current} saved={storage.status === 'persistent'} />
      )}

      <SavedList items={items} current={entry.id} />
    </article>
  );
}
