/**
 * Any static host (issue 13): the built app served by a plain static server that sends no
 * extra header at all (no CORS, no CSP, no redirect), on one origin, and a portal page on
 * another origin. The documented snippet shows the view and sizes its frame; a bare
 * <iframe> with only `src` (query `?embed=1` before the `#`) plus embed.js is sized too,
 * also when added later or first hidden; foreign messages change nothing; and the app loads
 * from a sub-folder URL without its trailing slash.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from './fixtures/static-server';
import { expect, saveScreenshot, test } from './support';

/** The folder Playwright's webServer built (playwright.config.ts). */
const DIST = resolve(process.env.E2E_OUT_DIR ?? 'dist');

let app: StaticServer;
let portal: StaticServer;

test.beforeAll(async () => {
  app = await startStaticServer({ '/': DIST, '/budget/2024': DIST });
  portal = await startStaticServer();
});
test.afterAll(async () => {
  await app.close();
  await portal.close();
});

const portalPage = (body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>某区政府信息公开门户</title></head>
<body><h1>部门预算公开</h1><div id="box">${body}</div><p>页面底部</p></body></html>`;

/** The embedded app's frame (the first frame whose URL asks for embed mode). */
function appFrame(page: Page, index = 0): Frame {
  const frames = page.frames().filter((f) => f.url().startsWith(app.origin));
  const frame = frames[index];
  if (!frame) throw new Error(`no app frame #${index}`);
  return frame;
}

/** The iframe's rendered height, and the height of the document inside it. */
async function heights(page: Page, index = 0): Promise<{ frame: number; content: number }> {
  const frame = await page
    .locator('iframe')
    .nth(index)
    .evaluate((el: HTMLIFrameElement) => el.clientHeight);
  const content = await appFrame(page, index).evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  return { frame, content };
}

async function expectSized(page: Page, index = 0): Promise<void> {
  await expect
    .poll(async () => {
      const h = await heights(page, index);
      return h.frame > 640 && h.frame === h.content;
    })
    .toBe(true);
}

test.describe('any static host, no special headers', () => {
  test('the 嵌入代码 snippet on a portal of another origin shows the view and sizes its frame', async ({
    page,
  }) => {
    test.slow(); // the app twice: the dashboard for the snippet, then inside the portal
    await page.goto(`${app.origin}/#/function/206`);
    await page.getByRole('button', { name: '嵌入代码' }).click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups');
    expect(snippet).toContain(`<script src="${app.origin}/embed.js" defer></script>`);
    portal.page('/snippet.html', portalPage(snippet));

    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${portal.origin}/snippet.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
    // 206 科学技术支出 as the disclosure prints it (339-2024, 万元).
    await expect(frame.locator('main')).toContainText('科学技术支出');
    await expect(frame.locator('.chart[data-rendered="true"]')).not.toHaveCount(0);
    await expectSized(page);
    // The frame is not the portal: it cannot reach the portal's page (another origin).
    expect(
      await appFrame(page).evaluate(() => {
        try {
          return window.parent.document.title;
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');
    await saveScreenshot(page, 'static-host-snippet');
    expect(errors).toEqual([]);
  });

  test('a bare <iframe src="…/?embed=1#/function/206"> plus embed.js is sized, also added later or first hidden', async ({
    page,
  }) => {
    test.slow(); // three frames of the app on one page
    const bare = `<iframe src="${app.origin}/?embed=1#/function/206" title="功能分类"></iframe>`;
    portal.page(
      '/bare.html',
      portalPage(`${bare}<div id="later"></div><script src="${app.origin}/embed.js"></script>`),
    );
    await page.goto(`${portal.origin}/bare.html`);
    const first = page.frameLocator('iframe').first();
    // embed=1 before the # is embed mode: no header, no navigation, the embed bar.
    await expect(first.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
    await expect(first.locator('.app-header, .app-nav')).toHaveCount(0);
    await expect(first.locator('.embed-bar')).toContainText('打开完整看板');
    await expect(first.getByRole('link', { name: /打开完整看板/ })).toHaveAttribute(
      'href',
      `${app.origin}/#/function/206`,
    );
    await expectSized(page, 0);

    // A frame added after load, inside a hidden panel (a closed tab of the portal), then shown.
    await page.evaluate((src) => {
      const box = document.getElementById('later')!;
      box.hidden = true;
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.title = '概览';
      box.append(iframe);
    }, `${app.origin}/?embed=1#/overview`);
    await expect.poll(() => page.frames().filter((f) => f.url().startsWith(app.origin)).length).toBe(2);
    await page.evaluate(() => {
      document.getElementById('later')!.hidden = false;
    });
    await expect(page.frameLocator('iframe').nth(1).getByTestId('card-basic')).toContainText('1,398.08');
    await expect(page.frameLocator('iframe').nth(1).locator('.chart[data-rendered="true"]')).not.toHaveCount(
      0,
    );
    // Below the first frame (off screen, where Chromium does not lay out a cross-origin
    // frame), it still takes its content's height.
    await expectSized(page, 1);
    await saveScreenshot(page, 'static-host-bare');
  });

  test('foreign messages are ignored: from the portal itself, and malformed ones from the frame', async ({
    page,
  }) => {
    portal.page(
      '/foreign.html',
      portalPage(
        `<iframe src="${app.origin}/?embed=1#/overview" title="概览"></iframe><script src="${app.origin}/embed.js"></script>`,
      ),
    );
    await page.goto(`${portal.origin}/foreign.html`);
    await expect(page.frameLocator('iframe').getByTestId('card-basic')).toContainText('1,398.08');
    await expect(page.frameLocator('iframe').locator('.chart[data-rendered="true"]')).not.toHaveCount(0);
    await expectSized(page);
    const before = (await heights(page)).frame;
    // The portal's own window and the frame with wrong shapes: none may resize the frame.
    await page.evaluate(() =>
      window.postMessage({ source: 'budget-lens', version: 1, type: 'budget-lens:resize', height: 5 }, '*'),
    );
    await appFrame(page).evaluate(() => {
      const p = window.parent;
      p.postMessage({ source: 'budget-lens', version: 2, type: 'budget-lens:resize', height: 6 }, '*');
      p.postMessage({ source: 'other', version: 1, type: 'budget-lens:resize', height: 7 }, '*');
      p.postMessage({ source: 'budget-lens', version: 1, type: 'budget-lens:resize', height: -8 }, '*');
      p.postMessage('budget-lens:resize 9', '*');
    });
    // A valid message after them proves they were all handled (messages arrive in order).
    await appFrame(page).evaluate(() =>
      window.parent.postMessage(
        { source: 'budget-lens', version: 1, type: 'budget-lens:resize', height: 1234 },
        '*',
      ),
    );
    await expect.poll(async () => (await heights(page)).frame).toBe(1234);
    expect(before).not.toBe(1234);
  });

  test('served from a sub-folder without the trailing slash (/budget/2024), the app still loads', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.origin}/budget/2024#/overview`);
    await expect(page).toHaveURL(`${app.origin}/budget/2024/#/overview`);
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    // Query before the hash, from the sub-folder: embed mode and the dataset both apply.
    await page.goto(`${app.origin}/budget/2024?embed=1&d=putuo-finance-2024-final#/overview`);
    await expect(page).toHaveURL(
      /\/budget\/2024\/#\/overview\?(?=.*embed=1)(?=.*d=putuo-finance-2024-final)/,
    );
    await expect(page.locator('.embed-bar')).toBeVisible();
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(page.locator('main')).toContainText('2,995.39');
    expect(errors).toEqual([]);
  });
});
