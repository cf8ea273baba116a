/**
 * Errors stay in their place (issue 9): data that passes the schema but breaks the model is
 * a data error naming table, row and rule; a view that throws fails alone, in Chinese, with
 * a way back; the header, navigation, dataset switcher and the other slides keep working.
 * The doctored datasets are built here from the shipped public/data/339-2024.json.
 */
import type { Page } from '@playwright/test';
import { shippedDataset } from './fixtures/bad-inputs';
import { expect, expectAccessible, saveScreenshot, test, waitForView } from './support';

type Row = { seq?: number; code?: string; name?: string; cells: Record<string, string> };
type Doctored = { tables: { standardId: string | null; rows: Row[] }[] };

/** The printed table of a standard id in the doctored copy. */
function table(d: Doctored, standardId: string): { rows: Row[] } {
  const t = d.tables.find((x) => x.standardId === standardId);
  if (!t) throw new Error(`no table ${standardId}`);
  return t;
}

/** A copy of the shipped dataset changed by `change`. */
function doctored(change: (data: Doctored) => void): unknown {
  const data = shippedDataset() as unknown as Doctored;
  change(data);
  return data;
}

async function serve(page: Page, body: unknown) {
  await page.route('**/data/339-2024.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );
}

/** The shell is still there: header with the dataset switcher, and the navigation. */
async function expectShellWorks(page: Page) {
  await expect(page.getByRole('combobox', { name: '数据集' })).toHaveValue('339-2024');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link')).toHaveCount(10); // nine views and 导入
}

test.describe('data that passes the schema but breaks the model is a data error', () => {
  test('支出总表 without its 合计 row: table, rule, no crash screen', async ({ page }) => {
    await serve(
      page,
      doctored((d) => {
        table(d, 'budget-expenditure').rows = table(d, 'budget-expenditure').rows.filter((r) => r.code);
      }),
    );
    await page.goto('./#/overview');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: '数据无法显示' })).toBeVisible();
    await expect(alert).toContainText('数据文件 data/339-2024.json 的表格结构有误（1 处错误），无法据此计算');
    const issues = alert.getByTestId('structure-issues').getByRole('listitem');
    await expect(issues).toHaveText([
      '错误 部门预算支出总表：本表没有合计行（没有科目编码的行）（规则：按科目列示的表必须有一行填了“合计”栏的合计行）',
    ]);
    await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
    await expect(alert).not.toContainText('无法连接');
    await expect(page.getByRole('combobox', { name: '数据集' })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'error-data-no-total');
  });

  test('a duplicated 科目编码 names both rows, and the orphan it leaves', async ({ page }) => {
    await serve(
      page,
      doctored((d) => {
        table(d, 'budget-expenditure').rows.find((r) => r.code === '208')!.code = '206';
      }),
    );
    await page.goto('./#/function');
    const issues = page.getByTestId('structure-issues').getByRole('listitem');
    await expect(issues).toHaveText([
      /^错误 部门预算支出总表 · 序号 11 · 206 社会保障和就业支出：科目编码 206 已在序号 2 出现（规则：每个科目编码只能出现一次）$/,
      /^错误 部门预算支出总表 · 序号 12 · 20805 行政事业单位养老支出：上级科目 208（类）在本表中没有列出/,
    ]);
    await expect(page.getByRole('alert')).not.toContainText('无法连接');
  });

  test('a 项 whose 款 row is missing, in 一般公共预算财政拨款支出表', async ({ page }) => {
    await serve(
      page,
      doctored((d) => {
        const t = table(d, 'budget-general-expenditure');
        t.rows = t.rows.filter((r) => r.code !== '21011');
      }),
    );
    await page.goto('./#/overview');
    const issues = page.getByTestId('structure-issues').getByRole('listitem');
    await expect(issues).toHaveText([
      /部门预算一般公共预算财政拨款支出表 · 序号 16 · 2101101 行政单位医疗：上级科目 21011（款）在本表中没有列出/,
      /部门预算一般公共预算财政拨款支出表 · 序号 17 · 2101103 公务员医疗补助：上级科目 21011（款）在本表中没有列出/,
      // 210 now has no 款 either: a warning, listed after the errors.
      /^提示 部门预算一般公共预算财政拨款支出表 · 序号 14 · 210 卫生健康支出：类科目下没有列出任何款/,
    ]);
  });

  test('a duplicated 经济分类科目 in 基本支出表', async ({ page }) => {
    await serve(
      page,
      doctored((d) => {
        table(d, 'budget-general-basic').rows.find((r) => r.code === '30102')!.code = '30101';
      }),
    );
    await page.goto('./#/personnel-public');
    await expect(page.getByTestId('structure-issues').getByRole('listitem')).toHaveText([
      /^错误 部门预算一般公共预算财政拨款基本支出表 · 序号 4 · 30101 津贴补贴：科目编码 30101 已在序号 3 出现/,
    ]);
  });

  test('a 类 with no 款 is a warning: the data is shown, the warning names the row', async ({ page }) => {
    await serve(
      page,
      doctored((d) => {
        const t = table(d, 'budget-expenditure');
        t.rows = t.rows.filter((r) => r.code !== '22102' && r.code !== '2210201');
      }),
    );
    await page.goto('./#/overview');
    const banner = page.getByRole('status').filter({ hasText: '表格结构提示' });
    await expect(banner).toContainText('（1 处）');
    await expect(banner.getByRole('listitem')).toHaveText([
      '提示 部门预算支出总表 · 序号 25 · 221 住房保障支出：类科目下没有列出任何款（规则：上级科目下应列出其下级科目）',
    ]);
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
    await waitForView(page);
    await expectAccessible(page);
    // The function view shows 221 as the end of its branch.
    await page.goto('./#/function/221');
    await waitForView(page);
    await expect(page.locator('#fn-side-title')).toHaveText('221 住房保障支出');
    await saveScreenshot(page, 'warning-structure');
  });
});

