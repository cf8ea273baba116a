import { expect, expectAccessible, openView, saveScreenshot, test } from './support';

test.describe('概览 (overview)', () => {
  test('opens at #/overview from the bare URL and shows the 2024 headline figures', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/#\/overview$/);
    await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
    await expect(page.locator('.app-header__department')).toContainText('丰润区工业和信息化局');
    await expect(page.locator('.app-header__department')).toContainText('2024 年部门预算');

    const card = (id: string) => page.getByTestId(`card-${id}`);
    await expect(card('revenue-total')).toContainText('收入总计');
    await expect(card('revenue-total')).toContainText('2,305.27');
    await expect(card('expenditure-total')).toContainText('2,305.27');
    await expect(card('basic')).toContainText('1,398.08');
    await expect(card('basic')).toContainText('60.65%');
    await expect(card('project')).toContainText('907.19');
    await expect(card('project')).toContainText('39.35%');
    await expect(card('personnel')).toContainText('1,321.13');
    await expect(card('public')).toContainText('76.95');
    await expect(card('three-public')).toContainText('6.80');
    await expect(card('change')).toContainText('−1,707.15');
    await expect(card('change')).toContainText('−42.55%');
    await expect(card('change')).toContainText('4,012.42');
  });

  test('every headline figure names its source on hover and on keyboard focus', async ({ page }) => {
    await openView(page, 'overview');
    const basic = page.getByTestId('card-basic').getByRole('button', { name: '1,398.08' });
    await basic.hover();
    await expect(page.getByTestId('card-basic').getByRole('tooltip')).toBeVisible();
    await expect(basic).toHaveAccessibleDescription('来源：部门预算支出总表 · 序号 1 · 基本支出');

    const personnel = page.getByTestId('card-personnel').getByRole('button');
    await personnel.focus();
    await expect(page.getByTestId('card-personnel').getByRole('tooltip')).toBeVisible();
    await expect(personnel).toHaveAccessibleDescription(
      '来源：部门预算一般公共预算财政拨款基本支出表 · 序号 1 · 人员经费',
    );
  });

  test('shows revenue sources and expenditure by function class, chart and table', async ({ page }) => {
    await openView(page, 'overview');
    const revenue = page.getByRole('region', { name: '收入来源' });
    await expect(revenue.getByRole('row', { name: /一般公共预算拨款收入/ })).toContainText('100.00%');

    await expect(page.getByTestId('overview-class-chart')).toHaveAttribute('data-rendered', 'true');
    const table = page.getByTestId('overview-class-table');
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(table.getByRole('row', { name: /科学技术支出/ })).toContainText('1,150.65');
    await expect(table.getByRole('button', { name: '858.00' })).toHaveAccessibleDescription(
      '来源：部门预算支出总表 · 序号 2 · 项目支出',
    );
    await expect(table.getByRole('row', { name: /社会保障和就业支出/ })).toContainText('65.98');
    await expect(table.getByRole('row', { name: /卫生健康支出/ })).toContainText('123.75');
    await expect(table.getByRole('row', { name: /资源勘探工业信息等支出/ })).toContainText('915.40');
    await expect(table.getByRole('row', { name: /住房保障支出/ })).toContainText('49.49');
    await expect(table.locator('tfoot')).toContainText('2,305.27');
    await expect(table.locator('tfoot')).toContainText('100.00%');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('is accessible and looks right at three sizes', async ({ page }) => {
    test.slow(); // three sizes photographed, then axe
    for (const [w, h, name] of [
      [1920, 1080, 'overview-1920'],
      [1280, 720, 'overview-1280'],
      [375, 812, 'overview-375'],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await openView(page, 'overview');
      await expect(page.getByTestId('card-basic')).toBeVisible();
      await saveScreenshot(page, name);
    }
    await expectAccessible(page);
  });

  test('the skip link moves focus to the content and, copied, still opens this view', async ({ page }) => {
    await openView(page, 'overview');
    const skip = page.getByRole('link', { name: '跳到正文' });
    // Copied, it names the dataset on screen (the default here).
    await expect(skip).toHaveAttribute('href', '#/overview?d=339-2024');
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('a source note inside a scrolled table on a phone is fully on screen, and Esc hides it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openView(page, 'overview');
    const table = page.getByTestId('overview-class-table');
    for (const name of ['292.65', '49.49']) {
      const button = table.getByRole('button', { name }).first();
      await button.focus();
      const note = page.locator('.amount__source.is-open');
      await expect(note).toBeVisible();
      await expect(note).toContainText('来源：部门预算支出总表');
      // Placed after it opens (viewport coordinates): poll until it has settled on screen.
      await expect
        .poll(async () => (await note.boundingBox())?.x, { message: `${name}: left edge` })
        .toBeGreaterThanOrEqual(0);
      await expect
        .poll(
          async () => {
            const box = await note.boundingBox();
            return box ? box.x + box.width : Infinity;
          },
          { message: `${name}: right edge` },
        )
        .toBeLessThanOrEqual(375);
      await page.keyboard.press('Escape');
      await expect(note).toHaveCount(0);
      await expect(button).toBeFocused();
    }
  });

  test('unknown routes say so and link back', async ({ page }) => {
    await page.goto('./#/no-such-view');
    await expect(page.getByRole('heading', { name: '找不到该页面' })).toBeVisible();
    await page.getByRole('link', { name: '返回概览' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
  });
});
