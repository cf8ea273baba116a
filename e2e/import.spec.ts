/**
 * 导入 (#/import): each disclosure of data/sources/ chosen through the file chooser, read
 * in the worker with its progress, its report and totals, the function view on it, kept
 * across a reload (本地导入 in the switcher), removed; bad files get their own messages.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, saveScreenshot, test, waitForView } from './support';

const SOURCES = 'data/sources/';
const FIXTURES = 'e2e/fixtures/import/';

/** Opens the import page and chooses `path` through the file chooser. */
async function choose(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(path);
}

async function openImport(page: Page): Promise<void> {
  await page.goto('./#/import');
  await expect(page.getByRole('heading', { level: 1, name: '导入公开文件' })).toBeVisible();
}

interface Source {
  file: string;
  department: string;
  year: number;
  kind: '预算' | '决算';
  pages: number;
  /** 收入总计 in 万元 as the overview shows it. */
  revenueTotal: string;
  /** Standard tables found / expected, as the report says. */
  tables: string;
}

const DISCLOSURES: Source[] = [
  {
    file: '02-putuo-finance-bureau-2024-final.pdf',
    department: '上海市普陀区财政局',
    year: 2024,
    kind: '决算',
    pages: 25,
    revenueTotal: '2,995.39',
    tables: '找到 9 / 9 张标准表',
  },
  {
    file: '03-putuo-planning-resources-2024-final.pdf',
    department: '上海市普陀区规划和自然资源局',
    year: 2024,
    kind: '决算',
    pages: 30,
    revenueTotal: '9,859.38',
    tables: '找到 9 / 9 张标准表',
  },
  {
    file: '04-putuo-social-work-dept-2024-final.pdf',
    department: '中共上海市普陀区委社会工作部',
    year: 2024,
    kind: '决算',
    pages: 24,
    revenueTotal: '307.82',
    tables: '找到 9 / 9 张标准表',
  },
  {
    file: '05-putuo-construction-2026-budget.txt',
    department: '上海市普陀区建设和管理委员会',
    year: 2026,
    kind: '预算',
    pages: 0,
    revenueTotal: '328,661.81',
    tables: '找到 9 / 9 张标准表',
  },
];

for (const s of DISCLOSURES) {
  test(`${s.file}: progress, report with totals, function view, kept after a reload, removed`, async ({
    page,
  }) => {
    test.slow();
    await openImport(page);
    await choose(page, `${SOURCES}${s.file}`);
    // The worker reports as it goes; the report replaces the progress when it is done.
    if (s.pages > 0)
      await expect(page.getByRole('status').filter({ hasText: /已读 \d+ \/ \d+ 页/ })).toBeVisible();
    const report = page.getByTestId('import-report');
    await expect(report).toBeVisible({ timeout: 60_000 });
    await expect(page).toHaveURL(/[?&]d=local-[0-9a-f]{16}/);
    await expect(report.getByText(`${s.department} ${s.year} 年部门${s.kind}`)).toBeVisible();
    if (s.pages) await expect(report.getByText(`，共 ${s.pages} 页`, { exact: false })).toBeVisible();
    await expect(page.getByTestId('import-tables-summary')).toHaveText(s.tables);
    await expect(page.getByTestId('import-totals').getByRole('row', { name: /^收入总计/ })).toContainText(
      s.revenueTotal,
    );
    await expect(page.getByTestId('import-checks')).toContainText(/共 \d+ 条：通过 \d+/);
    // Marked as a local import on every view, with the file name.
    await expect(page.getByRole('heading', { name: `本地导入（未发布）：${s.file}` })).toBeVisible();

    // The function view of the imported data.
    await page.getByRole('link', { name: '打开功能分类' }).click();
    await waitForView(page);
    await expect(page).toHaveURL(/#\/function\?d=local-/);
    await expect(page.getByRole('heading', { name: `本地导入（未发布）：${s.file}` })).toBeVisible();
    await expect(page.locator('.app-header__department')).toContainText(s.department);

    // After a reload it is still there, in the switcher under 本地导入.
    await page.reload();
    await waitForView(page);
    const group = page.locator('.app-header__switcher optgroup[label="本地导入"]');
    // named with its file, so two imports of one department and year can be told apart
    await expect(group.locator('option')).toHaveText([
      `${s.department} · ${s.year} 年${s.kind} · ${s.file}（本地导入）`,
    ]);
    await expect(page.getByRole('combobox', { name: /数据集/ })).toHaveValue(/^local-/);

    // Removed from the import page: gone from the switcher; the page says so.
    await page.getByRole('link', { name: '导入', exact: true }).click();
    const name = `${s.department} · ${s.year} 年${s.kind}`;
    await page.getByRole('button', { name: `删除本地导入：${name} · ${s.file}`, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `已删除：${name}` })).toBeVisible();
    await expect(page.locator('.app-header__switcher optgroup')).toHaveCount(0);
    await expect(page).not.toHaveURL(/d=local-/);
    await page.reload();
    await expect(page.getByText('还没有导入过文件。')).toBeVisible();
  });
}

