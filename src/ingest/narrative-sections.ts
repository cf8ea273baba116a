/**
 * Splits the narrative of a disclosure (概况, 情况说明, 名词解释 …) into its sections as
 * printed, by the headings the templates use: "第三部分 …" (part), "一、…" (section),
 * "（一）…" (subsection). Wrapped lines are joined back into paragraphs (a PDF line ends
 * where the page did, not where the sentence did), and the figures each section states are
 * read with `readNarrativeFigures`.
 */
import { readNarrativeFigures, type NarrativeFigure } from '../domain/narrative-figures';

/** One line of the narrative as it stood in the source. */
export interface NarrativeLine {
  page: number;
  /** 1-based line number on its page. */
  line: number;
  text: string;
}

/** One section of the narrative. */
export interface NarrativeSection {
  /** Heading as printed, numbering included, e.g. "二、收入决算情况说明". */
  title: string;
  /** 1 = 第…部分, 2 = 一、, 3 = （一）. */
  level: 1 | 2 | 3;
  /** Titles of the enclosing sections, outermost first. */
  path: string[];
  /** The section's own paragraphs (not its subsections'), wrapped lines joined. */
  paragraphs: string[];
  /** Where the heading stood. */
  page: number;
  line: number;
  /** Figures stated in the paragraphs: `paragraph` is the index into `paragraphs`. */
  figures: (NarrativeFigure & { paragraph: number })[];
}

const PART = /^第[一二三四五六七八九十]+部分\s*\S/;
const SECTION = /^[一二三四五六七八九十]+、\s*\S/;
const SUBSECTION = /^[（(][一二三四五六七八九十]+[）)]\s*\S/;
/** A table of contents entry: dot leaders or a trailing page number after spaces. */
const TOC_ENTRY = /(…{2,}|\.{4,}|·{4,})\s*\d*\s*$|\t\d+\s*$/;
/** A paragraph ends where a line ends a sentence; other line ends are only wrapping. */
const PARAGRAPH_END = /[。！？]$/;
const MAX_TITLE = 40;

function headingLevel(text: string): 1 | 2 | 3 | null {
  if (text.length > MAX_TITLE + 10 || TOC_ENTRY.test(text)) return null;
  if (PART.test(text)) return 1;
  // A long line starting with "一、" that ends a sentence is a list item, not a heading.
  if (SECTION.test(text) && text.length <= MAX_TITLE && !/[。；]$/.test(text)) return 2;
  if (SUBSECTION.test(text) && text.length <= MAX_TITLE && !/[。；]$/.test(text)) return 3;
  return null;
}

/**
 * Splits narrative lines into sections.
 *
 * @param lines  the narrative's lines in reading order, table lines already removed;
 *   blank lines end a paragraph
 * @returns the sections in printed order; text before the first heading becomes a section
 *   titled "" at level 1 (kept, never dropped)
 */
export function splitNarrativeSections(lines: readonly NarrativeLine[]): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  const open: (NarrativeSection | undefined)[] = [undefined, undefined, undefined];
  let current: NarrativeSection | undefined;
  let paragraph = '';

  const flush = () => {
    const text = paragraph.trim();
    paragraph = '';
    if (!text) return;
    if (!current) {
      const first = lines[0]!;
      current = {
        title: '',
        level: 1,
        path: [],
        paragraphs: [],
        page: first.page,
        line: first.line,
        figures: [],
      };
      sections.push(current);
    }
    const index = current.paragraphs.push(text) - 1;
    for (const f of readNarrativeFigures(text)) current.figures.push({ ...f, paragraph: index });
  };

  for (const l of lines) {
    const text = l.text.replace(/[\u3000\u00a0]/g, ' ').trim();
    if (!text) {
      flush();
      continue;
    }
    if (TOC_ENTRY.test(text)) continue;
    const level = headingLevel(text);
    if (level) {
      flush();
      const path = open
        .slice(0, level - 1)
        .filter((s): s is NarrativeSection => s !== undefined)
        .map((s) => s.title);
      current = { title: text, level, path, paragraphs: [], page: l.page, line: l.line, figures: [] };
      open[level - 1] = current;
      for (let i = level; i < open.length; i++) open[i] = undefined;
      sections.push(current);
      continue;
    }
    paragraph += text;
    if (PARAGRAPH_END.test(text)) flush();
  }
  flush();
  return sections;
}
