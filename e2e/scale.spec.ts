/**
 * Scale (issue 12): the benchmark's synthetic department (5,007 绩效指标, 2,030 项, 501
 * projects) in the built app. The indicator table draws a window of its rows, scrolls to
 * the last one, says its full size to assistive technology, and the search still narrows.
 */
import type { Page } from '@playwright/test';
import { serveSynthetic } from './fixtures/synthetic';
import { expect, expectAccessible, test, waitForView } from './support';

/** Rows drawn in the indicator table's body (leaf and group rows, not the spacers). */
const drawnRows = (page: Page) => page.getByTestId('indicator-table').locator('tbody tr[data-row-id]');

test.describe('synthetic department: 5,007 绩效指标', () => {
  test.beforeEach(async ({ page }) => {
    await serveSynthetic(page);
  });

  test('the indicator table holds a window of rows and scrolls to the last indicator', async ({ page }) => {
    test.slow();
    await page.goto('./#/performance?d=synthetic-2024&group=none');
    await waitForView(page);
    await expect(page.getByTestId('indicator-count')).toHaveText('显示 5007 / 5007 项指标');
    const table = page.getByTestId('indicator-table');
    await expect(table).toHaveAttribute('data-virtual', 'true');
    // 1 header row + 5,007 indicator rows.
    await expect(table).toHaveAttribute('aria-rowcount', '5008');
    await expect(drawnRows(page).first()).toHaveAttribute('aria-rowindex', '2');
    await expect(drawnRows(page).first()).toContainText('项目0');
    await expect.poll(() => drawnRows(page).count()).toBeLessThan(120);
    await expect.poll(() => drawnRows(page).count()).toBeGreaterThan(5);
    await expectAccessible(page);

    // Scrolled to the end (as End in the focused scroll box would): the last indicator, of
    // 其余项目, is drawn and visible, the first rows are gone, the header stays in view.
    const box = page.getByRole('region', { name: '绩效指标一览表' });
    await box.scrollIntoViewIfNeeded();
    // Rows are measured as they are drawn (taller than the estimate), so the end moves a little
    // while the last rows come in: scroll again until the last row sits at the box's bottom.
    await expect
      .poll(() =>
        box.evaluate((el) => {
          el.scrollTo({ top: el.scrollHeight });
          const rows = el.querySelectorAll('tbody tr[data-row-id]');
          const lastRow = rows[rows.length - 1];
          return (
            lastRow?.getAttribute('aria-rowindex') === '5008' &&
            lastRow.getBoundingClientRect().bottom <= el.getBoundingClientRect().bottom + 1
          );
        }),
      )
      .toBe(true);
    const last = drawnRows(page).last();
    await expect(last).toHaveAttribute('aria-rowindex', '5008');
    await expect(last).toContainText('服务对象满意度');
    await expect(last).toContainText('其余项目');
    await expect(last).toBeInViewport();
    await expect(table.locator('thead')).toBeInViewport();
    await expect(table.locator('tbody tr[aria-rowindex="2"]')).toHaveCount(0);
    await expect.poll(() => drawnRows(page).count()).toBeLessThan(120);
    await box.screenshot({ path: 'e2e/screenshots/scale-indicator-table-end.png' });

    // The search narrows the 5,007 rows to project 499's ten; a short table draws them all.
    await page.getByTestId('indicator-search').fill('499-');
    await page.getByTestId('indicator-search').press('Enter');
    await expect(page.getByTestId('indicator-count')).toContainText('显示 10 / 5007 项指标');
    await expect(drawnRows(page)).toHaveCount(10);
    await expect(drawnRows(page).first()).toContainText('499-0');
    await expect(drawnRows(page).last()).toContainText('设备维修及时率499-9');
    await expect(table).not.toHaveAttribute('data-virtual', 'true');
    await expect(table).not.toHaveAttribute('aria-rowcount', /./);
  });

  test('grouped by 一级 → 二级指标, group rows are virtual rows too', async ({ page }) => {
    await page.goto('./#/performance?d=synthetic-2024');
    await waitForView(page);
    const table = page.getByTestId('indicator-table');
    await expect(table).toHaveAttribute('data-virtual', 'true');
    await expect(drawnRows(page).first()).toHaveClass(/data-table__group/);
    await expect(drawnRows(page).first()).toContainText('产出指标');
    await expect.poll(() => drawnRows(page).count()).toBeLessThan(120);
  });
});
