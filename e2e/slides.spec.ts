/**
 * Slides that fit (issue 13): at 1920×1080 and 1280×720 every screen of the default deck
 * fits without scrolling (a taller view is split into pages: figures and one chart or one
 * table per page, a long table paged by rows), → / Space / PageDown walk through every
 * page and slide, ← back; printing gives one page per screen with no row cut.
 */
import type { Page } from '@playwright/test';
import { VIEWS } from '../src/app/views';
import { readDeckParams, resolveDeck } from '../src/features/present/deck';
import { expect, openView, test, waitForView } from './support';

const DECK = resolveDeck(VIEWS, readDeckParams(''));

/** What is on screen: slide n, page p of P, and whether the whole view is inside the slide. */
async function screen(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-testid="present-slide"]')!;
    const view = slide.querySelector<HTMLElement>('.view');
    const s = slide.getBoundingClientRect();
    const v = view?.getBoundingClientRect();
    return {
      where: document.querySelector('[data-testid="present-where"]')!.textContent,
      page: Number(slide.dataset.page),
      pages: Number(slide.dataset.pages),
      fitsPage: document.documentElement.scrollHeight <= window.innerHeight,
      // The slide clips, never scrolls: all of its content is inside it.
      fitsSlide:
        !!v &&
        view!.getClientRects().length > 0 &&
        slide.scrollHeight <= slide.clientHeight + 1 &&
        s.bottom <= window.innerHeight,
      rows: view ? view.querySelectorAll('tbody tr:not([data-slide-hidden])').length : 0,
    };
  });
}

for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
] as const)
  test(`every screen of the default deck fits ${w}×${h} without scrolling`, async ({ page }) => {
    test.slow(); // every page of every slide
    await page.setViewportSize({ width: w, height: h });
    await openView(page, 'present');
    let screens = 0;
    for (let i = 1; i <= DECK.length; i++) {
      await expect(page.getByTestId('present-where')).toHaveText(
        `${i} / ${DECK.length} · ${DECK[i - 1]!.title}`,
      );
      await waitForView(page);
      for (;;) {
        await expect.poll(async () => (await screen(page)).fitsSlide, { message: `slide ${i}` }).toBe(true);
        const s = await screen(page);
        expect(s.fitsPage, `slide ${i} page ${s.page}`).toBe(true);
        screens++;
        if (w === 1280) await page.screenshot({ path: `e2e/screenshots/slide-${i}-${s.page}-1280.png` });
        if (s.page >= s.pages) break;
        await page.keyboard.press('Space');
        await expect(page.getByTestId('present-slide')).toHaveAttribute('data-page', String(s.page + 1));
      }
      if (i < DECK.length) await page.keyboard.press('ArrowRight');
    }
    expect(screens).toBeGreaterThanOrEqual(DECK.length);
    // ← from the first page of a slide opens the previous slide on its last page.
    await page.keyboard.press('Home');
    await expect(page.getByTestId('present-where')).toContainText(`1 / ${DECK.length}`);
    await page.keyboard.press('ArrowRight');
    const first = await screen(page);
    if (first.pages > 1) {
      await expect(page.getByTestId('present-slide')).toHaveAttribute('data-page', '2');
      await page.keyboard.press('ArrowLeft');
      await expect(page.getByTestId('present-slide')).toHaveAttribute('data-page', '1');
    }
  });
