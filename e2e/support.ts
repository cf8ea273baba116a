/**
 * Shared helpers for the Playwright specs: open a view and wait until it has really
 * rendered (no spinner, every chart marked data-rendered), scan it with axe, and save a
 * screenshot under e2e/screenshots/ for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens `#/<route>` and waits for data and charts. */
export async function openView(page: Page, route: string): Promise<void> {
  await page.goto(`./#/${route.replace(/^[#/]+/, '')}`);
  await waitForView(page);
}

/** Waits until no loading indicator is left and every chart reports 'finished'. */
export async function waitForView(page: Page): Promise<void> {
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.locator('.chart[data-rendered="false"]')).toHaveCount(0);
}

/** Runs axe (WCAG 2.x A and AA) on the page, failing with a readable list. */
export async function expectAccessible(page: Page, exclude: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** Saves a full-page screenshot to e2e/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}
