// @vitest-environment jsdom
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pickPrerenderedScreen, prerenderedRouteOf, PRERENDERED_ROUTES } from './first-screen';

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
