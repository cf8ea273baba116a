/**
 * 阅读: a small menu in the header with the reading aids (大字, 高对比度), a disclosure
 * (<details>, keyboard and screen-reader friendly without script) with two switches.
 * The settings live in src/store/reading-store.ts (remembered where storage is allowed).
 */
import { useLayoutEffect, useRef } from 'react';
import { useReadingStore } from '../../store/reading-store';
import { reading } from '../../copy/reading';
import './reading.css';

export function ReadingMenu() {
  const large = useReadingStore((s) => s.large);
  const contrast = useReadingStore((s) => s.contrast);
  const set = useReadingStore((s) => s.set);
  const ref = useRef<HTMLDetailsElement>(null);
  // Open towards the side with room: the header wraps differently at each width and type size.
  const align = () => {
    const menu = ref.current;
    if (!menu) return;
    const left = menu.getBoundingClientRect().left;
    menu.dataset.align = left + 18 * 16 > document.documentElement.clientWidth ? 'end' : 'start';
  };
  useLayoutEffect(align, [large, contrast]);
  return (
    <details className="reading-menu" ref={ref} data-testid="reading-menu" onToggle={align}>
      <summary className="app-header__action">{reading.menu}</summary>
      <div className="reading-menu__panel">
        <label className="reading-menu__option">
          <input
            type="checkbox"
            role="switch"
            checked={large}
            onChange={(e) => set({ large: e.target.checked })}
            data-testid="reading-large"
          />
          <span>{reading.large}</span>
        </label>
        <label className="reading-menu__option">
          <input
            type="checkbox"
            role="switch"
            checked={contrast}
            onChange={(e) => set({ contrast: e.target.checked })}
            data-testid="reading-contrast"
          />
          <span>{reading.contrast}</span>
        </label>
        <p className="reading-menu__hint">{reading.hint}</p>
      </div>
    </details>
  );
}
