/**
 * Whether the page is live: false in the build-time render of the first screen
 * (src/prerender/render.tsx) and while the client hydrates it, true from the hydration's
 * commit on, and always true for a page the client renders itself.
 *
 * Values only a browser knows (a media query, "the lazy 导出 menu may load") must equal the
 * prerendered HTML while React hydrates it. With `useSyncExternalStore`'s server snapshot
 * alone they do, but React then finds the client's snapshot different and re-renders at
 * once, synchronously: on a phone (every view's `useNarrow()` turns true) that update forced
 * the rest of the view's hydration into one task of 70–160 ms without throttling (issue 12:
 * mobile total blocking time; the desktop, where nothing differs, had none). Here the switch
 * is a transition: React renders it in slices after the hydration.
 */
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

const PageLiveContext = createContext(true);

/** The build-time render's wrapper: every browser value is its server snapshot. */
export function PrerenderPhase({ children }: { children: ReactNode }) {
  return <PageLiveContext value={false}>{children}</PageLiveContext>;
}

/**
 * The hydrating client's wrapper: not live during the hydration (so the first render is
 * the prerendered HTML), live in a transition right after its commit.
 */
export function HydrationPhase({ children }: { children: ReactNode }) {
  const [live, setLive] = useState(false);
  useEffect(() => startTransition(() => setLive(true)), []);
  return <PageLiveContext value={live}>{children}</PageLiveContext>;
}

/** True once the page is live (see the module's comment); false in the prerender and while hydrating. */
export function usePageLive(): boolean {
  return useContext(PageLiveContext);
}

/**
 * `useSyncExternalStore` for a value of the browser: `getServerSnapshot()` until the page is
 * live, `getSnapshot()` after (the switch a transition, not a synchronous re-render).
 * `subscribe` should keep its identity across renders (React resubscribes when it changes).
 */
export function useBrowserValue<T>(
  subscribe: (notify: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot: () => T,
): T {
  const live = usePageLive();
  return useSyncExternalStore(subscribe, live ? getSnapshot : getServerSnapshot, getServerSnapshot);
}
