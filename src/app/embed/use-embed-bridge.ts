/**
 * Talks to the parent window when the app runs in embed mode inside an iframe (protocol.ts):
 * reports the content height (on load and on every size change, via ResizeObserver on the
 * document element) and the current route (on load and after every navigation), and obeys
 * `budget-lens:navigate` requests that come from the parent window and match the protocol.
 *
 * Only window.parent is ever addressed, and nothing is sent when the app is not framed.
 * targetOrigin is '*' because a frame sandboxed without allow-same-origin has an opaque
 * origin and does not know its host's origin; the messages carry only a height and a
 * route of public data. Incoming messages are checked by source window and shape.
 */
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { withSticky } from '../url';
import {
  NAVIGATE,
  navigateMessage,
  parseMessage,
  resizeMessage,
  routeOf,
  type ProtocolMessage,
} from './protocol';

/** The parent window when framed, else null. */
function framingParent(): Window | null {
  try {
    return window.parent && window.parent !== window ? window.parent : null;
  } catch {
    return null;
  }
}

function send(target: Window, message: ProtocolMessage): void {
  try {
    target.postMessage(message, '*');
  } catch {
    // A detached or closing parent: nothing to resize.
  }
}

/** Runs the bridge while `enabled` (embed mode). */
export function useEmbedBridge(enabled: boolean): void {
  const location = useLocation();
  const navigate = useNavigate();
  const parent = enabled ? framingParent() : null;
  const route = routeOf(location.pathname, location.search);
  const current = useRef({ route, search: location.search });
  useEffect(() => {
    current.current = { route, search: location.search };
  }, [route, location.search]);

  useEffect(() => {
    if (!parent) return;
    const root = document.documentElement;
    let last = -1;
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      send(parent, resizeMessage(height));
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(root);
    // A frame that starts hidden (display: none in a closed portal tab) or zero-wide gets
    // no layout updates while hidden; when it is shown, its viewport resizes: measure again
    // then, and once more after that layout (charts redraw at their real width).
    let frame = 0;
    const onViewport = () => {
      report();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(report);
    };
    window.addEventListener('resize', onViewport);
    // Chromium does not lay out (nor run ResizeObserver for) a cross-origin frame that is
    // off screen, e.g. a second frame below the fold: measure on DOM changes too (reading
    // the size forces layout), so the portal reserves the right height before it scrolls there.
    let timer = 0;
    const mutations = new MutationObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(report, 50);
    });
    mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
      window.clearTimeout(timer);
      window.removeEventListener('resize', onViewport);
      cancelAnimationFrame(frame);
    };
  }, [parent]);

  useEffect(() => {
    if (parent) send(parent, navigateMessage(route));
  }, [parent, route]);

  useEffect(() => {
    if (!parent) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== parent) return;
      const message = parseMessage(event.data);
      if (message?.type !== NAVIGATE || message.route === current.current.route) return;
      void navigate(withSticky(`/${message.route}`, current.current.search));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [parent, navigate]);
}
