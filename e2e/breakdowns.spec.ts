/**
 * The three breakdown views (issue 4): 基本与项目, 人员与公用, 同比变化 — key figures from the
 * 2024 disclosure, drills, the link to a project's performance targets, the full comparison
 * with a previous-year dataset (test fixture served with page.route), axe on every state,
 * screenshots at three sizes.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, openView, saveScreenshot, test } from './support';

const SIZES = [
  [1920, 1080, '1920'],
  [1280, 720, '1280'],
  [375, 812, '375'],
] as const;

async function shootAllSizes(page: Page, route: string, name: string, ready: () => Promise<void>) {
  for (const [w, h, suffix] of SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await openView(page, route);
    await ready();
    await saveScreenshot(page, `${name}-${suffix}`);
  }
}

const SHARES_NOTE = '占比为精确比值四舍五入到两位小数，各处一致；各项之和与 100.00% 的差额在合计行注明为尾差';

/**
 * Clicks the bar of the category starting with `code` (e.g. "301"), at the centre of its
 * first drawn segment taken from the ECharts instance's layout (no guessed coordinates).
 */
async function clickBar(chart: Locator, code: string): Promise<void> {
  await expect(chart).toHaveAttribute('data-rendered', 'true');
  const pos = await chart.evaluate((el, wanted) => {
    type Layout = { x: number; y: number; width: number; height: number };
    const inst = (
      el as unknown as {
        echarts: {
          getOption: () => { yAxis: { data: string[] }[] };
          getModel: () => {
            getSeriesByIndex: (i: number) => { getData: () => { getItemLayout: (i: number) => Layout } };
          };
        };
      }
    ).echarts;
    const index = inst.getOption().yAxis[0]!.data.findIndex((c) => c.startsWith(`${wanted} `));
    if (index < 0) return null;
    // The first drawn segment of the bar (302 has no 人员经费 segment, only 公用经费).
    for (const series of [0, 1]) {
      const l = inst.getModel().getSeriesByIndex(series).getData().getItemLayout(index);
      if (Math.abs(l.width) > 4) return { x: l.x + l.width / 2, y: l.y + l.height / 2 };
    }
    return null;
  }, code);
  expect(pos, `bar of ${code}`).not.toBeNull();
  await chart.click({ position: pos! });
}

/**
 * No page-wide horizontal scroll at phone widths: on load, and with each figure's source
 * note opened by keyboard focus (the notes are absolutely positioned and 220 px wide); and
 * every table caption readable inside its scroll box.
 */
async function expectNoPageOverflow(page: Page, route: string, label: string): Promise<void> {
  // How far the page is wider than the screen (≤ 0: no horizontal page scroll). Polled: the
  // charts and the source notes settle their layout after a frame.
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await expect
    .poll(overflow, { message: `${label} (${route}): page wider than the screen on load` })
    .toBeLessThanOrEqual(0);
  // A wide table scrolls inside its box; its caption (source, shares note) must still be
  // readable within the box, not run past its edge.
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.view .table-scroll')].flatMap((box) => {
            const caption = box.querySelector('caption');
            if (!caption) return [];
            const outer = box.getBoundingClientRect();
            const inner = caption.getBoundingClientRect();
            return inner.right > outer.right + 1 ? [(caption.textContent ?? '').slice(0, 24)] : [];
          }),
        ),
      { message: `${label} (${route}): captions cut off at the scroll box edge` },
    )
    .toEqual([]);
  const figures = page.locator('.view .amount__value');
  await expect(figures.first(), `${label}: figures with a source`).toBeVisible();
  const n = await figures.count();
  for (let i = 0; i < n; i++) {
    await figures.nth(i).focus();
    await expect(figures.nth(i).locator('+ .amount__source')).toBeVisible();
    const figure = await figures.nth(i).textContent();
    await expect
      .poll(overflow, { message: `${label} (${route}): the open source note of ${figure} widens the page` })
      .toBeLessThanOrEqual(0);
  }
}

