/**
 * The one way text from a dataset reaches an ECharts option (issue 9, "no script from
 * data"). Names, notes and every other dataset string can come from any PDF, so:
 *
 * - Tooltips are DOM nodes built with textContent (ECharts accepts an HTMLElement from a
 *   tooltip formatter and appends it), never HTML strings: a 科目名称 holding
 *   `<img src=x onerror=…>` shows as those characters. Colour markers are spans coloured
 *   through element.style (CSSOM), which a Content-Security-Policy with `style-src 'self'`
 *   allows, unlike inline `style="…"` in HTML strings such as ECharts' default markers.
 * - Labels are formatter functions (a formatter STRING is an ECharts template: `{b}` or
 *   `{c}` in a name would be replaced). Labels with rich styles get their data text through
 *   richSegment(), which neutralises the rich-text markup characters `{ | }`.
 *
 * Lint (eslint.config.js) forbids a `formatter:` property anywhere in src/features/, so every
 * option builder goes through these helpers; src/charts/chart-text.test.ts runs every
 * builder on the hostile fixture (e2e/fixtures/hostile-339-2024.json).
 */

/** One line of a tooltip. */
export interface TooltipLine {
  /** Plain text of the line (set as textContent: never parsed as HTML). */
  text: string;
  /** #rrggbb colour of a round marker before the text (the series colour). */
  color?: string;
  /** The heading line (科目 code and name): bold. */
  strong?: boolean;
}

/** Lines a name may take in a tooltip before it is cut (the whole text stays in the node). */
const NAME_LINES = 3;

/**
 * Builds a tooltip as DOM: one block per line, text through textContent, the marker a span
 * coloured through element.style. Long words (a 10,000-character name without spaces) wrap
 * anywhere, and a heading longer than three lines is clamped with an ellipsis. Sizes are in
 * em so they follow the tooltip's textStyle.fontSize (scaled ×1.5 in 汇报模式).
 * Needs a DOM (`document`); ECharts calls it on hover, in the browser.
 */
export function tooltipNode(lines: readonly TooltipLine[]): HTMLElement {
  const root = document.createElement('div');
  root.className = 'chart-tooltip';
  Object.assign(root.style, {
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    maxWidth: 'min(26em, 80vw)',
    lineHeight: '1.5',
  });
  for (const line of lines) {
    const row = document.createElement('div');
    row.className = line.strong ? 'chart-tooltip__head' : 'chart-tooltip__line';
    if (line.color) {
      const marker = document.createElement('span');
      marker.className = 'chart-tooltip__marker';
      marker.setAttribute('aria-hidden', 'true');
      Object.assign(marker.style, {
        display: 'inline-block',
        width: '0.75em',
        height: '0.75em',
        borderRadius: '50%',
        marginRight: '0.4em',
        verticalAlign: 'baseline',
        backgroundColor: line.color,
      });
      row.append(marker);
    }
    const text = document.createElement('span');
    text.textContent = line.text;
    row.append(text);
    if (line.strong) {
      row.style.fontWeight = '600';
      row.style.overflow = 'hidden';
      row.style.display = '-webkit-box';
      row.style.setProperty('-webkit-box-orient', 'vertical');
      row.style.setProperty('-webkit-line-clamp', String(NAME_LINES));
    }
    root.append(row);
  }
  return root;
}

/** What a tooltip shows for the hovered item(s); null = no tooltip. */
export type TooltipLines<P> = (params: P) => readonly TooltipLine[] | null;

/**
 * An ECharts tooltip option whose formatter returns tooltipNode(lines(params)). `trigger`
 * 'axis' passes an array of params (one per series), 'item' one. Confined to the chart (no
 * page overflow, and no arrow: ECharts draws the arrow as an HTML string with inline style).
 * `extra` adds plain options (axisPointer, textStyle) but never a formatter.
 */
export function chartTooltip<P>(
  trigger: 'item' | 'axis',
  lines: TooltipLines<P>,
  extra: Record<string, unknown> = {},
) {
  return {
    ...extra,
    trigger,
    renderMode: 'html' as const,
    confine: true,
    formatter: (params: P): HTMLElement | '' => {
      const content = lines(params);
      return content && content.length > 0 ? tooltipNode(content) : '';
    },
  };
}

/** Index of the hovered category from an 'axis' tooltip's params (first series). */
export function axisIndex(params: readonly { dataIndex: number }[]): number {
  return params[0]?.dataIndex ?? 0;
}

/**
 * A label formatter showing fixed text, e.g. `label: { show: true, ...labelText('1.80') }`.
 * A function, so ECharts never reads the text as a template ({b}, {c}). Only for labels
 * without rich styles; with them, build the text with richSegment().
 */
export function labelText(text: string) {
  return { formatter: () => text };
}

/**
 * A label formatter computed per item (treemap blocks, axis labels): the function's result
 * is shown as it is. Data text in it must go through richSegment() when the label has rich
 * styles.
 */
export function labelFormatter<P extends unknown[]>(format: (...params: P) => string) {
  return { formatter: format };
}

/** Rich-text markup characters and the full-width forms that replace them in data text. */
const RICH_MARKUP: Record<string, string> = { '{': '｛', '}': '｝', '|': '｜' };

/**
 * Data text made safe inside ECharts rich text: `{`, `|`, `}` become their full-width forms
 * ｛ ｜ ｝, so a name cannot close a segment or open a style of its own (ECharts rich text has
 * no escape). Used by richSegment; exported for tests.
 */
export function richTextSafe(text: string): string {
  return text.replace(/[{}|]/g, (c) => RICH_MARKUP[c]!);
}

/** One rich-text segment `{style|text}` with the text neutralised (richTextSafe). */
export function richSegment(style: string, text: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(style)) throw new Error(`rich style name "${style}" is not [A-Za-z0-9_]+`);
  return `{${style}|${richTextSafe(text)}}`;
}

/** Lines a 科目名称 may take as a category-axis label before it is cut with "…". */
export const AXIS_NAME_LINES = 3;

/**
 * Style of a category axis whose labels are dataset names ("206 科学技术支出"): wrapped
 * within `width` px and cut after AXIS_NAME_LINES lines with "…", so a long name (a PDF can
 * hold any) cannot take the plot's height and squash the bars to nothing (containLabel
 * makes room for the whole label). The full name stays in the tooltip and the table twin.
 * `height` is lines × lineHeight; scaleFontSizes scales it with them in 汇报模式.
 */
export function nameAxisLabel({
  fontSize,
  width,
  color,
}: {
  fontSize: number;
  width: number;
  color: string;
}) {
  const lineHeight = Math.round(fontSize * 1.3);
  return {
    fontSize,
    color,
    width,
    overflow: 'break' as const,
    lineHeight,
    height: lineHeight * AXIS_NAME_LINES,
    lineOverflow: 'truncate' as const,
    ellipsis: '…',
  };
}
