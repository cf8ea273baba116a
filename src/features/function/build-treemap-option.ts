/**
 * ECharts option for one level of the 功能分类 treemap: the children of the current node,
 * one block each, area = amount for the chosen measure (合计 / 基本支出 / 项目支出). Pure.
 *
 * Values go to ECharts as numbers for drawing only; every label and tooltip uses the exact
 * Decimal strings of the view model. Clicks are handled by the page (nodeClick is off, so
 * ECharts never zooms on its own: the URL holds the drill path).
 */
import { chartTooltip, labelFormatter, richSegment, type TooltipLine } from '../../charts/chart-text';
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
  /**
   * Factor the chart wrapper will scale every fontSize by (chartFontFactor(): 1.5 in 汇报模式,
   * else 1). The option keeps the unscaled sizes (the wrapper scales them); label fitting
   * must measure with the scaled ones, or labels are planned for text smaller than drawn.
   */
  fontFactor?: number;
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
  if (block.members) return OTHER_COLOR;
  const base = functionClassColor(block.classCode);
  return block.level === '类' ? base : shade(base, (index % 4) * 0.08);
}

const FADED = -0.62;

/** The 其他 block's colour: a neutral grey, no 类's colour (white text 4.8:1 on it). */
export const OTHER_COLOR = '#6b7280';

/** Names of 其他's members listed in its tooltip before "等". */
const OTHER_TOOLTIP_NAMES = 5;

function cell(block: FunctionBlock, measure: FunctionMeasure): string {
  return block.blank.includes(measure) ? BLANK_CELL : formatAmount(block[measure]);
}

/**
 * What a block's label shows: the 科目名称 line or not, and the amount line as
 * "800.00 万元 · 69.53%" (share), "800.00 万元" (unit), "800.00" (bare) or not at all.
 */
export interface LabelPlan {
  name: boolean;
  value: 'share' | 'unit' | 'bare' | 'none';
  /**
   * Characters per name line when the name is wrapped over several lines (a tall, narrow
   * block) instead of being cut with …; absent = one line.
   */
  nameChars?: number;
}

const FULL_LABEL: LabelPlan = { name: true, value: 'share' };
const NO_LABEL: LabelPlan = { name: false, value: 'none' };

/**
 * Label text of a block for a plan (ECharts rich text: {name|…} and {value|…}; the name's
 * markup characters neutralised by richSegment).
 */
export function treemapLabel(block: FunctionBlock, plan: LabelPlan = FULL_LABEL): string {
  const amount = formatAmount(block.value);
  const value =
    plan.value === 'share'
      ? `${amount} 万元 · ${formatPercent(block.shareOfParent)}`
      : plan.value === 'unit'
        ? `${amount} 万元`
        : plan.value === 'bare'
          ? amount
          : '';
  const chars = [...block.name];
  const nameLines = !plan.name
    ? []
    : plan.nameChars
      ? Array.from({ length: Math.ceil(chars.length / plan.nameChars) }, (_, i) =>
          chars.slice(i * plan.nameChars!, (i + 1) * plan.nameChars!).join(''),
        )
      : [block.name];
  const lines = [...nameLines.map((n) => richSegment('name', n)), value ? richSegment('value', value) : ''];
  return lines.filter(Boolean).join('\n');
}

/** Font sizes (px) of the label's two lines, wide and narrow layouts. */
const FONT = { wide: { name: 15, value: 13 }, narrow: { name: 13, value: 12 } } as const;
/** Block border (px, itemStyle.borderWidth): ECharts draws the label inside it. */
const BORDER = 2;
/** Label padding (px) on every side. */
const PAD = { wide: 8, narrow: 6 } as const;

/**
 * The label plan of each block. With the drawn sizes (blockSizes, read back from ECharts)
 * the rule is exact: the name needs room for three characters (the rest is cut with …) and
 * a second line below it; the amount line takes the longest form that fits its width
 * (digits ≈ 0.6 em, "万元" 2 em), at the font sizes as drawn (× fontFactor, see
 * TreemapOptionInput.fontFactor). Without them, the block's area is estimated from its share
 * of the drawing area (`size`, which the treemap fills); with neither, every block gets the
 * full label. On phones (`narrow`) the share is left out.
 */