test.describe('a view that fails alone', () => {
  // 221 printed as a negative amount: the overview's shares cannot be computed from a
  // negative part and its view model throws; every other view still works.
  const negativeClass = () =>
    doctored((d) => {
      const row = table(d, 'budget-expenditure').rows.find((r) => r.code === '221')!;
      row.cells.total = '-49.49';
      row.cells.basicExpenditure = '-49.49';
    });

  test('the overview fails in its place; header, switcher and the other views keep working', async ({
    page,
  }) => {
    await serve(page, negativeClass());
    await page.goto('./#/overview');
    const failed = page.getByTestId('view-failed');
    await expect(failed.getByRole('heading', { name: '“概览”无法显示' })).toBeVisible();
    await expect(failed).toContainText('错误信息：占比不能由负数计算');
    await expect(failed.getByRole('button', { name: '重试' })).toBeVisible();
    await expect(failed.getByRole('button', { name: '重新加载页面' })).toBeVisible();
    await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
    await expectShellWorks(page);
    await expectAccessible(page);
    await saveScreenshot(page, 'error-view-failed');

    // The boundary resets on a route change: 功能分类 draws.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '功能分类' }).click();
    await waitForView(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('功能分类');
    await expect(page.getByTestId('view-failed')).toHaveCount(0);
  });

  test('with ?d= the notice offers the default dataset; 返回概览 from another view', async ({ page }) => {
    await serve(page, negativeClass());
    await page.goto('./#/overview?d=339-2024');
    const failed = page.getByTestId('view-failed');
    await expect(failed.getByRole('link', { name: '打开默认数据集' })).toHaveAttribute('href', '#/overview');
    await expect(failed.getByRole('link', { name: '返回概览' })).toHaveAttribute(
      'href',
      '#/overview?d=339-2024',
    );
  });

  test('in the deck, the failing slide fails alone and the next slide works', async ({ page }) => {
    await serve(page, negativeClass());
    await page.goto('./#/present?slide=1');
    const slide = page.getByTestId('present-slide');
    await expect(slide.getByRole('heading', { name: '幻灯片“概览”无法显示' })).toBeVisible();
    await expect(slide).toContainText('占比不能由负数计算');
    await expect(slide.getByRole('link', { name: '返回概览' })).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, 'error-slide-failed');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/slide=2/);
    await waitForView(page);
    await expect(slide.getByTestId('view-failed')).toHaveCount(0);
    await expect(slide.getByRole('heading', { level: 1 })).toHaveText('功能分类');
  });

  test('a view chunk that fails to load: Chinese notice in the main area, the shell stays', async ({
    page,
  }) => {
    await page.route(/\/assets\/change-page-[^/]*\.js$/, (route) => route.abort());
    await page.goto('./#/overview');
    await waitForView(page);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '同比变化' }).click();
    const failed = page.getByTestId('view-failed');
    await expect(failed.getByRole('heading', { name: '“同比变化”无法显示' })).toBeVisible();
    await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
    await expectShellWorks(page);
    await expectAccessible(page);
    await failed.getByRole('link', { name: '返回概览' }).click();
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
  });
});
