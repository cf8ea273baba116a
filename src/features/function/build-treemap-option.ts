/**
 * ECharts option for one level of the 功能分类 treemap: the children of the current node,
 * one block each, area = amount for the chosen measure (合计 / 基本支出 / 项目支出). Pure.
 *
 * Values go to ECharts as numbers for drawing only; every label and tooltip uses the exact
 * Decimal strings of the view model. Clicks are handled by the page (nodeClick is off, so
 * ECharts never zooms on its own: the URL holds the drill path).
 */
import type { ChartOption } from '../../charts/echarts';
import { functionClassColor } from '../../charts/colors';
import { functionCopy, measureLabel } from '../../copy/function';
import { BLANK_CELL, formatAmount, formatPercent } from '../../domain/format';
import type { FunctionMeasure } from '../../domain/function-tree';
import type { FunctionBlock, FunctionLevelView } from './select-function-view';
import type { BlockSizes } from './treemap-layout';

export interface TreemapOptionInput {
  level: FunctionLevelView;
  /** Plain-language summary: the chart's aria description. */
  summary: string;
  /** Phone-width layout: smaller labels, amount only. */
  narrow?: boolean;
  /**
   * Drawing area in px, when known. Blocks whose share of it is too small to carry a label
   * get none (they stay reachable through the tooltip and the table); unknown = label all.
   */
  size?: { width: number; height: number };
  /** Sizes of the blocks as last drawn (read back from ECharts); they decide the labels exactly. */
  blockSizes?: BlockSizes;
}

/** Below this area (px²) a block carries no label: not even two characters would fit. */
export const MIN_LABEL_AREA = 3600;
/** Below this area (px²) a block's label is its amount only. */
export const MIN_NAME_AREA = 9000;

