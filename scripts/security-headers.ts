/**
 * The one definition of the HTTP security headers Budget Lens is built and tested for.
 * vite.config.ts sends them from the preview server (`npm run preview`, the e2e tests),
 * docs/deployment.md prints the same policy for hosts (scripts/security-headers.test.ts
 * checks that the doc and this module agree), and Playwright fails any test that trips it.
 *
 * Why each directive is what it is:
 * - `script-src 'self' 'sha256-…'`: the build emits only module scripts from assets/ (no
 *   eval), plus ONE fixed inline line in index.html, allowed by its exact hash: it adds the
 *   trailing slash when a server serves the app's folder without one (a sub-folder
 *   deployment would otherwise load every relative asset from the parent folder). Anything
 *   else is an injection.
 * - workers: no `worker-src` (nor `child-src`) is sent, so workers fall back to `script-src
 *   'self'`: the import worker and pdf.js's worker (导入, `src/features/import/`) are module
 *   files in assets/; a `blob:` or `data:` worker is refused.
 * - `style-src 'self'`: style sheets come from assets/. React sets the `style` prop through
 *   the CSSOM (`element.style.setProperty`), and ECharts positions its canvas and tooltip
 *   the same way (`style.cssText`); CSP does not restrict CSSOM writes, only `<style>`
 *   elements and `style="…"` attributes parsed from markup, which the app never produces
 *   (ECharts tooltips are built as DOM nodes or plain text, never HTML strings with styles).
 * - `img-src`, `font-src`, `connect-src 'self'`: the favicon, the system fonts and the
 *   data files (`data/*.json`) all come from the app's own folder; nothing from third parties.
 * - `object-src 'none'`, `base-uri 'none'`, `form-action 'none'`: no plugins, no `<base>`,
 *   no form is ever submitted (filters live in the URL hash).
 * - `frame-ancestors`: who may put the app in an iframe; configurable per deployment
 *   (`BUDGET_LENS_FRAME_ANCESTORS`), `'self'` by default so nobody frames it by accident.
 */

/** Environment variable naming the origins that may frame the app (space-separated CSP sources). */
export const FRAME_ANCESTORS_ENV = 'BUDGET_LENS_FRAME_ANCESTORS';

/** frame-ancestors when the deployment names no portal: only the app's own origin. */
export const DEFAULT_FRAME_ANCESTORS = "'self'";

/**
 * CSP source of index.html's only inline script (the trailing-slash fix); the unit test
 * scripts/index-html.test.ts hashes the script in index.html and the built dist/ against it.
 */
export const INDEX_INLINE_SCRIPT_HASH = "'sha256-AqpU3GqZoGtgFY10wAqeedYJQ+9s+uZ4KmzTUwqV3jM='";

/** The policy's directives except frame-ancestors, in the order they are sent. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${INDEX_INLINE_SCRIPT_HASH}`],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** One frame-ancestors source: a keyword, `*`, or an http(s) origin (host may start with `*.`). */
const SOURCE = /^(?:'self'|'none'|\*|https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)$/i;

/**
 * Checks a frame-ancestors value (space-separated sources, e.g.
 * `'self' https://www.example.gov.cn`) and returns it with single spaces.
 * Throws an Error in Chinese naming the first invalid source (a path, a quote missing,
 * a `;` that would start another directive), or when `'none'` is combined with others.
 */
export function parseFrameAncestors(value: string): string {
  const sources = value.trim().split(/\s+/).filter(Boolean);
  if (sources.length === 0) throw new Error(`${FRAME_ANCESTORS_ENV} 为空：请写 'self'、'none' 或门户的源。`);
  for (const source of sources) {
    if (!SOURCE.test(source))
      throw new Error(
        `${FRAME_ANCESTORS_ENV} 中的 “${source}” 不是有效的 frame-ancestors 源：请写 'self'、'none'、* 或 https://主机[:端口]（不带路径）。`,
      );
  }
  if (sources.includes("'none'") && sources.length > 1)
    throw new Error(`${FRAME_ANCESTORS_ENV} 中的 'none' 不能与其他源同时使用。`);
  return sources.join(' ');
}

/**
 * The Content-Security-Policy header value. `frameAncestors` is checked with
 * parseFrameAncestors (throws on an invalid source).
 */
export function contentSecurityPolicy(frameAncestors: string = DEFAULT_FRAME_ANCESTORS): string {
  return [...CSP_DIRECTIVES, ['frame-ancestors', parseFrameAncestors(frameAncestors)]]
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * Every header the app's server sends with each file: the policy, and `nosniff` so a data
 * file is never run as a script. The frame-ancestors value comes from `env`
 * (BUDGET_LENS_FRAME_ANCESTORS), else DEFAULT_FRAME_ANCESTORS. Throws like
 * parseFrameAncestors on an invalid value.
 */
export function securityHeaders(
  env: Record<string, string | undefined> = process.env,
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(env[FRAME_ANCESTORS_ENV] ?? DEFAULT_FRAME_ANCESTORS),
    'X-Content-Type-Options': 'nosniff',
  };
}
