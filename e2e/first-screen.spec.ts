/**
 * Figures in the first HTML (issue 12): the build renders the first screen of every main
 * view (src/prerender/): the default view's in index.html, each other's in a file of its own.
 * The picker puts the one the URL opens into #root (the default view's before the first
 * paint), and the client hydrates it. So the HTML itself holds each view's headline figures,
 * the page shows them before any of the app's JavaScript has run, and
 * nothing moves on the way to the drawn charts (layout shifts, as Lighthouse's CLS counts
 * them, from navigation until every chart reports data-rendered="true").
 */
import type { Page } from '@playwright/test';
import { PRERENDERED_ROUTES } from '../src/prerender/first-screen';
import { expect, expectAccessible, saveScreenshot, test, waitForView } from './support';

/** Markup as text: tags dropped, entities decoded, white space collapsed. */
function textOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The text of the `<template data-route="<route>">` of the HTML, if there is one. */
function templateText(html: string, route: string): string | undefined {
  const body = new RegExp(`<template data-route="${route}">([\\s\\S]*?)</template>`).exec(html)?.[1];
  return body === undefined ? undefined : textOf(body);
}

/** Headline figures of 339-2024 (public/data/339-2024.json) each view's first screen shows. */
const FIGURES: Record<string, string[]> = {
  // 收入总计 / 支出总计, 基本支出, 项目支出 (部门预算收支总表, 支出总表).
  overview: ['收入总计 2,305.27', '基本支出 1,398.08', '项目支出 907.19'],
  // The 类 level of the treemap's summary, as the chart's text and table twin print it.
  function: ['合计 2,305.27 万元，分为 5 个类', '206 科学技术支出 1,150.65 万元（49.91%）'],
  // 绩效目标表: 9 分项目标, 7 projects with 55 绩效指标.
  performance: ['9 项分项目标，以及 7 个项目的 55 项绩效指标'],
};

test.describe('figures in the first HTML', () => {
  test('index.html holds the default view’s first screen, and its picker names a file for each other view', async ({
    request,
  }) => {
    const html = await (await request.get('./')).text();
    // No inline script or style: the picker is a file of the app's own folder.
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toMatch(
      /<div id="root"><\/div>\s*<script src="\.\/assets\/first-screen-[0-9a-f]{8}\.js"><\/script>/,
    );
    // Only the overview's screen is in the page itself; no module script or preload in it
    // either (the picker requests them once the screen is painted).
    expect(html.match(/<template data-route="/g)).toHaveLength(1);
    expect(html).not.toMatch(/type="module"|modulepreload/);
    const picker = await (
      await request.get(/<script src="\.\/(assets\/first-screen-[0-9a-f]{8}\.js)">/.exec(html)![1]!)
    ).text();
    for (const route of PRERENDERED_ROUTES) {
      let text = templateText(html, route);
      if (route === 'overview') expect(text, route).toBeDefined();
      else {
        expect(text, route).toBeUndefined();
        const file = new RegExp(`"${route}":"\\./(assets/screen-${route}-[0-9a-f]{8}\\.html)"`).exec(
          picker,
        )?.[1];
        expect(file, route).toBeDefined();
        const response = await request.get(file!);
        expect(response.status(), route).toBe(200);
        text = textOf(await response.text());
      }
      // Each screen is the app with its header, navigation and the view's heading.
      expect(text, route).toContain('丰润区工业和信息化局');
      expect(text, route).toContain('2024 年部门 预算');
      for (const figure of FIGURES[route] ?? []) expect(text, route).toContain(figure);
    }
  });

  test('before the app’s JavaScript runs, the picker shows the screen the URL opens (and only that)', async ({
    page,
    request,
  }) => {
    test.slow();
    // The app's module entry never arrives: what is on screen is the HTML and the picker.
    // The picker's script names the entry it requests once the screen is painted.
    const html = await (await request.get('./')).text();
    const picker = /<script src="\.\/(assets\/first-screen-[0-9a-f]{8}\.js)"><\/script>/.exec(html)![1]!;
    const entry = /"entry":"\.\/(assets\/index-[^"]+\.js)"/.exec(
      await (await request.get(picker)).text(),
    )![1]!;
    await page.route(`**/${entry}`, (route) => route.abort());
    await page.goto('./#/function');
    const root = page.locator('#root');
    await expect(root).toHaveAttribute('data-prerendered', 'function');
    await expect(page.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
    await expect(page.getByTestId('function-treemap')).toBeVisible();
    await expect(root).toContainText('206 科学技术支出 1,150.65 万元（49.91%）');
    await expect(page.getByRole('link', { name: '功能分类', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.locator('template')).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, 'first-screen-function-before-js');

    // Each URL loads the page anew (from another hash of the same page it would only scroll).
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('about:blank');
    await page.goto('./#/performance');
    await expect(root).toHaveAttribute('data-prerendered', 'performance');
    await expect(root).toContainText('9 项分项目标，以及 7 个项目的 55 项绩效指标');
    await saveScreenshot(page, 'first-screen-performance-before-js-375');

    // A drill path, a dataset in the query, a view not prerendered: the root stays empty.
    for (const hash of ['#/function/206', '#/overview?d=putuo-finance-2024-final', '#/checks']) {
      await page.goto('about:blank');
      await page.goto(`./${hash}`);
      await expect(page.locator('#root > *')).toHaveCount(0);
      await expect(root).not.toHaveAttribute('data-prerendered');
    }
  });
});

test('when the app’s program does not download, the figures stay and an alert says so, with a reload button', async ({
  page,
}) => {
  // The entry runs; the module it imports next (src/app/start.tsx: React and the views) fails.
  await page.route(/\/assets\/start-[\w-]+\.js$/, (route) => route.abort());
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto('./#/overview');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('预算透视的程序文件未能下载');
  await expect(alert.getByRole('button', { name: '重新加载页面' })).toBeVisible();
  // The prerendered screen is still there to read, and is never hydrated.
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', 'overview');
  await expect(page.locator('#root')).toContainText('2,305.27');
  await expect(page.locator('#root')).not.toHaveAttribute('data-hydrated');
  await expectAccessible(page);
  await saveScreenshot(page, 'first-screen-start-failed');
  expect(errors.join('\n')).toMatch(/start-/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the app needs JavaScript and shows the default view’s figures, as before', async ({
    page,
  }) => {
    // No picker runs, so no route's screen is put in; the <noscript> copy of the overview is shown.
    await page.goto('./#/function');
    await expect(page.locator('#root > *')).toHaveCount(0);
    const text = () => page.locator('body').innerText();
    await expect.poll(text).toContain('预算透视需要启用 JavaScript。');
    await expect.poll(text).toMatch(/收入总计\s*2,305\.27/);
    // Its chart box keeps its size (the first-screen classes apply to the copy too).
    await expect
      .poll(async () => (await page.locator('#first-screen-noscript .chart').first().boundingBox())?.height)
      .toBeGreaterThan(200);
    await saveScreenshot(page, 'first-screen-function-no-js');
  });
});

