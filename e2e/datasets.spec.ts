/**
 * Every shipped dataset, opened from the switcher: its totals on the overview as printed (in
 * 万元), its treemap drilled one level, and basic-project / personnel-public / change /
 * performance each with figures or the explicit notice of what the disclosure does not
 * publish; axe on each, no page-wide horizontal scroll at 375 px, screenshots to look at.
 * Figures checked against data/sources (pdftotext -layout; 05 is text).
 */
import { readFileSync } from 'node:fs';
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
  /**
   * The change view: the waterfall (the seed states its change in 比上年增减情况), or the
   * changes the narrative states in its sentences: the first as [card label, value, sentence].
   */
  change: 'figures' | [string, string, string];
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
    change: ['收入支出总计 · 比 2023年度', '−56.95', '与2023年度相比,收入支出总计减少56.95万元,下降1.87%。'],
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
    change: [
      '收入支出总计 · 比 2023年度',
      '+1,062.85',
      '与 2023 年度相比,收入支出总计增加 1062.85万元,增长 12.08%。',
    ],
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
    change: [
      '收入支出总计 · 比 2023年度',
      '+307.82',
      '与 2023 年度相比,收入支出总计增加 307.82 万元,增长100.00%。',
    ],
    performance: 'missing',
  },
  {
    id: 'putuo-construction-2026-budget',
    option: '上海市普陀区建设和管理委员会 · 2026 年预算',
    // 3,286,618,082.20 元 = 328,661.81 万元: in 万元 like every card beside it (one unit per view).
    cards: [
      ['支出总计', '328,661.81', '万元'],
      ['基本支出', '8,252.79', '万元'],
    ],
    drill: { code: '212', name: '城乡社区支出', child: '21203' },
    threePublic: 'table',
    change: [
      '财政拨款收入 · 比 2025年预算',
      '+115,649.00',
      // The text extraction runs the 编制说明 heading into the first sentence.
      '2026年部门预算编制说明2026年，上海市普陀区建设和管理委员会收入预算328,661万元，其中：财政拨款收入328,661万元，比2025年预算增加115,649万元；',
    ],
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
      if (c.change !== 'figures') {
        // The overview's 比上年增减 card: the narrative's first stated change.
        const [label, value] = c.change;
        await expect(card(page, `${label} 增减`).locator('.amount__value')).toHaveText(value);
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
      else {
        // No previous dataset: the changes the narrative states, each with its sentence.
        const [label, value, sentence] = c.change;
        await expect(page.getByTestId('change-missing')).toHaveCount(0);
        const stated = page.getByTestId('ch-card-stated');
        await expect(stated.locator('.card__label')).toHaveText(label);
        await expect(stated.locator('.amount__value')).toHaveText(value);
        await expect(stated).toContainText(`原文：“${sentence}”`);
        await expect(page.getByTestId('ch-stated-table').locator('tbody tr').first()).toContainText(sentence);
      }
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

  test('05: the source of a 亿 scale card names the printed table and its exact value in 元', async ({
    page,
  }) => {
    await openView(page, 'overview?d=putuo-construction-2026-budget');
    const value = card(page, '支出总计').getByRole('button');
    await value.focus();
    await expect(value).toHaveAccessibleDescription(
      '来源：2026年部门财务收支预算总表 · 支出总计 · 本年支出/预算数；原表数 3,286,618,082.20 元',
    );
    // The note also says that pressing the figure opens its printed table row.
    await expect(card(page, '支出总计').getByRole('tooltip')).toHaveText(
      '来源：2026年部门财务收支预算总表 · 支出总计 · 本年支出/预算数；原表数 3,286,618,082.20 元点击或按 Enter 打开原表此行',
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

/**
 * 02 without its 支出决算表: the tables of the altered 02x (corpus pdf/02x-…-ALTERED.pdf, whose
 * 支出决算表 is missing), served as 02's file. Optionally 收入支出决算总表's 本年支出合计 changed.
 */
async function serveWithoutExpenditureTable(page: Page, currentYearExpenditure?: string) {
  const raw = JSON.parse(
    readFileSync(new URL('../public/data/putuo-finance-2024-final.json', import.meta.url), 'utf8'),
  ) as { tables: { standardId: string | null; rows: { cells: Record<string, string> }[] }[] };
  raw.tables = raw.tables.filter((t) => t.standardId !== 'final-expenditure');
  if (currentYearExpenditure) {
    const row = raw.tables
      .find((t) => t.standardId === 'final-summary')!
      .rows.find((r) => Object.values(r.cells).includes('本年支出合计'))!;
    const key = Object.keys(row.cells).find((k) => row.cells[k] === '2940.05')!;
    row.cells[key] = currentYearExpenditure;
  }
  await page.route('**/data/putuo-finance-2024-final.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(raw) }),
  );
}

test.describe('a 决算 without its 支出决算表 (02x)', () => {
  test('overview, function and basic-project read the 一般公共预算 table, which agrees with 本年支出合计', async ({
    page,
  }) => {
    test.slow();
    await serveWithoutExpenditureTable(page);
    await openView(page, 'overview?d=putuo-finance-2024-final');
    const note = page.getByTestId('expenditure-basis');
    await expect(note).toHaveText(
      '本数据集未列支出决算表：功能分类与基本支出、项目支出取自一般公共预算财政拨款支出决算表，其合计 2,940.05 万元与收入支出决算总表本年支出合计一致。',
    );
    await expect(card(page, '支出总计').locator('.amount__value')).toHaveText('2,995.39');
    await expect(card(page, '基本支出').locator('.amount__value')).toHaveText('2,336.91');
    await expect(card(page, '项目支出').locator('.amount__value')).toHaveText('603.14');
    await expectAccessible(page);
    await saveScreenshot(page, 'datasets-02x-overview-1280');

    await openView(page, 'function?d=putuo-finance-2024-final');
    const figures = page.getByTestId('function-figures');
    await expect(figures.locator('.amount__value')).toHaveText(['2,940.05', '2,336.91', '603.14']);
    await expect(page.getByTestId('function-table').locator('caption')).toContainText(
      '来源：一般公共预算财政拨款支出决算表',
    );
    const total = figures.getByRole('button', { name: '2,940.05' });
    await total.focus();
    await expect(total).toHaveAccessibleDescription(/^来源：一般公共预算财政拨款支出决算表 · 合计 · 合计/);
    await expectAccessible(page);
    await saveScreenshot(page, 'datasets-02x-function-1280');

    await openView(page, 'basic-project?d=putuo-finance-2024-final');
    const none = page.getByTestId('bp-projects-not-listed');
    await expect(none).toContainText('本部门决算未列出项目清单（未公开项目明细）');
    const projectTotal = page.getByTestId('bp-project-expenditure');
    await expect(projectTotal.locator('.amount__value')).toHaveText('603.14');
    await expect(projectTotal).toContainText(
      '万元（来源：一般公共预算财政拨款支出决算表 · 合计 · 项目支出）',
    );
    await expect(page.getByTestId('bp-reconciliation')).toHaveCount(0);
    await expect(page.getByText('✗')).toHaveCount(0);
    await expect(page.getByText(/部门预算|七、部门项目预算/)).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, 'datasets-02x-basic-project-1280');
  });

  test('when the 一般公共预算 table disagrees with 本年支出合计 nothing stands in: 未公开, never 0.00', async ({
    page,
  }) => {
    await serveWithoutExpenditureTable(page, '2950.05');
    await openView(page, 'function?d=putuo-finance-2024-final');
    await expect(page.getByTestId('function-not-published')).toHaveText(
      '本数据集未列支出决算表；一般公共预算财政拨款支出决算表合计 2,940.05 万元与收入支出决算总表本年支出合计 2,950.05 万元不一致，不能代替，功能分类与基本支出、项目支出未公开。',
    );
    // No figure of 0.00 in the view (the checks banner above it lists the disagreement).
    await expect(page.locator('.fn-view')).not.toContainText(/(?<![\d,.])0\.00/);
    await expectAccessible(page);
    await openView(page, 'overview?d=putuo-finance-2024-final');
    await expect(page.locator('.empty-state')).toContainText('未公开支出决算表（合计行），概览数字未公开');
    await expect(page.getByTestId('expenditure-basis')).toContainText('不一致，不能代替');
  });
});
