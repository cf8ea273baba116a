/**
 * 部门预算信息公开情况说明 (the narrative after the tables): sections 一 to 十一 found by their
 * titles, each read into `narrative` of the dataset schema. Figures are 万元 strings as printed.
 */
import type { DatasetV1Json as DatasetJson } from '../domain/schema-v1';
import { parseFixedAssets, parseProcurement } from './assets';
import { figure, signedChange } from './figures';
import { parsePerformance } from './performance';
import { locateSections, numberedTitle, paragraphs, type Section, type SectionSpec } from './sections';
import {
  cells,
  compact,
  DisclosureParseError,
  joinParagraph,
  labelKey,
  parenNumbered,
  type Line,
} from './text';

type Narrative = DatasetJson['narrative'];

export type NarrativeSectionKey =
  | 'duties'
  | 'overall'
  | 'operating'
  | 'threePublic'
  | 'performance'
  | 'specialFunds'
  | 'projects'
  | 'procurement'
  | 'assets'
  | 'glossary'
  | 'otherMatters';

const SECTION_TITLES: readonly [NarrativeSectionKey, string, boolean][] = [
  ['duties', '部门职责及机构设置情况', true],
  ['overall', '部门预算安排的总体情况', true],
  ['operating', '机关运行经费安排情况', true],
  ['threePublic', '财政拨款“三公”经费预算情况及增减变化原因', true],
  ['performance', '部门整体绩效目标', true],
  ['specialFunds', '部门主管专项资金预算安排情况及绩效目标', false],
  ['projects', '部门项目预算安排情况及绩效目标', true],
  ['procurement', '政府采购预算情况', true],
  ['assets', '国有资产信息', true],
  ['glossary', '名词解释', true],
  ['otherMatters', '其他需要说明的事项', false],
];

/**
 * Locates the numbered sections ("一、部门职责及机构设置情况" … "十一、其他需要说明的事项") in
 * the narrative lines, by title words (the numeral is not checked).
 *
 * @throws DisclosureParseError naming the missing section title and the lines searched.
 */
export function locateNarrativeSections(lines: readonly Line[]): Map<NarrativeSectionKey, Section> {
  const specs: SectionSpec<NarrativeSectionKey>[] = SECTION_TITLES.map(([key, title, required]) => ({
    key,
    title,
    required,
    match: numberedTitle(title),
  }));
  return locateSections(lines, specs, '情况说明部分');
}

/** The non-empty paragraphs of lines, each joined, separated by "\n". */
function sectionText(lines: readonly Line[]): string {
  return paragraphs(lines)
    .map((p) => joinParagraph(p.map((l) => l.text)))
    .join('\n');
}

/**
 * Parses the narrative (everything after the "…年部门预算信息公开情况说明" title) except the
 * project tables of section 七, which `parseProjects` reads from the returned sections.
 */
export function parseNarrative(
  lines: readonly Line[],
  warnings: string[],
): { narrative: Narrative; sections: Map<NarrativeSectionKey, Section> } {
  const sections = locateNarrativeSections(lines);
  const get = (k: NarrativeSectionKey) => sections.get(k)!;
  const firstTitleLine = Math.min(...[...sections.values()].map((s) => s.titleLine));
  const preamble = sectionText(lines.filter((l) => l.no < firstTitleLine)) || undefined;

  const { duties, units } = parseDutiesAndUnits(get('duties'), warnings);
  const overall = parseOverall(get('overall'), warnings);
  const operating = get('operating');
  const operatingText = sectionText(operating.lines);
  const special = sections.get('specialFunds');
  const other = sections.get('otherMatters');

  const narrative: Narrative = compact({
    preamble,
    duties,
    units,
    ...overall,
    institutionalOperatingExpenses: compact({
      text: operatingText,
      amount: figure(operatingText, /机关运行经费[^0-9。]*?([\d.]+)\s*万元/),
    }),
    threePublicExpenses: parseThreePublic(get('threePublic')),
    performance: parsePerformance(get('performance'), warnings),
    specialFunds: special ? sectionText(special.lines) || undefined : undefined,
    procurement: parseProcurement(get('procurement')),
    fixedAssets: parseFixedAssets(get('assets'), warnings),
    glossary: parseGlossary(get('glossary'), warnings),
    otherMatters: other ? sectionText(other.lines) || undefined : undefined,
  });
  return { narrative, sections };
}

