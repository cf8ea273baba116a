/**
 * 汇报模式 (issue 6): the deck built from the view registry, walked with the keyboard,
 * full screen, printing one slide per page, drill-down inside a slide, and a screenshot
 * of every slide at 1920×1080 for a person to look at.
 */
import type { Page } from '@playwright/test';
import { VIEWS } from '../src/app/views';
import { readDeckParams, resolveDeck } from '../src/features/present/deck';
import { expect, expectAccessible, openView, saveScreenshot, test, waitForView } from './support';

/** The default deck as the registry defines it right now (views that land later join). */
const DECK = resolveDeck(VIEWS, readDeckParams(''));
const where = (page: Page) => page.getByTestId('present-where');

test.describe('汇报模式 (presentation mode)', () => {
  test('walks the deck with the keyboard, one screenshot per slide at 1920×1080', async ({ page }) => {
    test.slow(); // every slide's charts at 1920×1080, and a screenshot of each
    expect(DECK.length).toBeGreaterThanOrEqual(2);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openView(page, 'present');
    const keys = ['ArrowRight', 'PageDown', 'Space'];
    for (let i = 1; i <= DECK.length; i++) {
      await expect(where(page)).toHaveText(`${i} / ${DECK.length} · ${DECK[i - 1]!.title}`);
      await expect(page.getByTestId('present-slide')).toHaveAttribute('data-route', DECK[i - 1]!.route);
      await waitForView(page);
      if (i > 1) await expect(page).toHaveURL(new RegExp(`[?&]slide=${i}(&|$)`));
      await expect(page.getByTestId('present-slide').getByRole('heading', { level: 1 })).toBeVisible();
      // What the room sees: the projector's 1920×1080 frame, not the whole scrollable view.
      await page.screenshot({ path: `e2e/screenshots/present-slide-${i}-1920.png` });
      // A slide taller than the screen has several pages (e2e/slides.spec.ts): the keys walk
      // through them, then to the next slide.
      if (i < DECK.length)
        await expect(async () => {
          if (!((await where(page).textContent()) ?? '').startsWith(`${i + 1} /`))
            await page.keyboard.press(keys[(i - 1) % keys.length]!);
          await expect(where(page)).toContainText(`${i + 1} / `, { timeout: 1500 });
        }).toPass({ timeout: 60_000 });
    }
    // Past the end nothing moves; Home / End / PageUp / ArrowLeft.
    await page.keyboard.press('ArrowRight');
    await expect(where(page)).toContainText(`${DECK.length} / ${DECK.length}`);
    await page.keyboard.press('Home');
    await expect(where(page)).toHaveText(`1 / ${DECK.length} · ${DECK[0]!.title}`);
    await page.keyboard.press('PageUp');
    await expect(where(page)).toContainText(`1 / ${DECK.length}`);
    await page.keyboard.press('End');
    await expect(where(page)).toContainText(`${DECK.length} / ${DECK.length}`);
    await page.keyboard.press('ArrowLeft');
    await expect(where(page)).toContainText(`${DECK.length - 1} / ${DECK.length}`);

    // A reload keeps the slide.
    await page.reload();
    await waitForView(page);
    await expect(where(page)).toContainText(`${DECK.length - 1} / ${DECK.length}`);
  });

  test('type is large on a projector at 1920×1080 and 1280×720, with no chrome and no motion', async ({
    page,
  }) => {
    test.slow(); // two viewport sizes with screenshots, then axe
    for (const [w, h, min] of [
      [1920, 1080, 24],
      [1280, 720, 18],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await openView(page, 'present');
      await expect
        .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), {
          message: `root font size at ${w}×${h}`,
        })
        .toBeGreaterThanOrEqual(min);
      await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
      await expect(page.locator('.app-header, .app-nav, .app-footer')).toHaveCount(0);
      await saveScreenshot(page, `present-slide-1-${w}`);
    }
    await expectAccessible(page);
    // Leaving the deck restores the normal look.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/overview$/);
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)present-mode(\s|$)/);
  });

  test('is reachable from the header, not from the nav, and opens at the view on screen', async ({
    page,
  }) => {
    await openView(page, 'function/206');
    await expect(
      page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '汇报模式' }),
    ).toHaveCount(0);
    await page.locator('.app-header').getByRole('link', { name: '汇报模式' }).click();
    await waitForView(page);
    const index = DECK.findIndex((s) => s.route.startsWith('function')) + 1;
    await expect(where(page)).toHaveText(`${index} / ${DECK.length} · 功能分类`);
    await expect(page.getByTestId('present-slide')).toHaveAttribute('data-route', 'function/206');
  });

  test('F enters full screen; Esc leaves it, then returns to the normal view of the slide', async ({
    page,
  }) => {
    await openView(page, 'present?slides=overview,function%2F206&slide=2');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
    await expect(page.getByRole('button', { name: '退出全屏' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(false);
    await expect(page).toHaveURL(/#\/present\?/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/function\/206$/);
    await expect(page.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
  });

  test('a custom deck from the URL; drilling inside a slide changes only that slide', async ({ page }) => {
    await openView(page, 'present?slides=overview,function%2F206,change&slide=2');
    await expect(where(page)).toHaveText('2 / 3 · 功能分类');
    const slide = page.getByTestId('present-slide');
    await expect(slide).toHaveAttribute('data-route', 'function/206');
    // Links inside the slide point into the deck, not out of it.
    const drill = slide.locator('a[href*="function%2F206%2F"]').first();
    await expect(drill).toHaveAttribute(
      'href',
      /^#\/present\?slides=overview,function%2F206%2F\d+,change&slide=2$/,
    );
    // The table is on a later page of the slide (one chart or table per screen).
    for (let k = 0; k < 10 && !(await drill.isVisible()); k++) await page.keyboard.press('Space');
    await drill.click();
    await waitForView(page);
    await expect(page).toHaveURL(/slides=overview,function%2F206%2F\d+,change&slide=2/);
    await expect(where(page)).toHaveText('2 / 3 · 功能分类');
    await expect(slide).toHaveAttribute('data-route', /^function\/206\/\d+$/);
    // Back undoes the drill, still inside the deck.
    await page.goBack();
    await expect(slide).toHaveAttribute('data-route', 'function/206');
    await page.keyboard.press('End');
    await expect(where(page)).toContainText('3 / 3');
  });

  test('prints one slide per page', async ({ page }) => {
    test.slow(); // renders every slide for print, then a PDF
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await openView(page, 'present?slide=2');
    await page.getByRole('button', { name: '打印' }).click();
    // Every slide of the deck renders its charts first: give it as long as the slow test allows.
    await expect(page.getByTestId('present-print')).toHaveAttribute('data-print-ready', 'true', {
      timeout: 60_000,
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.present__bar')).toBeHidden();
    await saveScreenshot(page, 'present-print-preview');
    // One printed page per screen of each slide (a taller view is split, never cut): every
    // slide has at least one, and every page shows all of its content (no row cut).
    const sheets = page.getByTestId('present-print').locator('.present-print__page');
    const count = await sheets.count();
    expect(count).toBeGreaterThanOrEqual(DECK.length);
    for (let i = 1; i <= DECK.length; i++)
      await expect(
        sheets.filter({ hasText: `${i} / ${DECK.length} · ${DECK[i - 1]!.title}` }),
      ).not.toHaveCount(0);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.present-print__body')]
        .filter((b) => b.scrollHeight > b.clientHeight + 1)
        .map((b) => b.closest('.present-print__page')!.querySelector('.present-print__head')!.textContent),
    );
    expect(cut).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pages.length).toBe(count);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.getByTestId('present-print')).toHaveCount(0);
    await expect(where(page)).toContainText(`2 / ${DECK.length}`);
  });

  test('Ctrl+P prints the whole deck too', async ({ page }) => {
    test.slow(); // renders every slide for print
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await openView(page, 'present');
    await page.keyboard.press('Control+p');
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes', { timeout: 60_000 });
  });
});
