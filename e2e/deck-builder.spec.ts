/**
 * 编排幻灯片 (issue 13): the deck builder at #/present/build. Keyboard only, a presenter
 * comes from a drilled view (功能分类 206 by 项目支出) through 汇报模式, builds a 3-slide deck
 * with that drill state, reorders it, opens it and sees those slides in that order with the
 * disclosure's figures; the copied link (clipboard, or the selected field when the
 * clipboard is refused) reopens the same deck. Also: the screen within a tall slide is in
 * the URL (`&screen=k`) and survives a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, openView, saveScreenshot, test, waitForView } from './support';

/** Presses `key` (Tab or Shift+Tab) until `target` has focus: a real keyboard walk. */
async function tabTo(page: Page, target: Locator, key = 'Tab', max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

const where = (page: Page) => page.getByTestId('present-where');

/** Presses → until the deck shows slide `n` (a tall slide pages through its screens first). */
async function nextSlide(page: Page, n: number): Promise<void> {
  await expect(async () => {
    if (!((await where(page).textContent()) ?? '').startsWith(`${n} /`))
      await page.keyboard.press('ArrowRight');
    await expect(where(page)).toContainText(`${n} / `, { timeout: 1500 });
  }).toPass({ timeout: 30_000 });
}

/** The deck built below, slide by slide: title, route and what its first screen shows. */
const BUILT: { title: string; route: string; sees: (slide: Locator) => Promise<void> }[] = [
  {
    // 功能分类 206 科学技术支出 by 项目支出: 858.00 万元, of which 20699 其他科学技术支出 800.00.
    title: '功能分类',
    route: 'function/206?measure=project',
    sees: (slide) =>
      expect(
        slide.getByRole('img', {
          name: /^206 科学技术支出按项目支出的矩形树图：206 科学技术支出 项目支出 858\.00 万元，分为 3 个款：20699 其他科学技术支出 800\.00 万元（93\.24%）/,
        }),
      ).toBeVisible(),
  },
  {
    // 绩效目标要点: 7 projects, 55 project indicators.
    title: '绩效目标要点',
    route: 'performance/highlights',
    sees: (slide) => expect.poll(() => slide.innerText()).toContain('7 个项目、55 项项目绩效指标'),
  },
  {
    // 同比变化: 2024 total 2305.27 against 2023.
    title: '同比变化',
    route: 'change',
    sees: (slide) => expect.poll(() => slide.innerText()).toContain('2305.27'),
  },
];

/** Reads the builder's list: one "title | route" per slide, in order. */
async function builtList(page: Page): Promise<string[]> {
  return page
    .getByTestId('builder-slides')
    .locator('li')
    .evaluateAll((items) =>
      items.map(
        (li) =>
          `${li.querySelector('.deck-builder__title')!.textContent} | ${li.querySelector('.deck-builder__route')!.textContent}`,
      ),
    );
}

/** Checks the deck on screen is BUILT, in order, with its figures. */
async function expectBuiltDeck(page: Page): Promise<void> {
  const slide = page.getByTestId('present-slide');
  for (let i = 0; i < BUILT.length; i++) {
    const s = BUILT[i]!;
    if (i > 0) await nextSlide(page, i + 1);
    await expect(where(page)).toHaveText(`${i + 1} / ${BUILT.length} · ${s.title}`);
    await expect(slide).toHaveAttribute('data-route', s.route);
    await waitForView(page);
    await s.sees(slide);
  }
}

test.describe('编排幻灯片 (deck builder)', () => {
  test('keyboard only: build a 3-slide deck with a drill state, reorder, open it, copy its link', async ({
    page,
    context,
  }) => {
    test.slow(); // a keyboard walk through the builder, the deck and its link, two screenshots
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openView(page, 'function/206?measure=project&d=339-2024');

    // The header's 汇报模式 opens the deck at this drill state; 编排幻灯片 opens the builder.
    await tabTo(page, page.locator('.app-header').getByRole('link', { name: '汇报模式' }));
    await page.keyboard.press('Enter');
    await expect(where(page)).toContainText('· 功能分类');
    await tabTo(page, page.getByRole('link', { name: '编排幻灯片' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '编排汇报幻灯片' })).toBeVisible();
    await expect(page).toHaveURL(
      /#\/present\/build\?slides=.*&from=function%2F206%3Fmeasure%3Dproject&d=339-2024$/,
    );
    // The header is back (the builder is an ordinary page); the current view is offered by name.
    await expect(page.locator('.app-header')).toBeVisible();
    const current = page.locator('.deck-builder__current');
    await expect(current).toContainText('功能分类');
    await expect(current).toContainText('206 科学技术支出 · 项目支出');
    await expect(page.getByRole('heading', { level: 2, name: '幻灯片（6 张）' })).toBeVisible();
    await expectAccessible(page);

    // Remove the first four slides: the focus stays on 删除 of the slide now in that place.
    await tabTo(page, page.getByRole('button', { name: '删除第 1 张：概览' }));
    for (const title of ['概览', '功能分类', '基本与项目', '人员与公用']) {
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('builder-status')).toHaveText(`已删除“${title}”`);
    }
    expect(await builtList(page)).toEqual(['同比变化 | #/change', '绩效目标要点 | #/performance/highlights']);
    await expect(page.getByRole('button', { name: '删除第 1 张：同比变化' })).toBeFocused();

    // Add the view state the presenter came from.
    await tabTo(page, page.getByRole('button', { name: '加入当前视图' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('builder-status')).toHaveText('已添加“功能分类”，为第 3 张');

    // Move it to the top (the focus follows it), then 同比变化 to the end.
    await tabTo(page, page.getByRole('button', { name: '上移第 3 张：功能分类' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '上移第 2 张：功能分类' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('builder-status')).toHaveText('已将“功能分类”移到第 1 张');
    // At the top 上移 is disabled: the focus is on its 下移.
    await expect(page.getByRole('button', { name: '下移第 1 张：功能分类' })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: '下移第 2 张：同比变化' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '下移第 3 张：同比变化' })).toBeDisabled();
    expect(await builtList(page)).toEqual([
      '功能分类 | #/function/206?measure=project',
      '绩效目标要点 | #/performance/highlights',
      '同比变化 | #/change',
    ]);
    await expect(page.getByTestId('builder-slides').locator('li').first()).toContainText(
      '206 科学技术支出 · 项目支出',
    );
    await expect(page.getByRole('heading', { level: 2, name: '幻灯片（3 张）' })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'deck-builder-1280');

    // A reload keeps the deck being built (the URL is the state).
    await page.reload();
    await expect(page.getByTestId('builder-slides').locator('li')).toHaveCount(3);
    expect((await builtList(page))[0]).toBe('功能分类 | #/function/206?measure=project');

    // 复制链接: the share link on the clipboard, the same as the field shows.
    await tabTo(page, page.getByRole('button', { name: '复制链接' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('builder-copy-status')).toHaveText('已复制汇报链接');
    const link = await page.getByTestId('builder-link').inputValue();
    expect(link).toMatch(
      /#\/present\?slides=function%2F206%3Fmeasure%3Dproject,performance%2Fhighlights,change&slide=1&d=339-2024$/,
    );
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // 开始汇报 opens the deck: those slides, in that order, with their figures.
    await tabTo(page, page.getByRole('link', { name: '开始汇报' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectBuiltDeck(page);

    // The copied link reopens the same deck in a fresh tab.
    const other = await context.newPage();
    await other.setViewportSize({ width: 1280, height: 720 });
    await other.goto(link);
    await expectBuiltDeck(other);
  });

  test('the clipboard refused (a sandboxed frame): the link is selected for Ctrl+C', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
      });
    });
    await openView(page, 'present/build?slides=change,function%2F206&d=339-2024');
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByTestId('builder-copy-status')).toHaveText(
      '无法访问剪贴板，已选中链接，请按 Ctrl+C（Mac 为 ⌘C）复制',
    );
    const field = page.getByTestId('builder-link');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(/#\/present\?slides=change,function%2F206&slide=1&d=339-2024$/);
    // The whole link is selected.
    await expect
      .poll(() =>
        field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd, el.value.length]),
      )
      .toEqual([0, (await field.inputValue()).length, (await field.inputValue()).length]);
  });

  test('a deck keeps its last slide; the focus goes on to adding one', async ({ page }) => {
    await openView(page, 'present/build?slides=change,overview&d=339-2024');
    await page.getByRole('button', { name: '删除第 1 张：同比变化' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('builder-slides').locator('li')).toHaveCount(1);
    await expect(page.getByRole('button', { name: '删除第 1 张：概览' })).toBeDisabled();
    await expect(page.getByRole('combobox', { name: '视图' })).toBeFocused();
    await expect(page).toHaveURL(/#\/present\/build\?slides=overview&d=339-2024$/);
    // Back to the default deck: no list in the URL, and 恢复默认 is gone.
    await page.getByRole('button', { name: '恢复默认幻灯片' }).press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '幻灯片（6 张）' })).toBeVisible();
    await expect(page).toHaveURL(/#\/present\/build\?d=339-2024$/);
    await expect(page.getByRole('button', { name: '恢复默认幻灯片' })).toHaveCount(0);
  });

  test('phone: the builder reads and works at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openView(
      page,
      `present/build?slides=function%2F206%3Fmeasure%3Dproject,change&from=${encodeURIComponent('personnel-public/301')}&d=339-2024`,
    );
    await expect(page.locator('.deck-builder__current')).toContainText('301 工资福利支出');
    await page.getByRole('button', { name: '加入当前视图' }).click();
    await expect(page.getByTestId('builder-slides').locator('li')).toHaveCount(3);
    await expect(page.getByTestId('builder-slides').locator('li').nth(2)).toContainText('人员与公用');
    // No page-wide horizontal scroll.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
      .toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, 'deck-builder-375');
  });

  test('the screen within a tall slide is in the URL and survives a reload', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openView(page, 'present?slide=6&d=339-2024');
    const slide = page.getByTestId('present-slide');
    await expect(where(page)).toContainText('6 / 6 · 绩效目标要点');
    await expect.poll(async () => Number(await slide.getAttribute('data-pages'))).toBeGreaterThan(1);
    await saveScreenshot(page, 'present-highlights-1280x720-screen-1');
    await page.keyboard.press('Space');
    await expect(slide).toHaveAttribute('data-page', '2');
    await expect(page).toHaveURL(/#\/present\?slide=6&screen=2&d=339-2024$/);
    await saveScreenshot(page, 'present-highlights-1280x720-screen-2');
    const shown = await slide.locator('.view').innerText();
    await page.reload();
    await waitForView(page);
    await expect(where(page)).toContainText('6 / 6 · 绩效目标要点');
    await expect(slide).toHaveAttribute('data-page', '2');
    await expect(page.getByTestId('present-page')).toContainText('本页第 2 / ');
    await expect.poll(() => slide.locator('.view').innerText()).toBe(shown);
    // A screen past the slide's last is clamped to it once the slide is measured.
    await page.goto('./#/present?slide=6&screen=99&d=339-2024');
    await waitForView(page);
    // The slide may gain a screen as its tables draw: page count, page shown and URL are
    // checked together, retried until they agree on the last screen.
    await expect(async () => {
      const pages = await slide.getAttribute('data-pages');
      expect(Number(pages)).toBeGreaterThan(1);
      expect(await slide.getAttribute('data-page')).toBe(pages);
      expect(page.url()).toMatch(new RegExp(`&screen=${pages}&d=339-2024$`));
    }).toPass({ timeout: 15_000 });
    // Back to the first screen: the parameter goes away.
    await page.keyboard.press('Home');
    await expect(slide).toHaveAttribute('data-page', '1');
    await expect(page).toHaveURL(/#\/present\?slide=1&d=339-2024$/);
  });
});
