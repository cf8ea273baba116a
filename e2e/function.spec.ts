import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, openView, saveScreenshot, test, waitForView } from './support';
import { treemapBlockCentre } from './treemap-block';

/** The treemap's series data as [code, value] pairs, read from the ECharts instance. */
async function chartBlocks(page: Page): Promise<[string, number][]> {
  const chart = page.getByTestId('function-treemap');
  await expect(chart).toHaveAttribute('data-rendered', 'true');
  return chart.evaluate((el) => {
    const inst = (
      el as unknown as {
        echarts: { getOption: () => { series: { data: { code: string; value: number }[] }[] } };
      }
    ).echarts;
    return inst.getOption().series[0]!.data.map((d) => [d.code, d.value] as [string, number]);
  });
}

/** Pixel centre of a block, relative to the chart container, from the instance's layout. */
async function blockCentre(chart: Locator, code: string): Promise<{ x: number; y: number }> {
  // The lazy chart's placeholder is marked data-rendered="false": wait for the real one.
  await expect(chart).toHaveAttribute('data-rendered', 'true');
  return treemapBlockCentre(chart, code);
}

/** A real mouse click on the canvas, at the centre of the block of `code`. */
async function clickBlock(page: Page, code: string): Promise<void> {
  const chart = page.getByTestId('function-treemap');
  await expect(chart).toHaveAttribute('data-rendered', 'true');
  await chart.scrollIntoViewIfNeeded();
  const pos = await blockCentre(chart, code);
  const box = (await chart.boundingBox())!;
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

/** Waits for the view and for the treemap's labels to be fitted to the drawn blocks. */
async function waitForTreemap(page: Page): Promise<void> {
  await waitForView(page);
  await expect(page.getByTestId('function-chart-box')).toHaveAttribute('data-labels', 'fitted');
}

const table = (page: Page) => page.getByTestId('function-table');
const row = (page: Page, code: string) => table(page).locator(`tr[data-row-id="${code}"]`);

test.describe('功能分类 (function treemap)', () => {
  test('#/function shows the five 类 in the treemap and the table', async ({ page }) => {
    await openView(page, 'function');
    await expect(page.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
    await expect(page.getByRole('link', { name: '功能分类' })).toHaveAttribute('aria-current', 'page');
    await expect
      .poll(() => chartBlocks(page))
      .toEqual([
        ['206', 1150.65],
        ['208', 65.98],
        ['210', 123.75],
        ['215', 915.4],
        ['221', 49.49],
      ]);
    for (const [code, amount, share] of [
      ['206', '1,150.65', '49.91%'],
      ['208', '65.98', '2.86%'],
      ['210', '123.75', '5.37%'],
      ['215', '915.40', '39.71%'],
      ['221', '49.49', '2.15%'],
    ] as const) {
      await expect(row(page, code)).toContainText(amount);
      await expect(row(page, code)).toContainText(share);
    }
    await expect(table(page).locator('tbody tr')).toHaveCount(5);
    await expect(table(page).locator('tfoot')).toContainText('2,305.27');
    await expect(page.getByTestId('function-summary')).toContainText(
      '全部支出 合计 2,305.27 万元，分为 5 个类：206 科学技术支出 1,150.65 万元（49.91%）、215 资源勘探工业信息等支出 915.40 万元（39.71%）',
    );
    await expect(page.getByTestId('function-treemap')).toHaveAttribute(
      'aria-label',
      /全部支出 合计 2,305.27 万元/,
    );
    await waitForTreemap(page);
    await expectAccessible(page);
    await saveScreenshot(page, 'function-1280-classes');
  });

  test('#/function/206 shows its four 款; 项目支出 hides 20601 and the table says so', async ({ page }) => {
    await openView(page, 'function/206');
    await expect
      .poll(() => chartBlocks(page))
      .toEqual([
        ['20601', 292.65],
        ['20605', 48],
        ['20608', 10],
        ['20699', 800],
      ]);
    await expect(row(page, '20601')).toContainText('292.65');
    await expect(row(page, '20605')).toContainText('48.00');
    await expect(row(page, '20608')).toContainText('10.00');
    await expect(row(page, '20699')).toContainText('800.00');
    await expect(row(page, '206')).toHaveClass(/is-selected/);
    await expect(page.getByTestId('function-breadcrumb')).toHaveText(/全部\s*206 科学技术支出/);

    await page.getByRole('radio', { name: '项目支出' }).click();
    await expect(page.getByRole('radio', { name: '项目支出' })).toBeChecked();
    await expect(page).toHaveURL(/#\/function\/206\?measure=project$/);
    await waitForView(page);
    await expect
      .poll(() => chartBlocks(page))
      .toEqual([
        ['20605', 48],
        ['20608', 10],
        ['20699', 800],
      ]);
    await expect(page.getByTestId('function-hidden')).toContainText(
      '20601 科学技术管理事务：项目支出为空（原表空白）',
    );
    await expect(row(page, '20601')).toContainText('图中未显示');
    await expect(row(page, '20699')).toContainText('93.24%');
    await expect(page.getByTestId('function-figures')).toContainText('858.00');
    await expectAccessible(page);

    // 基本支出 at 206: only 20601 is drawn (100.00%).
    await page.getByRole('radio', { name: '基本支出' }).click();
    await expect(page.getByRole('radio', { name: '基本支出' })).toBeChecked();
    await expect(page).toHaveURL(/measure=basic/);
    await expect.poll(() => chartBlocks(page)).toEqual([['20601', 292.65]]);
    await expect(row(page, '20601')).toContainText('100.00%');

    // Each 口径 is a step of its own in the history: back returns to 项目支出.
    await page.goBack();
    await expect(page).toHaveURL(/#\/function\/206\?measure=project$/);
    await expect(page.getByRole('radio', { name: '项目支出' })).toBeChecked();
    await expect(row(page, '20699')).toContainText('93.24%');
  });

  test('a click on a treemap block drills in; back climbs; reload keeps the level', async ({ page }) => {
    test.slow(); // three drills, a reload and three steps back, each redrawing the treemap
    await openView(page, 'function');
    await clickBlock(page, '206');
    await expect(page).toHaveURL(/#\/function\/206$/);
    await waitForView(page);
    await expect
      .poll(async () => (await chartBlocks(page)).map(([c]) => c))
      .toEqual(['20601', '20605', '20608', '20699']);
    await waitForTreemap(page);
    await saveScreenshot(page, 'function-1280-206');

    await clickBlock(page, '20699');
    await expect(page).toHaveURL(/#\/function\/206\/20699$/);
    await expect.poll(() => chartBlocks(page)).toEqual([['2069999', 800]]);

    await clickBlock(page, '2069999');
    await expect(page).toHaveURL(/#\/function\/206\/20699\/2069999$/);
    await waitForView(page);
    const leaf = page.getByTestId('function-leaf');
    await expect(leaf.getByRole('row', { name: /科技创新扶持资金/ })).toContainText('200.00');
    await expect(leaf.getByRole('row', { name: /以前年度未拨付专项资金/ })).toContainText('600.00');
    await expect(page.getByTestId('function-leaf-equation')).toContainText('800.00 = 200.00 + 600.00');
    await expect(page.getByTestId('function-leaf-equation')).toContainText('与支出总表一致');
    await expect(leaf.getByRole('link', { name: '科技创新扶持资金 绩效目标' })).toHaveAttribute(
      'href',
      '#/performance/project/13020824P00021510002F',
    );
    await expect(page.getByTestId('function-breadcrumb').getByRole('link')).toHaveText([
      '全部',
      '206 科学技术支出',
      '20699 其他科学技术支出',
      '2069999 其他科学技术支出',
    ]);
    await waitForTreemap(page);
    await expectAccessible(page);
    await saveScreenshot(page, 'function-1280-2069999');

    await page.reload();
    await waitForView(page);
    await expect(page.getByTestId('function-leaf-equation')).toContainText('800.00 = 200.00 + 600.00');

    await page.goBack();
    await expect(page).toHaveURL(/#\/function\/206\/20699$/);
    await waitForView(page);
    await expect.poll(() => chartBlocks(page)).toEqual([['2069999', 800]]);
    await page.goBack();
    await expect(page).toHaveURL(/#\/function\/206$/);
    await waitForView(page);
    await expect.poll(() => chartBlocks(page)).toHaveLength(4);
    await page.goBack();
    await expect(page).toHaveURL(/#\/function$/);
    await waitForView(page);
    await expect.poll(() => chartBlocks(page)).toHaveLength(5);
    // The table follows: the rows the drill had opened close again.
    await expect(row(page, '20601')).toHaveCount(0);
    await expect(table(page).locator('tbody tr')).toHaveCount(5);
  });

  test('the tooltip names code, amount, shares and the basic / project split', async ({ page }) => {
    await openView(page, 'function/206');
    await waitForTreemap(page);
    const chart = page.getByTestId('function-treemap');
    const pos = await blockCentre(chart, '20601');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + pos.x, box.y + pos.y);
    const tip = chart.locator('.chart-tooltip');
    await expect(tip).toBeVisible();
    await expect(tip.locator('.chart-tooltip__head')).toHaveText('20601 科学技术管理事务');
    await expect(tip).toContainText('合计 292.65 万元');
    await expect(tip).toContainText('占206 科学技术支出 25.43%');
    await expect(tip).toContainText('占全部支出 12.69%');
    await expect(tip).toContainText('基本支出 292.65 · 项目支出 —');
  });

  test('the table drills the chart, by mouse and by keyboard, and the breadcrumb climbs', async ({
    page,
  }) => {
    await openView(page, 'function');
    await row(page, '215').getByRole('link', { name: '资源勘探工业信息等支出' }).click();
    await expect(page).toHaveURL(/#\/function\/215$/);
    await waitForView(page);
    await expect
      .poll(() => chartBlocks(page))
      .toEqual([
        ['21505', 912.7],
        ['21508', 2.7],
      ]);

    // Keyboard: focus the 21505 row's link and press Enter.
    await row(page, '21505').getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/function\/215\/21505$/);
    await waitForView(page);
    await expect
      .poll(() => chartBlocks(page))
      .toEqual([
        ['2150501', 866.21],
        ['2150502', 1.8],
        ['2150517', 44.69],
      ]);

    // 行政运行 is basic expenditure, no project behind it.
    await row(page, '2150501').getByRole('link').click();
    await expect(page).toHaveURL(/#\/function\/215\/21505\/2150501$/);
    await expect(page.getByTestId('function-leaf-basic')).toContainText('本科目全部为基本支出 866.21 万元');
    await expect(page.getByTestId('function-leaf-projects')).toHaveCount(0);

    // 产业发展 44.69 is the 领跑者 project.
    await row(page, '2150517').getByRole('link').click();
    await expect(page).toHaveURL(/2150517$/);
    await expect(page.getByTestId('function-leaf-projects')).toContainText('“领跑者”企业培育');
    await expect(page.getByTestId('function-leaf-equation')).toContainText('44.69 = 44.69');

    // The breadcrumb climbs, by keyboard too.
    await page
      .getByTestId('function-breadcrumb')
      .getByRole('link', { name: '215 资源勘探工业信息等支出' })
      .click();
    await expect(page).toHaveURL(/#\/function\/215$/);
    await page.getByTestId('function-breadcrumb').getByRole('link', { name: '全部' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/function$/);
  });

  test('rows expand and sort from the keyboard; the expand-all button opens every level', async ({
    page,
  }) => {
    await openView(page, 'function');
    const toggle = row(page, '210').getByRole('button', { name: '展开' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(row(page, '21011')).toBeVisible();
    await expect(row(page, '210').getByRole('button', { name: '收起' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    const sortTotal = table(page).getByRole('button', { name: /^合计/ });
    await sortTotal.focus();
    await page.keyboard.press('Enter'); // amounts sort largest first
    await expect(table(page).locator('thead th').nth(2)).toHaveAttribute('aria-sort', 'descending');
    await expect
      .poll(async () =>
        (
          await table(page)
            .locator('tbody tr[data-row-id]')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')))
        ).filter((c) => c!.length === 3),
      )
      .toEqual(['206', '215', '210', '208', '221']);

    // The measure switch is a radio group: arrow keys move the choice, the URL follows.
    await page.getByRole('radio', { name: '合计' }).focus();
    await page.keyboard.press('ArrowRight');
    // The measure switch keeps the rows opened by hand (?open=).
    await expect(page).toHaveURL(/#\/function\?measure=basic&open=210$/);
    await expect(page.getByRole('radio', { name: '基本支出' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '基本支出' })).toBeFocused();

    await page.getByRole('button', { name: '全部展开' }).click();
    await expect(table(page).locator('tbody tr[data-row-id]')).toHaveCount(26);
  });

  test('rows opened by hand are in the URL: a reload, a drill, back and a deep link reopen them', async ({
    page,
  }) => {
    await openView(page, 'function');
    await row(page, '215').getByRole('button', { name: '展开' }).click();
    await row(page, '210').getByRole('button', { name: '展开' }).click();
    // Table order, each once.
    await expect(page).toHaveURL(/#\/function\?open=210%2C215$/);
    await expect(row(page, '21011')).toBeVisible();

    await page.reload();
    await waitForView(page);
    await expect(row(page, '21011')).toBeVisible();
    await expect(row(page, '21505')).toBeVisible();
    await expect(row(page, '210').getByRole('button', { name: '收起' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(row(page, '206').getByRole('button', { name: '展开' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(table(page).locator('tbody tr[data-row-id]')).toHaveCount(5 + 1 + 2);

    // A drill keeps them and opens its own path; back returns to the level with the same rows.
    await row(page, '206').getByRole('link', { name: '科学技术支出' }).click();
    await expect(page).toHaveURL(/#\/function\/206\?open=210%2C215$/);
    await waitForView(page);
    await expect(row(page, '20699')).toBeVisible();
    await expect(row(page, '21011')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/#\/function\?open=210%2C215$/);
    await expect(row(page, '21011')).toBeVisible();
    await expect(row(page, '20699')).toHaveCount(0);

    // Closing one by hand takes it out of the URL; closing the last removes the parameter.
    await row(page, '215').getByRole('button', { name: '收起' }).click();
    await expect(page).toHaveURL(/#\/function\?open=210$/);
    await row(page, '210').getByRole('button', { name: '收起' }).click();
    await expect(page).toHaveURL(/#\/function$/);

    // A deep link: well-formed codes the table does not have (999, 20899) are dropped from
    // the URL quietly, the rest open.
    await openView(page, 'function?open=208,999,20899');
    await expect(page).toHaveURL(/#\/function\?open=208$/);
    await expect(row(page, '20805')).toContainText('65.98');
    await expect(page.getByTestId('url-notice')).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, 'function-open-rows-1280');
  });

  test('a link naming only a code opens its full path; an unknown code says so', async ({ page }) => {
    await openView(page, 'function/2069999');
    await expect(page).toHaveURL(/#\/function\/206\/20699\/2069999$/);
    await expect(page.getByTestId('function-leaf-equation')).toContainText('800.00 = 200.00 + 600.00');

    await openView(page, 'function/206/12345');
    await expect(page.getByTestId('function-unknown')).toContainText('“12345”');
    await expect.poll(() => chartBlocks(page)).toHaveLength(4);
  });

  test('the overview links each 类 to its level here', async ({ page }) => {
    await openView(page, 'overview');
    await page.getByTestId('overview-class-table').getByRole('link', { name: '卫生健康支出' }).click();
    await expect(page).toHaveURL(/#\/function\/210$/);
    await waitForView(page);
    await expect.poll(() => chartBlocks(page)).toEqual([['21011', 123.75]]);
  });

  test('a drill or climb moves focus to the new level’s heading (keyboard and mouse), not on first load', async ({
    page,
  }) => {
    await openView(page, 'function/215');
    await waitForTreemap(page);
    const chartHeading = page.locator('#fn-chart-title');
    await expect(chartHeading).not.toBeFocused();
    // Keyboard: the table link 工业和信息产业监管, Enter.
    await row(page, '21505').getByRole('link', { name: '工业和信息产业监管' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/function\/215\/21505$/);
    await expect(chartHeading).toContainText('21505 工业和信息产业监管');
    await expect(chartHeading).toBeFocused();
    // Keyboard goes on from there: Tab reaches the next control, not the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');

    // Mouse: a block of the chart opens a 项; focus goes to its 科目明细 heading.
    await waitForTreemap(page);
    await clickBlock(page, '2150517');
    await expect(page).toHaveURL(/#\/function\/215\/21505\/2150517$/);
    await expect(page.locator('#fn-side-title')).toHaveText('2150517 产业发展');
    await expect(page.locator('#fn-side-title')).toBeFocused();

    // The breadcrumb climbs, by keyboard.
    await page
      .getByTestId('function-breadcrumb')
      .getByRole('link', { name: '215 资源勘探工业信息等支出' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/function\/215$/);
    await expect(chartHeading).toContainText('215 资源勘探工业信息等支出');
    await expect(chartHeading).toBeFocused();

    // A reload (first load) leaves focus alone.
    await page.reload();
    await waitForView(page);
    await expect(chartHeading).not.toBeFocused();
  });

  test('a link with the wrong parent is corrected and says so', async ({ page }) => {
    await openView(page, 'function/206/21505');
    await expect(page).toHaveURL(/#\/function\/215\/21505$/);
    await expect(page.getByTestId('function-corrected')).toHaveText(
      '链接中的科目路径有误，已按编码 21505 打开 215 › 21505。',
    );
    await expect(page.getByTestId('function-corrected')).toHaveClass(/fn-notice/);
    await expect
      .poll(async () => (await chartBlocks(page)).map(([c]) => c))
      .toEqual(['2150501', '2150502', '2150517']);
    await expectAccessible(page);
    // Moving on clears the notice; a bare code is a short form, not an error.
    await page.getByTestId('function-breadcrumb').getByRole('link', { name: '全部' }).click();
    await expect(page.getByTestId('function-corrected')).toHaveCount(0);
    await openView(page, 'function/2069999');
    await expect(page).toHaveURL(/#\/function\/206\/20699\/2069999$/);
    await expect(page.getByTestId('function-corrected')).toHaveCount(0);
  });

  test('a blank measure reads “—”/原表空白, never 0.00, and hints agree with the chart', async ({ page }) => {
    // 支出总表 row 11: 208's 项目支出 is blank.
    await openView(page, 'function/208?measure=project');
    const summary = page.getByTestId('function-summary');
    await expect(summary).toContainText('208 社会保障和就业支出 项目支出 —（原表空白）');
    await expect(summary).not.toContainText('0.00');
    await expect(page.getByTestId('function-figures')).not.toContainText('0.00');
    await expect(page.getByTestId('function-empty')).toHaveText(
      '该级在“项目支出”下没有金额（原表空白），图中无色块可画。',
    );
    await expect(page.getByTestId('function-hint')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('点击色块进入下一级');
    await expect(row(page, '208').locator('td').last()).toHaveText('—');
    await expectAccessible(page);

    // 2150517 has no 基本支出: not drawn for this measure, and the hint says so.
    await openView(page, 'function/215/21505/2150517?measure=basic');
    await waitForTreemap(page);
    await expect.poll(async () => (await chartBlocks(page)).map(([c]) => c)).toEqual(['2150501']);
    const hint = page.getByTestId('function-hint');
    await expect(hint).toContainText(
      '所选科目 2150517 产业发展 基本支出为空（原表空白），按此口径图中不显示',
    );
    await expect(hint).not.toContainText('突出显示');
    await expectAccessible(page);
  });

  test('on a slide (汇报模式, fonts ×1.5) the treemap labels are fitted to the larger text', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openView(page, 'present?slides=function');
    await expect(page.locator('html')).toHaveClass(/present-mode/);
    await waitForTreemap(page);
    // The labels are planned at the drawn (scaled) font size: 卫生健康支出 in its tall, narrow
    // block is wrapped whole rather than cut to "卫生…", and each name line fits the block.
    const labels = await page.getByTestId('function-treemap').evaluate((el) => {
      type Inst = {
        getOption: () => {
          series: {
            label: { formatter: (p: unknown) => string; rich: { name: { fontSize: number } } };
            data: { code: string }[];
          }[];
        };
        getModel: () => {
          getSeriesByIndex: (i: number) => {
            getData: () => {
              count: () => number;
              getRawDataItem: (i: number) => { code?: string } | undefined;
              getItemLayout: (i: number) => { width: number } | undefined;
            };
          };
        };
      };
      const inst = (el as unknown as { echarts: Inst }).echarts;
      const series = inst.getOption().series[0]!;
      const data = inst.getModel().getSeriesByIndex(0).getData();
      const out: { code: string; names: string[]; room: number; font: number }[] = [];
      for (let i = 0; i < data.count(); i++) {
        const code = data.getRawDataItem(i)?.code;
        const layout = data.getItemLayout(i);
        if (!code || !layout) continue;
        const text = series.label.formatter({ data: { code } });
        const names = [...text.matchAll(/\{name\|([^}]*)\}/g)].map((m) => m[1]!);
        out.push({ code, names, room: layout.width - 20, font: series.label.rich.name.fontSize });
      }
      return out;
    });
    // The wrapper scales fontSize ×1.5 (15 → 23 px) in 汇报模式.
    expect(labels[0]!.font).toBe(23);
    expect(labels.find((l) => l.code === '210')!.names.join('')).toBe('卫生健康支出');
    // A wrapped name is never cut: each of its lines fits the block at 23 px.
    for (const l of labels.filter((x) => x.names.length > 1))
      for (const n of l.names) expect(n.length * l.font, `${l.code} ${n}`).toBeLessThanOrEqual(l.room);
    await saveScreenshot(page, 'function-present-1920');
  });

  test('looks right at 1920×1080, 1280×720 and on a phone', async ({ page }) => {
    test.slow(); // nine treemaps drawn and photographed, then axe
    for (const [w, h, name] of [
      [1920, 1080, '1920'],
      [1280, 720, '1280'],
      [375, 812, '375'],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      for (const [route, level] of [
        ['function', 'classes'],
        ['function/206?measure=project', '206-project'],
        ['function/215/21505/2150517', '2150517'],
      ] as const) {
        await openView(page, route);
        await waitForTreemap(page);
        // The chart follows a viewport change through its ResizeObserver: poll, never sleep.
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
            message: `${route} at ${w}px scrolls sideways`,
          })
          .toBeLessThanOrEqual(0);
        await saveScreenshot(page, `function-${name}-${level}`);
      }
    }
    await expectAccessible(page);
  });
});
