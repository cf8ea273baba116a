/**
 * One tab stop for a table body: of every link and button inside it, only one is in the
 * tab order (tabindex 0, the last one used); the others are reached with the arrow keys
 * (↑ ↓ the same column in the row above / below, ← → the previous / next control, Home /
 * End the first / last control of the row, Ctrl+Home / Ctrl+End of the table). So a table
 * of 60 rows with a source button per cell is one stop, not hundreds, while every cell's
 * source stays reachable by keyboard (WAI-ARIA APG "grid" keyboard model, without changing
 * the table's semantics).
 *
 * Rows added later (expanded tree rows, sorting) are picked up by a MutationObserver.
 */
import { useEffect, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])';

function controls(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/** Index of the cell (td/th) an element sits in, within its row. */
function cellIndex(el: HTMLElement): number {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  return cell ? cell.cellIndex : 0;
}

/**
 * Makes the controls inside `ref` (a <tbody>) one tab stop with arrow-key movement.
 * @param ref the table body
 */
export function useRovingFocus(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let active: HTMLElement | null = null;

    const apply = () => {
      const all = controls(root);
      if (!active || !root.contains(active)) active = all[0] ?? null;
      for (const el of all) {
        const want = el === active ? '0' : '-1';
        if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
      }
    };
    const move = (to: HTMLElement | undefined) => {
      if (!to) return false;
      active = to;
      apply();
      to.focus();
      return true;
    };

    const onFocusIn = (e: FocusEvent) => {
      const target = e.target as HTMLElement;
      if (target.matches(FOCUSABLE) && target !== active) {
        active = target;
        apply();
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const current = e.target as HTMLElement;
      if (!current.matches(FOCUSABLE) || current.matches('input, select')) return;
      const all = controls(root);
      const i = all.indexOf(current);
      if (i < 0) return;
      const row = current.closest('tr');
      const inRow = all.filter((el) => el.closest('tr') === row);
      const rows = [...root.querySelectorAll('tr')];
      const rowIndex = row ? rows.indexOf(row) : -1;
      /** The control nearest to column `col` in the next row (step ±1) that has one. */
      const vertical = (step: number) => {
        const col = cellIndex(current);
        for (let r = rowIndex + step; r >= 0 && r < rows.length; r += step) {
          const candidates = all.filter((el) => el.closest('tr') === rows[r]);
          if (candidates.length === 0) continue;
          return candidates.reduce((best, el) =>
            Math.abs(cellIndex(el) - col) < Math.abs(cellIndex(best) - col) ? el : best,
          );
        }
        return undefined;
      };
      let handled = false;
      switch (e.key) {
        case 'ArrowDown':
          handled = move(vertical(1));
          break;
        case 'ArrowUp':
          handled = move(vertical(-1));
          break;
        case 'ArrowRight':
          handled = move(all[i + 1]);
          break;
        case 'ArrowLeft':
          handled = move(all[i - 1]);
          break;
        case 'Home':
          handled = move(e.ctrlKey ? all[0] : inRow[0]);
          break;
        case 'End':
          handled = move(e.ctrlKey ? all[all.length - 1] : inRow[inRow.length - 1]);
          break;
      }
      if (handled) e.preventDefault();
    };

    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [ref]);
}
