/**
 * 阅读 settings (适老化 reading aids): 大字 (type at 150 %, the layout reflows) and 高对比度
 * (black on white, strong lines). Applied to the whole document as `data-text="large"` and
 * `data-contrast="high"` on <html> (src/app/reading/reading.css) and to charts through the
 * chart wrapper (src/charts/reading-option.ts). Remembered in localStorage where storage is
 * allowed; where it is not (a frame with an opaque origin, strict privacy modes) every
 * access fails inside try/catch and the settings simply last for the visit.
 */
import { create } from 'zustand';

export interface ReadingPrefs {
  /** 大字: type at 150 %. */
  large: boolean;
  /** 高对比度. */
  contrast: boolean;
}

/** localStorage key of the settings (JSON `{ large, contrast }`). */
export const READING_KEY = 'budget-lens:reading';

/** The stored settings, or the defaults when storage is refused or holds anything else. */
export function loadReadingPrefs(): ReadingPrefs {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(READING_KEY) ?? 'null');
    if (raw && typeof raw === 'object') {
      const r = raw as Record<string, unknown>;
      return { large: r.large === true, contrast: r.contrast === true };
    }
  } catch {
    // Storage refused (sandboxed frame) or not JSON: the defaults.
  }
  return { large: false, contrast: false };
}

function saveReadingPrefs(prefs: ReadingPrefs): void {
  try {
    window.localStorage.setItem(READING_KEY, JSON.stringify(prefs));
  } catch {
    // Storage refused: the choice lasts for this visit only.
  }
}

/** Puts the settings on <html> (the CSS hooks). */
export function applyReadingPrefs(prefs: ReadingPrefs, root: HTMLElement = document.documentElement): void {
  if (prefs.large) root.dataset.text = 'large';
  else delete root.dataset.text;
  if (prefs.contrast) root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
}

interface ReadingState extends ReadingPrefs {
  set: (change: Partial<ReadingPrefs>) => void;
}

/** The settings; `set` applies, stores and re-renders every chart. */
export const useReadingStore = create<ReadingState>((setState, get) => ({
  ...loadReadingPrefs(),
  set: (change) => {
    setState(change);
    const { large, contrast } = get();
    applyReadingPrefs({ large, contrast });
    saveReadingPrefs({ large, contrast });
  },
}));
