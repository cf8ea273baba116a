import type { Page } from '@playwright/test';
import { expect, expectAccessible, openView, saveScreenshot, test, waitForView } from './support';

/** Leaf (indicator) rows of the indicator table, not the group header rows. */
const leafRows = (page: Page) =>
  page.getByTestId('indicator-table').locator('tbody tr:not(.data-table__group)');

test.describe('绩效目标与指标 (performance)', () => {
  test('shows the department goals, 7 projects tied to money and all 55 indicators', async ({ page }) => {
    await openView(page, 'performance');
    await expect(page.getByRole('heading', { level: 1, name: '绩效目标与指标' })).toBeVisible();
    const goals = page.getByTestId('department-goals').locator(':scope > li');
    await expect(goals).toHaveCount(9);
    await expect(goals.first()).toContainText('促进工业转型升级');
    await expect(goals.last()).toContainText('科技政务管理');
    await expect(page.getByTestId('goal-2')).toContainText('≥ 80 %');
    // The duplicated label of goal 1 is flagged with its reason.
    await expect(page.getByTestId('goal-1')).toContainText('“绩效指标:”印了两次');

    const list = page.getByTestId('project-list');
    await expect(list.locator('tbody tr')).toHaveCount(7);
    await expect(list.getByRole('row', { name: /科技创新扶持资金/ })).toContainText('200.00');
    await expect(list.getByRole('row', { name: /科技创新扶持资金/ })).toContainText('2069999');
    await expect(list.locator('tfoot')).toContainText('907.19');

    await expect(leafRows(page)).toHaveCount(55);
    await expect(page.getByTestId('indicator-count')).toHaveText('显示 55 / 55 项指标');
    await expect(page.getByTestId('indicator-table')).toContainText('成本指标 · 7');
    await expectAccessible(page);
  });

  test('a group closed by hand stays closed after a reload and back; unknown groups are dropped', async ({
    page,
  }) => {
    await openView(page, 'performance');
    const group = page
      .getByTestId('indicator-table')
      .locator('tr.data-table__group')
      .filter({ hasText: '成本指标 · 7' });
    await group.getByRole('button', { name: '收起' }).click();
    await expect(leafRows(page)).toHaveCount(48);
    await expect(page).toHaveURL(/[?&]closed=[^&]*%E6%88%90%E6%9C%AC%E6%8C%87%E6%A0%87/);
    await expect(group.getByRole('button', { name: '展开' })).toHaveAttribute('aria-expanded', 'false');
    await page.reload();
    await waitForView(page);
    await expect(leafRows(page)).toHaveCount(48);
    await expect(group.getByRole('button', { name: '展开' })).toHaveAttribute('aria-expanded', 'false');
    await expectAccessible(page);
    // Another view and back: still closed.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }).click();
    await expect(page).toHaveURL(/#\/overview/);
    await page.goBack();
    await expect(leafRows(page)).toHaveCount(48);
    await group.getByRole('button', { name: '展开' }).click();
    await expect(leafRows(page)).toHaveCount(55);
    await expect(page).not.toHaveURL(/closed=/);
    // A group the table does not have is dropped from the URL.
    await openView(page, `performance?closed=${encodeURIComponent('level1:没有这个指标')}`);
    await expect(page).not.toHaveURL(/closed=/);
    await expect(leafRows(page)).toHaveCount(55);
  });

  test('search “满意度” narrows the table to the 7 matching rows, in the URL', async ({ page }) => {
    await openView(page, 'performance');
    await page.getByTestId('indicator-search').fill('满意度');
    await expect(page).toHaveURL(/[?&]q=%E6%BB%A1%E6%84%8F%E5%BA%A6/);
    await expect(leafRows(page)).toHaveCount(7);
    await expect(page.getByTestId('indicator-count')).toContainText('显示 7 / 55 项指标');
    for (const text of await leafRows(page).allInnerTexts()) expect(text).toContain('满意');
    await expect(page.getByTestId('indicator-table')).toContainText('满意度指标 · 7');
    await expectAccessible(page);

    await page.reload();
    await waitForView(page);
    await expect(page.getByTestId('indicator-search')).toHaveValue('满意度');
    await expect(leafRows(page)).toHaveCount(7);
  });

  test('Enter in the search shows the result within the key press itself', async ({ page }) => {
    await openView(page, 'performance');
    await expect(page.getByTestId('indicator-count')).toHaveText('显示 55 / 55 项指标');
    // Typing and Enter in one task: the count read right after the key is already the new one
    // (flushSync), where the pause's commit (a transition) would draw it tasks later.
    const counts = await page.getByTestId('indicator-search').evaluate((box: HTMLInputElement) => {
      const count = () => document.querySelector('[data-testid="indicator-count"]')!.textContent;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(box, '满意度');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const typed = count();
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return { typed, entered: count() };
    });
    expect(counts).toEqual({ typed: '显示 55 / 55 项指标', entered: '显示 7 / 55 项指标清除筛选' });
    await expect(page).toHaveURL(/[?&]q=%E6%BB%A1%E6%84%8F%E5%BA%A6/);
    await expect(leafRows(page)).toHaveCount(7);
  });

  test('typing, then a filter or a sort at once: the query is kept with it', async ({ page }) => {
    await openView(page, 'performance');
    const search = page.getByTestId('indicator-search');
    // The click blurs the box (its commit of 数量), then sets the filter: both are in the URL.
    await search.fill('数量');
    await page.getByTestId('filter-issues').click();
    await expect(page).toHaveURL(/[?&]q=%E6%95%B0%E9%87%8F(&|$)/);
    await expect(page).toHaveURL(/[?&]issues=1(&|$)/);
    await expect(page.getByTestId('indicator-count')).toContainText('显示 2 / 55 项指标');
    await expect(leafRows(page)).toHaveCount(2);
    await expect(search).toHaveValue('数量');

    // The same with a column's sort (a writer of its own, src/components/use-url-table-state.ts).
    await search.fill('成本');
    await page
      .getByTestId('indicator-table')
      .getByRole('button', { name: /三级指标/ })
      .click();
    await expect(page).toHaveURL(/[?&]q=%E6%88%90%E6%9C%AC(&|$)/);
    await expect(page).toHaveURL(/[?&]sort=level3%3Aasc(&|$)/);
    await expect(page).toHaveURL(/[?&]issues=1(&|$)/);
    await expect(search).toHaveValue('成本');
  });

  test('the search holds at most 200 characters, says so, and the view stays', async ({ page }) => {
    await openView(page, 'performance');
    const search = page.getByTestId('indicator-search');
    await search.fill('满'.repeat(230));
    await expect(search).toHaveValue('满'.repeat(200));
    await expect(page.getByRole('status').filter({ hasText: '搜索词最多 200 个字' })).toBeVisible();
    await search.press('Enter');
    await expect(page).toHaveURL(/[?&]q=(%E6%BB%A1){200}(&|$)/);
    await expect(page.getByTestId('no-rows')).toBeVisible();
    await expect(search).toBeFocused();
    await expect(page.getByText('链接中有无法识别的内容')).toHaveCount(0);
  });

  test('filter 成本指标 shows 7, with counts on the options; back restores all', async ({ page }) => {
    await openView(page, 'performance');
    const l2 = page.getByTestId('filter-l2');
    await expect(l2.locator('option', { hasText: '成本指标' })).toHaveText('成本指标 · 7');
    await l2.selectOption('成本指标');
    await expect(page).toHaveURL(/l2=%E6%88%90%E6%9C%AC%E6%8C%87%E6%A0%87/);
    await expect(leafRows(page)).toHaveCount(7);
    await expect(page.getByTestId('indicator-count')).toContainText('显示 7 / 55 项指标');
    await expect(leafRows(page).filter({ hasText: '≤20万元' })).toHaveCount(1);
    await expect(leafRows(page).filter({ hasText: '≤20万元' })).toContainText('成本指标与预算不匹配');
    await expect(page.getByTestId('filter-l1').locator('option', { hasText: '效益指标' })).toHaveText(
      '效益指标 · 0',
    );
    await saveScreenshot(page, 'performance-filter-cost-1280');
    await expectAccessible(page);
    await page.goBack();
    await expect(leafRows(page)).toHaveCount(55);
  });

  test('qualitative values and issues-only filter come from the URL', async ({ page }) => {
    await openView(page, 'performance?kind=qualitative');
    await expect(leafRows(page)).toHaveCount(5);
    await expect(leafRows(page).first()).toContainText('定性');
    await openView(page, 'performance?issues=1&group=project');
    await expect(page.getByTestId('filter-issues')).toBeChecked();
    await expect(page.getByTestId('indicator-count')).not.toContainText('显示 55 / 55');
    const n = await leafRows(page).count();
    expect(n).toBeGreaterThan(0);
    await expect(page.getByTestId('indicator-count')).toContainText(`显示 ${n} / 55 项指标`);
    for (const text of await leafRows(page).allInnerTexts())
      expect(text).toMatch(/不匹配|无法计量|逐字重复|不一致/);
    await expectAccessible(page);
  });

  test('a project deep link opens that project; the template goal is flagged; the plan says 未披露 and 推算', async ({
    page,
  }) => {
    await openView(page, 'performance/project/13020824P00016410001J');
    const detail = page.getByTestId('project-detail');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      '唐财教[2023]64号关于提前下达2024年支持市县科技创新和科学普及专项资金预算的通知',
    );
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(detail).toContainText('48.00');
    await expect(page.getByTestId('project-goals')).toContainText('目标内容 1');
    await expect(page.getByTestId('project-goals')).toContainText('模板文字');
    await expect(page.getByTestId('project-flags')).toContainText('是表格模板的占位文字');
    const plan = page.getByTestId('spending-plan-table');
    await expect(plan.getByRole('row', { name: /10月底/ })).toContainText('36.00');
    await expect(plan.getByRole('row', { name: /10月底/ })).toContainText('75.00%');
    await expect(plan.getByRole('row', { name: /12月底/ })).toContainText('48.00');
    await expect(plan.getByRole('row', { name: /12月底/ })).toContainText('推算');
    await expect(page.getByTestId('spending-plan-chart')).toHaveAttribute('data-rendered', 'true');
    await expect(page.getByTestId('project-indicators')).toContainText('≥95百分比');
    await expect(page.getByTestId('project-indicators')).toContainText('≥ 95 %');
    await expect(page.getByTestId('project-list').locator('tr.is-selected')).toContainText(
      '唐财教[2023]64号',
    );
    await expect(page.getByTestId('quality-review').locator('[data-rule="templateGoal"]')).toContainText(
      '目标内容 1',
    );
    await expectAccessible(page);

    await openView(page, 'performance/project/13020824P00001910005H');
    const plan1 = page.getByTestId('spending-plan-table');
    await expect(plan1.getByRole('row', { name: /3月底/ })).toContainText('未披露');
    await expect(plan1.getByRole('row', { name: /3月底/ })).not.toContainText('0.00');
    await expect(plan1.getByRole('row', { name: /6月底/ })).toContainText('1.80');
  });

  test('a project links to the function treemap at its code and to the basic / project view', async ({
    page,
  }) => {
    await openView(page, 'performance/project/13020824P00021510002F');
    await expect(page.getByTestId('to-basic-project')).toHaveAttribute(
      'href',
      '#/basic-project?project=13020824P00021510002F',
    );
    await page.getByTestId('to-treemap').click();
    await expect(page).toHaveURL(/#\/function\/206\/20699\/2069999$/);
    await waitForView(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: '找不到该页面' })).toHaveCount(0);
    await expect(page.locator('main')).toContainText('2069999');
  });

  test('fast typing keeps every character in the view; the URL follows (replace)', async ({ page }) => {
    await openView(page, 'performance');
    const search = page.getByTestId('indicator-search');
    await search.click();
    await page.keyboard.type('奖补数量', { delay: 0 });
    await expect(search).toHaveValue('奖补数量');
    await expect(page).toHaveURL(/[?&]q=%E5%A5%96%E8%A1%A5%E6%95%B0%E9%87%8F$/);
    await expect(leafRows(page)).toHaveCount(4);
    for (const text of await leafRows(page).allInnerTexts()) expect(text).toContain('奖补数量');
    await page.keyboard.type('abc', { delay: 0 });
    await expect(search).toHaveValue('奖补数量abc');
    await expect(page).toHaveURL(/[?&]q=%E5%A5%96%E8%A1%A5%E6%95%B0%E9%87%8Fabc$/);
    await expect(page.getByTestId('no-rows')).toBeVisible();
    await expect(search).toHaveValue('奖补数量abc');
    // Replace, not push: one back leaves the view's query entirely.
    await page.goBack();
    await expect(page).not.toHaveURL(/q=/);

    // Back (an outside change of the URL): the box follows it.
    await openView(page, 'performance?q=%E6%BB%A1%E6%84%8F%E5%BA%A6');
    await openView(page, 'performance?kind=qualitative');
    await page.goBack();
    await expect(page.getByTestId('indicator-search')).toHaveValue('满意度');
    await expect(leafRows(page)).toHaveCount(7);
  });

  // A search that empties the table re-pages the slide: the presenter stays on the page of
  // the box, and the box keeps the focus and the caret.
  test('the same search box inside a presentation deck keeps the presenter in place', async ({ page }) => {
    // Enter writes at once.
    await openView(page, 'present?slides=performance');
    const slideSearch = page.getByTestId('indicator-search');
    // the explorer is taller than the screen: its slide pages to the screen with the table
    await expect(async () => {
      if (!(await slideSearch.isVisible())) await page.getByRole('button', { name: '下一页' }).click();
      await expect(slideSearch).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await slideSearch.click();
    await page.keyboard.type('奖补数量abc', { delay: 0 });
    await page.keyboard.press('Enter');
    await expect(slideSearch).toHaveValue('奖补数量abc');
    await expect(page.getByTestId('no-rows')).toBeVisible();
    // still on the box's page, the box still focused: the presenter keeps typing in it
    await expect(slideSearch).toBeVisible();
    await expect(slideSearch).toBeFocused();
    await expect(page.getByTestId('present-slide')).not.toHaveAttribute('data-page', '1');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect(slideSearch).toHaveValue('奖补数量');
    await expect(leafRows(page)).toHaveCount(4);
    await expect(slideSearch).toBeFocused();
  });

  test('“只看有问题的指标” is a real link: copied or opened anew it lands on the filtered table', async ({
    page,
  }) => {
    await openView(page, 'performance');
    const link = page.getByTestId('issues-link');
    await expect(link).toHaveAttribute('href', '#/performance?issues=1&at=table');
    await link.click();
    await expect(page).toHaveURL(/#\/performance\?issues=1&at=table$/);
    await expect(page.getByTestId('filter-issues')).toBeChecked();
    await expect(page.getByRole('heading', { level: 2, name: /指标一览/ })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: /指标一览/ })).toBeInViewport();
    await expect(page.getByTestId('indicator-count')).not.toContainText('显示 55 / 55');
    const n = await leafRows(page).count();
    await expect(page.getByTestId('indicator-count')).toContainText(`显示 ${n} / 55 项指标`);

    // The href, opened as a fresh page (a new tab, a pasted link).
    await page.goto('about:blank');
    await openView(page, 'performance?issues=1&at=table');
    await expect(page.getByRole('heading', { name: '找不到该页面' })).toHaveCount(0);
    await expect(page.getByTestId('filter-issues')).toBeChecked();
    await expect(leafRows(page)).toHaveCount(n);
    await expect(page.getByRole('heading', { level: 2, name: /指标一览/ })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: /指标一览/ })).toBeInViewport();
    await expectAccessible(page);
    // A filter change drops the "go to the table" flag, keeps the filter.
    await page.getByTestId('filter-kind').selectOption('quantitative');
    await expect(page).toHaveURL(/issues=1/);
    await expect(page).not.toHaveURL(/at=table/);
  });

  test('64号: the warning and the plan table agree on the inferred 12月底', async ({ page }) => {
    await openView(page, 'performance/project/13020824P00016410001J');
    const warning = page.getByTestId('project-flags');
    await expect(warning).toContainText('12月底：原表未披露，按预算数推算为 48.00 万元（图表中以虚线标出）');
    await expect(warning).not.toContainText('12月底 未披露');
    const plan = page.getByTestId('spending-plan-table');
    const row = plan.getByRole('row', { name: /12月底/ });
    await expect(row).toContainText('48.00');
    await expect(row).toContainText('100.00%');
    await expect(row).toContainText('推算*');
    await expect(page.getByTestId('plan-footnote')).toHaveText(
      '* 12月底：原表未披露，按预算数推算为 48.00 万元（累计支出计划到年底应等于预算数），图表中以虚线标出。',
    );
    await saveScreenshot(page, 'performance-64-plan-1280');
    await expectAccessible(page);
  });

  test('is accessible and looks right at three sizes', async ({ page }) => {
    test.slow(); // three sizes photographed, axe at each
    for (const [w, h, name] of [
      [1920, 1080, 'performance-1920'],
      [1280, 720, 'performance-1280'],
      [375, 812, 'performance-375'],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await openView(page, 'performance/project/13020824P00021510002F');
      await expect(page.getByTestId('project-detail')).toBeVisible();
      await saveScreenshot(page, name);
      await expectAccessible(page);
    }
  });
});

