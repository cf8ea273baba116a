/**
 * The shell's entry points to export, loaded lazily: the menu (CSV writer, chart stamping,
 * the table specs of the whole dataset) and the printed footer (QR encoder) are chunks of
 * their own, fetched right after the first paint, so they never delay the first figures.
 * ExcelJS loads later still, only when an Excel file is asked for.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { usePageLive } from '../app/page-live';
import { exportCopy } from '../copy/export';

const ExportMenu = lazy(() => import('./export-menu'));
const LazyPrintFooter = lazy(() => import('./print-footer'));

/**
 * The 导出 menu button; until its chunk arrives, the same button (busy) holds its place. Not
 * part of the first screen: the prerendered HTML and the hydration show the busy button, and
 * the menu's chunk loads once the page is live (src/app/page-live.tsx), as the footer's does.
 */
export function ExportMenuButton(props: ComponentProps<typeof ExportMenu>) {
  const ready = usePageLive();
  const busy = <ExportMenuStandIn />;
  if (!ready) return busy;
  return (
    <Suspense fallback={busy}>
      <ExportMenu {...props} />
    </Suspense>
  );
}

/**
 * The 导出 button, busy: in the place of the menu until its chunk arrives, and in the header
 * while the dataset is still loading (the header keeps its size when the menu comes).
 */
export function ExportMenuStandIn() {
  return (
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
  );
}

/** The printed page's footer (source, date, URL, QR code); nothing until its chunk arrives. */
export function PrintFooter(props: ComponentProps<typeof LazyPrintFooter>) {
  const ready = usePageLive();
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <LazyPrintFooter {...props} />
    </Suspense>
  );
}
