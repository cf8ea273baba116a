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

test('a treemap on a deck screen shrunk with CSS zoom shows the tooltip of the block under the pointer', async ({
  page,
}) => {
  // 功能分类 206 by 项目支出 at 1280×720: the first screen (figures and the treemap) is
  // shrunk with CSS zoom to fit (slide-pager.ts), which ECharts' own mouse mapping misses.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openView(page, 'present?slides=function%2F206%3Fmeasure%3Dproject&slide=1&d=339-2024');
  const slide = page.getByTestId('present-slide');
  await expect
    .poll(() => slide.locator('.view').evaluate((el: HTMLElement) => Number(el.style.zoom || '1')))
    .toBeLessThan(0.95);
  const chart = slide.locator('.chart[data-rendered="true"]').filter({ visible: true }).first();
  // The 款 blocks as ECharts laid them out, in the chart's own pixels.
  const blocks = await chart.evaluate((el) => {
    type Data = {
      count: () => number;
      getName: (i: number) => string;
      getItemLayout: (i: number) => { x: number; y: number; width: number; height: number } | null;
    };
    const inst = (
      el as unknown as { echarts: { getModel: () => { getSeries: () => { getData: () => Data }[] } } }
    ).echarts;
    const data = inst.getModel().getSeries()[0]!.getData();
    const out: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < data.count(); i++) {
      const l = data.getItemLayout(i);
      if (l && !(data.getName(i) in out))
        out[data.getName(i)] = { x: l.x + l.width / 2, y: l.y + l.height / 2 };
    }
    return out;
  });
  const tip = chart.locator('.chart-tooltip');
  for (const [name, head] of [
    ['其他科学技术支出', '20699 其他科学技术支出'],
    ['科技条件与服务', '20605 科技条件与服务'],
    ['科技交流与合作', '20608 科技交流与合作'],
  ] as const) {
    const p = blocks[name]!;
    expect(p, name).toBeDefined();
    await expect(async () => {
      const box = (await chart.boundingBox())!;
      const scale = box.width / (await chart.evaluate((el) => (el as HTMLElement).offsetWidth));
      expect(scale).toBeLessThan(0.95);
      await page.mouse.move(box.x + p.x * scale, box.y + p.y * scale);
      await expect(tip.locator('.chart-tooltip__head')).toHaveText(head, { timeout: 1000 });
    }).toPass();
    await expect(tip).toBeVisible();
  }
});
