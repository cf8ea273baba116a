/**
 * Text measurement for ECharts (installed by ./echarts.ts with `echarts.setPlatformAPI`), and
 * the page's font stack for chart text (issue 12: the first draw of the overview's bar chart
 * spent ~100 ms of a 4×-slowed CPU in canvas measureText).
 *
 * Where the time went, and what this changes:
 * - ECharts builds, per font, a width table of all 128 ASCII codes. Measuring one of the 33
 *   control characters (U+0000–U+001F, U+007F) has no glyph to find, so Chromium searches the
 *   installed fonts for one: ~1 ms each on a slow phone, a third of the chart's measuring.
 *   They are never drawn (a label has none), so their width here is 0, without the canvas.
 * - One canvas context per font: measuring labels of two fonts in turn (axis labels, bar
 *   labels) does not set `ctx.font` (a CSS font parse) on every call.
 * - ECharts' default family, `sans-serif`, is on many systems a font without Chinese, so each
 *   Chinese label went through font fallback; chart text now names the page's own stack
 *   (`--font` in styles.css: Noto Sans CJK SC, PingFang SC, Microsoft YaHei, …), which also
 *   makes chart labels the same face as the tables beside them.
 */

/** The widths ECharts reads (zrender's Platform.measureText result). */
export interface TextMetricsLike {
  width: number;
}

/** True when every character of `text` (not empty) is a control character (no glyph, never drawn). */
function onlyControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x1f && code !== 0x7f) return false;
  }
  return true;
}

const contexts = new Map<string, CanvasRenderingContext2D | null>();

/** The 2D context measuring `font` (created once per font); null where there is no canvas. */
function contextFor(font: string): CanvasRenderingContext2D | null {
  let ctx = contexts.get(font);
  if (ctx === undefined) {
    ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (ctx) ctx.font = font;
    contexts.set(font, ctx);
  }
  return ctx;
}

/**
 * Measures `text` in the CSS font `font` (default ECharts' "12px sans-serif"), as ECharts'
 * own platform measureText does, with the two savings above.
 *
 * @returns `{ width }` in CSS pixels; 0 for an empty text or one of control characters only.
 *   Where no canvas exists (Node, a test environment), an estimate from the font size: 1 em
 *   for a character past U+00FF (Chinese), 0.6 em for the others (ECharts' own fallback,
 *   replaced here, used a table of Latin widths; no shipped path draws a chart without a canvas).
 */
export function measureChartText(text: string, font = '12px sans-serif'): TextMetricsLike {
  if (!text || onlyControlCharacters(text)) return { width: 0 };
  const ctx = contextFor(font);
  if (ctx) return { width: ctx.measureText(text).width };
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0)! > 0xff ? 1 : 0.6) * size;
  return { width };
}

let pageFont: string | undefined;

/**
 * The page's font stack (the `--font` custom property of :root, styles.css), for chart text:
 * e.g. "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', …, sans-serif".
 * Read once it is set; "sans-serif" while it is missing (no stylesheet yet, a test environment).
 */
export function chartFontFamily(): string {
  if (pageFont === undefined) {
    const value =
      typeof document === 'undefined'
        ? ''
        : getComputedStyle(document.documentElement).getPropertyValue('--font').trim();
    // A stylesheet not applied yet is asked again next time.
    if (!value) return 'sans-serif';
    pageFont = value;
  }
  return pageFont;
}
