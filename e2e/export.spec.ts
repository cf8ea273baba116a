/**
 * 导出 menu (issue 11): the menu by keyboard and axe; a chart's table twin and a printed
 * table downloaded as CSV and as XLSX (read back with ExcelJS: merged header, number format,
 * the disclosure's figures); a chart as a 2× PNG that is not blank; a view with a chart
 * printed to PDF (pages, text, the chart image, the footer's QR code decoded to the view's
 * URL); the citation's clipboard fallback.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Download, Page } from '@playwright/test';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, expectAccessible, openView, saveScreenshot, test } from './support';

/** The menu's button once its chunk has loaded (until then a busy stand-in holds its place). */
const menuButton = (page: Page) =>
  page.getByRole('button', { name: '导出' }).and(page.locator(':not([aria-busy="true"])'));
const menu = (page: Page) => page.getByRole('menu');

async function downloadOf(page: Page, item: string | RegExp): Promise<Download> {
  await menuButton(page).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu(page).getByRole('menuitem', { name: item }).click(),
  ]);
  return download;
}

async function bytes(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

function csvRows(buffer: Buffer): string[][] {
  const text = buffer.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1)).data;
}

/**
 * Text as compared with the PDF's: Chromium's CJK font maps some characters to radical forms
 * (⼯ for 工, ⻚ for 页), and full-width punctuation to ASCII under NFKC; spaces dropped.
 */
function plain(text: string): string {
  return text.normalize('NFKC').replace(/⻚/g, '页').replace(/⻔/g, '门').replace(/\s+/g, '');
}

type PdfDoc = PDFDocumentProxy;

/**
 * The printed footer on EVERY page of `doc`, with nothing of the view under it: on each page
 * the footer's lines (source, date, URL) are there, and every text below the footer's top
 * edge is footer text (or the page number). Renders each page and decodes its QR code,
 * which must be `url`. Returns the rendered PNG files.
 */
async function expectFooterOnEveryPage(doc: PdfDoc, pdf: Buffer, url: string, dpi = 200): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'export-footer-'));
  writeFileSync(join(dir, 'print.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', join(dir, 'print.pdf'), join(dir, 'page')]);
  const pngs = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
  expect(pngs.length).toBe(doc.numPages);
  for (let p = 1; p <= doc.numPages; p += 1) {
    const items = (await (await doc.getPage(p)).getTextContent()).items.flatMap((i) =>
      'str' in i && i.str.trim() ? [{ str: i.str, y: i.transform[5] as number }] : [],
    );
    const source = items.find((i) => i.str.startsWith('数据来源：'));
    expect(source, `page ${p}: the footer's source line`).toBeDefined();
    const page = plain(items.map((i) => i.str).join(''));
    expect(page, `page ${p}`).toContain(plain('打印日期：'));
    expect(page, `page ${p}`).toContain(plain('在线查看：http://127.0.0.1'));
    // The footer's top edge is a line above its first text line (8pt type).
    const footerTop = source!.y + 10;
    const below = plain(
      items
        .filter((i) => i.y < footerTop)
        .map((i) => i.str)
        .join(''),
    );
    const rest = below
      .replace(/第\d+页\/共\d+页/, '')
      .replace('预算透视BudgetLens', '')
      .replace(/数据来源:.*?(?=打印日期)/, '')
      .replace(/打印日期:\d{4}-\d{2}-\d{2}/, '')
      .replace(plain(`在线查看：${url}`), '');
    expect(rest, `page ${p}: nothing of the view under the footer`).toBe('');
    const png = PNG.sync.read(readFileSync(pngs[p - 1]!));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, `page ${p}: QR code`).toBe(
      url,
    );
  }
  return pngs;
}

async function workbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

