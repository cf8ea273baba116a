/**
 * The 导出 menu: one menu button in the header, in the same place on every view. It offers
 * what the view on screen declared (src/export/registry.ts): each of its tables as CSV and
 * as Excel, each chart as a stamped PNG; and for the whole dataset: every printed table as
 * one Excel workbook, every printed cell as a tidy CSV, the dataset file (JSON); printing;
 * and a suggested citation to copy (with the text shown to copy by hand when the browser
 * refuses the clipboard).
 *
 * Keyboard (WAI-ARIA menu button): Enter, Space or ↓ opens on the first item, ↑ on the
 * last; ↑ ↓ Home End move; Enter or Space runs an item; Esc closes and returns to the
 * button; Tab closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { exportCopy } from '../copy/export';
import { everyCellCsv } from '../domain/every-cell';
import { periodLabel, printedTableSpec } from '../domain/printed-table-spec';
import type { CatalogEntry, Dataset } from '../domain/schema';
import { stampedChartPng } from './chart-png';
import { useLocation } from 'react-router';
import { withDataset } from '../app/url';
import { citationText, viewUrl } from './citation';
import { tableCsv } from './csv';
import { fileName, saveFile } from './download';
import { useExportRegistry, type AnyTableSpec } from './registry';
import './export.css';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Item {
  readonly key: string;
  readonly label: string;
  /** Runs the item; a thrown error or rejected promise shows a message. */
  readonly run?: () => void | Promise<void>;
  /** A plain download link instead of an action. */
  readonly href?: { url: string; download: string };
  readonly testId?: string;
}

interface Group {
  readonly key: string;
  readonly label: string;
  readonly items: readonly Item[];
}

async function xlsxFile(specs: readonly AnyTableSpec[], name: string) {
  const { tablesXlsx } = await import('./xlsx');
  saveFile(await tablesXlsx(specs), name, XLSX_TYPE);
}

export interface ExportMenuProps {
  readonly dataset: Dataset;
  readonly entry: CatalogEntry;
  /** The view's name (navigation label), cited when the view shows no single table. */
  readonly viewLabel: string;
}

