/**
 * 适老化 reading aids (issue 13): the 阅读 menu in the header switches 大字 (type at 150 %,
 * the layout reflows) and 高对比度, for the page and its charts; the choice is remembered
 * and falls back silently where storage is refused; prefers-reduced-motion stops chart
 * animation; nothing is lost at 200 % zoom (a 640 px wide layout viewport); and the phone
 * header fits 320 and 375 px with the longest shipped department name.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openView, saveScreenshot, test, waitForView } from './support';

const LONGEST = 'putuo-social-work-2024-final';

/** The first chart's option as ECharts holds it. */
const chartOption = (page: Page) =>
  page
    .locator('.chart[data-rendered="true"]')
    .first()
    .evaluate((el) => {
      const o = (el as unknown as { echarts: { getOption(): Record<string, unknown> } }).echarts.getOption();
      return { animation: o.animation, textColor: (o.textStyle as { color?: string } | undefined)?.color };
    });

const noPageScroll = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);

test.describe('阅读: 大字, 高对比度, motion, zoom, phones', () => {
  test('大字 and 高对比度 from the header menu, by keyboard; remembered after a reload', async ({ page }) => {
    test.slow(); // screenshots and axe in two modes
    await openView(page, 'overview');
    const menu = page.getByTestId('reading-menu');
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('reading-large').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
    await expect
      .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)))
      .toBeGreaterThanOrEqual(24);
    // The figures grow with it (1,398.08 万元 基本支出 reads at 150 %) and the page reflows.
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
    const valueSize = await page
      .getByTestId('card-basic')
      .locator('.amount__value')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(valueSize).toBeGreaterThanOrEqual(1.5 * 24);
    await noPageScroll(page);
    await expect(page.locator('.chart[data-rendered="false"]')).toHaveCount(0);
    await saveScreenshot(page, 'reading-large-1280');
    await expectAccessible(page);

    // The open menu stays on the screen, whichever way the header wraps.
    const panel = (await menu.locator('.reading-menu__panel').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(1280);
    await page.getByTestId('reading-contrast').check();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect.poll(async () => (await chartOption(page)).textColor).toBe('#000000');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('Escape');
    await menu.locator('summary').click(); // close the menu for the picture
    await saveScreenshot(page, 'reading-contrast-large-1280');
    await expectAccessible(page);

    await page.reload();
    // The switches are the app's once the prerendered screen is hydrated.
    await waitForView(page);
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await page.getByTestId('reading-menu').locator('summary').click();
    await page.getByTestId('reading-large').uncheck();
    await expect(page.locator('html')).not.toHaveAttribute('data-text', 'large');
    await saveScreenshot(page, 'reading-contrast-1280');
  });

  test('where storage is refused the switches still work for the visit, silently', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openView(page, 'overview');
    await page.getByTestId('reading-menu').locator('summary').click();
    await page.getByTestId('reading-large').check();
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
    expect(errors).toEqual([]);
  });

  test('prefers-reduced-motion: charts draw without animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openView(page, 'change');
    await expect.poll(async () => (await chartOption(page)).animation).toBe(false);
    // CSS motion too: the loading spinner and transitions stop (styles.css).
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  });

  test('200 % zoom (640 px layout width): every view, nothing off the page', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 640, height: 360 });
    for (const route of [
      'overview',
      'function',
      'basic-project',
      'personnel-public',
      'change',
      'performance',
    ]) {
      await openView(page, route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await noPageScroll(page);
    }
  });

  for (const width of [320, 375])
    test(`phone header at ${width} px with the longest department name`, async ({ page }) => {
      await page.setViewportSize({ width, height: 720 });
      await openView(page, `overview?d=${LONGEST}`);
      const name = page.locator('.app-header__department strong');
      await expect(name).toContainText('中共上海市普陀区委社会工作部');
      // The full name stays available (title) when it is truncated on screen.
      await expect(name).toHaveAttribute('title', /中共上海市普陀区委社会工作部/);
      await noPageScroll(page);
      // Every header control and the navigation stay on the screen.
      for (const el of await page
        .locator('.app-header a, .app-header button, .app-header summary, .app-header select')
        .all()) {
        const box = (await el.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      }
      // The tab strip scrolls in itself and says so: the last view is reachable.
      const nav = page.getByRole('navigation', { name: '主导航' });
      await expect(nav).toHaveAttribute('data-overflow', /end|both/);
      await nav.getByRole('link', { name: '数据核验' }).scrollIntoViewIfNeeded();
      await expect(nav.getByRole('link', { name: '数据核验' })).toBeInViewport();
      await page.screenshot({ path: `e2e/screenshots/phone-header-${width}.png` });
      await expectAccessible(page);
    });
});
