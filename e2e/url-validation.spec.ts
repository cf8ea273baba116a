/**
 * Every URL value is checked (issue 9): malformed or unknown values are dropped with a
 * notice in Chinese naming them (truncated) and linking the valid state; over-long values
 * never stretch the page.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, saveScreenshot, test, waitForView } from './support';

const LONG = 'x'.repeat(10_000);

async function expectNoHorizontalScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
}

/** The notice lists exactly `reasons` and links the valid state `href`. */
async function expectNotice(page: Page, reasons: (string | RegExp)[], href: string) {
  const notice = page.getByTestId('url-notice');
  await expect(notice.getByRole('heading', { name: '链接中有无法识别的内容，已略去' })).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveText(reasons);
  await expect(notice.getByRole('link', { name: `#${href}` })).toHaveAttribute('href', `#${href}`);
  await expect(page).toHaveURL(new RegExp(`#${href.replace(/[?.]/g, '\\$&')}$`));
}

test.describe('over-long values never stretch the page', () => {
  for (const width of [1280, 375]) {
    test(`a 10,000-character drill code at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./#/function/${LONG}`);
      await expectNotice(page, ['功能分类科目编码过长（10000 个字符，上限 32）'], '/function');
      await waitForView(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('功能分类');
      await expectNoHorizontalScroll(page);
      if (width === 375) await saveScreenshot(page, 'url-too-long-375');
    });

    test(`a 10,000-character path that matches no view at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./#/${LONG}`);
      await expectNotice(page, ['地址过长（10000 个字符，上限 200）'], '/overview');
      await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
      await expectNoHorizontalScroll(page);
    });

    test(`a 10,000-character search and project code at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./#/performance/project/${LONG}?q=${LONG}`);
      await expectNotice(
        page,
        ['项目编码过长（10000 个字符，上限 32）', '参数 q过长（10000 个字符，上限 200）'],
        '/performance',
      );
      await expectNoHorizontalScroll(page);
    });
  }

  test('a parameter nobody reads, 3,000 characters long: the view shows, the print QR code opens the view', async ({
    page,
  }) => {
    await page.goto(`./#/overview?portal=${'p'.repeat(3000)}`);
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
    // The footer's QR code is encoded when the page is printed (src/export/use-printing.ts).
    await expect(page.getByTestId('print-qr')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    // Too long for a QR code: the footer encodes the view and dataset only, and says so.
    await expect(page.getByTestId('print-qr')).toHaveAttribute(
      'aria-label',
      /^链接过长，扫码打开本视图（不含筛选条件）：http:\/\/127\.0\.0\.1:\d+\/#\/overview\?d=339-2024$/,
    );
    await page.emulateMedia({ media: 'screen' });
    await expectNoHorizontalScroll(page);
  });

  test('an unknown but short path still reaches 找不到该页面, shown shortened', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`./#/${'y'.repeat(150)}`);
    await expect(page.getByRole('heading', { name: '找不到该页面' })).toBeVisible();
    await expect(page.locator('.not-found__path')).toHaveText(`#/${'y'.repeat(39)}…`);
    await expectNoHorizontalScroll(page);
  });
});

