/**
 * Embed mode (issue 6): the app inside a portal's sandboxed iframe. The portal page is
 * e2e/fixtures/host.html, served at http://portal.test/ with page.route, carrying the
 * snippet from the 嵌入代码 dialog made into the documented strict variant (sandbox="allow-scripts"
 * only: an opaque origin, with the CORS header docs/embedding.md asks for then). The default
 * snippet on a plain static host: e2e/static-host.spec.ts. The app's
 * CSP lets this portal frame it (frame-ancestors, e2e/fixtures/portal.ts).
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { PORTAL_ORIGIN } from './fixtures/portal';
import { expect, expectAccessible, openView, saveScreenshot, test } from './support';

const HOST = `${PORTAL_ORIGIN}/budget.html`;
const hostTemplate = readFileSync(new URL('./fixtures/host.html', import.meta.url), 'utf8');

/**
 * Serves the portal page with `snippet`, and serves the app as docs/embedding.md asks a
 * deployment to: with `Access-Control-Allow-Origin: *`, which a frame sandboxed without
 * allow-same-origin (opaque origin "null") needs to load module scripts and data.
 */
async function servePortal(page: Page, baseURL: string, snippet: string): Promise<void> {
  await page.route(`${baseURL}**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  await page.route(`${PORTAL_ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: hostTemplate.replace('<!-- BUDGET_LENS_SNIPPET -->', snippet),
    }),
  );
}

/** Opens the 嵌入代码 dialog on `route` and returns its snippet. */
async function snippetFromDialog(page: Page, route: string): Promise<string> {
  await openView(page, route);
  await page.getByRole('button', { name: '嵌入代码' }).click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  await page.keyboard.press('Escape');
  return snippet;
}

function appFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  if (!frame) throw new Error('no embedded app frame');
  return frame;
}

/** The frame's style height in px and the height of the content inside it. */
async function heights(page: Page): Promise<{ frame: number; content: number }> {
  const frame = await page
    .locator('iframe[data-budget-lens]')
    .evaluate((el: HTMLIFrameElement) => el.clientHeight);
  const content = await appFrame(page).evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  return { frame, content };
}

const hostHash = (page: Page) => page.evaluate(() => window.location.hash);

