/**
 * 报表 (#/tables): every cell of every printed table of every shipped dataset on screen,
 * compared with the dataset JSON (read here, formatted here independently of the app:
 * amounts grouped at their printed precision, a blank amount "—", a blank text empty);
 * headers and bodies with the same columns; the list with the unpublished standard tables;
 * a row reached from a figure's source; sorting in the URL; axe; screenshots.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openView, saveScreenshot, test } from './support';

interface JsonColumn {
  key: string;
  label: string;
  path: string[];
  kind: 'code' | 'name' | 'amount' | 'text';
  role?: string;
  columnNo?: number;
}
interface JsonRow {
  seq?: number;
  code?: string;
  name?: string;
  kind?: string;
  cells: Record<string, string>;
}
interface JsonTable {
  standardId: string | null;
  title: string;
  unit: string;
  columns: JsonColumn[];
  rows: JsonRow[];
  notes: string[];
}
interface JsonDataset {
  meta: { kind: string; year: number; department: { name: string } };
  tables: JsonTable[];
}

const catalog = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as {
  datasets: { id: string; file: string }[];
};
const datasets = catalog.datasets.map((d) => ({
  id: d.id,
  json: JSON.parse(readFileSync(`public/data/${d.file}`, 'utf8')) as JsonDataset,
}));

/** "3286618082.20" → "3,286,618,082.20"; "-5.00" → "−5.00". */
function grouped(printed: string): string {
  const negative = printed.startsWith('-');
  const [int, frac] = (negative ? printed.slice(1) : printed).split('.');
  const withCommas = int!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}${withCommas}${frac !== undefined ? `.${frac.padEnd(2, '0')}` : '.00'}`;
}

function codeCell(c: JsonColumn, r: JsonRow): string {
  if (r.cells[c.key] !== undefined) return r.cells[c.key]!;
  const code = r.code ?? '';
  if (c.role === 'codeClass') return code.slice(0, 3);
  if (c.role === 'codeSection') return code.slice(3, 5);
  if (c.role === 'codeItem') return code.slice(5, 7);
  return code;
}

/** The text every cell of a row should show, column by column (序号 first where printed). */
function expectedRow(table: JsonTable, r: JsonRow): string[] {
  const hasSeq = table.rows.some((x) => x.seq !== undefined);
  const cells = table.columns.map((c) => {
    if (c.kind === 'code') return codeCell(c, r);
    if (c.kind === 'name') return r.cells[c.key] ?? r.name ?? '';
    if (c.kind === 'amount') return r.cells[c.key] === undefined ? '—' : grouped(r.cells[c.key]!);
    return r.cells[c.key] ?? '';
  });
  return hasSeq ? [r.seq === undefined ? '' : String(r.seq), ...cells] : cells;
}

/** Every body row's cells as shown, and each header row's cell count with spans. */
async function readTable(page: Page) {
  return page.getByTestId('spec-table').evaluate((root) => {
    const table = root.querySelector('table')!;
    const body = [...table.tBodies[0]!.rows].map((tr) =>
      [...tr.cells].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    // Lay the header rows out on a grid (row and column spans), as a browser does.
    const headRows = [...table.tHead!.rows].filter((tr) => tr.querySelector('th'));
    const taken: boolean[][] = headRows.map(() => []);
    const leafAt: { col: number; label: string }[] = [];
    headRows.forEach((tr, i) => {
      let col = 0;
      for (const cell of [...tr.cells]) {
        while (taken[i]![col]) col++;
        for (let k = i; k < i + cell.rowSpan && k < headRows.length; k++)
          for (let j = col; j < col + cell.colSpan; j++) taken[k]![j] = true;
        if (cell.getAttribute('scope') === 'col') {
          // The label as seen: a defined term's (hidden) definition is not part of it.
          const seen = cell.cloneNode(true) as HTMLElement;
          seen.querySelectorAll('[role="tooltip"]').forEach((tip) => tip.remove());
          leafAt.push({ col, label: (seen.textContent ?? '').replace(/[▲▼↕]/g, '').trim() });
        }
        col += cell.colSpan;
      }
    });
    const leafLabels = leafAt.sort((a, b) => a.col - b.col).map((l) => l.label);
    const covered = taken.map((row) => row.filter(Boolean).length);
    return { body, leafLabels, covered };
  });
}

test.describe('报表: every printed cell of every shipped dataset', () => {
  for (const { id, json } of datasets) {
    test(`${id}: every table, every row, every cell as in the JSON`, async ({ page }) => {
      test.slow();
      await openView(page, `tables?d=${id}`);
      await expect(page.getByTestId('table-item')).toHaveCount(json.tables.length);
      for (const table of json.tables) {
        const tableId = table.standardId!;
        await page.goto(`./#/tables/${tableId}?d=${id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(table.title);
        await expect(page.getByTestId('printed-unit')).toHaveText(table.unit);
        const hasSeq = table.rows.some((x) => x.seq !== undefined);
        const width = table.columns.length + (hasSeq ? 1 : 0);
        const expected =
          table.rows.length === 0 ? [['本表无数据']] : table.rows.map((r) => expectedRow(table, r));
        const leafs = [...(hasSeq ? ['序号'] : []), ...table.columns.map((c) => c.label)];
        await expect
          .poll(async () => {
            const shown = await readTable(page);
            return {
              body: shown.body,
              leafLabels: shown.leafLabels,
              // Header and body have the same columns: every header row covers them all.
              headerCoversEveryColumn: shown.covered.every((n) => n === width),
            };
          })
          .toEqual({ body: expected, leafLabels: leafs, headerCoversEveryColumn: true });
        for (const note of table.notes) await expect(page.getByTestId('table-notes')).toContainText(note);
      }
    });
  }
});