test.describe('导出 menu', () => {
  test('opens by keyboard, moves with arrows, closes with Esc; axe on the open menu', async ({ page }) => {
    await openView(page, 'overview');
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(menu(page)).toBeVisible();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    const items = menu(page).getByRole('menuitem');
    await expect(items.first()).toBeFocused();
    await expect(items.first()).toHaveText('收入来源（CSV）');
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
    await expect(items.nth(1)).toHaveText('收入来源（Excel）');
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await expect(items.last()).toHaveText('复制引用');
    await page.keyboard.press('ArrowDown');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await expect(menu(page).getByRole('menuitem', { name: '支出按功能分类（类）（PNG）' })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'export-menu-1280');
    await page.keyboard.press('Escape');
    await expect(menu(page)).toHaveCount(0);
    await expect(menuButton(page)).toBeFocused();
    // ↑ on the button opens on the last item; Space runs the focused item's neighbour.
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu(page)).toHaveCount(0);
  });

  test('the menu at 375 px stays on the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openView(page, 'overview');
    await menuButton(page).click();
    const box = (await menu(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expectAccessible(page);
    await saveScreenshot(page, 'export-menu-375');
  });

  test("a chart's table twin as CSV and XLSX: 339-2024 支出按功能分类（类）", async ({ page }) => {
    await openView(page, 'overview');
    const csv = csvRows(await bytes(await downloadOf(page, '支出按功能分类（类）（CSV）')));
    expect(csv.slice(0, 4).map((r) => r[0])).toEqual([
      '支出按功能分类（类）',
      '丰润区工业和信息化局 2024年部门预算',
      '单位：万元',
      '来源：部门预算支出总表',
    ]);
    expect(csv[5]).toEqual([
      '科目编码',
      '科目名称',
      '合计（万元）',
      '基本支出（万元）',
      '项目支出（万元）',
      '占比（%）',
    ]);
    expect(csv.find((r) => r[0] === '206')).toEqual([
      '206',
      '科学技术支出',
      '1150.65',
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    expect(csv.find((r) => r[1] === '合计')?.slice(2, 3)).toEqual(['2305.27']);

    const download = await downloadOf(page, '支出按功能分类（类）（Excel）');
    expect(download.suggestedFilename()).toBe('339-2024-支出按功能分类（类）.xlsx');
    const ws = (await workbook(await bytes(download))).worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('支出按功能分类（类）');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('C6').value).toBe('合计');
    const total = ws.getColumn(2).values.indexOf('合计');
    expect(ws.getRow(total).getCell(3).value).toBe(2305.27);
    expect(ws.getRow(total).getCell(3).numFmt).toBe('0.00');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
  });

  test('the whole dataset: every printed table in one workbook, 收入总表 with its merged 本年收入', async ({
    page,
  }) => {
    await openView(page, 'overview');
    const wb = await workbook(await bytes(await downloadOf(page, '全部公开表格（Excel 工作簿）')));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('部门预算收支总表');
    expect(names).toContain('部门预算收入总表');
    const ws = wb.getWorksheet('部门预算收入总表')!;
    expect(ws.getCell('E6').value).toBe('本年收入');
    expect(ws.getCell('F6').master.address).toBe('E6');
    expect(ws.getCell('D9').value).toBe(2305.27);
    expect(ws.getCell('D9').numFmt).toBe('0.00');
  });

  test('a chart as PNG: 2× its size on screen, white background, not blank', async ({ page }) => {
    await openView(page, 'overview');
    const chart = page.getByTestId('overview-class-chart');
    const box = (await chart.boundingBox())!;
    const download = await downloadOf(page, '支出按功能分类（类）（PNG）');
    expect(download.suggestedFilename()).toBe('339-2024-支出按功能分类（类）.png');
    const file = await bytes(download);
    writeFileSync('e2e/screenshots/export-chart-png.png', file);
    const png = PNG.sync.read(file);
    expect(png.width).toBe(Math.round(box.width) * 2);
    // Title band above and the stamp below: taller than the chart alone at 2×.
    expect(png.height).toBeGreaterThan(Math.round(box.height) * 2 + 100);
    let dark = 0;
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r < 100 && g < 100 && b < 100) dark += 1;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1;
    }
    // Text (dark) and bars (coloured) both present; the corner is white.
    expect(dark).toBeGreaterThan(2000);
    expect(coloured).toBeGreaterThan(5000);
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  test('the citation: copied, or shown to copy by hand when the clipboard is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await openView(page, 'overview');
    // By keyboard: Space opens the menu, End goes to 复制引用, Space runs it.
    await menuButton(page).focus();
    await page.keyboard.press('Space');
    await expect(menu(page).getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu(page).getByRole('menuitem', { name: '复制引用' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(menu(page)).toHaveCount(0);
    const region = page.getByRole('region', { name: '建议引用' });
    await expect(region).toContainText('浏览器不允许访问剪贴板');
    const text = page.getByTestId('export-citation');
    await expect(text).toHaveValue(
      /^丰润区工业和信息化局\. 2024年部门预算：概览\[EB\/OL\]\. 预算透视（Budget Lens）\. \(\d{4}-\d\d-\d\d\)\[\d{4}-\d\d-\d\d\]\. http:\/\/127\.0\.0\.1:\d+\/#\/overview\?d=339-2024$/,
    );
    await expectAccessible(page);
  });

  test('prints 概览 to A4 PDF: pages, text, the chart as an image, the QR code of the URL', async ({
    page,
  }) => {
    test.slow();
    await openView(page, 'overview?d=339-2024');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(page.getByTestId('print-footer')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
    expect(doc.numPages).toBeGreaterThanOrEqual(1);
    expect(doc.numPages).toBeLessThanOrEqual(3);
    let text = '';
    let images = 0;
    for (let p = 1; p <= doc.numPages; p += 1) {
      const pg = await doc.getPage(p);
      const content = await pg.getTextContent();
      text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
      const ops = await pg.getOperatorList();
      images += ops.fnArray.filter((f) => f === pdfjs.OPS.paintImageXObject).length;
      const { width, height } = pg.getViewport({ scale: 1 });
      // A4 portrait: 595 × 842 pt.
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    }
    const flat = plain(text);
    expect(flat).toContain(plain('丰润区工业和信息化局'));
    expect(flat).toContain(plain('2,305.27'));
    expect(flat).toContain(plain('科学技术支出'));
    expect(flat).toContain(plain(`第1页/共${doc.numPages}页`));
    expect(flat).toContain(plain('在线查看：http://127.0.0.1'));
    expect(flat).not.toContain(plain('嵌入代码'));
    // The chart prints as an image.
    expect(images).toBeGreaterThanOrEqual(1);

    // The footer with its QR code on every page, nothing under it.
    const pngs = await expectFooterOnEveryPage(
      doc,
      pdf,
      `${new URL(page.url()).origin}/#/overview?d=339-2024`,
    );
    const dir = dirname(pngs[0]!);
    // Kept for a person to look at.
    for (const f of pngs) copyFileSync(f, `e2e/screenshots/export-print-overview-${basename(f)}`);
    console.log(`PDF pages: ${doc.numPages}, images ${images}, rendered in ${dir}`);
  });

  test('a printed table as CSV and XLSX: 339-2024 部门预算收入总表 as printed', async ({ page }) => {
    await openView(page, 'tables/budget-revenue');
    const csv = csvRows(await bytes(await downloadOf(page, '部门预算收入总表（CSV）')));
    expect(csv[0]![0]).toBe('部门预算收入总表');
    expect(csv[5]!.slice(0, 6)).toEqual([
      '序号',
      '功能分类科目/科目编码',
      '功能分类科目/科目名称',
      '合计（万元）',
      '本年收入/小计（万元）',
      '本年收入/财政拨款收入（万元）',
    ]);
    expect(csv[6]!.slice(0, 4)).toEqual(['栏次', '1', '2', '3']);
    expect(csv[7]!.slice(0, 6)).toEqual(['1', '', '合计', '2305.27', '2305.27', '2305.27']);
    expect(csv.find((r) => r[1] === '206')!.slice(2, 4)).toEqual(['科学技术支出', '1150.65']);

    const ws = (await workbook(await bytes(await downloadOf(page, '部门预算收入总表（Excel）'))))
      .worksheets[0]!;
    expect(ws.name).toBe('部门预算收入总表');
    expect(ws.getCell('A3').value).toBe('单位：万元');
    expect(ws.getCell('B6').value).toBe('功能分类科目');
    expect(ws.getCell('C6').master.address).toBe('B6');
    expect(ws.getCell('E6').value).toBe('本年收入');
    expect(ws.getCell('F6').master.address).toBe('E6');
    expect(ws.getCell('D7').master.address).toBe('D6');
    expect(ws.getCell('D9').value).toBe(2305.27);
    expect(ws.getCell('D9').numFmt).toBe('0.00');
    const r206 = ws.getColumn(2).values.indexOf('206');
    expect(ws.getRow(r206).getCell(4).value).toBe(1150.65);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
  });

  test('the printed table in 元: 2026 住建委 支出总表 keeps its own unit', async ({ page }) => {
    await openView(page, 'tables/budget-expenditure?d=putuo-construction-2026-budget');
    await menuButton(page).click();
    const item = menu(page)
      .getByRole('menuitem', { name: /（CSV）$/ })
      .first();
    const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
    const csv = csvRows(await bytes(download));
    expect(csv[2]).toEqual(expect.arrayContaining(['单位：元']));
    expect(csv[5]!.some((h) => h.endsWith('（元）'))).toBe(true);
  });

  test('every view has the menu in the same place, with its own tables', async ({ page }) => {
    test.slow();
    const expected: [string, string][] = [
      ['overview', '支出按功能分类（类）（CSV）'],
      ['function', '功能分类科目明细表（CSV）'],
      ['basic-project', '支出合计：基本支出与项目支出（CSV）'],
      ['personnel-public', '基本支出按经济分类（类）（CSV）'],
      ['change', '从 2023 年到 2024 年：支出合计的变化（CSV）'],
      ['performance', '指标一览（CSV）'],
      ['checks', '数据核验（CSV）'],
      ['tables/budget-summary', '部门预算收支总表（CSV）'],
    ];
    let place: { x: number; y: number } | undefined;
    for (const [route, item] of expected) {
      await openView(page, route);
      const box = (await menuButton(page).boundingBox())!;
      place ??= { x: box.x, y: box.y };
      expect({ route, x: Math.round(box.x), y: Math.round(box.y) }).toEqual({
        route,
        x: Math.round(place.x),
        y: Math.round(place.y),
      });
      await menuButton(page).click();
      await expect(menu(page).getByRole('menuitem', { name: item })).toBeVisible();
      await expect(menu(page).getByRole('menuitem').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu(page)).toHaveCount(0);
    }
  });

  test('prints 绩效目标 to A4: every column of the indicator table on the page, header repeated', async ({
    page,
  }) => {
    test.slow();
    await openView(page, 'performance');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    // Every table fits the printed width: no column beyond the page's right edge (retried: the
    // page lays itself out again for the new width and medium a moment after they change).
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            Array.from(document.querySelectorAll('main table')).filter((t) => {
              const main = document.querySelector('main')!.getBoundingClientRect();
              return Math.round(t.getBoundingClientRect().right - main.right) > 1;
            }).length,
        ),
      )
      .toBe(0);
    const projectHeaders = page.getByTestId('project-list').locator('thead th');
    const projectCells = page.getByTestId('project-list').locator('tbody tr').first().locator('th, td');
    expect(await projectCells.count()).toBe(await projectHeaders.count());
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
    expect(doc.numPages).toBeGreaterThan(2);
    // The indicator table's header row is on every page it spans (thead repeats).
    let withHeader = 0;
    let withRows = 0;
    for (let p = 1; p <= doc.numPages; p += 1) {
      const text = plain(
        (await (await doc.getPage(p)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(''),
      );
      if (text.includes(plain('指标值确定依据'))) withHeader += 1;
      if (text.includes(plain('三级指标'))) withRows += 1;
    }
    expect(withHeader).toBeGreaterThanOrEqual(2);
    expect(withRows).toBe(withHeader);
    // The footer with the view's QR code on every page, no row under it.
    const pngs = await expectFooterOnEveryPage(
      doc,
      pdf,
      `${new URL(page.url()).origin}/#/performance?d=339-2024`,
    );
    for (const f of pngs.slice(0, 3))
      copyFileSync(f, `e2e/screenshots/export-print-performance-${basename(f)}`);
    console.log(
      `绩效目标 PDF: ${doc.numPages} pages, header on ${withHeader}, rendered in ${dirname(pngs[0]!)}`,
    );
  });
});
