/**
 * Layout across every view: no page-wide horizontal scroll on a phone (375 px), in a small
 * embedded frame (320 px) or on a laptop (1280 px); wide tables scroll inside their own
 * region instead. Covers each view and one drill level.
 */
import { expect, openView, test } from './support';

const ROUTES = [
  'overview',
  'function',
  'function/206/20699/2069999',
  'basic-project',
  'basic-project/215/21505',
  'personnel-public',
  'personnel-public/302',
  'change',
  'performance',
  'performance/project/13020824P00016410001J',
  'overview?embed=1',
  'function/206?embed=1',
];

for (const width of [320, 375, 1280]) {
  test(`no horizontal page scroll at ${width} px`, async ({ page }) => {
    test.slow(); // twelve views drawn one after another
    await page.setViewportSize({ width, height: 800 });
    for (const route of ROUTES) {
      await openView(page, route);
      await expect(page.locator('h1').first()).toBeVisible();
      // Polled: charts settle their size through a ResizeObserver after the first frame.
      await expect
        .poll(
          () =>
            page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          { message: `${route} at ${width} px is wider than the screen by` },
        )
        .toBeLessThanOrEqual(0);
    }
  });
}
