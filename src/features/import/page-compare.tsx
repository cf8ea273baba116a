/**
 * 对照原页: a table as the importer read it (rows with code, name, the first amount columns
 * as printed, and the page·line each came from) beside the PDF page it came from, drawn with
 * pdf.js; the chosen row is framed on the page from its line's position. The original PDF
 * is only in this tab's memory (session-files.ts): after a reload, or for a text input, the
 * view says so and still lists each row's page and line.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useDataset } from '../../app/dataset-context';
import { TableScroll } from '../../components/table-scroll';
import { importCopy as t } from '../../copy/import';
import type { LocalDataset } from '../../store/local-datasets';
import type { LineBox } from './parse-upload';
import { openPdf, type OpenPdf } from './render-page';
import { sessionFile } from './session-files';

/** Amount columns shown beside the name (the rest are in the table views and the CSV). */
const AMOUNT_COLUMNS = 4;

type Box = { left: number; top: number; width: number; height: number };

function PageImage({ file, page, box }: { file: Blob; page: number; box: LineBox | undefined }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const pdf = useRef<Promise<OpenPdf> | null>(null);
  const key = `${page}:${box?.line ?? ''}`;
  const [drawn, setDrawn] = useState<{
    key: string;
    status: 'done' | 'failed';
    detail?: string;
    size?: { width: number; height: number };
    frame?: Box | null;
  } | null>(null);

  useEffect(() => {
    const opening = openPdf(file);
    pdf.current = opening;
    return () => {
      void opening.then(
        (p) => p.close(),
        () => {},
      );
    };
  }, [file]);

  useEffect(() => {
    let live = true;
    const width = Math.min(wrap.current?.clientWidth || 600, 900);
    void pdf
      .current!.then((p) => p.draw(page, canvas.current!, width))
      .then(
        (d) => {
          if (live)
            setDrawn({
              key,
              status: 'done',
              size: { width: d.width, height: d.height },
              frame: box ? d.box(box) : null,
            });
        },
        (e: unknown) => {
          // A draw cancelled by the next one is no failure.
          if (!live || (e instanceof Error && e.name === 'RenderingCancelledException')) return;
          setDrawn({ key, status: 'failed', detail: e instanceof Error ? e.message : String(e) });
        },
      );
    return () => {
      live = false;
    };
  }, [page, box, key]);

  const state = drawn?.key === key ? drawn : { status: 'drawing' as const, detail: undefined };
  // The last size stays while the next page draws (no jump).
  const size = drawn?.size;
  const frame = drawn?.key === key ? drawn.frame : null;

  return (
    <div className="page-compare__image" ref={wrap}>
      <div
        className="page-compare__canvas-wrap"
        // Drawn at the width it had; it scales down with the screen (the frame in % follows).
        style={size ? { maxWidth: `${size.width}px` } : undefined}
        data-rendered={state.status === 'done' ? 'true' : 'false'}
        data-testid="page-image"
      >
        <canvas ref={canvas} role="img" aria-label={t.comparePageAlt(page)} />
        {frame && size && state.status === 'done' && (
          <div
            className="page-compare__highlight"
            data-testid="page-highlight"
            style={{
              left: `${(frame.left / size.width) * 100}%`,
              top: `${(frame.top / size.height) * 100}%`,
              width: `${(frame.width / size.width) * 100}%`,
              height: `${(frame.height / size.height) * 100}%`,
            }}
          />
        )}
      </div>
      {state.status === 'drawing' && <p className="page-compare__status">{t.rendering}</p>}
      {state.status === 'failed' && (
        <p className="page-compare__status" role="alert">
          {t.renderFailed(state.detail ?? '')}
        </p>
      )}
    </div>
  );
}