test.describe('嵌入 (embed mode)', () => {
  test('shows only the view, its title and the source / full-dashboard link, from 320 px up', async ({
    page,
    baseURL,
  }) => {
    test.slow(); // two sizes photographed, then axe
    for (const [w, h, name] of [
      [320, 640, 'embed-overview-320'],
      [1280, 720, 'embed-overview-1280'],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await openView(page, 'overview?embed=1');
      await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
      await expect(page.locator('.app-header, .app-nav, .app-footer, .skip-link')).toHaveCount(0);
      await expect(page.locator('.embed-bar')).toContainText('数据来源');
      const full = page.getByRole('link', { name: /打开完整看板/ });
      await expect(full).toHaveAttribute('href', `${baseURL}#/overview`);
      await expect(full).toHaveAttribute('target', '_blank');
      await expect(full).toHaveAttribute('rel', 'noopener');
      // No horizontal page scroll at 320 px: wide tables scroll inside their own region.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${w} px` })
        .toBeLessThanOrEqual(w);
      await saveScreenshot(page, name);
    }
    await expectAccessible(page);
  });

  test('in-app links keep embed=1 and the full-dashboard link follows the deep link', async ({
    page,
    baseURL,
  }) => {
    await openView(page, 'function/206?embed=1');
    await expect(page.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
    await expect(page.getByRole('link', { name: /打开完整看板/ })).toHaveAttribute(
      'href',
      `${baseURL}#/function/206`,
    );
    await expect(page.locator('main a[href^="#/"]')).not.toHaveCount(0);
    await expect(page.locator('main a[href^="#/"]:not([href*="embed=1"])')).toHaveCount(0);
  });

  test('works when storage is blocked', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openView(page, 'overview?embed=1');
    await expect(page.getByTestId('card-basic')).toContainText('1,398.08');
    expect(errors).toEqual([]);
  });

  test('a sandboxed frame on a portal sizes itself, deep-links, and keeps the portal URL in step', async ({
    page,
    baseURL,
  }) => {
    test.slow(); // the dashboard, then the portal with the app loaded three times in its frame
    const snippet = (await snippetFromDialog(page, 'overview')).replace(
      /sandbox="[^"]*"/,
      'sandbox="allow-scripts"',
    );
    expect(snippet).toContain('sandbox="allow-scripts"');
    await servePortal(page, baseURL!, snippet);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(HOST);
    const frame = page.frameLocator('iframe[data-budget-lens]');
    await expect(frame.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
    await expect(frame.getByTestId('card-basic')).toContainText('1,398.08');
    await expect(frame.locator('.chart[data-rendered="false"]')).toHaveCount(0);
    // The frame takes exactly the content's height (no inner scrollbar, no gap).
    await expect.poll(async () => (await heights(page)).frame).toBe((await heights(page)).content);
    const overviewHeight = (await heights(page)).frame;
    expect(overviewHeight).toBeGreaterThan(640);
    expect(await hostHash(page)).toBe(''); // untouched until the reader moves

    // Navigating inside the frame updates the portal's hash; the frame resizes to the new view.
    await appFrame(page).evaluate(() => {
      window.location.hash = '#/function/206?embed=1';
    });
    await expect(frame.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
    await expect.poll(() => hostHash(page)).toBe('#budget=function%2F206');
    await expect(frame.locator('.chart[data-rendered="false"]')).toHaveCount(0);
    await expect.poll(async () => (await heights(page)).frame).not.toBe(overviewHeight);
    await expect.poll(async () => (await heights(page)).frame).toBe((await heights(page)).content);

    // The portal changes its hash (a link or the reader): the frame follows.
    await page.evaluate(() => {
      window.location.hash = '#budget=overview';
    });
    await expect(frame.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
    await expect.poll(async () => (await heights(page)).frame).toBe(overviewHeight);

    // A reload of the portal URL restores the view and level in the frame.
    await page.goto(`${HOST}#budget=function%2F206`);
    await expect(frame.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
    expect(appFrame(page).url()).toContain('#/function/206?embed=1');
    await saveScreenshot(page, 'embed-host-function-206');
    expect(errors).toEqual([]);
  });

  test('foreign and malformed messages change nothing, on either side', async ({ page, baseURL }) => {
    await servePortal(
      page,
      baseURL!,
      (await snippetFromDialog(page, 'overview')).replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts"'),
    );
    await page.goto(`${HOST}#budget=function%2F206`);
    const frame = page.frameLocator('iframe[data-budget-lens]');
    await expect(frame.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
    await expect(frame.locator('.chart[data-rendered="false"]')).toHaveCount(0);
    await expect.poll(async () => (await heights(page)).frame).toBe((await heights(page)).content);
    const before = {
      hash: await hostHash(page),
      height: (await heights(page)).frame,
      url: appFrame(page).url(),
    };

    // To the app: wrong source, wrong version, unsafe route, garbage, and a valid-looking
    // request that does not come from the parent window (the frame posting to itself).
    await page.evaluate(() => {
      const win = document.querySelector<HTMLIFrameElement>('iframe[data-budget-lens]')!.contentWindow!;
      win.postMessage(
        { source: 'other-app', version: 1, type: 'budget-lens:navigate', route: 'change' },
        '*',
      );
      win.postMessage(
        { source: 'budget-lens', version: 2, type: 'budget-lens:navigate', route: 'change' },
        '*',
      );
      win.postMessage(
        { source: 'budget-lens', version: 1, type: 'budget-lens:navigate', route: 'https://evil.example/' },
        '*',
      );
      win.postMessage('budget-lens:navigate change', '*');
    });
    await appFrame(page).evaluate(() => {
      window.postMessage(
        { source: 'budget-lens', version: 1, type: 'budget-lens:navigate', route: 'overview' },
        '*',
      );
    });
    // To the host: valid-looking messages from the host itself and from another frame.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.addEventListener('message', (e) => {
            if (e.data === 'intruder-done') resolve();
          });
          window.postMessage(
            { source: 'budget-lens', version: 1, type: 'budget-lens:resize', height: 5 },
            '*',
          );
          window.postMessage(
            { source: 'budget-lens', version: 1, type: 'budget-lens:navigate', route: 'change' },
            '*',
          );
          const intruder = document.createElement('iframe');
          intruder.setAttribute('sandbox', 'allow-scripts');
          intruder.srcdoc = `<script>
            parent.postMessage({ source: 'budget-lens', version: 1, type: 'budget-lens:resize', height: 7 }, '*');
            parent.postMessage({ source: 'budget-lens', version: 1, type: 'budget-lens:navigate', route: 'change' }, '*');
            parent.postMessage('intruder-done', '*');
          </script>`;
          document.body.append(intruder);
        }),
    );
    // A round trip through both sides proves the foreign messages above were already handled.
    await appFrame(page).evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(await hostHash(page)).toBe(before.hash);
    expect(appFrame(page).url()).toBe(before.url);
    expect((await heights(page)).frame).toBe(before.height);
    await expect(frame.getByRole('heading', { level: 1, name: '功能分类' })).toBeVisible();
  });

  test('嵌入代码 dialog: snippet for the current view, copy, focus trap, Esc returns focus', async ({
    page,
    baseURL,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await openView(page, 'function/206');
    const trigger = page.getByRole('button', { name: '嵌入代码' });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: '嵌入代码' });
    await expect(dialog).toBeVisible();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    // The snippet names the dataset (?d=), so a later default does not change what it shows.
    expect(snippet).toContain(`<iframe src="${baseURL}#/function/206?d=339-2024&amp;embed=1"`);
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toMatch(/title="功能分类 · [^"]+"/);
    expect(snippet).toContain(`<script src="${baseURL}embed.js" defer></script>`);

    await dialog.getByRole('button', { name: '复制代码' }).click();
    await expect(dialog.getByRole('status')).toHaveText('已复制');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // Focus stays in the modal dialog however far one tabs.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      await expect(page.locator('dialog:focus-within')).toHaveCount(1);
    }
    await saveScreenshot(page, 'embed-dialog-1280');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('copy falls back to selecting the text when the clipboard is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await openView(page, 'overview');
    await page.getByRole('button', { name: '嵌入代码' }).click();
    await page.getByRole('button', { name: '复制代码' }).click();
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/已复制|已选中代码/);
    const selected = await page.evaluate(() => {
      const t = document.querySelector<HTMLTextAreaElement>('[data-testid="embed-snippet"]')!;
      return t.value.slice(t.selectionStart, t.selectionEnd);
    });
    expect(selected).toContain('<iframe src=');
  });
});
