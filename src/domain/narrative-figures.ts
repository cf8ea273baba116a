/**
 * Reads the figures a narrative paragraph states (情况说明): amounts with their unit, the
 * share printed after them ("占99.79%"), and changes against the previous year or the budget
 * ("减少56.95万元，下降1.87%", "持平"), each with the label it is about and where it stands
 * in the text, so consistency checks can compare the narrative with the tables.
 *
 * The reader is deliberately plain: a label is the phrase that precedes the figure inside its
 * clause (after the last "，；。：、" or a "其中"), with the verbs of change removed. It never
 * invents a figure: text it cannot read is simply not a figure.
 */

/** One figure stated in a narrative text. */
export interface NarrativeFigure {
  /** What the figure is about, as printed before it, e.g. "财政拨款收入", "一般公共服务支出（类）". */
  label: string;
  /** 'amount' for a stated amount, 'change' for an increase/decrease, 'share' for a lone "占x%". */
  kind: 'amount' | 'change' | 'share';
  /** Exact decimal string as printed, thousands separators removed; negative for 减少/下降. */
  value: string;
  /** "万元", "元", "亿元" or "%" as printed. */
  unit: '万元' | '元' | '亿元' | '%';
  /** For an amount: the share printed right after it ("占71.73%"), as a decimal string in %. */
  share?: string;
  /** For a change in money: the percentage change printed after it ("下降1.87%"), signed. */
  percentChange?: string;
  /** Offset of the figure's first character in the text (UTF-16 index). */
  offset: number;
  /** The figure exactly as printed, e.g. "2,946.25万元" or "减少56.95万元". */
  printed: string;
}

const NUMBER = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const UNIT = String.raw`万元|亿元|元|%|％`;
/** One figure: an optional verb of change, a number, a unit; spaces allowed between (05 prints "1062.85 万元"). */
const FIGURE = new RegExp(
  String.raw`(?:(增加|减少|增长|下降|上升|降低|持平)\s*)?(${NUMBER})\s*(${UNIT})`,
  'g',
);
const PERCENT_AFTER = new RegExp(
  String.raw`^[，,、]?\s*(?:(占[^，。；%]{0,12}?)|(增长|下降|上升|降低|增加|减少))\s*(${NUMBER})\s*[%％]`,
);
const CLAUSE_BREAK = /[，,；;。：:、]|其中/g;
const DOWN = new Set(['减少', '下降', '降低']);

function plain(n: string): string {
  return n.replace(/[,，]/g, '');
}

const COMPARED_WITH =
  /^(与\d{4}年度?(预算)?相比|比\d{4}年度?(预算)?|较上一?年度?(预算)?|较\d{4}年度?(预算)?)/;
const TRAILING_FILLER = /(增加|减少|增长|下降|上升|降低|为|是|共计|合计为|总计为)$/;

function labelBefore(text: string, end: number): string {
  const head = text.slice(0, end);
  let start = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  let label = head.slice(start).replace(/\s+/g, '').replace(COMPARED_WITH, '');
  // Drop a trailing verb ("支出总计减少" → "支出总计") but never the whole label.
  for (let next = label.replace(TRAILING_FILLER, ''); next && next !== label;) {
    label = next;
    next = label.replace(TRAILING_FILLER, '');
  }
  return label;
}

/**
 * Reads every figure of one paragraph.
 *
 * @param text  a narrative paragraph as printed (line breaks inside it allowed)
 * @returns the figures in printed order; shares and percentage changes that follow an amount
 *   are attached to it, not listed separately
 */
export function readNarrativeFigures(text: string): NarrativeFigure[] {
  const out: NarrativeFigure[] = [];
  let consumedUntil = 0;
  for (const m of text.matchAll(FIGURE)) {
    if (m.index < consumedUntil) continue;
    const [printed, verb, num, rawUnit] = m as unknown as [string, string | undefined, string, string];
    const unit = (rawUnit === '％' ? '%' : rawUnit) as NarrativeFigure['unit'];
    const negative = verb !== undefined && DOWN.has(verb);
    const value = (negative ? '-' : '') + plain(num);
    const label = labelBefore(text, m.index);
    const figure: NarrativeFigure = {
      label,
      kind: verb && verb !== '持平' ? 'change' : unit === '%' ? 'share' : 'amount',
      value,
      unit,
      offset: m.index,
      printed,
    };
    let end = m.index + printed.length;
    if (unit !== '%') {
      const after = PERCENT_AFTER.exec(text.slice(end));
      if (after) {
        const [whole, share, changeVerb, pct] = after as unknown as [
          string,
          string | undefined,
          string | undefined,
          string,
        ];
        if (share !== undefined) figure.share = plain(pct);
        else if (changeVerb !== undefined)
          figure.percentChange = (DOWN.has(changeVerb) ? '-' : '') + plain(pct);
        end += whole.length;
      }
    } else if (figure.kind === 'share') {
      // "占71.73%" printed alone: the label is what it is a share of.
      figure.label = label.replace(/^占/, '');
    }
    consumedUntil = end;
    out.push(figure);
  }
  return out;
}

/**
 * Finds statements that a figure did not change ("财政拨款收入支出总计持平"): the narrative
 * states a change of zero in words, which checks must compare like a printed 0.
 *
 * @returns one entry per "持平" with the label before it and its offset
 */
export function readUnchangedStatements(text: string): { label: string; offset: number }[] {
  const out: { label: string; offset: number }[] = [];
  for (const m of text.matchAll(/(基本)?持平/g)) {
    const label = labelBefore(text, m.index);
    if (label) out.push({ label, offset: m.index });
  }
  return out;
}