/** The header's 导出 menu button and its menu (default export: loaded lazily by the shell). */
export default function ExportMenu({ dataset, entry, viewLabel }: ExportMenuProps) {
  const { tables, charts } = useExportRegistry();
  const [open, setOpen] = useState(false);
  // Which item takes focus when the menu opens (first, or last after ↑).
  const pendingFocus = useRef<number | 'last' | null>(null);
  const [status, setStatus] = useState<string>('');
  const [citation, setCitation] = useState<{ text: string; copied: boolean } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const citationRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const { meta } = dataset;
  const period = periodLabel(meta);
  const prefix = entry.id;
  const location = useLocation();
  const url = viewUrl(location.pathname, withDataset(location.search, entry.id));

  const cite = () => {
    const what = tables.length === 1 ? `${viewLabel}·${tables[0]!.title}` : viewLabel;
    const text = citationText({
      department: meta.department.name,
      period,
      what,
      url,
      date: new Date(),
    });
    const manual = () => setCitation({ text, copied: false });
    if (!navigator.clipboard) return manual();
    return navigator.clipboard.writeText(text).then(() => setCitation({ text, copied: true }), manual);
  };

  const groups: Group[] = [
    {
      key: 'tables',
      label: exportCopy.viewTables,
      items: tables.flatMap((spec) => [
        {
          key: `csv-${spec.id}`,
          label: exportCopy.tableCsv(spec.title),
          testId: `export-csv-${spec.id}`,
          run: () =>
            saveFile(tableCsv(spec), `${fileName(prefix, spec.title)}.csv`, 'text/csv;charset=utf-8'),
        },
        {
          key: `xlsx-${spec.id}`,
          label: exportCopy.tableXlsx(spec.title),
          testId: `export-xlsx-${spec.id}`,
          run: () => xlsxFile([spec], `${fileName(prefix, spec.title)}.xlsx`),
        },
      ]),
    },
    {
      key: 'charts',
      label: exportCopy.charts,
      items: charts.map((c, i) => ({
        key: `png-${i}`,
        label: exportCopy.chartPng(c.title),
        testId: `export-png-${i}`,
        run: () =>
          stampedChartPng(c.chart, {
            title: c.title,
            unit: c.unit,
            department: `${meta.department.name} ${period}`,
            source: c.source ?? meta.source.description,
            url,
          }).then((blob) => saveFile(blob, `${fileName(prefix, c.title)}.png`, 'image/png')),
      })),
    },
    {
      key: 'dataset',
      label: `${meta.department.name} ${period}`,
      items: [
        {
          key: 'all-xlsx',
          label: exportCopy.allTablesXlsx,
          testId: 'export-all-xlsx',
          run: () =>
            xlsxFile(
              dataset.tables.map((t) => printedTableSpec(t, dataset)),
              `${fileName(prefix, '全部表格')}.xlsx`,
            ),
        },
        {
          key: 'cells',
          label: exportCopy.everyCellCsv,
          testId: 'export-cells',
          run: () =>
            saveFile(
              everyCellCsv(dataset),
              `${fileName(prefix, '全部单元格')}.csv`,
              'text/csv;charset=utf-8',
            ),
        },
        {
          key: 'json',
          label: exportCopy.datasetJson,
          testId: 'export-json',
          // The catalog entry's file, as src/data/load.ts datasetPath() fetches it.
          href: { url: `data/${entry.file}`, download: `${prefix}.json` },
        },
      ],
    },
    {
      key: 'more',
      label: exportCopy.printAndCite,
      items: [
        { key: 'print', label: exportCopy.print, testId: 'export-print', run: () => window.print() },
        { key: 'cite', label: exportCopy.cite, testId: 'export-cite', run: cite },
      ],
    },
  ].filter((g) => g.items.length > 0);

  const itemNodes = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    const at = pendingFocus.current;
    if (!open || at === null) return;
    const nodes = itemNodes();
    nodes[at === 'last' ? nodes.length - 1 : Math.min(at, nodes.length - 1)]?.focus();
    pendingFocus.current = null;
  }, [open]);

  // The registry can change while the menu is open (a chart or table of the view registering
  // late, the view drawn anew): the item that had focus may be gone, or none was there yet.
  // Focus, left on the page or on the menu's button, goes to the first item.
  useEffect(() => {
    if (!open || pendingFocus.current !== null) return;
    const active = document.activeElement;
    if (active === null || active === document.body || active === buttonRef.current) itemNodes()[0]?.focus();
  }, [open, tables, charts]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const root = menuRef.current?.parentElement;
      if (root && !root.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  useEffect(() => {
    if (citation && !citation.copied) citationRef.current?.select();
  }, [citation]);

  const openAt = (index: number | 'last') => {
    pendingFocus.current = index;
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const runItem = (item: Item) => {
    close(true);
    if (!item.run) return;
    setStatus(exportCopy.working);
    Promise.resolve()
      .then(item.run)
      .then(
        () => setStatus(''),
        () => setStatus(exportCopy.failed(item.label)),
      );
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt('last');
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(true);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const nodes = itemNodes();
    const at = nodes.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      nodes[(to + nodes.length) % nodes.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(nodes.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
    else if (e.key === ' ' && nodes[at]?.tagName === 'A') {
      // Space does not follow a link by itself; in a menu it runs the item like Enter.
      e.preventDefault();
      nodes[at]!.click();
    }
  };

  const buttonId = `${id}-button`;
  const menuId = `${id}-menu`;
  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="app-header__action export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid="export-menu-button"
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {exportCopy.menuButton}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          tabIndex={-1}
          aria-labelledby={buttonId}
          className="export-menu__list"
          data-testid="export-menu"
          onKeyDown={onMenuKey}
        >
          {tables.length === 0 && (
            <p className="export-menu__empty" aria-hidden="true">
              {exportCopy.noTables}
            </p>
          )}
          {groups.map((g) => (
            <div key={g.key} role="group" aria-label={g.label} className="export-menu__group">
              <p className="export-menu__heading" aria-hidden="true">
                {g.label}
              </p>
              {g.items.map((item) =>
                item.href ? (
                  <a
                    key={item.key}
                    role="menuitem"
                    tabIndex={-1}
                    className="export-menu__item"
                    href={item.href.url}
                    download={item.href.download}
                    data-testid={item.testId}
                    onClick={() => close(true)}
                  >
                    {item.label}
                  </a>
                ) : (
                  <button
                    key={item.key}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className="export-menu__item"
                    data-testid={item.testId}
                    onClick={() => runItem(item)}
                  >
                    {item.label}
                  </button>
                ),
              )}
            </div>
          ))}
        </div>
      )}
      <p className="export-menu__status" role="status" data-testid="export-status">
        {status}
      </p>
      {citation && (
        <div className="export-menu__citation" role="region" aria-label={exportCopy.citationLabel}>
          <p>{citation.copied ? exportCopy.citationCopied : exportCopy.citationManual}</p>
          <textarea
            ref={citationRef}
            readOnly
            rows={4}
            aria-label={exportCopy.citationLabel}
            value={citation.text}
            data-testid="export-citation"
          />
          <button type="button" className="button button--secondary" onClick={() => setCitation(null)}>
            {exportCopy.citationClose}
          </button>
        </div>
      )}
    </div>
  );
}
