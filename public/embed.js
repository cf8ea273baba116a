/*!
 * Budget Lens (预算透视) host script, embed protocol version 1. Plain ES2019, no
 * dependencies, no build step. Documented in docs/embedding.md.
 *
 * Usage on the portal page (what the 嵌入代码 dialog produces):
 *   <iframe src="https://…/#/overview?embed=1" title="…" loading="lazy"
 *           sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
 *           data-budget-lens data-budget-lens-hash="budget"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 *
 * For EVERY iframe on the page whose window speaks the protocol (matched by
 * event.source === iframe.contentWindow: no attribute is needed, so a bare
 * <iframe src="…/?embed=1#/function/206"> works too, and so do frames added later) it
 * - sets the frame's height from `budget-lens:resize` messages (no inner scrollbar);
 * - with data-budget-lens-hash="<key>", keeps `#<key>=<route>` in the host URL in step with
 *   the view shown in the frame (history.replaceState: the frame's own navigation already
 *   makes the back button work), restores that view on load, and follows later edits of
 *   the host hash by sending `budget-lens:navigate` to the frame (frames with the
 *   attribute are found at load and, through a MutationObserver, when added later);
 * - fires a `budget-lens:navigate` CustomEvent on the iframe ({ detail: { route } }).
 * Messages are accepted only from a frame's own window (event.source) and only when they
 * match the protocol; everything else (other windows, other shapes) is ignored. The origin
 * is not checked: a frame sandboxed without allow-same-origin reports the opaque origin
 * "null", and the messages carry only a height and a route of public data.
 * window.BudgetLensEmbed.attach(iframe) is still accepted (it is no longer needed).
 */