test.describe('基本支出与项目支出 (#/basic-project)', () => {
  test('splits 2305.27 into 1398.08 (60.65%) and 907.19 (39.35%) per 类, with the source of each figure', async ({
    page,
  }) => {
    await openView(page, 'basic-project');
    await expect(page.getByRole('heading', { level: 1, name: '基本支出与项目支出' })).toBeVisible();
    await expect(page.getByTestId('bp-card-total')).toContainText('2,305.27');
    await expect(page.getByTestId('bp-card-basic')).toContainText('1,398.08');
    await expect(page.getByTestId('bp-card-basic')).toContainText('60.65%');
    await expect(page.getByTestId('bp-card-project')).toContainText('907.19');
    await expect(page.getByTestId('bp-card-project')).toContainText('39.35%');
    await expect(page.getByTestId('bp-card-basic').getByRole('button')).toHaveAccessibleDescription(
      '来源：部门预算支出总表 · 序号 1 · 基本支出',
    );
    const table = page.getByTestId('bp-table');
    await expect(table.locator('tbody tr')).toHaveCount(5);
    const science = table.getByRole('row', { name: /科学技术支出/ });
    await expect(science).toContainText('292.65');
    await expect(science).toContainText('25.43%');
    await expect(science).toContainText('858.00');
    await expect(science).toContainText('74.57%');
    // 208, 210, 221 print 项目支出 blank: the cell is —, not 0.00, and so is its share.
    for (const code of ['208', '210', '221']) {
      const cells = table.locator(`tr[data-code="${code}"] td`);
      await expect(cells.nth(3), `${code} 基本支出 share`).toHaveText('100.00%');
      await expect(cells.nth(4), `${code} 项目支出`).toHaveText('—');
      await expect(cells.nth(5), `${code} 项目支出 share`).toHaveText('—');
    }
    await expect(table.locator('caption')).toContainText(SHARES_NOTE);
    await expect(page.getByTestId('bp-project-table').locator('caption')).toContainText(SHARES_NOTE);
    await expect(page.getByTestId('bp-chart')).toHaveAttribute('data-rendered', 'true');
    await expectAccessible(page);
  });

  test('drills 206 → 20699 by link, keeps the level in the URL, and back works', async ({ page }) => {
    await openView(page, 'basic-project');
    await page.getByTestId('bp-table').getByRole('link', { name: '下钻：206 科学技术支出' }).click();
    await expect(page).toHaveURL(/#\/basic-project\/206$/);
    await expect(page.getByTestId('bp-table').locator('tbody tr')).toHaveCount(4);
    await expect(
      page.getByRole('heading', { level: 2, name: /206 科学技术支出：基本支出与项目支出（按款）/ }),
    ).toBeVisible();
    await page.getByTestId('bp-table').getByRole('link', { name: '下钻：20699 其他科学技术支出' }).click();
    await expect(page).toHaveURL(/#\/basic-project\/206\/20699$/);
    await expect(page.getByTestId('bp-table').getByRole('row', { name: /2069999/ })).toContainText('800.00');
    await expect(page.getByTestId('bp-project-table').getByText('属于当前科目')).toHaveCount(2);
    await expectAccessible(page);
    await page.goBack();
    await expect(page).toHaveURL(/#\/basic-project\/206$/);
    await page
      .getByRole('navigation', { name: '功能分类层级' })
      .getByRole('link', { name: '全部功能分类' })
      .click();
    await expect(page.getByTestId('bp-table').locator('tbody tr')).toHaveCount(5);
  });

  test('a deep link reopens the drill level; an unknown code says so', async ({ page }) => {
    await openView(page, 'basic-project/215');
    await expect(page.getByTestId('bp-card-total')).toContainText('915.40');
    await expect(page.getByTestId('bp-card-project')).toContainText('5.37%');
    // Opening a link is not a drill: focus stays where the browser puts it.
    await expect(page.locator('#bp-chart-title')).not.toBeFocused();
    await openView(page, 'basic-project/215/21505');
    // 2150502 and 2150517 print 基本支出 blank: no share either ("—", not 0.00%).
    for (const code of ['2150502', '2150517']) {
      const cells = page.locator(`[data-testid="bp-table"] tr[data-code="${code}"] td`);
      await expect(cells.nth(2), `${code} 基本支出`).toHaveText('—');
      await expect(cells.nth(3), `${code} 基本支出 share`).toHaveText('—');
      await expect(cells.nth(5), `${code} 项目支出 share`).toHaveText('100.00%');
    }
    await openView(page, 'basic-project/999');
    await expect(page.getByRole('status').filter({ hasText: '没有找到科目 999' })).toBeVisible();
  });

  test('keyboard drill (Enter on a link), bar click and trail climb move focus to the level heading', async ({
    page,
  }) => {
    await openView(page, 'basic-project');
    const heading = page.locator('#bp-chart-title');
    await page
      .getByTestId('bp-table')
      .getByRole('link', { name: /^下钻：215 / })
      .focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/basic-project\/215$/);
    await expect(heading).toHaveText(/^215 .*（按款）$/);
    await expect(heading).toBeFocused();
    await page
      .getByRole('navigation', { name: '功能分类层级' })
      .getByRole('link', { name: '全部功能分类' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/basic-project$/);
    await expect(heading).toHaveText(/（按类）$/);
    await expect(heading).toBeFocused();
    await clickBar(page.getByTestId('bp-chart'), '206');
    await expect(page).toHaveURL(/#\/basic-project\/206$/);
    await expect(heading).toHaveText(/^206 科学技术支出.*（按款）$/);
    await expect(heading).toBeFocused();
  });

  test('an unknown ?project= says so instead of being ignored', async ({ page }) => {
    await openView(page, 'basic-project?project=NOPE');
    const notice = page.getByTestId('bp-missing-project');
    await expect(notice).toHaveRole('status');
    await expect(notice).toContainText('没有编码为 NOPE 的项目');
    await expect(page.getByTestId('bp-project-table').locator('tr.is-selected')).toHaveCount(0);
    await expectAccessible(page);
    await notice.getByRole('link', { name: '查看全部项目' }).click();
    await expect(page).toHaveURL(/#\/basic-project$/);
    await expect(page.getByTestId('bp-missing-project')).toHaveCount(0);
  });

  test('lists the 7 projects (907.19) and reconciles the narrative: all ✓', async ({ page }) => {
    await openView(page, 'basic-project?project=13020824P00021510002F');
    const projects = page.getByTestId('bp-project-table');
    await expect(projects.locator('tbody tr')).toHaveCount(7);
    const big = projects.getByRole('row', { name: /以前年度未拨付专项资金/ });
    await expect(big).toContainText('600.00');
    await expect(big).toContainText('66.14%');
    await expect(big).toContainText('2069999');
    await expect(projects.locator('tr.is-selected')).toContainText('科技创新扶持资金');
    const rec = page.getByTestId('bp-reconciliation-table');
    await expect(rec.locator('tbody tr')).toHaveCount(7);
    const last = rec.getByRole('row', { name: /以前年度未拨付资金/ });
    await expect(last).toContainText('以前年度未拨付专项资金');
    await expect(last).toContainText('✓');
    await expect(rec.locator('tbody')).not.toContainText('✗');
    await expect(rec.locator('tfoot')).toContainText('907.19');
    await expect(page.getByTestId('bp-reconciliation')).toContainText('三处金额一致');
    await expectAccessible(page);
  });

  test('sorts the project list by amount', async ({ page }) => {
    await openView(page, 'basic-project');
    const projects = page.getByTestId('bp-project-table');
    // Amounts sort largest first on the first click, then smallest first.
    await projects.getByRole('button', { name: /预算数/ }).click();
    await expect(projects.getByRole('columnheader', { name: /预算数/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(projects.locator('tbody tr').first()).toContainText('600.00');
    await projects.getByRole('button', { name: /预算数/ }).click();
    await expect(projects.getByRole('columnheader', { name: /预算数/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(projects.locator('tbody tr').first()).toContainText('1.80');
  });

  test('a project links to its performance targets', async ({ page }) => {
    await openView(page, 'basic-project');
    await page.getByRole('link', { name: '查看“科技创新扶持资金”的绩效目标' }).click();
    await expect(page).toHaveURL(/#\/performance\/project\/13020824P00021510002F$/);
    await expect(
      page.getByTestId('project-detail').getByRole('heading', { level: 2, name: '科技创新扶持资金' }),
    ).toBeVisible();
  });

  test('looks right at three sizes', async ({ page }) => {
    test.slow(); // each state drawn and photographed at three sizes
    await shootAllSizes(page, 'basic-project', 'basic-project', async () => {
      await expect(page.getByTestId('bp-card-basic')).toBeVisible();
    });
    await shootAllSizes(page, 'basic-project/206', 'basic-project-206', async () => {
      await expect(page.getByTestId('bp-table')).toBeVisible();
    });
    await expectAccessible(page);
  });
});

test.describe('人员经费与公用经费 (#/personnel-public)', () => {
  test('人员经费 1321.13 (94.50%) vs 公用经费 76.95 (5.50%), 机关运行经费 76.95, 三公 6.80', async ({
    page,
  }) => {
    await openView(page, 'personnel-public');
    await expect(page.getByRole('heading', { level: 1, name: '人员经费与公用经费' })).toBeVisible();
    await expect(page.getByTestId('pp-card-personnel')).toContainText('1,321.13');
    await expect(page.getByTestId('pp-card-personnel')).toContainText('94.50%');
    await expect(page.getByTestId('pp-card-public')).toContainText('76.95');
    await expect(page.getByTestId('pp-card-public')).toContainText('5.50%');
    await expect(page.getByTestId('pp-card-operating')).toContainText('76.95');
    await expect(page.getByTestId('pp-card-operating').getByRole('button')).toHaveAccessibleDescription(
      '来源：情况说明 · 三、机关运行经费安排情况',
    );
    await expect(page.getByTestId('pp-card-three')).toContainText('6.80');
    const table = page.getByTestId('pp-table');
    await expect(table.getByRole('row', { name: /工资福利支出/ })).toContainText('926.71');
    await expect(table.getByRole('row', { name: /工资福利支出/ })).toContainText('66.28%');
    await expect(table.getByRole('row', { name: /商品和服务支出/ })).toContainText('76.95');
    await expect(table.getByRole('row', { name: /对个人和家庭的补助/ })).toContainText('394.42');
    // 66.28 + 5.50 + 28.21 = 99.99: the 合计 row says 100.00% and notes the 尾差.
    await expect(table.locator('tfoot')).toContainText('100.00%（尾差：各项之和 99.99%）');
    await expect(table.locator('caption')).toContainText(SHARES_NOTE);
    await expect(page.getByTestId('pp-chart')).toHaveAttribute('data-rendered', 'true');
    await expectAccessible(page);
  });

  test('drills 301 to its items (30101 基本工资 276.90 …) and back', async ({ page }) => {
    await openView(page, 'personnel-public');
    await page.getByTestId('pp-table').getByRole('link', { name: '查看 301 工资福利支出 的款' }).click();
    await expect(page).toHaveURL(/#\/personnel-public\/301$/);
    const table = page.getByTestId('pp-table');
    await expect(table.locator('tbody tr')).toHaveCount(10);
    await expect(table.locator('tbody tr').first()).toContainText('30101');
    await expect(table.locator('tbody tr').first()).toContainText('基本工资');
    await expect(table.locator('tbody tr').first()).toContainText('276.90');
    await expect(table.locator('tfoot')).toContainText('926.71');
    await expect(page.getByTestId('pp-chart')).toHaveAttribute('data-rendered', 'true');
    await expectAccessible(page);
    await page.goBack();
    await expect(page.getByTestId('pp-table').locator('tbody tr')).toHaveCount(3);
  });

  test('keyboard drill (Enter on a link), bar click and trail climb move focus to the level heading', async ({
    page,
  }) => {
    await openView(page, 'personnel-public');
    const heading = page.locator('#pp-chart-title');
    await expect(heading).not.toBeFocused();
    await page.getByTestId('pp-table').getByRole('link', { name: '查看 301 工资福利支出 的款' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/personnel-public\/301$/);
    await expect(heading).toHaveText('301 工资福利支出：按经济分类（款）');
    await expect(heading).toBeFocused();
    await page
      .getByRole('navigation', { name: '经济分类层级' })
      .getByRole('link', { name: '全部经济分类' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/personnel-public$/);
    await expect(heading).toHaveText('基本支出按经济分类（类）');
    await expect(heading).toBeFocused();
    await clickBar(page.getByTestId('pp-chart'), '302');
    await expect(page).toHaveURL(/#\/personnel-public\/302$/);
    await expect(heading).toHaveText('302 商品和服务支出：按经济分类（款）');
    await expect(heading).toBeFocused();
  });

  test('the 三公 table as disclosed: blanks stay —, the narrative’s 0.00 is cited', async ({ page }) => {
    await openView(page, 'personnel-public');
    const three = page.getByTestId('pp-three-table');
    await expect(three.locator('tbody tr')).toHaveCount(13);
    const travel = three.getByRole('row', { name: /一、因公出国（境）费/ });
    await expect(travel.locator('td').first()).toHaveText('—');
    await expect(travel.locator('td').nth(1)).toContainText('0.00');
    await expect(
      three
        .getByRole('row', { name: /四、会议费/ })
        .locator('td')
        .first(),
    ).toHaveText('—');
    await expect(
      three
        .getByRole('row', { name: /五、培训费/ })
        .locator('td')
        .first(),
    ).toHaveText('—');
    await expect(three.getByRole('row', { name: /^公务用车运行维护费/ })).toContainText('6.00');
    await expect(three.getByRole('row', { name: /^公务用车运行维护费/ })).toContainText('30231');
    await expect(three.getByRole('row', { name: /三、公务接待费/ })).toContainText('0.80');
    // Two items are blank in the table but stated as 0.00 by the narrative.
    const notes = page.getByTestId('pp-three-blank-note');
    await expect(notes).toHaveCount(2);
    await expect(notes.nth(1)).toContainText('公务用车购置费在“三公”经费支出表中为空白');
    await expect(notes.first()).toContainText('因公出国（境）费在“三公”经费支出表中为空白');
    await expect(notes.first()).toContainText(
      '情况说明写明为 0.00 万元（来源：情况说明 · 四、财政拨款“三公”经费预算情况及增减变化原因）',
    );
  });

  test('looks right at three sizes', async ({ page }) => {
    test.slow(); // each state drawn and photographed at three sizes
    await shootAllSizes(page, 'personnel-public', 'personnel-public', async () => {
      await expect(page.getByTestId('pp-card-personnel')).toBeVisible();
    });
    await shootAllSizes(page, 'personnel-public/301', 'personnel-public-301', async () => {
      await expect(page.getByTestId('pp-table')).toBeVisible();
    });
  });
});

test.describe('同比变化 (#/change)', () => {
  test('waterfall 4012.42 → −53.75 → −1653.40 → 2305.27 with percentages, reasons and the derived note', async ({
    page,
  }) => {
    await openView(page, 'change');
    await expect(page.getByRole('heading', { level: 1, name: '同比变化' })).toBeVisible();
    await expect(page.getByTestId('ch-card-total')).toContainText('−1,707.15');
    await expect(page.getByTestId('ch-card-total')).toContainText('−42.55%');
    await expect(page.getByTestId('ch-card-basicExpenditure')).toContainText('−3.70%');
    await expect(page.getByTestId('ch-card-projectExpenditure')).toContainText('−64.57%');
    await expect(page.getByTestId('ch-card-three').locator('.amount__value')).toHaveText('0.00');
    const table = page.getByTestId('ch-table');
    const total = table.locator('tr[data-part="total"]');
    await expect(total).toContainText('4,012.42');
    await expect(total).toContainText('2,305.27');
    const basic = table.locator('tr[data-part="basicExpenditure"]');
    await expect(basic).toContainText('1,451.83');
    await expect(basic).toContainText('−53.75');
    await expect(basic).toContainText('主要为2024年无设置年底考核奖及退休人员年终一次性生活补贴部分');
    const project = table.locator('tr[data-part="projectExpenditure"]');
    await expect(project).toContainText('2,560.59');
    await expect(project).toContainText('−1,653.40');
    await expect(project).toContainText('环渤海地区新型工业化基地建设专项项目资金减少');
    await expect(table.locator('tr[data-part="three"]')).toContainText('没有增减变化');
    await expect(total.getByRole('button', { name: '4,012.42' })).toHaveAccessibleDescription(/推算/);
    await expect(page.getByTestId('ch-derived-note')).toContainText('2023 年数字并未在本公开中列示，系推算');
    await expect(page.getByTestId('ch-waterfall')).toHaveAttribute('data-rendered', 'true');
    const labels = await page.getByTestId('ch-waterfall').evaluate((el) => {
      const chart = (el as unknown as { echarts: { getOption: () => { series: { data: unknown[] }[] } } })
        .echarts;
      return (chart.getOption().series[1]!.data as { label: { formatter: () => string } }[]).map((d) =>
        d.label.formatter(),
      );
    });
    expect(labels).toEqual([
      '4,012.42',
      '−53.75（−3.70%）',
      '−1,653.40（−64.57%）',
      '2,305.27\n−1,707.15（−42.55%）',
    ]);
    await expect(page.getByRole('region', { name: /逐项对比/ }).or(page.locator('.ch-full'))).toContainText(
      '数据目录中没有本部门 2023 年的数据集',
    );
    await expectAccessible(page);
  });

  test('with the 2023 dataset in the catalog, compares both years item by item', async ({ page }) => {
    const fixture = readFileSync(new URL('./fixtures/339-2023.json', import.meta.url), 'utf8');
    await page.route('**/data/index.json', async (route) => {
      const response = await route.fetch();
      const catalog = (await response.json()) as { datasets: Record<string, unknown>[] };
      catalog.datasets.push({
        id: '339-2023',
        department: '丰润区工业和信息化局',
        departmentCode: '339',
        year: 2023,
        kind: '预算',
        file: '339-2023.json',
      });
      await route.fulfill({ response, json: catalog });
    });
    await page.route('**/data/339-2023.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: fixture }),
    );
    await openView(page, 'change');
    const full = page.getByTestId('ch-full');
    await expect(full).toBeVisible();
    const parts = page.getByTestId('ch-full-parts');
    await expect(parts.getByRole('row', { name: /支出合计/ })).toContainText('4,012.42');
    await expect(parts.getByRole('row', { name: /支出合计/ })).toContainText('−42.55%');
    await expect(parts.getByRole('row', { name: /基本支出/ })).toContainText('−53.75');
    const fn = page.getByTestId('ch-full-function');
    await expect(fn.locator('tbody tr').first()).toContainText('2150599');
    await expect(fn.locator('tbody tr').first()).toContainText('取消');
    await expect(fn.locator('tbody tr').first()).toContainText('−2,200.00');
    await expect(fn.getByRole('row', { name: /中小企业发展专项/ })).toContainText('新增');
    await expect(
      fn
        .getByRole('row', { name: /中小企业发展专项/ })
        .locator('td')
        .nth(1),
    ).toHaveText('—');
    const econ = page.getByTestId('ch-full-economic');
    await expect(econ.locator('tbody tr').first()).toContainText('30103');
    await expect(econ.locator('tbody tr').first()).toContainText('−40.00');
    await expect(econ.getByRole('row', { name: /福利费/ })).toContainText('新增');
    await expect(econ.getByRole('row', { name: /维修（护）费/ })).toContainText('取消');
    await expectAccessible(page);
    await saveScreenshot(page, 'change-full-1280');
  });

  test('the item tables sort by any column, kept in the URL, blanks last; a reload keeps the sort', async ({
    page,
  }) => {
    const fixture = readFileSync(new URL('./fixtures/339-2023.json', import.meta.url), 'utf8');
    await page.route('**/data/index.json', async (route) => {
      const response = await route.fetch();
      const catalog = (await response.json()) as { datasets: Record<string, unknown>[] };
      catalog.datasets.push({
        id: '339-2023',
        department: '丰润区工业和信息化局',
        departmentCode: '339',
        year: 2023,
        kind: '预算',
        file: '339-2023.json',
      });
      await route.fulfill({ response, json: catalog });
    });
    await page.route('**/data/339-2023.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: fixture }),
    );
    await openView(page, 'change');
    const fn = page.getByTestId('ch-full-function');
    const rows = fn.locator('tbody tr');
    const current = fn.getByRole('columnheader', { name: '2024 年' });
    await expect(current).toHaveAttribute('aria-sort', 'none');
    await current.getByRole('button').click();
    await expect(page).toHaveURL(/[?&]fsort=current(:|%3A)asc/);
    await expect(current).toHaveAttribute('aria-sort', 'ascending');
    await current.getByRole('button').click();
    await expect(page).toHaveURL(/[?&]fsort=current(:|%3A)desc/);
    await expect(current).toHaveAttribute('aria-sort', 'descending');
    // Largest 2024 amount first: 2150501 行政运行 896.21 → 866.21 (−30.00, −3.35%).
    await expect(rows.first().locator('td, th')).toHaveText([
      '2150501',
      '行政运行',
      '896.21',
      '866.21',
      '−30.00',
      '−3.35%',
      '减少',
    ]);
    await expect(rows.nth(1)).toContainText('2069999');
    await expect(rows.nth(1)).toContainText('800.00');
    // Items without a 2024 amount (取消) come last, blank as —.
    await expect(rows.last().locator('td').nth(2)).toHaveText('—');
    await expect(rows.last()).toContainText('取消');
    await expect(page.getByTestId('ch-full-function-sorted')).toHaveText(/按“2024 年”降序排列/);
    await expect(fn.locator('caption')).toContainText('按“2024 年”降序排列（空白在后）');
    await expect(fn.locator('caption')).not.toContainText('绝对值');
    // The 经济分类 table keeps its own order.
    await expect(page.getByTestId('ch-full-economic').locator('tbody tr').first()).toContainText('30103');
    await expect(rows).toHaveCount(13);
    await expectAccessible(page);
    await saveScreenshot(page, 'change-full-sorted-1280');

    await page.reload();
    await expect(rows.first()).toContainText('2150501');
    await expect(current).toHaveAttribute('aria-sort', 'descending');
    // Names in pinyin order: 办公费 (bàn), 差旅费 (chāi), 福利费 (fú).
    const econ = page.getByTestId('ch-full-economic');
    await econ.getByRole('button', { name: '科目名称' }).click();
    await expect(page).toHaveURL(/[?&]esort=name(:|%3A)asc/);
    await expect(econ.locator('tbody th').first()).toHaveText('办公费');
    await expect(econ.locator('tbody th').nth(1)).toHaveText('差旅费');
    await expect(econ.locator('tbody th').nth(2)).toHaveText('福利费');
    await expect(page).toHaveURL(/[?&]fsort=current(:|%3A)desc/);
    await page
      .getByTestId('ch-full-function-sorted')
      .getByRole('button', { name: /恢复默认顺序/ })
      .click();
    await expect(page).not.toHaveURL(/fsort=/);
    await expect(rows.first()).toContainText('2150599');
    await expect(current).toHaveAttribute('aria-sort', 'none');
  });

  test('a failing previous dataset shows an error in place; the rest of the view stays', async ({ page }) => {
    await page.route('**/data/index.json', async (route) => {
      const response = await route.fetch();
      const catalog = (await response.json()) as { datasets: Record<string, unknown>[] };
      catalog.datasets.push({
        id: '339-2023',
        department: '丰润区工业和信息化局',
        departmentCode: '339',
        year: 2023,
        kind: '预算',
        file: '339-2023.json',
      });
      await route.fulfill({ response, json: catalog });
    });
    await page.route('**/data/339-2023.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await openView(page, 'change');
    await expect(page.locator('.ch-error')).toContainText('2023 年数据集无法读取');
    await expect(page.locator('.ch-error')).toContainText('339-2023.json');
    await expect(page.getByTestId('ch-table')).toContainText('4,012.42');
    await expectAccessible(page);
  });

  test('looks right at three sizes', async ({ page }) => {
    test.slow(); // each state drawn and photographed at three sizes
    await shootAllSizes(page, 'change', 'change', async () => {
      await expect(page.getByTestId('ch-card-total')).toBeVisible();
    });
  });
});

test.describe('phones: no page-wide horizontal scroll', () => {
  const ROUTES = [
    'basic-project',
    'basic-project/215/21505',
    'personnel-public',
    'personnel-public/302',
    'change',
  ];
  for (const [w, h] of [
    [375, 812],
    [320, 640],
  ] as const) {
    test(`${w} px: every breakdown view and a drill level fit the screen, source notes open too`, async ({
      page,
    }) => {
      test.slow(); // five views, every source note opened one by one
      await page.setViewportSize({ width: w, height: h });
      for (const route of ROUTES) {
        // A fresh document per route, so nothing is measured on the previous view.
        await page.goto('about:blank');
        await openView(page, route);
        await expect(page.locator('.view h1')).toBeVisible();
        await expectNoPageOverflow(page, route, `${w}px`);
      }
      // What a person sees with a card's source note open on a phone.
      await openView(page, 'personnel-public/302');
      await page.getByTestId('pp-card-public').getByRole('button').focus();
      await saveScreenshot(page, `personnel-public-302-${w}-source-open`);
    });
  }
});