test('02x (收入支出总计 printed as 0): the report names the failing checks', async ({ page }) => {
  test.slow();
  await openImport(page);
  await choose(page, `${SOURCES}02x-putuo-finance-bureau-2024-final-ALTERED.pdf`);
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
  // the same 数据核验 as the CLI: the altered 收入支出总计, the three contradicted 决算数/预算数
  // words, the wrong year-end date, and the original's own 71.73%
  await expect(page.getByTestId('import-checks')).toHaveText('共 140 条：通过 127、尾差 7、未通过 6、提示 0');
  const report = page.getByTestId('import-report');
  await expect(report.getByText(/应为 2995\.39，实为 0\.00/)).toBeVisible();
  await expect(report.getByText(/“决算数大于预算数”（预算 1560\.05，决算 1511\.89 万元）/)).toBeVisible();
  await expect(report.getByText(/“截至2023年12月31日”应为“截至2024年12月31日”/)).toBeVisible();
});

test('06 (the national blank template): says it is a blank template, no dashboard', async ({ page }) => {
  test.slow();
  await openImport(page);
  await choose(page, `${SOURCES}06-national-final-accounts-template-2024.pdf`);
  const alert = page
    .getByRole('alert')
    .filter({ hasText: '无法导入“06-national-final-accounts-template-2024.pdf”' });
  await expect(alert.getByTestId('import-problem')).toHaveText(
    /^这是一份空白模板：读出了 9 张表，但表中是占位符/,
    {
      timeout: 60_000,
    },
  );
  await expect(alert.getByRole('listitem').first()).toContainText('收入决算表：');
  await expect(page.locator('.app-header__switcher optgroup')).toHaveCount(0);
});

