import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unreconciled } from './fixtures/bad-inputs';
import { expect, expectAccessible, openView, saveScreenshot, test } from './support';

/** Serves a doctored copy of the shipped dataset in place of the real file. */
async function serveDoctored(page: Page) {
  await page.route('**/data/339-2024.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(unreconciled()) }),
  );
}

const checks = (page: Page) => page.getByTestId('check');

test.describe('数据核验 view', () => {
  test('the seed: every check agrees but one naming note; the badge leads here', async ({ page }) => {
    // 314 checks on one page: axe over them takes long on a busy machine.
    test.slow();
    await openView(page, 'overview');
    const badge = page.getByRole('banner').getByTestId('checks-badge');
    await expect(badge).toHaveText(/核验 313\/314\s*有提示/);
    // No alarm for a naming note.
    await expect(page.getByRole('alert')).toHaveCount(0);
    await badge.click();
    await expect(page).toHaveURL(/#\/checks$/);
    await expect(page.getByRole('heading', { level: 1, name: '数据核验' })).toBeVisible();
    await expect(page.getByTestId('checks-summary')).toHaveText(
      '共 314 条：通过 313 条，尾差 0 条，未通过 0 条，提示 1 条。',
    );
    const first = checks(page).first();
    await expect(first).toHaveAttribute('data-check-id', 'names:215');
    await expect(first).toContainText('提示');
    await expect(first).toContainText('资源勘探工业信息等支出');
    await expect(first).toContainText('部门预算收入总表 · 215 资源勘探工业信息支出');
    // The page as it opens (passes folded): axe over all of it.
    await expectAccessible(page);
    // Passes are folded; opening them shows a check with both figures and sources.
    const passes = page.getByRole('main').locator('details');
    await expect(passes).not.toHaveAttribute('open');
    await passes.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(passes).toHaveAttribute('open');
    const item = page.locator('[data-check-id="summary-item:215"]');
    await expect(item).toContainText('915.40 万元');
    await expect(item).toContainText(
      '部门预算收支总表 · 十五、资源勘探工业信息等支出 · 支出/预算数 · 印 915.40',
    );
    await expect(item).toContainText('部门预算支出总表 · 215 资源勘探工业信息等支出 · 合计');
    // Opened, the 313 passes are alike: axe over one of them (the whole list took minutes
    // on a loaded machine).
    await expectAccessible(page, [], ['[data-check-id="summary-item:215"]']);
  });

  test('filter by result, by keyboard', async ({ page }) => {
    test.slow();
    await openView(page, 'checks');
    const filter = page.getByRole('navigation', { name: '按结果筛选' });
    await filter.getByRole('link', { name: '尾差' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/checks\?status=rounding$/);
    await expect(filter.getByRole('link', { name: '尾差' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('没有此类结果。')).toBeVisible();
    await expectAccessible(page);
    await filter.getByRole('link', { name: '通过', exact: true }).click();
    await expect(page).toHaveURL(/#\/checks\?status=pass$/);
    // Filtered for passes, they are listed open (not folded), all 313 of them.
    await expect(checks(page)).toHaveCount(313);
  });

  test('a doctored copy: failures first with both figures; the banner links here', async ({ page }) => {
    await serveDoctored(page);
    await openView(page, 'overview');
    await expect(page.getByTestId('checks-badge')).toHaveText(/核验 310\/314\s*未通过/);
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('数据核验未通过（3 处）');
    await banner.getByRole('link', { name: '查看全部核验结果' }).click();
    await expect(page).toHaveURL(/#\/checks$/);
    const first = checks(page).first();
    await expect(first).toHaveAttribute('data-check-id', 'table:budget-expenditure:classes:basicExpenditure');
    await expect(first).toContainText('未通过');
    await expect(first).toContainText('1,398.08 万元');
    await expect(first).toContainText('1,405.43 万元');
    await expect(first).toContainText('+7.35 万元');
    await expect(first).toContainText('部门预算支出总表 · 206 科学技术支出 · 基本支出 · 印 300.00');
    await expect(checks(page).nth(3)).toHaveAttribute('data-check-id', 'names:215');
    await expectAccessible(page);
  });

  test('on a phone the banner keeps its heading and folds the list under 逐项查看', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await serveDoctored(page);
    await openView(page, 'overview');
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('数据核验未通过（3 处）');
    const item = banner.getByRole('listitem').first();
    await expect(item).toBeHidden();
    // The first figures stay on the first screen.
    await expect(page.getByTestId('card-revenue-total')).toBeInViewport();
    await banner.getByText('逐项查看（3 处）').click();
    await expect(item).toBeVisible();
    await expectAccessible(page);
  });

  test('downloads every printed cell as CSV', async ({ page }) => {
    await openView(page, 'checks');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载全部单元格（CSV）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('339-2024-全部单元格.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('table,code,name,column,amount,unit,page');
    expect(lines).toContain('budget-expenditure,215,资源勘探工业信息等支出,项目支出,49.19,万元,5-6');
    expect(lines.filter(Boolean)).toHaveLength(296);
  });

  test('looks right at 1280 and 375 px, no page-wide scroll', async ({ page }) => {
    test.slow();
    await serveDoctored(page);
    for (const [width, height] of [
      [1280, 720],
      [375, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await openView(page, 'checks');
      await expect(checks(page).first()).toBeVisible();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
        .toBeLessThanOrEqual(0);
      await saveScreenshot(page, `checks-${width}`);
    }
  });
});