test('the 只看有问题的指标 checkbox changes state at once (Playwright check() verifies it)', async ({
  page,
}) => {
  await openView(page, 'performance');
  const box = page.getByTestId('filter-issues');
  await box.check();
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(/issues=1/);
  await box.uncheck();
  await expect(box).not.toBeChecked();
});

test.describe('绩效目标要点 (highlights, the deck slide)', () => {
  test('summarises projects, indicators and the quality review on one screen', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openView(page, 'performance/highlights');
    await expect(page.getByRole('heading', { level: 1, name: '绩效目标要点' })).toBeVisible();
    await expect(page.getByTestId('hl-projects')).toContainText('907.19');
    await expect(page.getByTestId('hl-indicators')).toContainText('55');
    await expect(page.getByTestId('hl-indicators')).toContainText('定量 50 项 · 定性 5 项');
    await expect(page.getByTestId('hl-flagged')).toContainText('35');
    await expect(page.getByRole('row', { name: /产出指标/ })).toContainText('28');
    await expect(page.getByRole('row', { name: /绩效目标为模板文字/ })).toContainText('1');
    await expectAccessible(page);
    await saveScreenshot(page, 'performance-highlights-1920');
    // Into a project and to the full explorer.
    await page.getByRole('link', { name: '科技创新扶持资金' }).click();
    await expect(page).toHaveURL(/#\/performance\/project\/13020824P00021510002F$/);
  });

  test('is the performance slide of the default deck', async ({ page }) => {
    await openView(page, 'present?slide=6');
    await expect(page.getByTestId('present-slide')).toHaveAttribute('data-route', 'performance/highlights');
    await expect(page.getByTestId('present-where')).toContainText('绩效目标要点');
  });
});
