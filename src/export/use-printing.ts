/**
 * Whether the page has been printed (or is printing) since it loaded: true from the first
 * `beforeprint` event or the first time `matchMedia('print')` matches (a print preview, a
 * PDF, the test runner's emulated print media), and true from then on. The print footer
 * builds its QR code only then (issue 12: encoding it on every page load was a long task on
 * a slow phone, for a footer hidden on screen).
 *
 * The change is rendered synchronously (flushSync) inside the event, so the QR code is in the
 * DOM before the browser lays out the printed pages.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printed = false;
const listeners = new Set<() => void>();
let watching = false;

function markPrinted(): void {
  if (printed) return;
  printed = true;
  flushSync(() => {
    for (const l of listeners) l();
  });
}

function watch(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('beforeprint', markPrinted);
  if (typeof window.matchMedia === 'function') {
    const query = window.matchMedia('print');
    if (query.matches) printed = true;
    else query.addEventListener('change', (e) => e.matches && markPrinted());
  }
}

function subscribe(listener: () => void): () => void {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => {
  watch();
  return printed;
};
const serverSnapshot = () => false;

/** True once the page has been (or is being) printed; false in the server render. */
export function usePrinted(): boolean {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