test('report and side-by-side page: the chosen row framed on its page; screenshots; axe', async ({
  page,
}) => {
  test.slow();
  await openImport(page);
  await expectAccessible(page);
  await choose(page, `${SOURCES}02-putuo-finance-bureau-2024-final.pdf`);
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
  const compare = page.getByTestId('page-compare');
  await compare.getByRole('combobox', { name: '选择表格' }).selectOption({ index: 0 });
  // 收入支出决算总表: the 收入 名称 column holds 收入 items only; 支出 items stay in their own column
  const rows = compare.locator('.page-compare__rows');
  await expect(rows.locator('thead th').nth(0)).toHaveText('收入 / 项目');
  await expect(rows.getByRole('row', { name: /九、卫生健康支出/ }).getByRole('rowheader')).toHaveText(
    '第 9 行',
  );
  await compare.getByRole('button', { name: '一、一般公共预算财政拨款收入', exact: true }).click();
  await expect(compare.getByTestId('page-image')).toHaveAttribute('data-rendered', 'true');
  await expect(compare.getByTestId('page-highlight')).toBeVisible();
  await expect(compare.getByRole('status')).toContainText('已框出：一、一般公共预算财政拨款收入');
  await expectAccessible(page);
  await saveScreenshot(page, 'import-report-1280');
  await compare.scrollIntoViewIfNeeded();
  await compare.screenshot({ path: 'e2e/screenshots/import-page-compare-1280.png' });
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(compare.getByTestId('page-image')).toHaveAttribute('data-rendered', 'true');
  await saveScreenshot(page, 'import-report-375');
  await compare.screenshot({ path: 'e2e/screenshots/import-page-compare-375.png' });
  await expectAccessible(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});

const BAD: { file: string; message: RegExp }[] = [
  { file: 'scan.pdf', message: /没有文字层：它像是扫描件.*需要先做文字识别（OCR）/ },
  {
    file: 'broken.pdf',
    message: /^文件已损坏或不是 PDF（PDF 的内部结构无效；也可能是下载未完成）。请重新下载原文件后再试。$/,
  },
  { file: 'encrypted.pdf', message: /这份 PDF 已加密（设有打开密码）/ },
  { file: 'not-a-disclosure.pdf', message: /这份文件不像部门预算或决算公开/ },
  { file: '200-pages.pdf', message: /这份 PDF 有 200 页，超过导入上限 150 页，没有读取/ },
];

test('bad files: each its own message, the page stays usable; a GBK text imports', async ({ page }) => {
  test.slow();
  await openImport(page);
  for (const bad of BAD) {
    await choose(page, `${FIXTURES}${bad.file}`);
    const alert = page.getByRole('alert').filter({ hasText: `无法导入“${bad.file}”` });
    await expect(alert.getByTestId('import-problem')).toHaveText(bad.message);
    if (bad.file === 'scan.pdf') {
      await expectAccessible(page);
      await saveScreenshot(page, 'import-scan-1280');
    }
  }
  await choose(page, `${FIXTURES}05-construction-gbk.txt`);
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('这份文本是 GBK/GB18030 编码，已按该编码读取。')).toBeVisible();
  await expect(page.getByTestId('import-totals').getByRole('row', { name: /^收入总计/ })).toContainText(
    '328,661.81',
  );
});

test('a link to an import that is not in this browser says so, not a catalog error', async ({ page }) => {
  await page.goto('./#/overview?d=local-0123456789abcdef');
  const alert = page.getByRole('alert').filter({ hasText: '数据无法显示' });
  await expect(alert.locator('.error-view__title')).toHaveText(
    '这个浏览器里没有本地导入的数据 “local-0123456789abcdef”',
  );
  await expect(alert).toContainText('本地导入的数据只保存在导入它的浏览器里，不会上传');
  await expect(alert).not.toContainText('data/index.json');
  await expect(alert.getByText('给网站管理员的说明')).toHaveCount(0);
  await expectAccessible(page);
  await alert.getByRole('link', { name: '去导入页' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入公开文件' })).toBeVisible();
});

test('cancel stops the worker; nothing is kept', async ({ page }) => {
  await openImport(page);
  await choose(page, `${SOURCES}03-putuo-planning-resources-2024-final.pdf`);
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已取消导入，没有保存任何内容。' })).toBeVisible();
  await expect(page.getByText('还没有导入过文件。')).toBeVisible();
  await expect(page.locator('.app-header__switcher optgroup')).toHaveCount(0);
});

test('where storage is not allowed (as in a sandboxed frame) the page says so and the import still works', async ({
  page,
}) => {
  test.slow();
  // A frame sandboxed without allow-same-origin throws SecurityError on any indexedDB access.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openImport(page);
  await expect(page.getByText(/不能使用浏览器存储.*只保留到关闭此标签页为止/)).toBeVisible();
  await choose(page, `${SOURCES}05-putuo-construction-2026-budget.txt`);
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('已保存在本浏览器中', { exact: false })).toHaveCount(0);
  await expect(page.locator('.app-header__switcher optgroup[label="本地导入"] option')).toHaveCount(1);
});
