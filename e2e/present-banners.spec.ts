/**
 * 汇报模式 on a dataset whose checks fail (上海市普陀区财政局 2024 决算 prints two figures that do
 * not reconcile): the room still sees that it does, on one line, and the slide keeps its room.
 */
import { expect, openView, saveScreenshot, test, waitForView } from './support';

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])
  test(`a failing dataset's banner is one line above the slide at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openView(page, 'present?d=putuo-finance-2024-final');
    await waitForView(page);
    const banner = page.locator('.checks-banner');
    await expect(banner).toHaveText(/^数据核验未通过 2 处：数字照印显示/);
    // no list of mismatches on a slide: that is the 核验 view's job
    await expect(banner.locator('li')).toHaveCount(0);
    await expect.poll(() => banner.evaluate((b) => b.getBoundingClientRect().height)).toBeLessThan(60);
    // the slide's title reads at projector size: not shrunk below the deck's floor (0.6)
    const title = page.getByTestId('present-slide').getByRole('heading', { level: 1 });
    await expect(title).toBeVisible();
    await expect
      .poll(() => title.evaluate((h) => h.getBoundingClientRect().height))
      .toBeGreaterThan(size.width >= 1920 ? 30 : 20);
    await saveScreenshot(page, `present-failing-dataset-${size.width}`);
  });
