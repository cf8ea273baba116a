/**
 * Issue 9, "no script from data": with a dataset whose every text is hostile
 * (e2e/fixtures/hostile-339-2024.json, made by scripts/make-hostile-fixture.ts) served in
 * place of 339-2024, every view in normal, embed and present mode shows those texts as text.
 * Every chart item is hovered (positions read from the ECharts instance); no dialog opens, no
 * element from the data is created, the payloads' window flag stays unset, and long words
 * wrap instead of pushing the page sideways.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HOSTILE_FLAG, IMG, LONG_NAME_PROJECT_CODE, LONG_WORD } from './fixtures/hostile-text';
import { expectAccessible, saveScreenshot, waitForView } from './support';

const FIXTURE = readFileSync(new URL('./fixtures/hostile-339-2024.json', import.meta.url), 'utf8');

/** Every view, with one drill level of the function treemap and one project. */
const ROUTES = [
  'overview',
  'function',
  'function/206',
  'basic-project',
  'personnel-public',
  'change',
  'performance',
  `performance/project/${LONG_NAME_PROJECT_CODE}`,
  'performance/highlights',
] as const;

/** Charts whose tooltips name a 科目 or a dataset text (the others show fixed words and figures). */
const NAMED_CHARTS = new Set(['overview-class-chart', 'function-treemap', 'bp-chart', 'pp-chart']);

/** Routes whose charts the deck test does not hover yet (see the test). */
const DECK_HOVER_OPEN = ['basic-project', 'performance'];

const MODES = {
  normal: (route: string) => `./#/${route}`,
  embed: (route: string) => `./#/${route}${route.includes('?') ? '&' : '?'}embed=1`,
  present: (route: string) => `./#/present?slides=${encodeURIComponent(route)}`,
} as const;

/**
 * Serves the hostile dataset, fails on any dialog, and records elements the data could
 * inject: script elements added to the body after the page's own, and any element with an
 * on* handler attribute or a javascript: URL.
 */
async function armPage(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/data/339-2024.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: FIXTURE }),
  );
  await page.addInitScript(() => {
    const injected: string[] = [];
    (window as unknown as { __injected: string[] }).__injected = injected;
    let loaded = false;
    document.addEventListener('DOMContentLoaded', () => (loaded = true));
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll('*')]) {
            // The page's own scripts: in the HTML, or the app's entry that the picker adds to the
            // head once the first screen is painted (src/prerender/first-screen.ts); anything
            // the data could inject would be drawn in the body.
            if (el.tagName === 'SCRIPT' && loaded && r.target !== document.head)
              injected.push(`script: ${el.outerHTML.slice(0, 80)}`);
            for (const a of el.getAttributeNames())
              if (/^on/i.test(a) || /^\s*javascript:/i.test(el.getAttribute(a) ?? ''))
                injected.push(`${el.tagName} ${a}`);
          }
        }
    }).observe(document, { childList: true, subtree: true });
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(dialogs, 'dialogs opened').toEqual([]);
  await expect(page.locator('img[src="x"], svg[onload], [onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __injected: string[] }).__injected)).toEqual([]);
  expect(
    await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], HOSTILE_FLAG),
  ).toBe(undefined);
}

/** Centres (relative to the chart) of every drawn item of every series that has a tooltip. */
async function itemCentres(chart: Locator): Promise<{ x: number; y: number }[]> {
  return chart.evaluate((el) => {
    type Layout = { x: number; y: number; width: number; height: number } | undefined;
    interface Series {
      get: (key: string) => unknown;
      getData: () => { count: () => number; getItemLayout: (i: number) => Layout };
    }
    const inst = (el as unknown as { echarts: { getModel: () => { getSeries: () => Series[] } } }).echarts;
    const out: { x: number; y: number }[] = [];
    for (const series of inst.getModel().getSeries()) {
      if (series.get('silent') || (series.get('tooltip') as { show?: boolean } | undefined)?.show === false)
        continue;
      const data = series.getData();
      for (let i = 0; i < data.count(); i++) {
        const l = data.getItemLayout(i);
        if (!l || Math.abs(l.width) < 2 || Math.abs(l.height) < 2) continue;
        out.push({ x: l.x + l.width / 2, y: l.y + l.height / 2 });
      }
    }
    return out;
  });
}

/** Hovers every item of every chart on the page; each tooltip must show (named charts: the hostile name as text). */
async function hoverEveryChartItem(page: Page, screenshot?: string): Promise<number> {
  // In the deck a tall view is split into screens (slide-pager): hover the charts on each
  // screen of the slide, paging with 下一页 while the slide has screens left.
  const screen = page.getByText(/^本页第 \d+ \/ \d+ 屏$/);
  if (await screen.count()) {
    let hovered = await hoverVisibleChartItems(page, screenshot);
    for (;;) {
      const [k, n] = ((await screen.textContent()) ?? '').match(/\d+/g)!.map(Number);
      if (k! >= n!) return hovered;
      await page.getByRole('button', { name: '下一页' }).click();
      await expect(screen).toHaveText(`本页第 ${k! + 1} / ${n} 屏`);
      hovered += await hoverVisibleChartItems(page);
    }
  }
  return hoverVisibleChartItems(page, screenshot);
}

