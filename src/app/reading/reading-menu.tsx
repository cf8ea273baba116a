/**
 * 阅读: a small menu in the header with the reading aids (大字, 高对比度), a disclosure
 * (<details>, keyboard and screen-reader friendly without script) with two switches.
 * The settings live in src/store/reading-store.ts (remembered where storage is allowed).
 */
import { useLayoutEffect, useRef } from 'react';
import { useReadingStore } from '../../store/reading-store';
import { reading } from '../../copy/reading';
import './reading.css';

/** The switches, in menu order: a reading-store setting and its label. */
const SWITCHES = [
  { key: 'large', label: reading.large },
  { key: 'contrast', label: reading.contrast },
] as const;

/** The 阅读 menu of the header: 大字 and 高对比度 switches (src/store/reading-store.ts). */
export function ReadingMenu() {
  const large = useReadingStore((s) => s.large);
  const contrast = useReadingStore((s) => s.contrast);
  const settings = { large, contrast };
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
        {SWITCHES.map(({ key, label }) => (
          <label className="reading-menu__option" key={key}>
            <input
              type="checkbox"
              role="switch"
              checked={settings[key]}
              onChange={(e) => set({ [key]: e.target.checked })}
              data-testid={`reading-${key}`}
            />
            <span>{label}</span>
          </label>
        ))}
        <p className="reading-menu__hint">{reading.hint}</p>
      </div>
    </details>
  );
}
