/**
 * A chart as a PNG at 2× with a white background, the title stamped above it and unit,
 * department, year, source and the view's link below, so a picture pasted into slides
 * still says what it shows and where it comes from. Text is drawn with canvas fillText
 * (dataset text is data, never markup); the chart itself comes from ECharts'
 * renderToCanvas (no data: URL, which the CSP's img-src 'self' would block).
 */
import { exportCopy } from '../copy/export';
import type { ExportableChart } from './registry';

/** What is stamped around the chart. */
export interface ChartStamp {
  readonly title: string;
  readonly unit: string;
  /** e.g. "丰润区工业和信息化局 2024年部门预算". */
  readonly department: string;
  readonly source: string;
  /** The view's full URL. */
  readonly url: string;
}

/** Pixel ratio of the exported image. */
export const PNG_RATIO = 2;
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const PAD = 16;
const TITLE_SIZE = 18;
const LINE_SIZE = 12;
const LINE_GAP = 6;

/** The chart's own canvas at `ratio` (ECharts renderToCanvas, or the deprecated name). */
interface RenderableChart extends ExportableChart {
  renderToCanvas?: (opts: { pixelRatio: number; backgroundColor: string }) => HTMLCanvasElement;
  getRenderedCanvas?: (opts: { pixelRatio: number; backgroundColor: string }) => HTMLCanvasElement;
}

/** Splits `text` into lines that fit `width` (CSS px) in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && ctx.measureText(line + ch).width > width) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the stamped image.
 *
 * @returns a canvas of width 2 × the chart's width (CSS px) and height 2 × (title band +
 *   chart height + text band)
 * @throws Error when the chart cannot be drawn (no canvas renderer)
 */
export function stampedChartCanvas(chart: ExportableChart, stamp: ChartStamp): HTMLCanvasElement {
  const c = chart as RenderableChart;
  const render = c.renderToCanvas ?? c.getRenderedCanvas;
  if (!render) throw new Error('图表不能导出为图片');
  const image = render.call(c, { pixelRatio: PNG_RATIO, backgroundColor: '#ffffff' });
  const width = chart.getWidth();
  const height = chart.getHeight();

  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${LINE_SIZE}px ${FONT}`;
  const textWidth = width - 2 * PAD;
  const footer = [
    `${stamp.department} · ${exportCopy.pngUnit(stamp.unit)}`,
    exportCopy.pngSource(stamp.source),
    exportCopy.pngLink(stamp.url),
  ].flatMap((t) => wrap(measure, t, textWidth));
  measure.font = `bold ${TITLE_SIZE}px ${FONT}`;
  const titleLines = wrap(measure, stamp.title, textWidth);
  const titleBand = PAD + titleLines.length * (TITLE_SIZE + LINE_GAP);
  const footerBand = PAD + footer.length * (LINE_SIZE + LINE_GAP) + PAD / 2;

  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_RATIO;
  canvas.height = (titleBand + height + footerBand) * PNG_RATIO;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(PNG_RATIO, PNG_RATIO);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, titleBand + height + footerBand);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#1f2937';
  ctx.font = `bold ${TITLE_SIZE}px ${FONT}`;
  titleLines.forEach((line, i) => ctx.fillText(line, PAD, PAD + i * (TITLE_SIZE + LINE_GAP)));
  ctx.drawImage(image, 0, titleBand, width, height);
  ctx.fillStyle = '#4b5563';
  ctx.font = `${LINE_SIZE}px ${FONT}`;
  footer.forEach((line, i) =>
    ctx.fillText(line, PAD, titleBand + height + PAD / 2 + i * (LINE_SIZE + LINE_GAP)),
  );
  return canvas;
}

/** The stamped image as a PNG file. */
export function stampedChartPng(chart: ExportableChart, stamp: ChartStamp): Promise<Blob> {
  const canvas = stampedChartCanvas(chart, stamp);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('图片生成失败'))), 'image/png'),
  );
}
