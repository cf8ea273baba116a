import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { prerenderedScreenWithoutScripts } from './bench-static-page';

/** The shape scripts/prerender-plugin.ts gives dist/index.html (abridged). */
const BUILT = `<!doctype html><html lang="zh-CN"><head>
<script>if(!/\\/$|\\.html?$/.test(location.pathname))location.replace(location.pathname+'/')</script>
<link rel="stylesheet" crossorigin href="./assets/index-1.css">
<link rel="modulepreload" crossorigin href="./assets/client-2.js">
<link rel="stylesheet" href="./assets/first-screen-3.css">
</head><body><div id="root"></div>
<script src="./assets/first-screen-4.js"></script>
<template data-route="overview"><div class="app"><main id="main"><h1>概览</h1>
<p class="card__value">1,234.56</p></main></div></template>
<noscript id="first-screen-noscript"><div class="app"><h1>概览</h1></div></noscript>
</body></html>`;

describe('prerenderedScreenWithoutScripts (the overview as the HTML alone paints it)', () => {
  it('puts the overview’s screen into #root and drops every script and module preload', () => {
    const page = prerenderedScreenWithoutScripts(BUILT);
    const doc = new JSDOM(page).window.document;
    const root = doc.getElementById('root')!;
    expect(root.getAttribute('data-prerendered')).toBe('overview');
    expect(root.querySelector('h1')?.textContent).toBe('概览');
    expect(root.querySelector('.card__value')?.textContent).toBe('1,234.56');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('link[rel="modulepreload"], template')).toHaveLength(0);
    expect([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toEqual([
      './assets/index-1.css',
      './assets/first-screen-3.css',
    ]);
  });

  it('names what is missing when the page is not a prerendered build', () => {
    expect(() => prerenderedScreenWithoutScripts('<html><body><div id="root"></div></body></html>')).toThrow(
      'index.html: no #root or no template[data-route="overview"]',
    );
  });
});
