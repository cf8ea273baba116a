/**
 * The strict Content-Security-Policy (scripts/security-headers.ts, docs/deployment.md): the
 * preview server sends it with every file, only the configured portals may frame the app,
 * and the guard every spec runs under (e2e/support.ts) notices and fails on violations.
 */
import { contentSecurityPolicy } from '../scripts/security-headers';
import { E2E_FRAME_ANCESTORS } from './fixtures/portal';
import {
  type CspViolation,
  type CspViolations,
  describeCspViolations,
  expect,
  openView,
  test,
} from './support';

const POLICY = contentSecurityPolicy(E2E_FRAME_ANCESTORS);

/** Polls the fixture until the violations seen so far include every directive in `wanted`. */
async function collect(violations: CspViolations, wanted: string[]): Promise<CspViolation[]> {
  const seen: CspViolation[] = [];
  await expect
    .poll(() => {
      seen.push(...violations.take());
      return seen.map((v) => v.directive);
    })
    .toEqual(expect.arrayContaining(wanted));
  return seen;
}

test.describe('Content-Security-Policy', () => {
  test('the preview server sends the strict policy with the page, its scripts, styles and data', async ({
    page,
    request,
  }) => {
    expect(POLICY).toBe(
      "default-src 'self'; script-src 'self' 'sha256-AqpU3GqZoGtgFY10wAqeedYJQ+9s+uZ4KmzTUwqV3jM='; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'self' http://portal.test",
    );
    const response = await page.goto('./#/overview');
    expect(response!.headers()['content-security-policy']).toBe(POLICY);
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    const script = await page.locator('script[type="module"]').getAttribute('src');
    const style = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect(script).toMatch(/^\.\/assets\/.+\.js$/);
    expect(style).toMatch(/^\.\/assets\/.+\.css$/);
    for (const path of [script!, style!, 'data/index.json', 'data/339-2024.json', 'embed.js']) {
      const file = await request.get(path);
      expect(file.status(), path).toBe(200);
      expect(file.headers()['content-security-policy'], path).toBe(POLICY);
    }
  });

  test('an injected inline script and style attribute are refused and reported', async ({
    page,
    cspViolations,
  }) => {
    await openView(page, 'overview');
    const outcome = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const probe = document.createElement('div');
      probe.innerHTML = '<span id="csp-probe" style="color: rgb(255, 0, 0)">probe</span>';
      document.body.append(probe);
      return {
        script: (window as unknown as { __injected?: boolean }).__injected === true,
        color: getComputedStyle(document.getElementById('csp-probe')!).color,
        inherited: getComputedStyle(probe).color,
      };
    });
    expect(outcome.script).toBe(false);
    expect(outcome.color).not.toBe('rgb(255, 0, 0)');
    expect(outcome.color).toBe(outcome.inherited);
    const seen = await collect(cspViolations, ['script-src-elem', 'style-src-attr']);
    const report = describeCspViolations(seen);
    expect(report).toContain('script-src-elem blocked inline');
    expect(report).toContain('style-src-attr blocked inline');
  });

  test('a test that trips the policy fails (the guard is on in every spec)', async ({ page }) => {
    test.fail(true, 'the cspViolations fixture must fail this test: it runs an inline script');
    await openView(page, 'overview');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true;';
          document.body.append(script);
        }),
    );
    // Nothing else in this test can fail: only the fixture's check after it.
  });

  test('a site that frame-ancestors does not name cannot frame the app', async ({ page, baseURL }) => {
    await page.route('http://elsewhere.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>别处</title><iframe src="${baseURL}#/overview?embed=1" title="预算透视"></iframe>`,
      }),
    );
    await page.goto('http://elsewhere.test/');
    // Chromium replaces a refused frame with its error page (and reports the refusal only
    // to the framed site, so the framing page gets no event).
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    await expect(page.frameLocator('iframe').getByRole('heading', { name: '概览' })).toHaveCount(0);
    // The same frame on the named portal loads: e2e/embed.spec.ts.
  });
});
