/**
 * Every shipped dataset, opened from the switcher: its totals on the overview as printed (in
 * 万元), its treemap drilled one level, and basic-project / personnel-public / change /
 * performance each with figures or the explicit notice of what the disclosure does not
 * publish; axe on each, no page-wide horizontal scroll at 375 px, screenshots to look at.
 * Figures checked against data/sources (pdftotext -layout; 05 is text).
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openView, saveScreenshot, test, waitForView } from './support';

interface ShippedCase {
  id: string;
  /** The switcher's option text. */
  option: string;
  /** Headline cards as shown: [label, value, unit]. */
  cards: [string, string, string][];
  /** A 类 to drill into from the table, and the first 款 the level then lists. */
  drill: { code: string; name: string; child: string };
  /** 三公 shown as a table (the seed) or as the notice of what is missing. */
  threePublic: 'table' | 'missing';
  /** The change view: figures (the seed states its change) or the notice. */
  change: 'figures' | 'missing';
  performance: 'figures' | 'missing';
}

const CASES: ShippedCase[] = [
  {
    id: '339-2024',
    option: '丰润区工业和信息化局 · 2024 年预算',
    cards: [
      ['支出总计', '2,305.27', '万元'],
      ['基本支出', '1,398.08', '万元'],
    ],
    drill: { code: '215', name: '资源勘探工业信息等支出', child: '21505' },
    threePublic: 'table',
    change: 'figures',
    performance: 'figures',
  },
  {
    id: 'putuo-finance-2024-final',
    option: '上海市普陀区财政局 · 2024 年决算',
    // 收入支出决算总表 prints 总计 (本年 plus 结转和结余) on both sides: 2,995.39.
    cards: [
      ['支出总计', '2,995.39', '万元'],
      ['基本支出', '2,336.91', '万元'],
      ['公用经费', '184.65', '万元'],
    ],
    drill: { code: '201', name: '一般公共服务支出', child: '20106' },
    threePublic: 'table',
    change: 'missing',
    performance: 'missing',
  },
  {
    id: 'putuo-planning-2024-final',
    option: '上海市普陀区规划和自然资源局 · 2024 年决算',
    cards: [
      // 收入支出决算总表 p.7: 总计 9,859.38 (with 年末结转和结余); 支出决算表 合计 9,759.38.
      ['支出总计', '9,859.38', '万元'],
      ['项目支出', '4,381.74', '万元'],
    ],
    drill: { code: '212', name: '城乡社区支出', child: '21201' },
    threePublic: 'table',
    change: 'missing',
    performance: 'missing',
  },
  {
    id: 'putuo-social-work-2024-final',
    option: '中共上海市普陀区委社会工作部 · 2024 年决算',
    cards: [
      ['支出总计', '307.82', '万元'],
      ['人员经费', '95.36', '万元'],
    ],
    drill: { code: '201', name: '一般公共服务支出', child: '20139' },
    threePublic: 'missing',
    change: 'missing',
    performance: 'missing',
  },
  {
    id: 'putuo-construction-2026-budget',
    option: '上海市普陀区建设和管理委员会 · 2026 年预算',
    // 3,286,618,082.20 元 = 328,661.81 万元, on the card in 亿元.
    cards: [
      ['支出总计', '32.8662', '亿元'],
      ['基本支出', '8,252.79', '万元'],
    ],
    drill: { code: '212', name: '城乡社区支出', child: '21203' },
    threePublic: 'table',
    change: 'missing',
    performance: 'missing',
  },
];

const card = (page: Page, label: string) =>
  page
    .getByTestId('overview-cards')
    .locator('.card')
    .filter({ has: page.getByText(label, { exact: true }) });

