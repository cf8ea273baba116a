// @vitest-environment jsdom
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  fetchPrerenderedScreen,
  pickPrerenderedScreen,
  prerenderedRouteOf,
  PRERENDERED_ROUTES,
  requestAppScripts,
} from './first-screen';

/** URLs (search, hash) and the view each opens prerendered (undefined: none). */
const CASES: [string, string, string | undefined][] = [
  ['', '', 'overview'],
  ['', '#', 'overview'],
  ['', '#/', 'overview'],
  ['', '#/overview', 'overview'],
  ['', '#/function', 'function'],
  ['', '#/performance', 'performance'],
  ['', '#/about', 'about'],
  ['', '#/function/206', undefined],
  ['', '#/overview?d=putuo-finance-2024-final', undefined],
  ['', '#/overview?embed=1', undefined],
  ['?embed=1', '#/overview', undefined],
  ['', '#/checks', undefined],
  ['', '#/import', undefined],
  ['', '#/present', undefined],
  ['', '#/overview/x', undefined],
  ['', '#main', undefined],
  ['', '#/Function', undefined],
];

/** A page as the build writes it: one template per prerendered view, the root, nothing else. */
function builtPage(): Document {
  document.body.replaceChildren();
  for (const route of PRERENDERED_ROUTES) {
    const t = document.createElement('template');
    t.setAttribute('data-route', route);
    const h = document.createElement('h1');
    h.textContent = `screen ${route}`;
    t.content.append(h);
    document.body.append(t);
  }
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return document;
}

describe('prerenderedRouteOf', () => {
  it('is a prerendered view with no query, or the default for no route', () => {
    for (const [search, hash, route] of CASES)
      expect(prerenderedRouteOf(search, hash), search + hash).toBe(route);
  });
});

describe('pickPrerenderedScreen (the classic script after #root)', () => {
  // The plugin writes the function's own text to a file: run that text with only the page's
  // globals, as the page does (so it may not use anything of its module).
  const run = (doc: Document, loc: { search: string; hash: string }) =>
    runInNewContext(`(${pickPrerenderedScreen.toString()})(document, location, "overview")`, {
      document: doc,
      location: loc,
      Array,
    }) as string | null;

  it('puts the screen the URL opens in #root, the same one prerenderedRouteOf names', () => {
    for (const [search, hash, route] of CASES) {
      const doc = builtPage();
      const picked = run(doc, { search, hash });
      const root = doc.getElementById('root')!;
      expect(picked, search + hash).toBe(route ?? null);
      expect(root.getAttribute('data-prerendered'), search + hash).toBe(route ?? null);
      expect(root.textContent, search + hash).toBe(route ? `screen ${route}` : '');
      // The templates are gone either way (they only held memory).
      expect(doc.querySelectorAll('template').length).toBe(0);
    }
  });

  it('leaves a root that already has content alone', () => {
    const doc = builtPage();
    doc.getElementById('root')!.textContent = 'app';
    expect(run(doc, { search: '', hash: '#/function' })).toBeNull();
    expect(doc.getElementById('root')!.textContent).toBe('app');
  });
});