/** @param item the local import whose dataset is the current one */
export function PageCompare({ item }: { item: LocalDataset }) {
  const { dataset } = useDataset();
  const selectId = useId();
  const tables = dataset.tables;
  const [tableIndex, setTableIndex] = useState(0);
  const [rowIndex, setRowIndex] = useState<number | null>(null);
  const [pageOverride, setPageOverride] = useState<number | null>(null);
  const table = tables[tableIndex];
  const file = sessionFile(item.id);
  if (!table) return null;
  // The row's label: its 科目名称, or (tables printed in halves, 项目 | 金额 | 项目 | 金额) its first
  // text column; the other text columns follow as printed, then the first amount columns.
  const nameColumn = table.columns.find((c) => c.kind === 'name');
  const labelColumn = nameColumn ?? table.columns.find((c) => c.kind === 'text');
  const labelKey = labelColumn?.key;
  const shown = [
    ...table.columns.filter((c) => c.kind === 'text' && c.key !== labelKey),
    ...table.columns.filter((c) => c.kind === 'amount').slice(0, AMOUNT_COLUMNS),
  ].sort((x, y) => table.columns.indexOf(x) - table.columns.indexOf(y));
  const hasCodes = table.rows.some((r) => r.code);
  // A summary table's row without a 收入 item keeps its 支出 item in the 支出 column: the
  // label column then names the row by its number, never by the other half's text.
  const labelOf = (r: (typeof table.rows)[number], i: number) =>
    r.name ||
    (labelKey ? r.cells[labelKey] : undefined) ||
    (!nameColumn && labelColumn ? t.rowUnlabelled(i + 1) : undefined) ||
    table.columns
      .filter((c) => c.kind === 'text')
      .map((c) => r.cells[c.key])
      .find(Boolean) ||
    r.code ||
    `#${i + 1}`;
  const row = rowIndex !== null ? table.rows[rowIndex] : undefined;
  const rowPage = row?.source?.page;
  const page = pageOverride ?? rowPage ?? table.pages[0]!;
  const pageCount = item.report.pages;
  const lineBox =
    row?.source?.line && rowPage === page
      ? item.lineBoxes?.[page]?.find((b) => b.line === row.source!.line)
      : undefined;

  return (
    <section className="panel page-compare" aria-labelledby="page-compare-title" data-testid="page-compare">
      <h3 id="page-compare-title">{t.compareHeading}</h3>
      <p>{t.compareLede}</p>
      <label className="page-compare__select" htmlFor={selectId}>
        {t.compareTable}
      </label>{' '}
      <select
        id={selectId}
        className="page-compare__table-select"
        value={tableIndex}
        onChange={(e) => {
          setTableIndex(Number(e.target.value));
          setRowIndex(null);
          setPageOverride(null);
        }}
      >
        {tables.map((x, i) => (
          <option key={i} value={i}>
            {x.title}（第 {x.pages.join('、')} 页）
          </option>
        ))}
      </select>
      <div className="page-compare__grid">
        <TableScroll label={table.title}>
          <table className="data-table page-compare__rows">
            <caption>
              {table.title}（{table.unit}）
            </caption>
            <thead>
              <tr>
                {hasCodes && <th scope="col">{t.rowColumns.code}</th>}
                <th scope="col">
                  {nameColumn || !labelColumn
                    ? t.rowColumns.name
                    : [...labelColumn.path, labelColumn.label].join(' / ')}
                </th>
                {shown.map((c) => (
                  <th key={c.key} scope="col" className={c.kind === 'amount' ? 'num' : undefined}>
                    {[...c.path, c.label].join(' / ')}
                  </th>
                ))}
                <th scope="col">{t.rowColumns.where}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i} className={i === rowIndex ? 'is-selected' : undefined}>
                  {hasCodes && <td>{r.code ?? ''}</td>}
                  <th scope="row">
                    <button
                      type="button"
                      className="page-compare__row-button"
                      aria-pressed={i === rowIndex}
                      onClick={() => {
                        setRowIndex(i);
                        setPageOverride(null);
                      }}
                    >
                      {labelOf(r, i)}
                    </button>
                  </th>
                  {shown.map((c) => (
                    <td key={c.key} className={c.kind === 'amount' ? 'num' : undefined}>
                      {r.cells[c.key] ?? '—'}
                    </td>
                  ))}
                  <td className="num">{r.source ? t.rowWhere(r.source.page, r.source.line) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <div className="page-compare__page">
          {file ? (
            <>
              <div className="page-compare__nav">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={page <= 1}
                  onClick={() => setPageOverride(page - 1)}
                >
                  {t.previousPage}
                </button>
                <span>{t.comparePage(page, table.pages.join('、'))}</span>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={page >= pageCount}
                  onClick={() => setPageOverride(page + 1)}
                >
                  {t.nextPage}
                </button>
              </div>
              {row && lineBox && (
                <p className="page-compare__status" role="status">
                  {t.highlighted(labelOf(row, rowIndex!), page, lineBox.line)}
                </p>
              )}
              <PageImage file={file} page={page} box={lineBox} />
            </>
          ) : (
            <p className="empty-state">
              {Object.keys(item.lineBoxes ?? {}).length > 0 ? t.compareNoPdf : t.compareText}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
