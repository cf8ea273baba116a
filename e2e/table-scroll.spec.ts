/**
 * Wide tables on a phone scroll inside their own box: a shadow on the edge that holds more
 * columns says so (the columns past the edge are otherwise simply not there for the reader).
 */
import { expect, openView, test } from './support';

test('at 375 px a table wider than the screen shows which side has more columns, and says nothing once all fit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openView(page, 'tables/final-expenditure?d=putuo-finance-2024-final');
  const frame = page.getByTestId('spec-table').locator('.table-scroll-frame');
  const box = frame.locator('.table-scroll');
  // the amounts are off to the right at first
  await expect(frame).toHaveAttribute('data-more-right', '');
  await expect(frame).not.toHaveAttribute('data-more-left', '');
  await expect.poll(() => frame.evaluate((f) => getComputedStyle(f, '::after').opacity)).toBe('1');
  // scrolled to the end: the cue moves to the left edge
  await box.evaluate((b) => b.scrollTo({ left: b.scrollWidth }));
  await expect(frame).toHaveAttribute('data-more-left', '');
  await expect(frame).not.toHaveAttribute('data-more-right', '');
  // at desktop width the same table fits: no cue at all
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(frame).not.toHaveAttribute('data-more-right', '');
  await expect(frame).not.toHaveAttribute('data-more-left', '');
});
