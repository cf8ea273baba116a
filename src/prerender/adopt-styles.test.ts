// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptPrerenderedStyles } from './adopt-styles';

/** The first-screen stylesheet as the plugin writes it, and a prerendered root. */
function page(): HTMLElement {
  const style = document.createElement('style');
  style.textContent =
    '#root .fs-1,#first-screen-noscript .fs-1{height:460px;width:100%}\n#root .fs-2{background:#0f7c86}\n' +
    '.other .fs-1{height:1px}\n' +
    '@media (max-width: 600px){#root .fs-1{height:340px;width:100%}}';
  document.head.replaceChildren(style);
  const el = (tag: string, cls: string | null, ...children: (Node | string)[]) => {
    const e = document.createElement(tag);
    if (cls !== null) e.className = cls;
    e.append(...children);
    return e;
  };
  const chart = el('div', 'chart fs-1');
  chart.dataset.testid = 'c';
  const root = el('div', null, el('div', 'app', chart, el('span', 'fs-2'), el('p', 'plain', 'text')));
  root.id = 'root';
  document.body.replaceChildren(root);
  return root;
}

describe('adoptPrerenderedStyles', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives each element its class’s declarations as inline style and drops the class', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const root = page();
    expect(adoptPrerenderedStyles(root)).toBe(2);
    const chart = root.querySelector<HTMLElement>('[data-testid="c"]')!;
    expect(chart.className).toBe('chart');
    expect(chart.style.height).toBe('460px');
    expect(chart.style.width).toBe('100%');
    const swatch = root.querySelector('span')!;
    // A class attribute that held only the first-screen class goes, as React renders none.
    expect(swatch.hasAttribute('class')).toBe(false);
    expect(swatch.style.backgroundColor).toBe('rgb(15, 124, 134)');
    expect(root.querySelector('p')!.getAttribute('style')).toBeNull();
  });

  it('takes the phone-width value where the media rule applies now', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === '(max-width: 600px)' }));
    const root = page();
    adoptPrerenderedStyles(root);
    expect(root.querySelector<HTMLElement>('.chart')!.style.height).toBe('340px');
  });
});