export function labelFit(
  level: FunctionLevelView,
  size?: { width: number; height: number },
  narrow = false,
  blockSizes?: BlockSizes,
  fontFactor = 1,
): Map<string, LabelPlan> {
  const out = new Map<string, LabelPlan>();
  // The sizes as drawn: the wrapper scales fontSize (rounded) in 汇报模式.
  const base = narrow ? FONT.narrow : FONT.wide;
  const font = { name: Math.round(base.name * fontFactor), value: Math.round(base.value * fontFactor) };
  const pad = narrow ? PAD.narrow : PAD.wide;
  // Drawing only: shares of pixels, not money figures.
  const whole = level.blocks.reduce((a, b) => a + b.value.toNumber(), 0);
  for (const b of level.blocks) {
    const drawn = blockSizes?.get(b.code);
    if (drawn) {
      // The label's room: the block less its border (itemStyle.borderWidth, both sides)
      // and the label padding.
      const w = drawn.width - 2 * (pad + BORDER);
      const h = drawn.height - 2 * (pad + BORDER);
      const digits = formatAmount(b.value).length * font.value * 0.6;
      const widths = {
        share: digits + 2.5 * font.value + (formatPercent(b.shareOfParent).length * 0.6 + 1.5) * font.value,
        unit: digits + 2.5 * font.value,
        bare: digits,
      };
      const value = (['share', 'unit', 'bare'] as const).find(
        (v) => w >= widths[v] && !(narrow && v === 'share'),
      );
      // Two lines at their drawn line heights (the rich styles' lineHeight, scaled alike).
      const twoLines =
        h >= Math.round((base.name + 7) * fontFactor) + Math.round((base.value + 6) * fontFactor);
      const nameFits = twoLines && w >= Math.min(b.name.length, 3) * font.name;
      // A name too wide for one line but with height to spare wraps instead of being cut
      // (e.g. 卫生健康支出 in a tall, narrow block on a slide).
      const perLine = Math.floor(w / font.name);
      const nameLines = perLine > 0 ? Math.ceil(b.name.length / perLine) : Infinity;
      const wrapName =
        nameFits &&
        nameLines > 1 &&
        perLine >= 2 &&
        h >= nameLines * Math.round((base.name + 7) * fontFactor) + Math.round((base.value + 6) * fontFactor);
      if (nameFits)
        out.set(b.code, { name: true, value: value ?? 'none', ...(wrapName ? { nameChars: perLine } : {}) });
      else if (value && h >= font.value + 2) out.set(b.code, { name: false, value });
      else out.set(b.code, NO_LABEL);
      continue;
    }
    if (!size || whole <= 0) {
      out.set(b.code, narrow ? { name: true, value: 'unit' } : FULL_LABEL);
      continue;
    }
    const area = (b.value.toNumber() / whole) * size.width * size.height;
    out.set(
      b.code,
      area < MIN_LABEL_AREA * fontFactor ** 2
        ? NO_LABEL
        : area < MIN_NAME_AREA * fontFactor ** 2
          ? { name: false, value: 'unit' }
          : { name: true, value: narrow ? 'unit' : 'share' },
    );
  }
  return out;
}

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
  if (block.members) {
    const names = block.members.slice(0, OTHER_TOOLTIP_NAMES).map((b) => `${b.code} ${b.name}`);
    return [
      block.name,
      `${measureLabel(m)} ${formatAmount(block.value)} 万元`,
      `${functionCopy.tooltipShareOfParent(parent)} ${formatPercent(block.shareOfParent)}`,
      functionCopy.otherTooltipMembers(names.join('、'), block.members.length - names.length),
      functionCopy.otherTooltipOpen,
    ];
  }
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

/** Tooltip of a block: treemapTooltipLines, the first (code and name) bold and marked in its colour. */
export function treemapTooltip(block: FunctionBlock, level: FunctionLevelView): TooltipLine[] {
  const [head, ...rest] = treemapTooltipLines(block, level);
  const color = blockColor(block, level.blocks.indexOf(block));
  return [{ text: head!, color, strong: true }, ...rest.map((text) => ({ text }))];
}

/** Builds the option. See TreemapOptionInput. */
export function buildTreemapOption({
  level,
  summary,
  narrow = false,
  size,
  blockSizes,
  fontFactor = 1,
}: TreemapOptionInput): ChartOption {
  const byCode = new Map(level.blocks.map((b) => [b.code, b]));
  const fit = labelFit(level, size, narrow, blockSizes, fontFactor);
  const selected = level.selectedCode;
  const font = narrow ? FONT.narrow : FONT.wide;
  const pad = narrow ? PAD.narrow : PAD.wide;
  return {
    aria: { enabled: true, label: { description: summary }, decal: { show: false } },
    animation: false,
    tooltip: chartTooltip(
      'item',
      (p: { data?: { code?: string } }) => {
        const block = p.data?.code ? byCode.get(p.data.code) : undefined;
        return block ? treemapTooltip(block, level) : null;
      },
      { textStyle: { fontSize: 13 } },
    ),
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
        // Squares rather than the golden ratio: small blocks come out less slender, so more
        // of them can carry a label.
        squareRatio: 1,
        itemStyle: { borderColor: '#ffffff', borderWidth: BORDER, gapWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 3 } },
        label: {
          show: true,
          position: 'insideTopLeft',
          padding: pad,
          overflow: 'truncate',
          ellipsis: '…',
          ...labelFormatter((p: { data?: { code?: string } }) => {
            const block = p.data?.code ? byCode.get(p.data.code) : undefined;
            return block ? treemapLabel(block, fit.get(block.code)) : '';
          }),
          // Line heights as labelFit assumes them.
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
            label: {
              show: (fit.get(b.code) ?? FULL_LABEL) !== NO_LABEL,
              color: faded ? '#1f2937' : '#ffffff',
            },
          };
        }),
      },
    ],
  };
}
