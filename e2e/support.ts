/**
 * Shared helpers for the Playwright specs: the `test` every spec uses (it fails a test on
 * any Content-Security-Policy violation), open a view and wait until it has really
 * rendered (no spinner, every chart marked data-rendered), scan it with axe, and save a
 * screenshot under e2e/screenshots/ for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** One violation of the page's CSP, as the browser reported it. */
export interface CspViolation {
  /** The directive that blocked it, e.g. `script-src-elem`, `style-src-attr`, `frame-ancestors`. */
  directive: string;
  /** What was blocked: a URL, or `inline` / `eval`; for a console report, its text. */
  blocked: string;
  /** Where: the document URL, file and line when the browser names them. */
  where: string;
}

/** The violations recorded in a test so far; `take()` returns and forgets them. */
export interface CspViolations {
  take(): CspViolation[];
}

/** A readable list of violations, one per line (directive, blocked resource, where). */
export function describeCspViolations(violations: CspViolation[]): string {
  return violations.map((v) => `${v.directive} blocked ${v.blocked} (${v.where})`).join('\n');
}

/** Chrome's console text for a violation: `Refused to … directive: "frame-ancestors 'self'"…`. */
function fromConsole(text: string, url: string): CspViolation {
  const directive = /directive: "([a-z-]+)/.exec(text)?.[1] ?? 'unknown';
  return { directive, blocked: text.slice(0, 200), where: url };
}

/**
 * Every spec imports `test` from here. Its automatic `cspViolations` fixture listens in
 * every page and frame of the context for `securitypolicyviolation` events (an init
 * script) and, as a backstop for reports that reach only the console, for console errors
 * "Refused to …", and fails the test naming each violated directive and blocked resource. A test that provokes a violation on purpose reads it with
 * `cspViolations.take()`, which also clears it.
 */
export const test = base.extend<{ cspViolations: CspViolations; consoleWarnings: void }>({
  cspViolations: [
    async ({ context }, use) => {
      const events: CspViolation[] = [];
      const consoleReports: CspViolation[] = [];
      await context.exposeBinding('__budgetLensCspViolation', (_source, v: CspViolation) => {
        events.push(v);
      });
      await context.addInitScript(() => {
        window.addEventListener(
          'securitypolicyviolation',
          (e) => {
            const report = (window as unknown as { __budgetLensCspViolation?: (v: CspViolation) => void })
              .__budgetLensCspViolation;
            report?.({
              directive: e.effectiveDirective,
              blocked: e.blockedURI || '(none)',
              where: `${e.documentURI} ${e.sourceFile}:${e.lineNumber}${e.sample ? ` “${e.sample}”` : ''}`,
            });
          },
          true,
        );
      });
      context.on('console', (msg) => {
        if (msg.type() === 'error' && msg.text().startsWith('Refused to'))
          consoleReports.push(fromConsole(msg.text(), msg.location().url || msg.page()?.url() || ''));
      });
      await use({ take: () => [...events.splice(0), ...consoleReports.splice(0)] });
      const left = [...events, ...consoleReports];
      if (left.length > 0)
        throw new Error(`Content-Security-Policy violations:\n${describeCspViolations(left)}`);
    },
    { auto: true },
  ],
  // No console warnings, and no hydration failure of the prerendered first screen (React's
  // minified errors 418/419/422/423/425 and their dev wording), on any view (issue 12).
  consoleWarnings: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('console', (msg) => {
        const text = msg.text();
        if (
          msg.type() === 'warning' ||
          (msg.type() === 'error' && /hydrat|Minified React error #4(18|19|22|23|25)\b/i.test(text))
        )
          seen.push(`${msg.type()}: ${text.slice(0, 300)}`);
      });
      context.on('weberror', (e) => {
        if (/Minified React error #4(18|19|22|23|25)\b|hydrat/i.test(e.error().message))
          seen.push(e.error().message);
      });
      await use();
      if (seen.length > 0) throw new Error(`console warnings:\n${seen.join('\n')}`);
    },
    { auto: true },
  ],
});

/** Opens `#/<route>` and waits for data and charts. */
export async function openView(page: Page, route: string): Promise<void> {
  await page.goto(`./#/${route.replace(/^[#/]+/, '')}`);
  await waitForView(page);
}

/**
 * Waits until no loading indicator is left and every chart reports 'finished', and a
 * prerendered screen (src/prerender/) has been hydrated: before that its controls are plain
 * HTML that React resets when it adopts them.
 */
export async function waitForView(page: Page): Promise<void> {
  // Something in the root: a link not prerendered leaves it empty until React's first render
  // (src/app/start.tsx arrives after the page's load event), and an empty root has no
  // loading indicator or chart to wait for either.
  await expect(page.locator('#root > *')).not.toHaveCount(0);
  await expect(page.locator('#root[data-prerendered]:not([data-hydrated])')).toHaveCount(0);
  await expect(page.locator('.loading')).toHaveCount(0);
  // Charts draw one per task after the first paint (src/charts/first-draw.ts): a long page of
  // them (a deck of 49 screens) takes longer than one assertion's 15 s on a loaded machine.
  await expect(page.locator('.chart[data-rendered="false"]')).toHaveCount(0, { timeout: 30_000 });
}

/** Runs axe (WCAG 2.x A and AA) on the page, failing with a readable list. */
export async function expectAccessible(
  page: Page,
  exclude: string[] = [],
  include: string[] = [],
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of include) builder = builder.include(selector);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** Saves a full-page screenshot to e2e/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}
