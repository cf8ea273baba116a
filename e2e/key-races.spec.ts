/**
 * Keys pressed faster than the page re-renders (CI failures of 2026-12-05): a presenter who
 * pages → then ← at once, an editor who presses 删除 twice. The router commits a navigation
 * as a transition, after the key's own state update, so a second key can meet the page
 * between the two. Under 6× CPU slowdown that window is wide; both must still end right.
 */
import type { Page } from '@playwright/test';
import { expect, openView, test, waitForView } from './support';

/** Slows the page's CPU (CDP), so a transition takes long enough for the next key to arrive. */
async function slowCpu(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
}

/** Resolves once the page has rendered two frames and then been idle: its pending work is done. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 5000 })),
        ),
      ),
  );
}

test('汇报模式: → then ← at once ends on the first screen, in the URL too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openView(page, 'present');
  const slide = page.getByTestId('present-slide');
  await waitForView(page);
  // 概览 at 1280×720 is two screens (slides.spec.ts checks every screen fits).
  await expect(slide).toHaveAttribute('data-pages', '2');
  await slowCpu(page);
  for (let round = 0; round < 5; round++) {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await settled(page);
    await expect(slide).toHaveAttribute('data-page', '1');
    await expect(page).not.toHaveURL(/screen=/);
    await expect(page.getByTestId('present-where')).toHaveText('1 / 6 · 概览');
  }
});

test('编排幻灯片: 删除 pressed twice at once removes two slides, the focus on the next', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openView(page, 'present/build');
  await expect(page.getByRole('heading', { level: 2, name: '幻灯片（6 张）' })).toBeVisible();
  await slowCpu(page);
  await page.getByRole('button', { name: '删除第 1 张：概览' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(page.getByRole('heading', { level: 2, name: '幻灯片（4 张）' })).toBeVisible();
  await expect(page.getByTestId('builder-status')).toHaveText('已删除“功能分类”');
  await expect(page.getByRole('button', { name: '删除第 1 张：基本与项目' })).toBeFocused();
});
