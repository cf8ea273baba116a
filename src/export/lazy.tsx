/**
 * The shell's entry points to export, loaded lazily: the menu (CSV writer, chart stamping,
 * the table specs of the whole dataset) and the printed footer (QR encoder) are chunks of
 * their own, fetched right after the first paint, so they never delay the first figures.
 * ExcelJS loads later still, only when an Excel file is asked for.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { exportCopy } from '../copy/export';

const ExportMenu = lazy(() => import('./export-menu'));
const LazyPrintFooter = lazy(() => import('./print-footer'));

/** The 导出 menu button; until its chunk arrives, the same button (busy) holds its place. */
export function ExportMenuButton(props: ComponentProps<typeof ExportMenu>) {
  return (
    <Suspense
      fallback={
        <div className="export-menu">
          <button
            type="button"
            className="app-header__action export-menu__button"
            aria-haspopup="menu"
            aria-expanded={false}
            aria-busy="true"
          >
            {exportCopy.menuButton}
            <span aria-hidden="true"> ▾</span>
          </button>
        </div>
      }
    >
      <ExportMenu {...props} />
    </Suspense>
  );
}

/** The printed page's footer (source, date, URL, QR code); nothing until its chunk arrives. */
export function PrintFooter(props: ComponentProps<typeof LazyPrintFooter>) {
  return (
    <Suspense fallback={null}>
      <LazyPrintFooter {...props} />
    </Suspense>
  );
}