/** Mixes a #rrggbb colour with black (t > 0) or white (t < 0) by |t| (0…1). */
export function shade(hex: string, t: number): string {
  const n = parseInt(hex.slice(1), 16);
  const target = t < 0 ? 255 : 0;
  const k = Math.abs(t);
  const ch = (shift: number) => {
    const c = (n >> shift) & 0xff;
    return Math.round(c + (target - c) * k)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/**
 * Colour of a block: its 类 colour (functionClassColor), darkened a little step by step
 * between siblings below the 类 level so neighbours stay apart; white labels stay readable
 * since the palette is only ever darkened.
 */
export function blockColor(block: FunctionBlock, index: number): string {
  const base = functionClassColor(block.classCode);
  return block.level === '类' ? base : shade(base, (index % 4) * 0.08);
}

const FADED = -0.62;

function cell(block: FunctionBlock, measure: FunctionMeasure): string {
  return block.blank.includes(measure) ? BLANK_CELL : formatAmount(block[measure]);
}

/**
 * Label text of a block: 科目名称 on the first line, amount in 万元 (and share) on the second;
 * `compact` leaves the amount only (a block too small for the name).
 */
export function treemapLabel(block: FunctionBlock, narrow = false, compact = false): string {
  const amount = `${formatAmount(block.value)} 万元`;
  const value = `{value|${narrow || compact ? amount : `${amount} · ${formatPercent(block.shareOfParent)}`}}`;
  return compact ? value : `{name|${block.name}}\n${value}`;
}

/** Font sizes (px) of the label's two lines, wide and narrow layouts. */
const FONT = { wide: { name: 15, value: 13 }, narrow: { name: 13, value: 12 } } as const;
/** Label padding (px): top/bottom, left/right. */
const PAD = { wide: 10, narrow: 6 } as const;

/**
 * How much label each block gets: the full label (name and amount), the amount only, or
 * none. With the drawn sizes (blockSizes) the rule is exact: the name line needs room for
 * four characters (the rest is cut with …) and both lines; the amount line needs its own
 * width. Without them, the block's area is estimated from its share of the drawing area
 * (`size`, the treemap fills it); with neither, every block is labelled.
 */
export function labelFit(
  level: FunctionLevelView,
  size?: { width: number; height: number },
  narrow = false,
  blockSizes?: BlockSizes,
): Map<string, 'none' | 'amount' | 'full'> {
  const out = new Map<string, 'none' | 'amount' | 'full'>();
  const font = narrow ? FONT.narrow : FONT.wide;
  const pad = narrow ? PAD.narrow : PAD.wide;
  // Drawing only: shares of pixels, not money figures.
  const whole = level.blocks.reduce((a, b) => a + b.value.toNumber(), 0);
  for (const b of level.blocks) {
    const drawn = blockSizes?.get(b.code);
    if (drawn) {
      const w = drawn.width - 2 * pad;
      const h = drawn.height - 2 * pad;
      // "800.00 万元": digits are about 0.6 em wide, 万元 a full em each.
      const amountWidth = formatAmount(b.value).length * font.value * 0.6 + 2.5 * font.value;
      const fullFits = w >= Math.min(b.name.length, 4) * font.name && h >= font.name + font.value + 12;
      const amountFits = w >= amountWidth && h >= font.value + 4;
      out.set(b.code, fullFits && w >= amountWidth ? 'full' : amountFits ? 'amount' : 'none');
      continue;
    }
    if (!size || whole <= 0) {
      out.set(b.code, 'full');
      continue;
    }
    const area = (b.value.toNumber() / whole) * size.width * size.height;
    out.set(b.code, area < MIN_LABEL_AREA ? 'none' : area < MIN_NAME_AREA ? 'amount' : 'full');
  }
  return out;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Tooltip lines of a block (plain text, one entry per line): code and name; amount for the
 * measure; share of the parent; share of the whole expenditure (below the 类 level); the
 * basic / project split; what a click does.
 */
export function treemapTooltipLines(block: FunctionBlock, level: FunctionLevelView): string[] {
  const m = level.measure;
  const parent = level.parent.code
    ? `${level.parent.code} ${level.parent.name}`
    : functionCopy.allExpenditure;
  const lines = [
    `${block.code} ${block.name}`,
    `${measureLabel(m)} ${formatAmount(block.value)} 万元`,
    `${functionCopy.tooltipShareOfParent(parent)} ${formatPercent(block.shareOfParent)}`,
  ];
  if (level.parent.code && block.shareOfTotal)
    lines.push(`${functionCopy.tooltipShareOfTotal} ${formatPercent(block.shareOfTotal)}`);
  lines.push(
    `基本支出 ${cell(block, 'basicExpenditure')} · 项目支出 ${cell(block, 'projectExpenditure')}`,
    block.isLeaf ? functionCopy.tooltipLeaf : functionCopy.tooltipDrill,
  );
  return lines;
}

/** Builds the option. See TreemapOptionInput. */
export function buildTreemapOption({
  level,
  summary,
  narrow = false,
  size,
  blockSizes,
}: TreemapOptionInput): ChartOption {
  const byCode = new Map(level.blocks.map((b) => [b.code, b]));
  const fit = labelFit(level, size, narrow, blockSizes);
  const selected = level.selectedCode;
  const font = narrow ? FONT.narrow : FONT.wide;
  const pad = narrow ? PAD.narrow : PAD.wide;
  return {
    aria: { enabled: true, label: { description: summary }, decal: { show: false } },
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontSize: 13 },
      formatter: (p: { data?: { code?: string } }) => {
        const block = p.data?.code ? byCode.get(p.data.code) : undefined;
        if (!block) return '';
        const [head, ...rest] = treemapTooltipLines(block, level).map(escapeHtml);
        return `<strong>${head}</strong><br/>${rest.join('<br/>')}`;
      },
    },
    series: [
      {
        type: 'treemap',
        name: level.parent.code ? `${level.parent.code} ${level.parent.name}` : functionCopy.allExpenditure,
        left: 0,
        top: 0,
        right: 0,
        bottom: 0,
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        sort: 'desc',
        visibleMin: 0,
        squareRatio: narrow ? 0.75 : 0.5 * (1 + Math.sqrt(5)),
        itemStyle: { borderColor: '#ffffff', borderWidth: 2, gapWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 3 } },
        label: {
          show: true,
          position: 'insideTopLeft',
          padding: pad,
          overflow: 'truncate',
          ellipsis: '…',
          formatter: (p: { data?: { code?: string } }) => {
            const block = p.data?.code ? byCode.get(p.data.code) : undefined;
            return block ? treemapLabel(block, narrow, fit.get(block.code) === 'amount') : '';
          },
          rich: {
            name: { fontSize: font.name, fontWeight: 700, lineHeight: font.name + 7 },
            value: { fontSize: font.value, lineHeight: font.value + 6 },
          },
        },
        upperLabel: { show: false },
        data: level.blocks.map((b, i) => {
          const faded = selected !== undefined && b.code !== selected;
          const color = blockColor(b, i);
          return {
            id: b.code,
            name: b.name,
            code: b.code,
            value: b.value.toNumber(),
            itemStyle: {
              color: faded ? shade(color, FADED) : color,
              ...(b.code === selected ? { borderColor: '#111827', borderWidth: 4 } : {}),
            },
            label: { show: fit.get(b.code) !== 'none', color: faded ? '#1f2937' : '#ffffff' },
          };
        }),
      },
    ],
  };
}
