/**
 * Full screen for the deck through the Fullscreen API. A sandboxed iframe without
 * allow="fullscreen" (or a browser that refuses) rejects the request: the deck then says
 * so instead of failing silently, and keeps working in the window.
 */
import { useCallback, useEffect, useState } from 'react';

export interface Fullscreen {
  /** True while the document is in full screen. */
  active: boolean;
  /** True after a refused request, until the next successful one. */
  refused: boolean;
  toggle: () => void;
  /** Leaves full screen; resolves false when not in full screen. */
  exit: () => boolean;
}

export function useFullscreen(): Fullscreen {
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const exit = useCallback(() => {
    if (!document.fullscreenElement) return false;
    document.exitFullscreen().catch(() => setActive(Boolean(document.fullscreenElement)));
    return true;
  }, []);

  const toggle = useCallback(() => {
    if (exit()) return;
    const root = document.documentElement;
    if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') {
      setRefused(true);
      return;
    }
    root.requestFullscreen().then(
      () => setRefused(false),
      () => setRefused(true),
    );
  }, [exit]);

  return { active, refused, toggle, exit };
}