describe('requestAppScripts (the app’s JavaScript after the first screen is painted)', () => {
  const app = {
    entry: './assets/index-x.js',
    preload: ['./assets/a.js', './assets/b.js', './assets/c.js'],
    views: { overview: ['./assets/overview-page.js', './assets/spec-table.js'], function: ['./assets/f.js'] },
  };
  /** A window whose frames and tasks run only when the test says so. */
  function fakeWindow() {
    const frames: (() => void)[] = [];
    const tasks: (() => void)[] = [];
    return {
      frames,
      tasks,
      win: {
        requestAnimationFrame: (cb: () => void) => frames.push(cb),
        setTimeout: (cb: () => void) => tasks.push(cb),
      },
    };
  }
  const requested = () => [
    ...[...document.head.querySelectorAll('link[rel="modulepreload"]')].map(
      (l) => `${l.getAttribute('href')} ${l.getAttribute('crossorigin')}`,
    ),
    ...[...document.head.querySelectorAll('script')].map(
      (s) => `${s.getAttribute('type')} ${s.getAttribute('src')} ${s.getAttribute('crossorigin')}`,
    ),
  ];
  // The entry first, then the links in the head's order (the script is listed last here).
  const entryOnly = ['module ./assets/index-x.js '];
  const firstBatch = ['./assets/a.js ', './assets/b.js '];
  const all = [
    './assets/a.js ',
    './assets/b.js ',
    './assets/c.js ',
    './assets/overview-page.js ',
    './assets/spec-table.js ',
    'module ./assets/index-x.js ',
  ];
  /** Runs the queued tasks until none is left (the later batches of links). */
  const drain = (tasks: (() => void)[]) => {
    while (tasks.length > 0) tasks.shift()!();
  };

  it('waits for the frame that paints the picked screen, then requests the entry and its imports once', () => {
    document.head.replaceChildren();
    const { frames, tasks, win } = fakeWindow();
    requestAppScripts(document, win, 'overview', app);
    expect(requested()).toEqual([]);
    frames.shift()!();
    // Still nothing in the frame itself: the request goes in the task after it (the paint).
    expect(requested()).toEqual([]);
    tasks.shift()!();
    // The entry and two links in that task; the next two, then the picked view's last, in
    // a task each.
    expect(requested()).toEqual([...firstBatch, ...entryOnly]);
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(requested()).toEqual([
      ...firstBatch,
      './assets/c.js ',
      './assets/overview-page.js ',
      ...entryOnly,
    ]);
    expect(tasks).toHaveLength(1);
    drain(tasks);
    expect(requested()).toEqual(all);
    // A later visibility change does not request them again.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(requested()).toEqual(all);
  });

  it('where paints are reported, waits for the first contentful paint, not for a frame', () => {
    document.head.replaceChildren();
    const { frames, tasks, win } = fakeWindow();
    let report: ((list: { getEntriesByName(name: string): unknown[] }) => void) | undefined;
    let disconnected = false;
    class Observer {
      static supportedEntryTypes = ['paint', 'longtask'];
      constructor(cb: typeof report) {
        report = cb;
      }
      observe(options: { type: string }) {
        expect(options.type).toBe('paint');
      }
      disconnect() {
        disconnected = true;
      }
    }
    const painted: string[] = [];
    const page = {
      ...win,
      PerformanceObserver: Observer,
      performance: { getEntriesByName: (name: string) => painted.filter((n) => n === name) },
    };
    requestAppScripts(document, page, 'overview', app);
    // No frame is asked for; only the 3 s safety task is queued.
    expect(frames).toHaveLength(0);
    expect(tasks).toHaveLength(1);
    expect(requested()).toEqual([]);
    // A first-paint report alone is not the one waited for.
    report!({ getEntriesByName: (name) => (name === 'first-paint' ? [{}] : []) });
    expect(tasks).toHaveLength(1);
    report!({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) });
    expect(disconnected).toBe(true);
    // In the task after the report (the safety task, run later, requests nothing again).
    expect(requested()).toEqual([]);
    drain(tasks);
    expect(requested()).toEqual(all);

    // A contentful paint before the screen was put in (another view's file): the next frame.
    document.head.replaceChildren();
    const later = fakeWindow();
    painted.push('first-contentful-paint');
    requestAppScripts(
      document,
      { ...later.win, PerformanceObserver: Observer, performance: page.performance },
      'function',
      {
        ...app,
        views: {},
      },
    );
    expect(later.frames).toHaveLength(1);
    later.frames.shift()!();
    drain(later.tasks);
    expect(requested()).toEqual(['./assets/a.js ', './assets/b.js ', './assets/c.js ', ...entryOnly]);
  });

  it('requests at once when no screen was picked (the app draws it) or no frame will be drawn', () => {
    document.head.replaceChildren();
    const none = fakeWindow();
    requestAppScripts(document, none.win, null, app);
    drain(none.tasks);
    // No screen picked: no view's chunks (the app does not know yet which it will draw).
    expect(requested()).toEqual(['./assets/a.js ', './assets/b.js ', './assets/c.js ', ...entryOnly]);

    document.head.replaceChildren();
    const { frames, tasks, win } = fakeWindow();
    requestAppScripts(document, win, 'overview', app);
    // The tab is hidden before its frame: hidden pages draw none.
    document.dispatchEvent(new Event('visibilitychange'));
    drain(tasks);
    expect(requested()).toEqual(all);
    frames.shift()!();
    drain(tasks);
    expect(requested()).toEqual(all);
  });
});

