import type { Page } from '@playwright/test';
import {
  CATALOG_WITH_MISSING_FILE,
  EXPENDITURE_TABLE_INDEX,
  NOT_JSON,
  amountsAsNumbers,
  unreconciled,
} from './fixtures/bad-inputs';
import { expect, expectAccessible, saveScreenshot, test } from './support';

const json = (body: unknown) => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

async function serveDataset(page: Page, body: { status: number; contentType?: string; body: string }) {
  await page.route('**/data/339-2024.json', (route) => route.fulfill(body));
}

test.describe('bad input shows a specific message, never a blank page', () => {
  test('catalog missing (404)', async ({ page }) => {
    await page.route('**/data/index.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto('./#/overview');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: '数据无法显示' })).toBeVisible();
    await expect(alert).toContainText('找不到数据文件 data/index.json（HTTP 404）');
    await expect(alert.getByRole('button', { name: '重新加载' })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'error-catalog-404');
  });

  test('dataset missing (404 from the real server)', async ({ page }) => {
    await page.route('**/data/index.json', (route) => route.fulfill(json(CATALOG_WITH_MISSING_FILE)));
    await page.goto('./#/overview');
    await expect(page.getByRole('alert')).toContainText(
      '找不到数据文件 data/does-not-exist.json（HTTP 404）',
    );
  });

  test('dataset id in the URL that the catalog does not list', async ({ page }) => {
    await page.goto('./#/overview?d=nope-1999');
    await expect(page.getByRole('alert')).toContainText('目录 data/index.json 中没有数据集 “nope-1999”');
    await expect(page.getByRole('alert')).toContainText('339-2024');
    // A way out: the default dataset, same view; and the switcher can pick a real one.
    await expect(page.getByRole('combobox', { name: '数据集' })).toHaveValue('nope-1999');
    await page.getByRole('link', { name: '打开默认数据集' }).click();
    await expect(page).toHaveURL(/#\/overview$/);
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
  });

  test('the switcher leaves an invalid dataset link by a real change', async ({ page }) => {
    await page.goto('./#/overview?d=nope-1999');
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByRole('combobox', { name: '数据集' }).selectOption('339-2024');
    await expect(page).toHaveURL(/#\/overview\?d=339-2024$/);
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
  });

  test('dataset that is not JSON: file, line and column', async ({ page }) => {
    await serveDataset(page, { status: 200, contentType: 'application/json', body: NOT_JSON });
    await page.goto('./#/overview');
    await expect(page.getByRole('alert')).toContainText(
      /数据文件 data\/339-2024\.json 不是有效的 JSON（第 4 行第 \d+ 列）/,
    );
  });

  test('amounts that are not decimal strings: every failing path listed', async ({ page }) => {
    await serveDataset(page, json(amountsAsNumbers()));
    await page.goto('./#/overview');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('数据文件 data/339-2024.json 不符合数据格式（3 处错误）');
    const issues = alert.locator('.error-view__issues li');
    await expect(issues).toHaveCount(3);
    const table = `tables[${EXPENDITURE_TABLE_INDEX}]`;
    await expect(issues.filter({ hasText: `${table}.unit` })).toContainText('金额单位只能是 "元" 或 "万元"');
    await expect(issues.filter({ hasText: `${table}.rows[0].cells.total` })).toContainText(
      '金额为十进制字符串',
    );
    await expect(issues.filter({ hasText: `${table}.rows[0].cells.basicExpenditure` })).toContainText(
      '金额为十进制字符串',
    );
    await saveScreenshot(page, 'error-schema');
  });

  test('totals that do not reconcile: data shown with a warning naming the mismatch', async ({ page }) => {
    await serveDataset(page, json(unreconciled()));
    await page.goto('./#/overview');
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('数据核验未通过');
    await expect(banner).toContainText(
      '支出总表：206 科学技术支出「合计」= 基本支出 + 项目支出：应为 1150.65，实为 1158.00，相差 7.35 万元',
    );
    // The data is still there.
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
    await saveScreenshot(page, 'warning-unreconciled');
  });
});