test.describe('报表 list and one table', () => {
  test('the list groups the tables and names the standard tables not published', async ({ page }) => {
    test.slow();
    await openView(page, 'tables?d=putuo-finance-2024-final');
    await expect(page.getByRole('heading', { level: 1, name: '报表' })).toBeVisible();
    await expect(page.getByTestId('tables-missing')).toHaveText('机关运行经费支出决算表');
    await expect(page.getByRole('link', { name: '政府性基金预算财政拨款收入支出决算表' })).toBeVisible();
    await expectAccessible(page);
    await openView(page, 'tables');
    await expect(page.getByText('部门预算公开的 9 张标准表均已公开。')).toBeVisible();
    for (const [w, h] of [
      [1920, 1080],
      [1280, 720],
      [375, 800],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await saveScreenshot(page, `tables-list-${w}`);
    }
  });

  test('one table: title, unit, 栏次, sticky header; sort in the URL with blanks last', async ({ page }) => {
    test.slow();
    await openView(page, 'tables/budget-expenditure');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('部门预算支出总表');
    const table = page.getByTestId('spec-table');
    await expect(table.locator('.spec-table__line-no')).toContainText('栏次');
    await expectAccessible(page);
    // Sort by 项目支出: descending puts the largest first and the blanks last.
    await table.getByRole('button', { name: /项目支出/ }).click();
    await expect(page).toHaveURL(/sort=projectExpenditure%3Aasc|sort=projectExpenditure:asc/);
    await table.getByRole('button', { name: /项目支出/ }).click();
    await expect(page).toHaveURL(/sort=projectExpenditure(%3A|:)desc/);
    const rows = table.locator('tbody tr');
    // 合计 stays first; then 206 科学技术支出 858.00, 20699 and 2069999 800.00 …; blanks last.
    await expect(rows.nth(0)).toContainText('合计');
    await expect(rows.nth(1)).toHaveAttribute('data-row-key', '206');
    await expect(rows.nth(1)).toContainText('858.00');
    await expect(rows.nth(2)).toHaveAttribute('data-row-key', '20699');
    await expect(rows.last()).toContainText('—');
    // 13 rows print a 项目支出; the smallest, 2150502 一般行政管理事务 1.80, is the 13th; then
    // the blanks in printed order (stable), 20601 科学技术管理事务 first.
    await expect(rows.nth(13)).toHaveAttribute('data-row-key', '2150502');
    await expect(rows.nth(14)).toHaveAttribute('data-row-key', '20601');
    await page.reload();
    await expect(table.getByRole('columnheader', { name: /项目支出/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    for (const [w, h] of [
      [1920, 1080],
      [1280, 720],
      [375, 800],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await saveScreenshot(page, `tables-one-${w}`);
    }
  });

  test('2026 budget in 元 at 375 px: code columns pinned while the amounts scroll', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 375, height: 800 });
    await openView(page, 'tables/budget-expenditure?d=putuo-construction-2026-budget');
    await expect(page.getByTestId('printed-unit')).toHaveText('元');
    const box = page.getByTestId('spec-table').locator('.table-scroll');
    const code = page.getByTestId('spec-table').locator('tbody tr').first().locator('td').first();
    const before = await code.boundingBox();
    await box.evaluate((el) => el.scrollBy({ left: 300 }));
    await expect.poll(async () => (await code.boundingBox())?.x).toBe(before?.x);
    await saveScreenshot(page, 'tables-2026-375');
  });
});

test.describe('a figure opens its printed table row', () => {
  test('概览 858.00 (项目支出 of 206) → 部门预算支出总表 row 206, marked, focused and announced', async ({
    page,
  }) => {
    await openView(page, 'overview');
    const figure = page.getByTestId('overview-class-table').getByRole('button', { name: '858.00' });
    await figure.focus();
    await expect(page.locator('.amount__source.is-open')).toContainText('点击或按 Enter 打开原表此行');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/tables\/budget-expenditure\?row=206$/);
    const row = page.locator('tr[data-row-key="206"]');
    await expect(row).toHaveClass(/is-highlighted/);
    await expect(row).toBeFocused();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('已定位到：206 科学技术支出');
    await expectAccessible(page);
    // Back returns to the figure's view.
    await page.goBack();
    await expect(page).toHaveURL(/#\/overview/);
  });

  test('a 决算 card by mouse: 财政局 基本支出 → 支出决算表 合计 row', async ({ page }) => {
    await openView(page, 'overview?d=putuo-finance-2024-final');
    await page.getByTestId('card-basic').getByRole('button').click();
    await expect(page).toHaveURL(/#\/tables\/final-expenditure\?row=r1/);
    await expect(page.locator('tr.is-highlighted')).toContainText('2,336.91');
  });
});

test.describe('find anything (header search)', () => {
  test('/ focuses the box; 2080501 → Enter opens the 科目 at that place', async ({ page }) => {
    await openView(page, 'overview?d=putuo-finance-2024-final');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: '搜索科目、项目、指标、报表行或说明' });
    await expect(box).toBeFocused();
    await page.keyboard.type('2080501');
    const list = page.getByRole('listbox', { name: '搜索结果' });
    await expect(list.getByRole('option').first()).toContainText('行政单位离退休');
    await expect(list.getByRole('option').first()).toContainText('84.65 万元');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/function\/208\/20805\/2080501\?d=putuo-finance-2024-final$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('行政运行 → ↓ to its 报表行 → Enter opens the printed row, highlighted', async ({ page }) => {
    await openView(page, 'overview');
    await page.keyboard.press('/');
    await page.keyboard.type('行政运行');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toContainText('2060101');
    // The first 报表行 hit: 部门预算收入总表 row 2060101.
    const rowHit = options.filter({ hasText: '报表行' }).first();
    await expect(rowHit).toContainText('部门预算收入总表');
    const index = await options.evaluateAll((els) =>
      els.findIndex((el) => el.textContent?.includes('报表行')),
    );
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(rowHit).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/tables\/budget-revenue\?row=2060101$/);
    await expect(page.locator('tr.is-highlighted')).toHaveAttribute('data-row-key', '2060101');
    await expect(page.locator('tr.is-highlighted')).toBeFocused();
  });

  test('Esc closes the list; nothing found says so; fits a 375 px header', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openView(page, 'overview');
    const box = page.getByRole('combobox', { name: '搜索科目、项目、指标、报表行或说明' });
    await box.click();
    await page.keyboard.type('不存在的科目');
    await expect(page.getByText('没有找到“不存在的科目”')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await box.fill('科学');
    await expect(page.getByRole('listbox')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'search-375');
    await page.setViewportSize({ width: 1280, height: 720 });
    await saveScreenshot(page, 'search-1280');
  });
});

test.describe('说明 (#/about) and the glossary', () => {
  test('339: duties, sections, fixed assets chart with its table, glossary; axe; screenshots', async ({
    page,
  }) => {
    test.slow();
    await openView(page, 'about');
    await expect(page.getByRole('heading', { level: 1, name: '说明' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '部门职责' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /机关运行经费\s?安排情况/ })).toBeVisible();
    await expect(page.getByTestId('about-section').filter({ hasText: '机关运行经费' }).first()).toContainText(
      '76.95万元',
    );
    await expect(page.getByTestId('about-assets-chart')).toHaveAttribute('data-rendered', 'true');
    await expect(page.getByTestId('about-assets-table')).toContainText('121.33');
    await expect(page.getByTestId('about-glossary')).toContainText('财政拨款收入');
    await expectAccessible(page);
    for (const [w, h] of [
      [1920, 1080],
      [1280, 720],
      [375, 800],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await saveScreenshot(page, `about-${w}`);
    }
  });

  test('机构设置 and 国有资产 drawn from their table specs: sortable in the URL, exported as on screen', async ({
    page,
  }) => {
    await openView(page, 'about');
    const units = page.getByTestId('about-units-table');
    const names = units.locator('tbody th');
    await expect(names).toHaveText(['丰润区工业和信息化局本级', '唐山市丰润区科学技术局']);
    const name = units.getByRole('button', { name: '单位名称' });
    await name.click();
    await expect(page).toHaveURL(/usort=name(%3A|:)asc/);
    // Pinyin order: 丰 (fēng) before 唐 (táng); descending the other way round.
    await expect(names).toHaveText(['丰润区工业和信息化局本级', '唐山市丰润区科学技术局']);
    await name.click();
    await expect(page).toHaveURL(/usort=name(%3A|:)desc/);
    await expect(names).toHaveText(['唐山市丰润区科学技术局', '丰润区工业和信息化局本级']);
    await expect(units.locator('tbody tr').first().locator('td')).toHaveText(['行政', '正科级', '财政拨款']);
    await page.reload();
    await expect(names.first()).toHaveText('唐山市丰润区科学技术局');
    // The 导出 menu writes the table in that order.
    await page.getByRole('button', { name: '导出' }).and(page.locator(':not([aria-busy="true"])')).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menu').getByRole('menuitem', { name: '机构设置（CSV）' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.indexOf('唐山市丰润区科学技术局')).toBeGreaterThan(0);
    expect(csv.indexOf('唐山市丰润区科学技术局')).toBeLessThan(csv.indexOf('丰润区工业和信息化局本级'));
    // 国有资产: printed order, 其中 rows one level in, blanks —.
    const assets = page.getByTestId('about-assets-table');
    await expect(assets.locator('tbody tr').nth(2)).toHaveText(/其中：办公用房（平方米）\s*364\.59\s*4\.27/);
    await expect(assets.locator('tbody tr').nth(4).locator('td').last()).toHaveText('—');
    await expect(assets.getByRole('button')).toHaveCount(0);
    await expectAccessible(page);
  });

  test('财政局 决算: a checked narrative figure links to its table row', async ({ page }) => {
    await openView(page, 'about?d=putuo-finance-2024-final');
    const figure = page.getByTestId('about-figure-link').filter({ hasText: '2995.39万元' }).first();
    await expect(figure).toHaveAttribute('title', /与报表一致：收入支出决算总表/);
    await figure.click();
    await expect(page).toHaveURL(/#\/tables\/final-summary\?row=r\d+/);
    await expect(page.locator('tr.is-highlighted')).toContainText('2,995.39');
    await expectAccessible(page);
  });

  test('a defined term shows its definition by mouse and by keyboard', async ({ page }) => {
    await openView(page, 'overview?d=putuo-finance-2024-final');
    // The 基本支出 card's label is a term of the 名词解释.
    const term = page.getByTestId('card-basic').locator('.term__text');
    await term.hover();
    const tip = page.getByTestId('card-basic').locator('.term__definition');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('基本支出：指单位为保障机构正常运转');
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
    await term.focus();
    await expect(tip).toBeVisible();
    await expect(term).toHaveAccessibleDescription(/^基本支出：指单位为保障机构正常运转/);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });
});

test.describe('glossary terms in table headers', () => {
  test('a sortable header that is a term: one tab stop that sorts and explains, by keyboard and mouse', async ({
    page,
  }) => {
    await openView(page, 'tables/budget-revenue');
    const table = page.getByTestId('spec-table');
    const subtotal = table.getByRole('button', { name: '小计' });
    const fiscal = table.getByRole('button', { name: '财政拨款收入' });
    const special = table.getByRole('button', { name: '财政专户收入' });
    const tip = table.getByRole('columnheader', { name: '财政拨款收入' }).getByRole('tooltip');
    await expect(fiscal).toHaveAccessibleDescription(/^财政拨款收入：.+点击排序（空白排在最后）$/);
    await expect(tip).toBeHidden();
    // Tab from the header before it lands on the button itself (no extra stop for the term)
    // and shows the definition; the next Tab goes straight on to the next header.
    await subtotal.focus();
    await page.keyboard.press('Tab');
    await expect(fiscal).toBeFocused();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('财政拨款收入：');
    await expectAccessible(page);
    await saveScreenshot(page, 'tables-header-term-1280');
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sort=fiscalAppropriation(%3A|:)asc/);
    await expect(table.getByRole('columnheader', { name: '财政拨款收入' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await page.keyboard.press('Tab');
    await expect(special).toBeFocused();
    await expect(tip).toBeHidden();
    // By mouse.
    await fiscal.hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
  });

  test('功能分类 tree table (财政局 决算): 基本支出 and 项目支出 headers explain themselves', async ({
    page,
  }) => {
    await openView(page, 'function?d=putuo-finance-2024-final');
    const table = page.getByTestId('function-table');
    const basic = table.getByRole('button', { name: /^基本支出/ });
    await expect(basic).toHaveAccessibleDescription(/^基本支出：指单位为保障机构正常运转/);
    await expect(table.getByRole('button', { name: /^项目支出/ })).toHaveAccessibleDescription(/^项目支出：/);
    await basic.focus();
    await expect(table.getByRole('tooltip').filter({ hasText: '基本支出：' })).toBeVisible();
    await expectAccessible(page);
    // A header with no term stays a plain sort button.
    await expect(table.getByRole('button', { name: /^科目编码/ })).not.toHaveAttribute('aria-describedby');
  });
});

test.describe('tab order', () => {
  test('a 60-row table body is one tab stop; arrow keys reach every source', async ({ page }) => {
    test.slow();
    // 绩效指标 of the 339 projects, ungrouped: 55 indicator rows, each with links and buttons.
    await openView(page, 'performance?group=none&at=table');
    const table = page.getByTestId('indicator-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThanOrEqual(55);
    const focusables = table.locator('tbody a[href], tbody button');
    await expect.poll(() => focusables.count()).toBeGreaterThanOrEqual(55);
    // Exactly one of them is in the tab order; the whole table (header sort buttons and the
    // scroll box included) has a bounded number of stops.
    await expect(table.locator('tbody [tabindex="0"]')).toHaveCount(1);
    await expect
      .poll(() =>
        table.evaluate((t) => {
          const box = t.closest('.table-scroll')!;
          const stops = [...box.querySelectorAll<HTMLElement>('a[href], button, [tabindex]')].filter(
            (el) => el.tabIndex >= 0,
          );
          return stops.length + (box.getAttribute('tabindex') === '0' ? 1 : 0);
        }),
      )
      .toBeLessThanOrEqual(12);
    const first = focusables.first();
    await expect(first).toHaveAttribute('tabindex', '0');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('tbody [tabindex="0"]')).toBeFocused();
    await expect(first).not.toBeFocused();
    await expect(first).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    await expect(table.locator('tbody [tabindex="0"]')).toBeFocused();
    // Tab leaves the table body at once.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('tbody') === null))
      .toBe(true);
  });
});
