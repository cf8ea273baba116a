/**
 * Sorting everywhere (issue 11): every view's table drawn from its TableSpec sorts by any
 * column from its header, keeps the sort in its own URL parameter (a reload reopens it),
 * puts blanks and 未披露 last both ways, keeps its 合计 row where the view prints it, and
 * is one tab stop. Real figures of the 339-2024 budget and the 普陀 财政局 2024 决算.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, openView, saveScreenshot, test } from './support';

/** One converted table: where it is, which header to press, what the rows then begin with. */
interface Case {
  name: string;
  route: string;
  testId: string;
  /** The header's sort button (its label), and which of the buttons of that label. */
  header: string;
  nth?: number;
  /** Presses: 1 = ascending, 2 = descending. */
  presses: 1 | 2;
  param: string;
  /** The URL value the presses write. */
  value: string;
  /** Texts the first body rows contain, in order (a cell of each is enough). */
  first: string[];
  /** Text of the row(s) under the body (<tfoot>), when the view prints a 合计 there. */
  foot?: string;
}

const CASES: Case[] = [
  {
    name: '概览 支出按功能分类（类） by 合计, largest first',
    route: 'overview',
    testId: 'overview-class-table',
    header: '合计',
    presses: 2,
    param: 'clsort',
    value: 'total:desc',
    first: ['206科学技术支出1,150.65', '215资源勘探工业信息等支出915.40', '210卫生健康支出123.75'],
    foot: '合计2,305.27',
  },
  {
    name: '基本与项目 by 项目支出 金额: 49.19, 858.00, then the three blanks',
    route: 'basic-project',
    testId: 'bp-table',
    header: '金额',
    nth: 1,
    presses: 1,
    param: 'bpsort',
    value: 'projectExpenditure:asc',
    first: ['215', '206', '208', '210', '221'],
    foot: '支出合计2,305.27',
  },
  {
    name: '基本与项目 核对 by 情况说明金额, largest first; the sums row stays at the foot',
    route: 'basic-project',
    testId: 'bp-reconciliation-table',
    header: '情况说明金额',
    presses: 2,
    param: 'recsort',
    value: 'narrativeAmount:desc',
    first: ['以前年度未拨付资金600.00', '200.00'],
    foot: '情况说明各项之和907.19',
  },
  {
    name: '人员与公用 经济分类 by 科目名称 (pinyin: 对 duì, 工 gōng, 商 shāng)',
    route: 'personnel-public',
    testId: 'pp-table',
    header: '科目名称',
    presses: 1,
    param: 'ppsort',
    value: 'name:asc',
    first: ['303对个人和家庭的补助394.42', '301工资福利支出926.71', '302商品和服务支出76.95'],
    foot: '基本支出 合计1,398.08',
  },
  {
    name: '人员与公用 “三公”经费 by 合计, largest first within each parent',
    route: 'personnel-public',
    testId: 'pp-three-table',
    header: '合计（万元）',
    presses: 2,
    param: 'tsort',
    value: 'total:desc',
    first: [
      '合计',
      '“三公”经费小计',
      '二、公务用车购置及运维费6.00',
      '公务用车运行维护费6.00',
      '其中：公务用车购置费',
    ],
  },
  {
    name: '同比变化 by 增减额: 支出合计 stays first, the parts from the largest fall',
    route: 'change',
    testId: 'ch-table',
    header: '增减额',
    presses: 1,
    param: 'chsort',
    value: 'change:asc',
    first: ['支出合计', '项目支出', '基本支出', '“三公”经费'],
  },
  {
    name: '同比变化 (普陀 财政局 决算) 情况说明所列增减 by 增减率',
    route: 'change?d=putuo-finance-2024-final',
    testId: 'ch-stated-table',
    header: '增减率',
    presses: 1,
    param: 'ssort',
    value: 'percent:asc',
    first: ['一般公共预算财政拨款支出', '收入支出总计'],
  },
  {
    name: '绩效目标 项目 by 预算数, largest first; 合计 907.19 stays at the foot',
    route: 'performance',
    testId: 'project-list',
    header: '预算数（万元）',
    presses: 2,
    param: 'plsort',
    value: 'budget:desc',
    first: ['以前年度未拨付专项资金600.00', '科技创新扶持资金200.00'],
    foot: '合计907.19',
  },
  {
    name: '绩效目标 资金支出计划 by 累计金额: 未披露 last in both directions',
    route: 'performance/project/13020824P00001910005H',
    testId: 'spending-plan-table',
    header: '累计金额（万元）',
    presses: 2,
    param: 'spsort',
    value: 'amount:desc',
    first: ['6月底1.80', '12月底1.80', '3月底未披露', '10月底未披露'],
  },
  {
    name: '绩效目标要点 质量诊断 by 数量, largest first (counts by value: 28 before 4)',
    route: 'performance/highlights',
    testId: 'hl-rules-table',
    header: '数量',
    presses: 2,
    param: 'rulesort',
    value: 'count:desc',
    first: [
      '指标在多个项目间逐字重复28',
      '百分比目标无法计量18',
      '单位写法不一致12',
      '成本指标与预算不匹配4',
    ],
  },
  {
    name: '绩效目标要点 项目与指标 by 预算数, largest first; 合计 907.19 stays at the foot',
    route: 'performance/highlights',
    testId: 'hl-projects-table',
    header: '预算数（万元）',
    presses: 2,
    param: 'hlsort',
    value: 'budget:desc',
    first: ['以前年度未拨付专项资金600.00', '科技创新扶持资金200.00', '48.00', '44.69'],
    foot: '合计907.1955',
  },
];

const bodyRows = (table: Locator) => table.locator('tbody tr');