/**
 * 一、部门职责及机构设置情况: the numbered duties after "部门职责：" (numbering "（一）" /
 * "(二十四) " removed; wrapped lines joined) and the 机构设置 table (单位名称, 单位性质, 单位规格,
 * 经费保障形式, mapped by header label).
 */
export function parseDutiesAndUnits(
  section: Section,
  warnings: string[],
): { duties: string[]; units: Narrative['units'] } {
  const lines = section.lines;
  const dutiesAt = lines.findIndex((l) => /^部门职责\s*[:：]?$/.test(l.text.trim()));
  const unitsAt = lines.findIndex((l) => /^机构设置\s*[:：]?$/.test(l.text.trim()));
  const dutyLines = lines.slice(dutiesAt + 1, unitsAt >= 0 ? unitsAt : lines.length);
  const duties: string[][] = [];
  let expected = 1;
  for (const l of dutyLines) {
    const t = l.text.trim();
    if (t === '') continue;
    const n = parenNumbered(t);
    if (n) {
      if (n.n !== expected)
        warnings.push(`「${section.title}」第 ${l.no} 行：职责编号 ${n.n} 不连续（应为 ${expected}）`);
      expected = n.n + 1;
      duties.push([n.rest]);
    } else if (duties.length) duties[duties.length - 1]!.push(t);
    else duties.push([t]);
  }
  if (duties.length === 0) throw new DisclosureParseError('找不到部门职责', section.title, section.titleLine);

  const units: Narrative['units'] = [];
  if (unitsAt >= 0) {
    const tab = lines.slice(unitsAt + 1).filter((l) => l.text.includes('\t'));
    const header = tab[0] ? cells(tab[0].text).map(labelKey) : [];
    const col = (label: string) => header.indexOf(label);
    const [iName, iNature, iRank, iForm] = ['单位名称', '单位性质', '单位规格', '经费保障形式'].map(col);
    if (iName === undefined || iName < 0) {
      warnings.push(`「${section.title}」：机构设置表缺少“单位名称”表头`);
    } else {
      for (const l of tab.slice(1)) {
        const c = cells(l.text);
        const at = (i: number | undefined) => (i !== undefined && i >= 0 && c[i] ? c[i] : undefined);
        const name = at(iName);
        if (!name) throw new DisclosureParseError('机构设置表的单位名称为空', section.title, l.no);
        units.push(compact({ name, nature: at(iNature), rank: at(iRank), fundingForm: at(iForm) }));
      }
    }
  } else warnings.push(`「${section.title}」：找不到“机构设置：”`);
  return { duties: duties.map(joinParagraph), units };
}

/**
 * 二、部门预算安排的总体情况: the opening paragraph, "1、收入说明", "2、支出说明" (with the
 * project breakdown "主要为…；…" as printed) and "3、比上年增减情况".
 *
 * @throws DisclosureParseError when one of the three sub-headings is missing.
 */
