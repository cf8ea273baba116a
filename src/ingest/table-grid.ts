/**
 * A generic reader for the tab-separated tables of the text extraction: header rows mapped to
 * columns by their printed labels, page headers and repeated header rows skipped, every
 * numbered (序号) row kept with its raw cells.
 */
import { isPageHeaderLine, type Section } from './sections';
import { cells, squeezeCjk, type Line } from './text';

/** A leaf column of a printed header: its cell index, label, group and 栏次. */
export interface GridColumn {
  /** Index of the cell in each tab-separated row. */
  readonly index: number;
  /** Leaf header as printed (CJK spaces removed), e.g. "基本支出". */
  readonly label: string;
  /** Spanning header above it, e.g. "功能分类科目". */
  readonly group?: string;
  /** 栏次 as printed. */
  readonly columnNo?: number;
}

/** One numbered data row: its 序号 and its cells (index-aligned with the columns). */
export interface GridRow {
  readonly line: number;
  readonly seq: number;
  readonly cells: readonly string[];
}

export interface Grid {
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  /** Lines starting with "注" printed under the table. */
  readonly notes: readonly string[];
  /** Lines that were neither header, page furniture, data nor note (for warnings). */
  readonly strayLines: readonly Line[];
  /** Line of the first header row, or the title line when the table has no header. */
  readonly headerLine?: number;
}

/**
 * Leaf columns from a two-row header (upper row of spanning groups and single-row leaves,
 * lower row of leaves). A lower label takes as group the nearest upper label at or left of it
 * that itself has a lower label (an upper label with nothing under it is a leaf, not a group).
 */
export function headerColumns(
  upper: readonly string[],
  lower: readonly string[],
  columnNos: readonly string[],
  firstIndex: number,
): GridColumn[] {
  const width = Math.max(upper.length, lower.length);
  const u = (i: number) => squeezeCjk(upper[i] ?? '');
  const l = (i: number) => squeezeCjk(lower[i] ?? '');
  const out: GridColumn[] = [];
  for (let i = firstIndex; i < width; i++) {
    const no = /^\d+$/.test(columnNos[i] ?? '') ? Number(columnNos[i]) : undefined;
    const base = { index: i, ...(no !== undefined ? { columnNo: no } : {}) };
    if (l(i)) {
      let group: string | undefined;
      for (let k = i; k >= firstIndex; k--) {
        if (u(k) && l(k)) {
          group = u(k);
          break;
        }
      }
      out.push({ ...base, label: l(i), ...(group ? { group } : {}) });
    } else if (u(i)) {
      out.push({ ...base, label: u(i) });
    }
  }
  return out;
}

const isSeqHeader = (c: readonly string[]) => c[0] === '序号';
const isColumnNoRow = (c: readonly string[]) => c[0] === '栏次';

/**
 * Reads a standard table section: the first "序号 … 栏次" block defines the columns; later
 * copies of it (a table crossing a page) and page headers are skipped; rows whose first cell
 * is a number are data rows. Cells are trimmed; blank stays "".
 */
export function parseGrid(section: Section): Grid {
  let columns: GridColumn[] | undefined;
  let headerLine: number | undefined;
  const rows: GridRow[] = [];
  const notes: string[] = [];
  const strayLines: Line[] = [];
  const lines = section.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (text.trim() === '' || isPageHeaderLine(text)) continue;
    const c = cells(text);
    if (isSeqHeader(c)) {
      const block: string[][] = [c];
      let j = i + 1;
      while (
        j < lines.length &&
        j - i < 4 &&
        !isColumnNoRow(cells(lines[j]!.text)) &&
        !/^\d+$/.test(cells(lines[j]!.text)[0] ?? '')
      ) {
        block.push(cells(lines[j]!.text));
        j++;
      }
      const hasColumnNos = j < lines.length && isColumnNoRow(cells(lines[j]!.text));
      const colNos = hasColumnNos ? cells(lines[j]!.text) : [];
      if (!columns) {
        headerLine = line.no;
        columns = headerColumns(block[0]!, block[1] ?? [], colNos, 1);
      }
      i = hasColumnNos ? j : j - 1;
      continue;
    }
    if (/^\d+$/.test(c[0] ?? '')) {
      rows.push({ line: line.no, seq: Number(c[0]), cells: c });
    } else if (/^注/.test(text.trim())) {
      notes.push(text.trim());
    } else {
      strayLines.push(line);
    }
  }
  return {
    columns: columns ?? [],
    rows,
    notes,
    strayLines,
    headerLine: headerLine ?? section.titleLine,
  };
}
