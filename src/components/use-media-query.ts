/** Subscribes to a CSS media query, e.g. useMediaQuery('(max-width: 600px)'). */
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mql = window.matchMedia(query);
      mql.addEventListener('change', notify);
      return () => mql.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** True on phone-width screens (≤ 600 px), where charts use their compact layout. */
export function useNarrow(): boolean {
  return useMediaQuery('(max-width: 600px)');
}