export function parseOverall(
  section: Section,
  warnings: string[],
): Pick<Narrative, 'overallSituation' | 'revenueExplanation' | 'expenditureExplanation' | 'yearOnYear'> {
  const lines = section.lines;
  const sub = (words: RegExp) => {
    const at = lines.findIndex((l) => words.test(l.text.trim()));
    if (at < 0) {
      throw new DisclosureParseError(
        `找不到小标题 ${words.source.replace(/\\s\*|\^|\$/g, '')}`,
        section.title,
        section.titleLine,
      );
    }
    return at;
  };
  const revAt = sub(/^\d+\s*[、.．]\s*收入说明$/);
  const expAt = sub(/^\d+\s*[、.．]\s*支出说明$/);
  const yoyAt = sub(/^\d+\s*[、.．]\s*比上年增减情况$/);
  const overallSituation = sectionText(lines.slice(0, revAt)) || undefined;
  const revText = sectionText(lines.slice(revAt + 1, expAt));
  const expText = sectionText(lines.slice(expAt + 1, yoyAt));
  const yoyText = sectionText(lines.slice(yoyAt + 1));

  const projectItems: { name: string; amount: string }[] = [];
  const breakdown = /项目支出\s*[\d.]+\s*万元\s*[，,]\s*(?:主要为|主要包括|包括)?([^。]*)/.exec(expText);
  if (breakdown) {
    for (const part of breakdown[1]!.split(/[；;]/)) {
      const m = /^(.*?)(\d+(?:\.\d+)?)\s*万元$/.exec(part.trim());
      if (m && m[1]!.trim()) projectItems.push({ name: m[1]!.trim(), amount: m[2]! });
      else if (part.trim())
        warnings.push(`「${section.title}」：支出说明中的项目「${part.trim()}」读不出金额，已略去`);
    }
  }

  const yoyTotal = /较\s*(\d{4})\s*年(?:预算)?\s*(减少|增加)\s*([\d.]+)\s*万元/.exec(yoyText);
  if (!yoyTotal) {
    throw new DisclosureParseError(
      '比上年增减情况中找不到“较YYYY年预算增加/减少…万元”',
      section.title,
      lines[yoyAt]!.no,
    );
  }
  const items = (
    [
      ['基本支出', 'basicExpenditure'],
      ['项目支出', 'projectExpenditure'],
    ] as const
  ).flatMap(([label, part]) => {
    const m = new RegExp(`${label}\\s*(减少|增加)\\s*([\\d.]+)\\s*万元\\s*[，,]?\\s*([^。]*)`).exec(yoyText);
    if (!m) return [];
    return [compact({ part, change: signedChange(m[1]!, m[2]!), reason: m[3]!.trim() || undefined })];
  });

  return {
    overallSituation,
    revenueExplanation: compact({ text: revText, total: figure(revText, /预算收入\s*([\d.]+)\s*万元/) }),
    expenditureExplanation: compact({
      text: expText,
      total: figure(expText, /支出预算\s*([\d.]+)\s*万元/),
      basicExpenditure: figure(expText, /基本支出\s*([\d.]+)\s*万元/),
      personnelExpense: figure(expText, /人员经费\s*([\d.]+)\s*万元/),
      publicExpense: figure(expText, /公用经费\s*([\d.]+)\s*万元/),
      projectExpenditure: figure(expText, /项目支出\s*([\d.]+)\s*万元/),
      projectItems,
    }),
    yearOnYear: {
      text: yoyText,
      previousYear: Number(yoyTotal[1]),
      totalChange: signedChange(yoyTotal[2]!, yoyTotal[3]!),
      items,
    },
  };
}

/** 四、财政拨款“三公”经费预算情况及增减变化原因: the paragraph and its figures (万元). */
export function parseThreePublic(section: Section): Narrative['threePublicExpenses'] {
  const text = sectionText(section.lines);
  const change = /与\s*\d{4}\s*年相比\s*(增加|减少)\s*([\d.]+)\s*万元/.exec(text);
  return compact({
    text,
    total: figure(text, /三公["”]?经费(?:预算)?(?:安排)?为?\s*([\d.]+)\s*万元/),
    outboundTravel: figure(text, /因公出国[（(]境[）)]费为?\s*([\d.]+)\s*万元/),
    vehiclePurchaseAndOperation: figure(text, /公务用车购置及运(?:行)?维(?:护)?费为?\s*([\d.]+)\s*万元/),
    vehiclePurchase: figure(text, /公务用车购置费为?\s*([\d.]+)\s*万元/),
    vehicleOperation: figure(text, /公务用车运(?:行)?维(?:护)?费为?\s*([\d.]+)\s*万元/),
    officialReception: figure(text, /公务接待费为?\s*([\d.]+)\s*万元/),
    changeFromPreviousYear: change ? signedChange(change[1]!, change[2]!) : undefined,
    reason: /原因(?:是|为)\s*[:：]?([^。]*)/.exec(text)?.[1]?.trim() || undefined,
  });
}

/**
 * 十、名词解释: "1、**财政拨款收入**：指…" → { term: "财政拨款收入", definition: "指…" }; the
 * Markdown ** is removed; a line without a number continues the previous definition.
 */
export function parseGlossary(section: Section, warnings: string[]): Narrative['glossary'] {
  const out: { term: string; definition: string }[] = [];
  for (const l of section.lines) {
    const t = l.text.trim();
    if (t === '') continue;
    const m = /^\d+\s*[、.．]\s*(.*)$/.exec(t);
    if (!m) {
      const last = out[out.length - 1];
      if (last) last.definition += t.replace(/\*\*/g, '');
      else warnings.push(`「${section.title}」第 ${l.no} 行：无法识别的名词解释行已忽略`);
      continue;
    }
    const body = m[1]!.replace(/\*\*/g, '');
    const split = /^(.+?)\s*[:：]\s*(.*)$/.exec(body);
    if (!split) {
      warnings.push(`「${section.title}」第 ${l.no} 行：名词解释缺少“：”，已忽略`);
      continue;
    }
    out.push({ term: split[1]!.trim(), definition: split[2]!.trim() });
  }
  return out;
}
