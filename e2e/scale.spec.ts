/**
 * Scale (issue 12): the benchmark's synthetic department (5,007 绩效指标, 2,030 项, 501
 * projects) in the built app. The indicator table draws a window of its rows, scrolls to
 * the last one, says its full size to assistive technology, and the search still narrows.
 */
import type { Page } from '@playwright/test';
import { serveSynthetic } from './fixtures/synthetic';
import { expect, expectAccessible, test, waitForView } from './support';
import { treemapBlockCentre } from './treemap-block';

/** The treemap's series data codes, read from the ECharts instance. */
async function chartCodes(page: Page): Promise<string[]> {
  const chart = page.getByTestId('function-treemap');
  await expect(chart).toHaveAttribute('data-rendered', 'true');
  return chart.evaluate((el) =>
    (el as unknown as { echarts: { getOption: () => { series: { data: { code: string }[] }[] } } }).echarts
      .getOption()
      .series[0]!.data.map((d) => d.code),
  );
}

/** A real mouse click at the centre of the treemap block `code` (the instance's layout). */
async function clickBlock(page: Page, code: string): Promise<void> {
  const chart = page.getByTestId('function-treemap');
  await expect(chart).toHaveAttribute('data-rendered', 'true');
  await chart.scrollIntoViewIfNeeded();
  const pos = await treemapBlockCentre(chart, code);
  const box = (await chart.boundingBox())!;
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

/**
 * Opens a view of the synthetic department and waits for it: two 1.5 MB files validated and
 * modelled, which takes a loaded 2-core machine longer than the usual expect timeout.
 */
async function openSynthetic(page: Page, route: string): Promise<void> {
  await page.goto(`./#/${route}`);
  await expect(page.locator('main h1')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  await waitForView(page);
}

/** Rows drawn in the indicator table's body (leaf and group rows, not the spacers). */
const drawnRows = (page: Page) => page.getByTestId('indicator-table').locator('tbody tr[data-row-id]');

test.describe('synthetic department: 5,007 绩效指标', () => {
  test.beforeEach(async ({ page }) => {
    await serveSynthetic(page);
  });

  test('the indicator table holds a window of rows and scrolls to the last indicator', async ({ page }) => {
    test.slow();
    await openSynthetic(page, 'performance?d=synthetic-2024&group=none');
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
    await openSynthetic(page, 'performance?d=synthetic-2024');
    const table = page.getByTestId('indicator-table');
    await expect(table).toHaveAttribute('data-virtual', 'true');
    await expect(drawnRows(page).first()).toHaveClass(/data-table__group/);
    await expect(drawnRows(page).first()).toContainText('产出指标');
    await expect.poll(() => drawnRows(page).count()).toBeLessThan(120);
  });

  test('the treemap of 29 类 draws 19 and 其他; clicking 其他 (or its link) shows the 10 merged 类', async ({
    page,
  }) => {
    test.slow();
    await openSynthetic(page, 'function?d=synthetic-2024');
    await expect(page.getByTestId('function-chart-box')).toHaveAttribute('data-labels', 'fitted');
    const codes = await chartCodes(page);
    expect(codes).toHaveLength(20);
    expect(codes).toContain('other');
    expect(codes).not.toContain('201');
    const note = page.getByTestId('function-other');
    await expect(note).toContainText('图中“其他”合并了最小的 10 个类（共 28,991.00 万元，21.35%）');
    // Every 类 is still in the table, 201 included.
    await expect(page.getByTestId('function-table').locator('tr[data-row-id="201"]')).toHaveCount(1);
    await expectAccessible(page);
    await page.locator('.fn-chart').screenshot({ path: 'e2e/screenshots/scale-treemap-other.png' });

    // A click on the 其他 block opens it: the 10 merged 类 alone, in the URL.
    await clickBlock(page, 'other');
    await expect(page).toHaveURL(/#\/function\?(.*&)?other=1/);
    await expect(page.locator('#fn-chart-title')).toContainText('· 其他');
    await expect(page.getByTestId('function-chart-box')).toHaveAttribute('data-labels', 'fitted');
    await expect
      .poll(() => chartCodes(page))
      .toEqual(['201', '202', '203', '204', '214', '215', '216', '217', '232', '233']);
    await expect(note).toContainText('图中为“其他”所合并的 10 个类');
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/screenshots/scale-treemap-other-open.png' });

    // Back to the whole level by its link; the keyboard way in is the note's link.
    await note.getByRole('link', { name: '← 返回本级全部' }).click();
    await expect(page).not.toHaveURL(/other=1/);
    await expect.poll(() => chartCodes(page)).toContain('other');
    await note.getByRole('link', { name: '查看其中各科目 →' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/other=1/);
    await expect.poll(() => chartCodes(page)).toHaveLength(10);
    // A merged 类 drills like any block: its 7 款.
    await clickBlock(page, '201');
    await expect(page).toHaveURL(/#\/function\/201(\?|$)/);
    await expect.poll(() => chartCodes(page)).toHaveLength(7);
  });
});