test.describe('malformed or unknown values, per view', () => {
  test('功能分类: a measure that does not exist, a code that is not a code', async ({ page }) => {
    await page.goto('./#/function/206/abc?measure=foo');
    await expectNotice(
      page,
      [
        '功能分类科目编码“abc”格式不对：功能分类科目编码应为 3、5 或 7 位数字',
        '参数 measure“foo”无效，可选：total、basic、project',
      ],
      '/function/206',
    );
    await waitForView(page);
    await expect(page.locator('#fn-side-title')).toHaveText('206 科学技术支出');
    await expectAccessible(page);
    await saveScreenshot(page, 'url-notice-function');
    // The notice goes with the next navigation.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }).click();
    await expect(page.getByTestId('url-notice')).toHaveCount(0);
  });

  test('功能分类: open rows that are not codes, and a 10,000-character list, are dropped', async ({
    page,
  }) => {
    await page.goto('./#/function/206?open=210,abc&measure=basic');
    await expectNotice(
      page,
      ['参数 open“210,abc”格式不对：展开的行应为以逗号分隔的功能分类科目编码（3 或 5 位数字）'],
      '/function/206?measure=basic',
    );
    await waitForView(page);
    await expect(page.getByTestId('function-table').locator('tr[data-row-id="21011"]')).toHaveCount(0);
    await page.setViewportSize({ width: 375, height: 800 });
    const long = Array.from({ length: 2000 }, () => '21011').join(',');
    await page.goto(`./#/function?open=${long}`);
    await expectNotice(page, ['参数 open过长（11999 个字符，上限 1000）'], '/function');
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });

  test('基本与项目: a drill deeper than its two levels, a malformed project code', async ({ page }) => {
    await page.goto('./#/basic-project/215/21505/2150517?project=%3Cb%3E');
    await expectNotice(
      page,
      ['功能分类科目编码最多 2 级，多出的部分无法打开', '参数 project“<b>”格式不对：项目编码只含字母和数字'],
      '/basic-project/215/21505',
    );
    await expect(page.getByTestId('bp-card-total')).toContainText('912.70');
  });

  test('人员与公用: a 款 code where a 类 is expected', async ({ page }) => {
    await page.goto('./#/personnel-public/30101');
    await expectNotice(
      page,
      ['经济分类科目编码“30101”格式不对：经济分类科目（类）编码应为 3 位数字'],
      '/personnel-public',
    );
    await expect(page.getByTestId('pp-card-basic')).toContainText('1,398.08');
  });

  test('绩效目标: filter values outside their sets; a path the view does not have', async ({ page }) => {
    await page.goto('./#/performance/nope?kind=both&issues=yes&group=x&at=top&q=满意度');
    await expectNotice(
      page,
      [
        '地址中的“nope”在此页不存在',
        '参数 kind“both”无效，可选：quantitative、qualitative',
        '参数 issues“yes”无效，可选：1',
        '参数 group“x”无效，可选：project、none',
        '参数 at“top”无效，可选：table',
      ],
      `/performance?q=${encodeURIComponent('满意度')}`,
    );
    await expect(page.getByRole('searchbox')).toHaveValue('满意度');
    await expectAccessible(page);
  });

  test('数据集: a malformed d opens the default dataset and says so', async ({ page }) => {
    await page.goto('./#/overview?d=..%2F..%2Fetc');
    await expectNotice(page, ['参数 d“../../etc”格式不对：数据集编号只含字母、数字、- 和 _'], '/overview');
    await expect(page.getByRole('combobox', { name: '数据集' })).toHaveValue('339-2024');
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
  });

  test('汇报模式: unknown and malformed slides are dropped, the valid ones shown', async ({ page }) => {
    await page.goto('./#/present?slides=nope,function%2Fabc,change&slide=abc');
    await expectNotice(
      page,
      [
        '参数 slide“abc”格式不对：页码应为 1 到 999 的整数',
        '幻灯片 nope 没有对应的视图',
        '功能分类科目编码“abc”格式不对：功能分类科目编码应为 3、5 或 7 位数字',
      ],
      '/present?slides=function,change&slide=1',
    );
    const slide = page.getByTestId('present-slide');
    await expect(slide).toHaveAttribute('data-route', 'function');
    await waitForView(page);
    await expectAccessible(page);
  });
});

test.describe('well-formed codes the dataset does not have: the view says so and links the valid state', () => {
  test('功能分类 206/12345', async ({ page }) => {
    await page.goto('./#/function/206/12345?measure=basic');
    const notice = page.getByTestId('function-unknown');
    await expect(notice).toContainText('链接中的科目编码 “12345” 在本数据中不存在');
    await notice.getByRole('link', { name: '打开有效的链接' }).click();
    await expect(page).toHaveURL(/#\/function\/206\?measure=basic$/);
    await expect(page.getByTestId('function-unknown')).toHaveCount(0);
  });

  test('基本与项目 999 and 人员与公用 399', async ({ page }) => {
    await page.goto('./#/basic-project/215/99999');
    const bp = page.getByRole('status').filter({ hasText: '没有找到科目 99999' });
    await expect(bp.getByRole('link', { name: '打开有效的链接' })).toHaveAttribute(
      'href',
      '#/basic-project/215',
    );
    await page.goto('./#/personnel-public/399');
    const pp = page.getByRole('status').filter({ hasText: '没有找到经济分类科目 399' });
    await pp.getByRole('link', { name: '打开有效的链接' }).click();
    await expect(page).toHaveURL(/#\/personnel-public$/);
    await expectAccessible(page);
  });
});