test('every other prerendered view is adopted as it is: hydrated, nothing drawn again, no recovery', async ({
  page,
}) => {
  test.slow();
  const notes: string[] = [];
  page.on('console', (msg) => {
    // src/main.tsx says it quietly when React had to draw the root again (a hydration mismatch).
    if (msg.text().includes('预渲染的首屏')) notes.push(msg.text());
  });
  await page.addInitScript(watchLayoutShifts);
  for (const route of PRERENDERED_ROUTES.filter(
    (r) => !['overview', 'function', 'performance'].includes(r),
  )) {
    await page.goto('about:blank');
    await page.goto(`./#/${route}`);
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', route);
    await waitForView(page);
    await expect(page.locator('#root')).toHaveAttribute('data-hydrated', '');
    expect(
      await page.evaluate(() => {
        const first = (window as unknown as { __firstHeading: Element | null }).__firstHeading;
        return first !== null && first === document.querySelector('#root h1') && first.isConnected;
      }),
      route,
    ).toBe(true);
    const { total, shifts } = await layoutShifts(page);
    expect(total, `${route}: ${JSON.stringify(shifts)}`).toBeLessThan(0.02);
  }
  expect(notes).toEqual([]);
});

test('a link followed before the prerendered screen is live opens its view (rendered, not a mismatch)', async ({
  page,
}) => {
  const notes: string[] = [];
  page.on('console', (msg) => {
    if (msg.text().includes('预渲染的首屏')) notes.push(msg.text());
  });
  // The dataset is held back until the reader has clicked: the overview is still plain HTML.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/339-2024.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./#/overview');
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', 'overview');
  await page.getByRole('link', { name: '功能分类', exact: true }).click();
  await expect(page).toHaveURL(/#\/function$/);
  release();
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
  await expect(page.getByTestId('function-treemap')).toHaveAttribute('data-rendered', 'true');
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(notes).toEqual([]);
});

/** Records every layout shift of the page (not after input) from navigation on. */
function watchLayoutShifts(): void {
  interface LayoutShift extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null }[];
  }
  const w = window as unknown as {
    __shifts: { value: number; nodes: string[] }[];
    __shiftObserver: PerformanceObserver;
  };
  w.__shifts = [];
  const name = (node: Node | null) =>
    node instanceof Element
      ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`
      : String(node?.nodeName);
  const record = (entries: PerformanceEntry[]) => {
    for (const e of entries as LayoutShift[])
      if (!e.hadRecentInput) w.__shifts.push({ value: e.value, nodes: e.sources.map((s) => name(s.node)) });
  };
  w.__shiftObserver = new PerformanceObserver((list) => record(list.getEntries()));
  w.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
  // The prerendered heading as the picker put it in: the default view's at the end of parsing,
  // another view's once its file is in (the root is marked then; the app is not started yet).
  const keep = () => {
    (window as unknown as { __firstHeading: Element | null }).__firstHeading =
      document.querySelector('#root h1');
  };
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('root')!;
    if (root.hasAttribute('data-prerendered')) keep();
    else {
      const marked = new MutationObserver(() => {
        if (!root.hasAttribute('data-prerendered')) return;
        marked.disconnect();
        keep();
      });
      marked.observe(root, { attributes: true, attributeFilter: ['data-prerendered'] });
    }
  });
}

/** The shifts recorded so far, two frames after now (so the last frame's entries are in). */
async function layoutShifts(
  page: Page,
): Promise<{ total: number; shifts: { value: number; nodes: string[] }[] }> {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const w = window as unknown as {
      __shifts: { value: number; nodes: string[] }[];
      __shiftObserver: PerformanceObserver;
    };
    w.__shiftObserver.takeRecords().forEach((e) => {
      const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
      if (!shift.hadRecentInput) w.__shifts.push({ value: shift.value, nodes: [] });
    });
    return { total: w.__shifts.reduce((a, s) => a + s.value, 0), shifts: w.__shifts };
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 375, height: 740 },
]) {
  test.describe(`nothing moves from the first paint to the drawn charts at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const route of ['overview', 'function', 'performance']) {
      test(`#/${route}: layout shifts sum below 0.02, and the prerendered screen is the one hydrated`, async ({
        page,
      }) => {
        await page.addInitScript(watchLayoutShifts);
        await page.goto(`./#/${route}`);
        await expect(page.locator('#root')).toHaveAttribute('data-prerendered', route);
        await waitForView(page);
        await expect(page.locator('#root')).toHaveAttribute('data-hydrated', '');
        // Live: the header's 导出 menu loads after hydration and replaces its busy stand-in.
        await expect(page.locator('.export-menu__button[aria-busy="true"]')).toHaveCount(0);
        if (route !== 'performance')
          await expect(page.locator('.chart[data-rendered="true"]').first()).toBeVisible();
        // The phone's compact layout comes after the hydration (src/app/page-live.tsx): the
        // 功能分类 treemap is drawn 340 px tall there, 460 px on a wide screen.
        if (route === 'function')
          await expect
            .poll(() =>
              page
                .locator('.chart[data-rendered="true"] canvas')
                .first()
                .evaluate((c) => c.clientHeight),
            )
            .toBe(viewport.width <= 600 ? 340 : 460);
        // Hydrated, not drawn again: the prerendered heading is still the element on screen.
        expect(
          await page.evaluate(() => {
            const first = (window as unknown as { __firstHeading: Element | null }).__firstHeading;
            return first !== null && first === document.querySelector('#root h1') && first.isConnected;
          }),
        ).toBe(true);
        // Every wait above retried until the page was done; the sum is read once, at the end.
        const { total, shifts } = await layoutShifts(page);
        expect(total, JSON.stringify(shifts)).toBeLessThan(0.02);
      });
    }
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 375, height: 740 },
]) {
  test.describe(`a link with no prerendered screen does not move either, at ${viewport.width} px`, () => {
    test.use({ viewport });
    // A drill-down (the default dataset, not its first screen) and another dataset's view:
    // the header holds stand-ins at their size while the data load, and the view comes with
    // its 数据核验, so the checks banner does not push it down.
    for (const link of ['function/206', 'overview?d=putuo-finance-2024-final']) {
      test(`#/${link}: layout shifts sum below 0.02 until the checks are in`, async ({ page }) => {
        await page.addInitScript(watchLayoutShifts);
        await page.goto(`./#/${link}`);
        await waitForView(page);
        await expect(page.locator('#root')).not.toHaveAttribute('data-hydrated', '');
        await expect(page.locator('.checks-badge--pending')).toHaveCount(0);
        await expect(page.locator('.export-menu__button[aria-busy="true"]')).toHaveCount(0);
        await expect(page.locator('.chart[data-rendered="true"]').first()).toBeVisible();
        const { total, shifts } = await layoutShifts(page);
        expect(total, JSON.stringify(shifts)).toBeLessThan(0.02);
      });
    }
  });
}
