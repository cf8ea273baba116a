/**
 * The defined terms of a dataset (名词解释): the structured glossary where the dataset has
 * one (预算 v1 blocks), else read from the narrative sections under a "名词解释" heading, whose
 * titles hold "一、财政拨款收入:指单位本年度…" and whose text continues the definition.
 */
import type { Dataset } from './schema';

export interface GlossaryEntry {
  /** The term as printed, e.g. "财政拨款收入", "“三公”经费". */
  term: string;
  definition: string;
}

/** "“三公”经费" and "\"三公\"经费" read alike: quotes and spaces dropped. */
export function termKey(text: string): string {
  return text.replace(/[\s“”"'‘’「」]/g, '');
}

/**
 * The dataset's glossary, in printed order; empty when it prints none.
 * @returns one entry per term (the first definition of a term printed twice)
 */
export function datasetGlossary(dataset: Pick<Dataset, 'narrative'>): GlossaryEntry[] {
  const n = dataset.narrative;
  const out: GlossaryEntry[] = [];
  const seen = new Set<string>();
  const add = (term: string, definition: string) => {
    const key = termKey(term);
    if (!key || !definition || seen.has(key)) return;
    seen.add(key);
    out.push({ term, definition });
  };
  for (const g of n.glossary ?? []) add(g.term.trim(), g.definition.trim());
  for (const s of n.sections) {
    const parts = s.title.split(' · ');
    if (!parts.slice(0, -1).some((p) => p.includes('名词解释'))) continue;
    const m = /^[一二三四五六七八九十]+、(.+?)[:：](.*)$/.exec(parts[parts.length - 1]!.trim());
    if (!m) continue;
    add(m[1]!.trim(), `${m[2]!}${s.text}`.replace(/\s*\n\s*/g, '').trim());
  }
  return out;
}