async function hoverVisibleChartItems(page: Page, screenshot?: string): Promise<number> {
  const charts = page.locator('.chart[data-rendered="true"]:visible');
  let hovered = 0;
  for (let c = 0; c < (await charts.count()); c++) {
    const chart = charts.nth(c);
    const named = NAMED_CHARTS.has((await chart.getAttribute('data-testid')) ?? '');
    // Bars are laid out once the chart has its size (present mode resizes after the first paint).
    await expect
      .poll(async () => (await itemCentres(chart)).length, { message: `chart ${c} has items` })
      .toBeGreaterThan(0);
    const centres = await itemCentres(chart);
    const tip = chart.locator('.chart-tooltip');
    for (const p of centres) {
      // Bring the item itself into the viewport (a tall chart may not fit).
      await chart.evaluate((el, y) => {
        const r = el.getBoundingClientRect();
        if (r.top + y < 40 || r.top + y > innerHeight - 40) window.scrollBy(0, r.top + y - innerHeight / 2);
      }, p.y);
      // A chart may redraw once after its first paint (the treemap fits its labels to the drawn
      // blocks), which hides a tooltip shown before it: move again until one shows.
      let nudge = 0;
      await expect(async () => {
        const box = (await chart.boundingBox())!;
        // a deck screen shrunk with CSS zoom draws the chart smaller than its own pixels
        const scale = box.width / (await chart.evaluate((el) => (el as HTMLElement).offsetWidth));
        await page.mouse.move(box.x + p.x * scale + (nudge++ % 3), box.y + p.y * scale);
        await expect(tip).toBeVisible({ timeout: 1000 });
      }).toPass();
      if (named) await expect(tip.locator('.chart-tooltip__head')).toContainText(IMG);
      if (screenshot && hovered === 0 && named)
        await page.screenshot({ path: `e2e/screenshots/${screenshot}.png` });
      hovered++;
    }
  }
  return hovered;
}

test.describe('hostile dataset text is only ever text', () => {
  for (const [mode, url] of Object.entries(MODES)) {
    for (const route of ROUTES) {
      test(`${mode}: ${route}`, async ({ page }) => {
        const dialogs = await armPage(page);
        await page.goto(url(route));
        await waitForView(page);
        await expect(page.getByRole('alert')).toHaveCount(0);
        // The hostile texts are on screen, as characters.
        await expect(page.locator('body')).toContainText(IMG);
        const shot = mode === 'normal' && (route === 'overview' || route === 'basic-project');
        // The deck too: on a deck screen shrunk with CSS zoom the chart wrapper maps the
        // pointer to the chart's own pixels (src/charts/zoomed-pointer.ts). Not yet in the deck:
        // 基本与项目's axis tooltip, which does not show there even for a dispatched showTip,
        // zoomed or not (so not the pointer mapping; issue 13), and 绩效目标, whose 44 deck
        // screens take longer to walk than this test's 45 s on a loaded machine.
        if (mode !== 'present' || !DECK_HOVER_OPEN.some((r) => route.startsWith(r))) {
          const hovered = await hoverEveryChartItem(page, shot ? `hostile-tooltip-${route}` : undefined);
          if (!route.startsWith('performance') || route.includes('project/'))
            expect(hovered).toBeGreaterThan(0);
        }
        await expectNothingRan(page, dialogs);
      });
    }
  }

  test('the long project name shows whole, as text, in its detail', async ({ page }) => {
    const dialogs = await armPage(page);
    await page.goto(MODES.normal(`performance/project/${LONG_NAME_PROJECT_CODE}`));
    await waitForView(page);
    await expect(
      page.getByRole('heading', { level: 2 }).filter({ hasText: LONG_WORD }).first(),
    ).toBeVisible();
    await expectNothingRan(page, dialogs);
  });
});

test.describe('long hostile words wrap: no view is wider than the window', () => {
  for (const width of [1280, 375]) {
    for (const route of ROUTES) {
      test(`${width} px: ${route}`, async ({ page }) => {
        await page.setViewportSize({ width, height: width === 375 ? 740 : 720 });
        const dialogs = await armPage(page);
        await page.goto(MODES.normal(route));
        await waitForView(page);
        await expect(page.locator('body')).toContainText(IMG);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `${route} at ${width} px`).toBeLessThanOrEqual(innerWidth);
        if (width === 375) await saveScreenshot(page, `hostile-${route.replace(/\//g, '-')}-375`);
        if (width === 1280) await expectAccessible(page);
        await expectNothingRan(page, dialogs);
      });
    }
  }
});