/** Page-wide horizontal overflow in px (0 when the page does not scroll sideways). */
const sideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('every shipped dataset', () => {
  for (const c of CASES) {
    test(`${c.id}: switcher, overview totals, treemap drill, every view`, async ({ page }) => {
      test.slow();
      // Open from the switcher, starting on another dataset.
      await openView(page, `overview?d=${c.id === '339-2024' ? 'putuo-finance-2024-final' : '339-2024'}`);
      const switcher = page.getByRole('combobox', { name: '数据集' });
      await expect(switcher.locator('option')).toHaveText(CASES.map((x) => x.option));
      await switcher.selectOption(c.id);
      await expect(page).toHaveURL(new RegExp(`#/overview\\?d=${c.id}$`));
      await waitForView(page);

      for (const [label, value, unit] of c.cards) {
        await expect(card(page, label).locator('.amount__value')).toHaveText(value);
        await expect(card(page, label).locator('.card__unit')).toHaveText(unit);
      }
      await expectAccessible(page);
      await saveScreenshot(page, `datasets-${c.id}-overview-1280`);

      // The treemap, drilled one level from its table.
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '功能分类' }).click();
      await expect(page).toHaveURL(new RegExp(`#/function\\?d=${c.id}$`));
      await waitForView(page);
      const table = page.getByTestId('function-table');
      await table
        .locator(`tr[data-row-id="${c.drill.code}"]`)
        .getByRole('link', { name: c.drill.name })
        .click();
      await expect(page).toHaveURL(new RegExp(`#/function/${c.drill.code}\\?d=${c.id}$`));
      await waitForView(page);
      await expect(table.locator(`tr[data-row-id="${c.drill.child}"]`)).toBeVisible();
      await expect(page.getByTestId('function-breadcrumb')).toContainText(c.drill.name);
      await expectAccessible(page);
      await saveScreenshot(page, `datasets-${c.id}-function-1280`);

      await openView(page, `basic-project?d=${c.id}`);
      await expect(page.getByRole('heading', { level: 1, name: '基本支出与项目支出' })).toBeVisible();
      await expect(page.locator('.data-table').first()).toBeVisible();
      await expectAccessible(page);

      await openView(page, `personnel-public?d=${c.id}`);
      await expect(page.getByRole('heading', { level: 1, name: '人员经费与公用经费' })).toBeVisible();
      if (c.threePublic === 'table') await expect(page.getByTestId('pp-three-table')).toBeVisible();
      else await expect(page.getByTestId('pp-three-missing')).toContainText('“三公”经费');
      await expectAccessible(page);

      await openView(page, `change?d=${c.id}`);
      if (c.change === 'figures') await expect(page.getByTestId('ch-waterfall')).toBeVisible();
      else
        await expect(page.getByTestId('change-missing')).toHaveText(
          `数据目录中没有本部门 ${c.id.includes('2026') ? 2025 : 2023} 年的数据集，本数据集的情况说明也没有列出比上年增减情况，因此无法显示同比变化。`,
        );
      await expectAccessible(page);

      await openView(page, `performance?d=${c.id}`);
      if (c.performance === 'figures') await expect(page.getByTestId('perf-not-published')).toHaveCount(0);
      else await expect(page.getByTestId('perf-not-published')).toContainText('未公开项目绩效目标表');
      await expectAccessible(page);

      // The checks, from the header badge: every dataset's own 数据核验.
      await page.getByRole('banner').getByTestId('checks-badge').click();
      await expect(page).toHaveURL(new RegExp(`#/checks\\?d=${c.id}$`));
      await expect(page.getByRole('heading', { level: 1, name: '数据核验' })).toBeVisible();
      await expect(
        page.getByText(/^共 \d+ 条：通过 \d+ 条，尾差 \d+ 条，未通过 \d+ 条，提示 \d+ 条。$/),
      ).toBeVisible();
      if (c.id === 'putuo-finance-2024-final') {
        // The two real errors of its narrative: 财政拨款收入支出总计 0.3万元, and 71.73% for 71.65%.
        const failed = page.getByTestId('check').filter({ hasText: '未通过' });
        await expect(failed).toHaveCount(2);
        await expect(failed.first()).toContainText('0.30 万元');
        await expect(failed.nth(1)).toContainText('71.73');
      }
    });

    test(`${c.id}: overview and function at 375 px fit the screen`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: 375, height: 800 });
      await openView(page, `overview?d=${c.id}`);
      await expect(card(page, c.cards[0]![0]).locator('.amount__value')).toHaveText(c.cards[0]![1]);
      await expect.poll(() => sideScroll(page)).toBe(0);
      await saveScreenshot(page, `datasets-${c.id}-overview-375`);
      await openView(page, `function?d=${c.id}`);
      await expect(page.getByTestId('function-table')).toBeVisible();
      await expect.poll(() => sideScroll(page)).toBe(0);
      await expectAccessible(page);
      await saveScreenshot(page, `datasets-${c.id}-function-375`);
    });
  }

  test('05: the source of the 亿 card names the printed table and its value in 元', async ({ page }) => {
    await openView(page, 'overview?d=putuo-construction-2026-budget');
    const value = card(page, '支出总计').getByRole('button');
    await value.focus();
    await expect(value).toHaveAccessibleDescription(
      '来源：2026年部门财务收支预算总表 · 支出总计 · 本年支出/预算数（328,661.81 万元）；原表数 3,286,618,082.20 元',
    );
    // The note also says that pressing the figure opens its printed table row.
    await expect(card(page, '支出总计').getByRole('tooltip')).toHaveText(
      '来源：2026年部门财务收支预算总表 · 支出总计 · 本年支出/预算数（328,661.81 万元）；原表数 3,286,618,082.20 元点击或按 Enter 打开原表此行',
    );
  });

  test('a 决算 figure names 支出决算表, and the embed snippet and deck link name the dataset', async ({
    page,
  }) => {
    // The default dataset, opened without ?d=: handed-out links still name it.
    await openView(page, 'overview');
    await expect(page.getByRole('link', { name: '汇报模式' })).toHaveAttribute('href', /d=339-2024/);
    await openView(page, 'overview?d=putuo-finance-2024-final');
    const cell = page.getByTestId('overview-class-table').getByRole('button', { name: '2,106.66' });
    await cell.focus();
    await expect(cell).toHaveAccessibleDescription('来源：支出决算表 · 201 一般公共服务支出 · 本年支出合计');
    await page.getByRole('button', { name: '嵌入代码' }).click();
    await expect(page.getByRole('dialog').locator('textarea')).toHaveValue(
      /#\/overview\?d=putuo-finance-2024-final&amp;embed=1/,
    );
  });
});
