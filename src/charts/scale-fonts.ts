/**
 * Scales every numeric `fontSize` and `lineHeight` in an ECharts option by a factor, and
 * the grid's numeric pixel margins (which hold axis and bar-end labels) with them,
 * returning a new option (the input is not changed). Used by the chart wrapper in 汇报模式
 * so chart labels grow with the projector-sized type of the rest of the page, without
 * every option builder knowing about presentation mode. Functions (formatters) and
 * non-plain objects are kept as they are.
 */
export function scaleFontSizes<T>(option: T, factor: number): T {
  if (factor === 1) return option;
  const MARGINS = new Set(['left', 'right', 'top', 'bottom']);
  const walk = (value: unknown, parentKey = ''): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, parentKey));
    if (value === null || typeof value !== 'object') return value;
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const obj = value as Record<string, unknown>;
      const scaled =
        typeof v === 'number' &&
        // Text sizes, the height of a text box cut by lines (lineOverflow), and the grid's
        // pixel margins that hold labels outside the plot.
        (key === 'fontSize' ||
          key === 'lineHeight' ||
          (key === 'height' && 'lineOverflow' in obj) ||
          (parentKey === 'grid' && MARGINS.has(key)));
      out[key] = scaled ? Math.round((v as number) * factor) : walk(v, key);
    }
    return out;
  };
  return walk(option) as T;
}

/**
 * Font factor for charts: 1.5 in 汇报模式 (class `present-mode` on <html>) and with 大字
 * (`data-text="large"`, the 阅读 menu), 2.25 with both; else 1.
 */
export function chartFontFactor(root: HTMLElement = document.documentElement): number {
  const present = root.classList.contains('present-mode') ? 1.5 : 1;
  const large = root.dataset.text === 'large' ? 1.5 : 1;
  return present * large;
}
