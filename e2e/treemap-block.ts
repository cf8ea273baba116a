/**
 * Where a treemap block is drawn, read from the ECharts instance's own layout (the canvas has
 * no DOM per block), so tests and the bench click the block a person would click. Plain
 * Playwright, no test fixtures: e2e specs and scripts/bench-browser.ts both use it.
 */
import type { Locator } from '@playwright/test';

/**
 * The centre of the block of `code` (a 功能分类 code, or "other" for the 其他 block), in CSS
 * pixels relative to the chart container `chart` (the element holding the instance as
 * `.echarts`, e.g. getByTestId('function-treemap')).
 * @throws Error when the chart draws no block of that code
 */
export async function treemapBlockCentre(chart: Locator, code: string): Promise<{ x: number; y: number }> {
  const pos = await chart.evaluate((el, wanted) => {
    type Layout = { x: number; y: number; width: number; height: number };
    const data = (
      el as unknown as {
        echarts: {
          getModel: () => {
            getSeriesByIndex: (i: number) => {
              getData: () => {
                count: () => number;
                getRawDataItem: (i: number) => { code?: string } | undefined;
                getItemLayout: (i: number) => Layout;
              };
            };
          };
        };
      }
    ).echarts
      .getModel()
      .getSeriesByIndex(0)
      .getData();
    for (let i = 0; i < data.count(); i++)
      if (data.getRawDataItem(i)?.code === wanted) {
        const l = data.getItemLayout(i);
        return { x: l.x + l.width / 2, y: l.y + l.height / 2 };
      }
    return null;
  }, code);
  if (!pos) throw new Error(`no treemap block ${code}`);
  return pos;
}