describe('fetchPrerenderedScreen (another view’s screen from its file)', () => {
  const screens = {
    function: './assets/screen-function-1.html',
    performance: './assets/screen-performance-2.html',
  };
  /** A window whose fetch answers from `files` (a missing one: 404) and records what was asked. */
  function fakeWindow(files: Record<string, string>) {
    const asked: string[] = [];
    const timers: { cb: () => void; ms: number }[] = [];
    return {
      asked,
      timers,
      win: {
        DOMParser,
        setTimeout: (cb: () => void, ms: number) => timers.push({ cb, ms }),
        fetch: (url: string) => {
          asked.push(url);
          const text = files[url];
          return Promise.resolve({ ok: text !== undefined, text: () => Promise.resolve(text ?? '') });
        },
      },
    };
  }
  function emptyPage(): HTMLElement {
    document.body.replaceChildren();
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    return root;
  }
  const fetched = (
    win: ReturnType<typeof fakeWindow>['win'],
    loc: { search: string; hash: string },
    picked: string | null = null,
  ) =>
    new Promise<string | null>((resolve) =>
      fetchPrerenderedScreen(document, loc, win, picked, screens, resolve),
    );

  it('puts the file of the view the URL opens in the root, inert, and marks it', async () => {
    const root = emptyPage();
    const { win, asked } = fakeWindow({
      './assets/screen-function-1.html':
        '<div class="app"><h1>功能分类</h1><script>window.ran = 1</script></div>',
    });
    expect(await fetched(win, { search: '', hash: '#/function' })).toBe('function');
    expect(asked).toEqual(['./assets/screen-function-1.html']);
    expect(root.getAttribute('data-prerendered')).toBe('function');
    expect(root.querySelector('h1')!.textContent).toBe('功能分类');
    expect((window as unknown as { ran?: number }).ran).toBeUndefined();
  });

  it('fetches nothing for a picked screen, a URL with a query or path, or a view without a file', async () => {
    const { win, asked } = fakeWindow({});
    emptyPage();
    expect(await fetched(win, { search: '', hash: '#/overview' }, 'overview')).toBe('overview');
    for (const [search, hash] of [
      ['', '#/function/206'],
      ['', '#/function?d=putuo-finance-2024-final'],
      ['?embed=1', '#/function'],
      ['', '#/checks'],
      ['', '#/constructor'],
    ] as const)
      expect(await fetched(win, { search, hash }), search + hash).toBeNull();
    expect(asked).toEqual([]);
  });

  it('leaves the root to the app when the file fails or the reader moved on meanwhile', async () => {
    const root = emptyPage();
    expect(await fetched(fakeWindow({}).win, { search: '', hash: '#/performance' })).toBeNull();
    expect(root.childNodes).toHaveLength(0);
    expect(root.hasAttribute('data-prerendered')).toBe(false);

    const loc = { search: '', hash: '#/function' };
    const { win } = fakeWindow({ './assets/screen-function-1.html': '<h1>功能分类</h1>' });
    const pending = fetched(win, loc);
    loc.hash = '#/function/206';
    expect(await pending).toBeNull();
    expect(root.childNodes).toHaveLength(0);
  });

  it('does not keep the app waiting for a screen that does not come: after 3 s the app renders', async () => {
    const root = emptyPage();
    const never = fakeWindow({});
    const win = { ...never.win, fetch: () => new Promise<never>(() => undefined) };
    const pending = fetched(win, { search: '', hash: '#/function' });
    expect(never.timers.map((t) => t.ms)).toEqual([3000]);
    never.timers[0]!.cb();
    expect(await pending).toBeNull();
    expect(root.hasAttribute('data-prerendered')).toBe(false);

    // A screen that comes after that is not put in (the app has the root).
    let answer: (r: { ok: boolean; text: () => Promise<string> }) => void = () => undefined;
    const late = fakeWindow({});
    const calls: (string | null)[] = [];
    fetchPrerenderedScreen(
      document,
      { search: '', hash: '#/function' },
      { ...late.win, fetch: () => new Promise((resolve) => (answer = resolve)) },
      null,
      screens,
      (route) => calls.push(route),
    );
    late.timers[0]!.cb();
    answer({ ok: true, text: () => Promise.resolve('<h1>功能分类</h1>') });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual([null]);
    expect(root.childNodes).toHaveLength(0);
  });
});
