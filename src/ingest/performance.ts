/**
 * 五、部门整体绩效目标: the overall goal, the itemised goals (分项绩效目标) with their
 * 绩效指标 paragraphs, and the 工作保障措施 / 机制保障措施 paragraphs.
 */
import type { DatasetV1Json as DatasetJson } from '../domain/schema-v1';
import { paragraphs, type Section } from './sections';
import { commaNumbered, DisclosureParseError, joinParagraph, parenNumbered, type Line } from './text';

type Performance = DatasetJson['narrative']['performance'];
type DepartmentGoal = Performance['goals'][number];

const headingIs = (line: Line, words: string): boolean => {
  const t = line.text.trim();
  const n = parenNumbered(t) ?? commaNumbered(t);
  return n !== undefined && n.rest.replace(/\s+/g, '') === words;
};

/**
 * Splits a 绩效指标 paragraph into indicators: the leading label(s) ("绩效指标: 绩效指标:" is
 * printed twice once) are removed, then the text is split at ；/; and trimmed.
 */
export function splitIndicators(indicatorsText: string): string[] {
  return indicatorsText
    .replace(/^(\s*绩效指标\s*[:：]\s*)+/, '')
    .split(/[；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Joins numbered paragraphs: a line starting with "（一）"/"(二)" opens a paragraph, any other
 * line continues the previous one (a paragraph broken across a PDF page). Kept as printed,
 * numbering included.
 */
export function numberedParagraphs(lines: readonly Line[]): string[] {
  const out: string[][] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (t === '') continue;
    if (parenNumbered(t) || out.length === 0) out.push([t]);
    else out[out.length - 1]!.push(t);
  }
  return out.map(joinParagraph);
}

/**
 * Parses section 五 into `narrative.performance`.
 *
 * @throws DisclosureParseError when the "总体绩效目标" or "分项绩效目标" heading is missing, or
 *   an itemised goal has no 绩效目标 / 绩效指标 text.
 */
export function parsePerformance(section: Section, warnings: string[]): Performance {
  const lines = section.lines;
  const find = (words: string) => lines.findIndex((l) => headingIs(l, words));
  const overallAt = find('总体绩效目标');
  const itemisedAt = find('分项绩效目标');
  const workAt = find('工作保障措施');
  const mechanismAt = find('机制保障措施');
  for (const [at, words] of [
    [overallAt, '总体绩效目标'],
    [itemisedAt, '分项绩效目标'],
  ] as const) {
    if (at < 0) {
      throw new DisclosureParseError(`找不到小标题「${words}」`, section.title, section.titleLine);
    }
  }
  const overallGoal = paragraphs(lines.slice(overallAt + 1, itemisedAt))
    .map((p) => joinParagraph(p.map((l) => l.text)))
    .join('\n');
  if (!overallGoal) throw new DisclosureParseError('总体绩效目标为空', section.title, lines[overallAt]!.no);

  const goalsEnd = [workAt, mechanismAt, lines.length].filter((i) => i > itemisedAt)[0]!;
  const goals = parseGoals(lines.slice(itemisedAt + 1, goalsEnd), section.title, warnings);

  let workSafeguards: string[] = [];
  let mechanismSafeguards: string[] = [];
  if (workAt >= 0) {
    workSafeguards = numberedParagraphs(
      lines.slice(workAt + 1, mechanismAt > workAt ? mechanismAt : lines.length),
    );
  } else warnings.push(`「${section.title}」：找不到「工作保障措施」小标题`);
  if (mechanismAt >= 0) {
    mechanismSafeguards = numberedParagraphs(
      lines.slice(mechanismAt + 1, workAt > mechanismAt ? workAt : lines.length),
    );
  } else warnings.push(`「${section.title}」：找不到「机制保障措施」小标题`);

  return { overallGoal, goals, workSafeguards, mechanismSafeguards };
}

function parseGoals(lines: readonly Line[], title: string, warnings: string[]): DepartmentGoal[] {
  interface Draft {
    seq: number;
    title: string;
    line: number;
    goal: string[];
    indicators: string[];
  }
  const drafts: Draft[] = [];
  let mode: 'goal' | 'indicators' | undefined;
  for (const l of lines) {
    const t = l.text.trim();
    if (t === '') continue;
    const numbered = parenNumbered(t);
    const current = drafts[drafts.length - 1];
    if (numbered && !/^绩效/.test(numbered.rest)) {
      drafts.push({ seq: numbered.n, title: numbered.rest.trim(), line: l.no, goal: [], indicators: [] });
      mode = undefined;
    } else if (!current) {
      warnings.push(`「${title}」第 ${l.no} 行：分项绩效目标前的文字已忽略`);
    } else if (/^绩效目标\s*[:：]/.test(t)) {
      mode = 'goal';
      current.goal.push(t.replace(/^绩效目标\s*[:：]\s*/, ''));
    } else if (/^绩效指标\s*[:：]/.test(t)) {
      mode = 'indicators';
      current.indicators.push(t);
    } else if (mode) {
      (mode === 'goal' ? current.goal : current.indicators).push(t);
    } else {
      warnings.push(`「${title}」第 ${l.no} 行：无法归入绩效目标或绩效指标，已忽略`);
    }
  }
  return drafts.map((d, i) => {
    if (d.seq !== i + 1) warnings.push(`「${title}」第 ${d.line} 行：分项绩效目标编号 ${d.seq} 不连续`);
    const goal = joinParagraph(d.goal);
    const indicatorsText = joinParagraph(d.indicators);
    if (!goal) throw new DisclosureParseError(`分项绩效目标「${d.title}」缺少“绩效目标”`, title, d.line);
    if (!indicatorsText)
      throw new DisclosureParseError(`分项绩效目标「${d.title}」缺少“绩效指标”`, title, d.line);
    return { seq: d.seq, title: d.title, goal, indicatorsText, indicators: splitIndicators(indicatorsText) };
  });
}