(function () {
  'use strict';

  var SOURCE = 'budget-lens';
  var VERSION = 1;
  var RESIZE = 'budget-lens:resize';
  var NAVIGATE = 'budget-lens:navigate';
  var frames = [];

  function isRoute(route) {
    return (
      typeof route === 'string' &&
      route.length <= 2000 &&
      route.charAt(0) !== '/' &&
      route.indexOf('\\') < 0 &&
      !/^[a-z][a-z0-9+.-]*:/i.test(route) &&
      /^[\x21-\x7e]*$/.test(route)
    );
  }

  function isMessage(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.source === SOURCE &&
      data.version === VERSION &&
      typeof data.type === 'string'
    );
  }

  /** The host hash as [key, value] pairs ("#budget=function%2F206&tab=2"). */
  function hashPairs() {
    var hash = window.location.hash.replace(/^#/, '');
    if (!hash) return [];
    return hash.split('&').map(function (part) {
      var eq = part.indexOf('=');
      return eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    });
  }

  function readHash(key) {
    var pairs = hashPairs();
    for (var i = 0; i < pairs.length; i++) {
      if (pairs[i][0] === key) {
        try {
          return decodeURIComponent(pairs[i][1]);
        } catch (e) {
          return null;
        }
      }
    }
    return null;
  }

  function writeHash(key, route) {
    var pairs = hashPairs().filter(function (p) {
      return p[0] !== key;
    });
    pairs.push([key, encodeURIComponent(route)]);
    var hash =
      '#' +
      pairs
        .map(function (p) {
          return p[0] + '=' + p[1];
        })
        .join('&');
    if (hash === window.location.hash) return;
    try {
      window.history.replaceState(window.history.state, '', hash);
    } catch (e) {
      // A host page that forbids history changes still gets the resizing.
    }
  }

  /** The route shown by a frame URL: "…#/function/206?embed=1" → "function/206". */
  function routeOfSrc(src) {
    var at = src.indexOf('#/');
    if (at < 0) return null;
    var rest = src.slice(at + 2);
    var q = rest.indexOf('?');
    var path = q < 0 ? rest : rest.slice(0, q);
    var query = q < 0 ? '' : rest.slice(q + 1);
    var kept = query.split('&').filter(function (p) {
      return p && p.split('=')[0] !== 'embed';
    });
    return path + (kept.length ? '?' + kept.join('&') : '');
  }

  function post(frame, message) {
    if (!frame.iframe.contentWindow) return;
    // '*': a sandboxed frame without allow-same-origin has the opaque origin "null".
    frame.iframe.contentWindow.postMessage(message, '*');
  }

  function find(iframe) {
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe === iframe) return frames[i];
    return null;
  }

  function attach(iframe) {
    var known = find(iframe);
    if (known) return known;
    var frame = {
      iframe: iframe,
      key: iframe.getAttribute('data-budget-lens-hash'),
      initialRoute: routeOfSrc(iframe.src),
      route: null,
    };
    frame.route = frame.initialRoute;
    frame.pending = null;
    frame.awaiting = null;
    if (frame.key) {
      var wanted = readHash(frame.key);
      if (isRoute(wanted) && wanted !== frame.initialRoute) {
        frame.route = wanted;
        // The frame is already loading its src: rewriting src now would race that load (a
        // blank frame in Chromium, now and then). Ask the app instead, as soon as it first
        // speaks, which proves its listener is ready; until it shows the wanted view, its
        // announcements of the initial view do not touch the host URL.
        frame.pending = wanted;
        frame.awaiting = wanted;
      }
    }
    frames.push(frame);
    return frame;
  }

  /** The attached frame whose window sent `event`, attaching any iframe of the page on its first message. */
  function frameOf(source) {
    if (!source) return null;
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === source) return frames[i];
    var all = document.getElementsByTagName('iframe');
    for (var j = 0; j < all.length; j++) if (all[j].contentWindow === source) return attach(all[j]);
    return null;
  }

  function onMessage(event) {
    // Cheap shape check first: other scripts' messages never make us walk the page's frames.
    var data = event.data;
    if (!isMessage(data)) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (frame.pending) {
      post(frame, { source: SOURCE, version: VERSION, type: NAVIGATE, route: frame.pending });
      frame.pending = null;
    }
    if (frame.awaiting && data.type === NAVIGATE) {
      if (data.route !== frame.awaiting) return;
      frame.awaiting = null;
    }
    if (
      data.type === RESIZE &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height >= 0
    ) {
      var height = Math.ceil(data.height) + 'px';
      if (frame.iframe.style.height !== height) frame.iframe.style.height = height;
    } else if (data.type === NAVIGATE && isRoute(data.route)) {
      frame.route = data.route;
      // Keep the host URL clean until the reader actually moves away from the initial view.
      if (frame.key && (readHash(frame.key) !== null || data.route !== frame.initialRoute))
        writeHash(frame.key, data.route);
      var detail = { route: data.route };
      var custom;
      try {
        custom = new CustomEvent(NAVIGATE, { detail: detail });
      } catch (e) {
        custom = null;
      }
      if (custom) frame.iframe.dispatchEvent(custom);
    }
  }

  function onHashChange() {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (!frame.key) continue;
      var wanted = readHash(frame.key);
      if (!isRoute(wanted) || wanted === frame.route) continue;
      frame.route = wanted;
      post(frame, { source: SOURCE, version: VERSION, type: NAVIGATE, route: wanted });
    }
  }

  function attachMarked(root) {
    if (root.nodeType !== 1) return;
    if (root.matches('iframe[data-budget-lens]')) attach(root);
    var list = root.querySelectorAll('iframe[data-budget-lens]');
    for (var i = 0; i < list.length; i++) attach(list[i]);
  }

  function init() {
    attachMarked(document.documentElement);
    // Frames with data-budget-lens-hash added after load get their host-URL restore too.
    if (typeof MutationObserver === 'function')
      new MutationObserver(function (records) {
        for (var i = 0; i < records.length; i++)
          for (var j = 0; j < records[i].addedNodes.length; j++) attachMarked(records[i].addedNodes[j]);
        // Forget frames taken out of the page.
        frames = frames.filter(function (f) {
          return f.iframe.isConnected;
        });
      }).observe(document.documentElement, { childList: true, subtree: true });
  }

  window.addEventListener('message', onMessage);
  window.addEventListener('hashchange', onHashChange);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();

  window.BudgetLensEmbed = {
    attach: function (iframe) {
      attach(iframe);
    },
    version: VERSION,
  };
})();