/** The first rows contain the texts, in order; the foot, when given, stays under them. */
async function expectOrder(table: Locator, c: Case) {
  for (const [i, text] of c.first.entries())
    await expect(bodyRows(table).nth(i), `${c.name}: row ${i + 1}`).toContainText(text);
  if (c.foot) await expect(table.locator('tfoot tr').last()).toContainText(c.foot);
}

async function sortBy(page: Page, c: Case): Promise<Locator> {
  const table = page.getByTestId(c.testId);
  const button = table.getByRole('button', { name: c.header, exact: true }).nth(c.nth ?? 0);
  for (let i = 0; i < c.presses; i++) await button.click();
  await expect(
    table.getByRole('columnheader', { name: c.header, exact: true }).nth(c.nth ?? 0),
  ).toHaveAttribute('aria-sort', c.presses === 1 ? 'ascending' : 'descending');
  return table;
}

test.describe('sorting everywhere', () => {
  for (const c of CASES) {
    test(c.name, async ({ page }) => {
      await openView(page, c.route);
      const table = await sortBy(page, c);
      await expect(page).toHaveURL(new RegExp(`[?&]${c.param}=${encodeURIComponent(c.value)}(&|$)`));
      await expectOrder(table, c);
      // Reload: the sort comes back from the URL.
      await page.reload();
      await expect(
        page
          .getByTestId(c.testId)
          .getByRole('columnheader', { name: c.header, exact: true })
          .nth(c.nth ?? 0),
      ).toHaveAttribute('aria-sort', c.presses === 1 ? 'ascending' : 'descending');
      await expectOrder(page.getByTestId(c.testId), c);
      // The body's links and source buttons are one tab stop, however many rows.
      await expect
        .poll(() => table.locator('tbody').evaluate((b) => b.querySelectorAll('[tabindex="0"]').length))
        .toBeLessThanOrEqual(1);
      await expectAccessible(page);
    });
  }

  test('a third press restores the printed order and leaves the URL; back leaves the view', async ({
    page,
  }) => {
    await openView(page, 'overview');
    await openView(page, 'personnel-public');
    const c = CASES.find((x) => x.param === 'ppsort')!;
    const table = await sortBy(page, c);
    await table.getByRole('button', { name: c.header, exact: true }).click();
    await table.getByRole('button', { name: c.header, exact: true }).click();
    await expect(page).not.toHaveURL(/ppsort=/);
    await expect(bodyRows(table).first()).toContainText('301工资福利支出');
    // A sort replaces the history entry: back returns to the view before, not to a sort.
    await page.goBack();
    await expect(page).toHaveURL(/#\/overview/);
  });

  test('a malformed sort parameter is named and dropped; an unknown column leaves the printed order', async ({
    page,
  }) => {
    await openView(page, 'overview?clsort=total');
    await expect(page.getByTestId('url-notice').getByRole('listitem')).toHaveText([
      '参数 clsort“total”格式不对：排序应为“列:asc”或“列:desc”',
    ]);
    await expect(page).not.toHaveURL(/clsort=/);
    await openView(page, 'overview?clsort=nosuch%3Aasc');
    await expect(bodyRows(page.getByTestId('overview-class-table')).first()).toContainText('206');
  });

  test('screenshots of two sorted tables at 1280 and 375 px', async ({ page }) => {
    test.slow(); // two views at two sizes
    for (const [w, h] of [
      [1280, 720],
      [375, 812],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await openView(page, 'basic-project?bpsort=projectExpenditure%3Aasc');
      await expect(bodyRows(page.getByTestId('bp-table')).first()).toContainText('215');
      await page.getByTestId('bp-table').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `sort-basic-project-${w}`);
      await openView(page, 'personnel-public?tsort=total%3Adesc');
      await expect(bodyRows(page.getByTestId('pp-three-table')).nth(2)).toContainText(
        '二、公务用车购置及运维费',
      );
      await saveScreenshot(page, `sort-personnel-three-${w}`);
      // Nothing of the page scrolls sideways: the tables scroll inside their boxes.
      await expect
        .poll(() =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        )
        .toBeLessThanOrEqual(0);
    }
  });

  test('导入 report: 标准表 by 行数, most first (66, 32, 30); the table not found last; reload keeps it', async ({
    page,
  }) => {
    test.slow(); // reads a 25-page PDF
    await page.goto('./#/import');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件' }).click();
    await (await chooser).setFiles('data/sources/02-putuo-finance-bureau-2024-final.pdf');
    const c: Case = {
      name: '导入 标准表',
      route: 'import',
      testId: 'import-tables',
      header: '行数',
      presses: 2,
      param: 'itsort',
      value: 'rows:desc',
      first: [
        '一般公共预算财政拨款基本支出决算表已找到',
        '财政拨款收入支出决算总表已找到',
        '收入支出决算总表已找到',
        '收入决算表已找到',
      ],
    };
    await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
    const table = await sortBy(page, c);
    await expect(page).toHaveURL(/[?&]itsort=rows%3Adesc(&|$)/);
    await expectOrder(table, c);
    // the 66 rows and 29 amounts of 基本支出决算表 are its cells; 机关运行经费 (not printed) is last
    await expect(bodyRows(table).first().getByRole('cell')).toContainText(['万元', '16、17', '66', '29']);
    await expect(bodyRows(table).last()).toContainText('机关运行经费支出决算表未单独列表');
    await page.reload();
    await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
    await expectOrder(page.getByTestId('import-tables'), c);
    await expect(
      page.getByTestId('import-tables').getByRole('columnheader', { name: '行数', exact: true }),
    ).toHaveAttribute('aria-sort', 'descending');
    await expect
      .poll(() => table.locator('tbody').evaluate((b) => b.querySelectorAll('[tabindex="0"]').length))
      .toBeLessThanOrEqual(1);
    await expectAccessible(page);
  });
});
