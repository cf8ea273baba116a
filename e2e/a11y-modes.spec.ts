/**
 * Accessibility in every mode (issue 13): axe with zero violations on every route in the
 * normal, embed and presentation modes at desktop and phone sizes; every chart announced
 * with the page's own text and exact figures (never ECharts' generated "数据是…", never the
 * waterfall's hidden 基数 series); figure cards and 绩效目标's 质量提示 groups one tab stop each
 * (arrow keys inside, source notes on focus); and a keyboard-only walk through the views.
 */
import type { Locator, Page } from '@playwright/test';
import { VIEWS } from '../src/app/views';
import { expect, expectAccessible, openView, test, waitForView } from './support';

const ROUTES = VIEWS.map((v) => v.path);

/** Presses Tab until `target` has focus (a real keyboard walk), at most `max` times. */
async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Presses (clicks) until the locator holds the text: the deck pages through a slide's screens first. */
async function pressUntil(press: () => Promise<void>, where: Locator, text: string) {
  await expect(async () => {
    if (!((await where.textContent()) ?? '').includes(text)) await press();
    await expect(where).toContainText(text, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test.describe('accessibility in every mode', () => {
  for (const [mode, suffix] of [
    ['normal', ''],
    ['embed', '?embed=1'],
  ] as const)
    for (const [w, h] of [
      [1280, 720],
      [375, 740],
    ] as const)
      test(`axe: every route, ${mode} mode, ${w} px`, async ({ page }) => {
        test.slow(); // seven views with their charts, each scanned
        await page.setViewportSize({ width: w, height: h });
        for (const route of ROUTES) {
          await openView(page, `${route}${suffix}`);
          await expectAccessible(page);
        }
      });

  for (const [w, h] of [
    [1920, 1080],
    [375, 740],
  ] as const)
    test(`axe: every slide of the deck, and the deck in a frame, ${w} px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: w, height: h });
      await openView(page, 'present');
      const where = page.getByTestId('present-where');
      const total = Number((await where.textContent())!.split('/')[1]!.trim().split(' ')[0]);
      for (let i = 1; i <= total; i++) {
        await expect(where).toContainText(`${i} / ${total}`);
        await waitForView(page);
        await expectAccessible(page);
        // each slide by its link (a tall slide's screens are paged by 下一页 first; the
        // keyboard walk below covers the keys)
        if (i < total) await openView(page, `present?slide=${i + 1}`);
      }
      await openView(page, 'present?embed=1');
      await expectAccessible(page);
    });

  test('every chart is announced with its own exact figures, never ECharts’ generated text', async ({
    page,
  }) => {
    test.slow();
    const expected: Record<string, string> = {
      overview: '科学技术支出',
      function: '科学技术支出',
      'basic-project': '基本支出',
      'personnel-public': '301 工资福利支出 926.71 万元',
      change: '万元',
    };
    for (const [route, figure] of Object.entries(expected)) {
      await openView(page, route);
      const charts = page.locator('.chart[role="img"]');
      await expect(charts).not.toHaveCount(0);
      // the view's own charts (not the previous view's, still in the page for a moment)
      await expect
        .poll(
          async () =>
            (await charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).every(
              (l) => l.includes(figure),
            ),
          { message: route },
        )
        .toBe(true);
      for (const chart of await charts.all()) {
        const label = (await chart.getAttribute('aria-label')) ?? '';
        expect(label, route).toContain(figure);
        expect(label, route).toMatch(/\d,?\d*\.\d{2} 万元/);
        expect(label, route).not.toContain('数据是');
        expect(label, route).not.toContain('基数');
        expect(label, route).not.toContain('NaN');
      }
    }
  });

  test('figure cards and 质量提示 groups are one tab stop each; arrows move, the source note shows', async ({
    page,
  }) => {
    await openView(page, 'overview');
    const cards = page.getByTestId('overview-cards');
    const buttons = cards.locator('.amount__value');
    await expect(buttons).toHaveCount(8);
    await expect(cards.locator('.amount__value[tabindex="0"]')).toHaveCount(1);
    await tabTo(page, buttons.first());
    await page.keyboard.press('ArrowRight');
    await expect(buttons.nth(1)).toBeFocused();
    await expect(page.locator('.amount__source.is-open')).toContainText('来源：');
    await page.keyboard.press('End');
    await expect(buttons.last()).toBeFocused();
    // Tab leaves the cards at once; Shift+Tab comes back to the figure last used.
    await page.keyboard.press('Tab');
    await expect(cards.locator(':focus')).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(buttons.last()).toBeFocused();

    await openView(page, 'performance');
    const groups = page.locator('ul.quality-group__owners');
    await expect(groups).not.toHaveCount(0);
    for (const group of await groups.all()) {
      const links = group.locator('.quality-group__subject[href]');
      if ((await links.count()) > 0) await expect(group.locator('[tabindex="0"]')).toHaveCount(1);
    }
    // The 质量提示 groups' 20 links are one stop per group now.
    const stops = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.quality-groups a[href]')].filter((e) => e.tabIndex >= 0)
          .length,
    );
    expect(stops).toBeLessThanOrEqual(await groups.count());
  });

  test('a keyboard-only walk: views, treemap drill in and out, a filter, a project, the deck', async ({
    page,
  }) => {
    test.slow();
    await openView(page, 'overview');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
    // Every view from the navigation, by Tab and Enter.
    for (const view of VIEWS) {
      const link = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: view.label });
      await tabTo(page, link);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#/${view.path}$`));
      await waitForView(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    // Treemap: drill into 215 from its table link, then climb with the breadcrumb.
    await openView(page, 'function');
    // The tree table is one tab stop: Tab into it, then the arrow keys to the 类's link.
    await tabTo(page, page.locator('.data-table tbody [tabindex="0"]').first());
    const link215 = page.getByRole('link', { name: '资源勘探工业信息等支出' });
    await expect(async () => {
      if (!(await link215.evaluate((el) => el === document.activeElement)))
        await page.keyboard.press('ArrowRight');
      await expect(link215).toBeFocused({ timeout: 500 });
    }).toPass({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/function\/215$/);
    await waitForView(page);
    await tabTo(page, page.getByTestId('function-breadcrumb').getByRole('link', { name: '全部' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/function$/);

    // 绩效目标: a filter from the keyboard, then a project.
    await openView(page, 'performance');
    const l1 = page.getByTestId('filter-l1');
    await tabTo(page, l1);
    await l1.selectOption({ label: (await l1.locator('option').nth(1).textContent())! });
    await expect(page).toHaveURL(/[?&]l1=/);
    const project = page.getByTestId('project-list').getByRole('link').first();
    await tabTo(page, project);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/performance\/project\//);
    await waitForView(page);

    // The deck: 汇报模式 from the header, then the keys.
    await tabTo(page, page.getByRole('link', { name: '汇报模式' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/present/);
    await waitForView(page);
    const where = page.getByTestId('present-where');
    await page.keyboard.press('Home');
    await expect(where).toContainText('1 / ');
    // → goes through the screens of a tall slide, then to the next slide; ← back
    await pressUntil(() => page.keyboard.press('ArrowRight'), where, '2 / ');
    await pressUntil(() => page.keyboard.press('ArrowLeft'), where, '1 / ');
  });
});
