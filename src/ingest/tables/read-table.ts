/**
 * Reading one table block into a `PrintedTable`: the column tree from the header rows (x
 * positions for PDFs, cell indexes for tab/grid text, label order for space-separated text),
 * then every body line into a row with its code, name, kind and cells keyed by column.
 */
import Decimal from 'decimal.js';
import type { PrintedTable, TableColumn, TableRow } from '../../domain/printed-table';
import { identifyStandardTable, type DisclosureKind } from '../../domain/standard-tables';
import { COLUMN_ROLES } from '../../domain/standard-tables';
import { isBlankCell, isCodePart, isPlaceholder, parseAmount, parseCode, squeezeLabel } from './cells';
import { measureOf, roleOf } from './column-roles';
import { isNoteLine, type TableBlock } from './find-tables';
import { lineText, type LayoutCell, type LayoutLine, type PageRule } from './layout';
import type { ImportWarning } from './warnings';

/** A leaf column while reading: the printed column plus where its cells stand. */
interface Leaf {
  label: string;
  path: string[];
  columnNo?: number;
  /** Cell index (tab/grid text). */
  index?: number;
  /** Horizontal extent (PDF). */
  x0?: number;
  x1?: number;
}

/** Header labels of the identity columns (not amounts). */
const ID_LABEL =
  /^(序号|项目|类|款|项|(支出)?(功能|经济)分类(科目)?(编码|名称)?|(部门预算)?经济分类科目(编码)?|科目(编码|名称)|(功能|经济)分类科目(编码|名称)|编码|名称|单位名称)$/;
/** Header labels that group the leaves under them. */
const GROUP_LABEL =
  /^(收入|支出|本年收入|本年支出|收入预算|支出预算|财政拨款收入|财政拨款支出|.*预算(基本)?支出|财政拨款“?三公”?经费|“?三公”?经费预算数|公务用车购置及运行(维护)?费|项目|(支出)?(功能|经济)分类(科目)?|部门预算经济分类科目)$/;

const sq = (s: string) => squeezeLabel(s).replace(/\s+/g, '');
const center = (c: { x0?: number; x1?: number }) => ((c.x0 ?? 0) + (c.x1 ?? 0)) / 2;

/** Options of `readTable`. */
export interface ReadTableOptions {
  kind?: DisclosureKind;
}

/**
 * Reads a table block.
 *
 * @returns the table (validated by the caller against printedTableSchema) and the warnings
 *          about cells it could not place (page, line and the text it was reading)
 */
export function readTable(
  block: TableBlock,
  options: ReadTableOptions,
  warn: (w: ImportWarning) => void,
): PrintedTable {
  const spec = identifyStandardTable(block.title, options.kind);
  const positioned =
    block.header.some((l) => l.cells[0]?.x0 !== undefined) ||
    block.body.some((l) => l.cells[0]?.x0 !== undefined);
  const indexed = !positioned && [...block.header, ...block.body].some((l) => l.split === 'columns');
  const notes: string[] = [];
  const bodyLines = block.body.filter((l) => {
    if (isNoteLine(l)) {
      notes.push(sq(lineText(l)));
      return false;
    }
    if (notes.length > 0 && !l.cells.some((c) => parseAmount(c.text) !== undefined)) {
      notes[notes.length - 1] += sq(lineText(l));
      return false;
    }
    return true;
  });
  for (const l of block.header) if (isNoteLine(l)) notes.push(sq(lineText(l)));
  const header = block.header.filter((l) => !isNoteLine(l));
  const hasCodes = bodyLines.some((l) =>
    l.cells.some((c) => parseCode(c.text) !== undefined && !/^\d{1,2}$/.test(c.text)),
  );
  const sideBySide = spec?.rowAxis === 'summary';

  const leaves =
    (!indexed && !positioned && spec?.id.endsWith('three-public')
      ? threePublicTokenLeaves(block, header, bodyLines, warn)
      : null) ??
    (indexed
      ? indexedLeaves(header)
      : positioned
        ? (gridLeaves(header, block.rules) ?? positionedLeaves(header))
        : tokenLeaves(header));
  const amountLeaves = leaves.filter((l) => !ID_LABEL.test(l.label) || (sideBySide && l.label === '项目'));
  const columns: TableColumn[] = [];
  const keyOf = new Map<Leaf, string>();
  const textLeaves = new Set<Leaf>();
  // identity columns first
  let codeLayout: PrintedTable['codeLayout'] = 'none';
  const codeParts = bodyLines.some(
    (l) => l.cells.length > 1 && isCodePart(l.cells[0]!.text, 3) && isCodePart(l.cells[1]!.text, 2),
  );
  const spacedCodes = bodyLines.some((l) => parseCode(l.cells[0]?.text ?? '')?.form === 'spaced');
  const headerish = [...header, ...bodyLines.slice(0, 2)];
  const hasClassHeader = headerish.some((l) => l.cells.some((c) => sq(c.text) === '类'));
  if (hasCodes || hasClassHeader) {
    codeLayout =
      codeParts || (hasClassHeader && !spacedCodes && !positioned && !indexed)
        ? 'columns'
        : spacedCodes
          ? 'spaced'
          : 'whole';
    if (codeLayout === 'columns') {
      const economic =
        spec?.rowAxis === 'economic' || !headerish.some((l) => l.cells.some((c) => sq(c.text) === '项'));
      columns.push({ key: 'class', label: '类', path: ['科目编码'], kind: 'code', role: 'codeClass' });
      columns.push({ key: 'section', label: '款', path: ['科目编码'], kind: 'code', role: 'codeSection' });
      if (!economic)
        columns.push({ key: 'item', label: '项', path: ['科目编码'], kind: 'code', role: 'codeItem' });
    } else {
      columns.push({ key: 'code', label: '科目编码', path: [], kind: 'code', role: 'code' });
    }
  }
  if (!sideBySide)
    columns.push({
      key: 'name',
      label: hasCodes || hasClassHeader ? '科目名称' : '项目',
      path: [],
      kind: 'name',
      role: hasCodes || hasClassHeader ? 'name' : 'item',
    });
  amountLeaves.forEach((leaf, i) => {
    const key = `c${i + 1}`;
    keyOf.set(leaf, key);
    const isText = sideBySide && leaf.label === '项目';
    if (isText) textLeaves.add(leaf);
    const role = roleOf(leaf.label, leaf.path);
    const measure = measureOf(leaf.label);
    columns.push({
      key,
      label: leaf.label,
      path: leaf.path,
      ...(leaf.columnNo !== undefined ? { columnNo: leaf.columnNo } : {}),
      kind: isText ? 'text' : 'amount',
      ...(role ? { role } : {}),
      ...(measure && !isText ? { measure } : {}),
    });
  });
  if (columns.length === 0)
    columns.push({ key: 'name', label: '项目', path: [], kind: 'name', role: 'item' });

  const amountCols = amountLeaves.filter((l) => !textLeaves.has(l));
  const rows: TableRow[] = [];
  const ctx: RowContext = {
    block,
    amountCols,
    textCols: [...textLeaves],
    keyOf,
    warn,
    sideBySide,
    codeLayout,
  };
  // 决算 基本支出表: two economic tables printed side by side (人员经费 | 公用经费); each half's
  // lines are read on their own and its rows follow the left half's, as one table.
  // In a text grid (pdfplumber rows) the halves are cell indices; a half's line keeps the
  // other half's cells as blanks so that each cell stays under its header.
  const halves = (positioned || indexed) && hasCodes && !sideBySide ? codeTableHalves(leaves, indexed) : null;
  const bodyParts = halves
    ? [0, 1].map((h) =>
        bodyLines.map((l) => ({
          ...l,
          cells: indexed
            ? l.cells.map((c, i) => (i < halves.cut === (h === 0) ? c : { text: '' }))
            : l.cells.filter((c) => (c.x0 ?? 0) < halves.cut === (h === 0)),
        })),
      )
    : [bodyLines];
  const halfRows: TableRow[][] = bodyParts.map((lines, h) => {
    const half: TableRow[] = [];
    const cols = halves
      ? amountCols.filter((c) => leafAt(c, indexed) < halves.cut === (h === 0))
      : amountCols;
    const grouped = positioned
      ? ((sideBySide ? bandRows(lines, block.rulesByPage) : null) ??
        groupPositionedRows(lines, hasCodes, sideBySide, Math.min(...cols.map((c) => c.x0 ?? Infinity))))
      : sideBySide && !indexed
        ? wrappedTokenRows(lines)
        : lines.map((l) => ({ anchor: l, parts: [l] }));
    for (const g of grouped) {
      const row = indexed
        ? indexedRow(g.anchor, leaves, ctx)
        : positioned
          ? positionedRow(g.anchor, g.parts, { ...ctx, amountCols: cols })
          : tokenRow(
              g.anchor,
              ctx,
              g.parts.filter((p) => p !== g.anchor),
            );
      if (row) half.push(row);
    }
    return half;
  });
  rows.push(...halfRows.flat());
  if (halves) nameHalves(columns, keyOf, amountCols, halves.cut, halfRows, indexed);
  if (spec?.rowAxis === 'items' && codeLayout === 'none') itemLevels(rows);
  if (rows.length === 0 && notes.length === 0 && !/无数据|空表/.test(notes.join(''))) {
    warn({
      code: 'empty-table',
      message: `表“${block.title}”没有读到数据行`,
      page: block.titleLine.page,
      line: block.titleLine.line,
    });
  }
  return {
    standardId: spec?.id ?? null,
    title: block.title,
    unit: block.unit,
    codeLayout,
    columns,
    rows,
    notes,
    pages: [...block.pages],
  };
}

/* ---------------- header → leaves ---------------- */

/** Tab/grid text: one leaf per cell index, fragments top-down, spanning groups as path. */
function indexedLeaves(header: readonly LayoutLine[]): Leaf[] {
  const seqNoRow = header.find((l) => sq(l.cells[0]?.text ?? '') === '栏次');
  const rows = header.filter((l) => l !== seqNoRow).map((l) => l.cells.map((c) => sq(c.text)));
  const width = Math.max(0, ...rows.map((r) => r.length));
  // a header cell spans right up to the next cell of its own row or of a row above it (a
  // spanning cell never reaches past its parent's end)
  const nextCell = (r: number, i: number) => {
    let next = i + 1;
    while (next < width && !rows.slice(0, r + 1).some((row) => row[next])) next++;
    return next;
  };
  const isGroup = (r: number, i: number) => {
    const next = nextCell(r, i);
    let count = 0;
    for (let j = i; j < next; j++) if (rows.slice(r + 1).some((row) => row[j])) count++;
    return count >= 2;
  };
  const groupAt: (string | undefined)[][] = rows.map((row, r) =>
    row.map((t, i) => (t && isGroup(r, i) ? t : undefined)),
  );
  const leaves: Leaf[] = [];
  for (let i = 0; i < width; i++) {
    const label = rows.map((row, r) => (row[i] && !groupAt[r]![i] ? row[i] : '')).join('');
    if (!label) continue;
    const path: string[] = [];
    rows.forEach((row, r) => {
      for (let k = i; k >= 0; k--) {
        const g = groupAt[r]![k];
        if (g) {
          const next = nextCell(r, k);
          if (i < next && k !== i) path.push(g);
          else if (k === i) path.push(g);
          break;
        }
        if (row[k] && k !== i) break;
      }
    });
    const no = seqNoRow ? Number(sq(seqNoRow.cells[i]?.text ?? '')) : NaN;
    leaves.push({ label, path, index: i, ...(Number.isInteger(no) && no > 0 ? { columnNo: no } : {}) });
  }
  return leaves;
}

/** PDF: stacks of vertically overlapping fragments are leaves; group labels become paths. */
function positionedLeaves(header: readonly LayoutLine[]): Leaf[] {
  type Frag = { text: string; x0: number; x1: number; y: number; fs: number };
  const frags: Frag[] = header.flatMap((l) =>
    l.cells
      .filter((c) => !isBlankCell(c.text))
      .map((c) => ({ text: sq(c.text), x0: c.x0 ?? 0, x1: c.x1 ?? 0, y: l.y ?? 0, fs: l.fontSize ?? 10 })),
  );
  const groups = frags.filter(
    (f) =>
      GROUP_LABEL.test(f.text) &&
      frags.some((o) => o !== f && o.y < f.y - 0.5 * f.fs && Math.abs(center(o) - center(f)) < 12 * f.fs),
  );
  const stacks: Frag[][] = [];
  for (const f of frags.filter((x) => !groups.includes(x)).sort((a, b) => b.y - a.y)) {
    const st = stacks.find((s) => {
      const last = s[s.length - 1]!;
      const overlap = Math.min(last.x1, f.x1) - Math.max(last.x0, f.x0);
      return (
        overlap >= 0.5 * Math.min(last.x1 - last.x0, f.x1 - f.x0) &&
        last.y - f.y < 2.2 * f.fs &&
        !/^[类款项]$/.test(f.text)
      );
    });
    if (st) st.push(f);
    else stacks.push([f]);
  }
  const leaves: Leaf[] = stacks.map((s) => ({
    label: s.map((f) => f.text).join(''),
    path: [],
    x0: Math.min(...s.map((f) => f.x0)),
    x1: Math.max(...s.map((f) => f.x1)),
  }));
  leaves.sort((a, b) => (a.x0 ?? 0) - (b.x0 ?? 0));
  // each leaf takes, per header line above it, the group nearest by centre
  const groupLines = [...new Set(groups.map((g) => g.y))].sort((a, b) => b - a);
  for (const leaf of leaves) {
    for (const y of groupLines) {
      const onLine = groups.filter((g) => g.y === y);
      const best = onLine.reduce((a, b) =>
        Math.abs(center(a) - center(leaf)) <= Math.abs(center(b) - center(leaf)) ? a : b,
      );
      if (!ID_LABEL.test(best.text) || ID_LABEL.test(leaf.label)) leaf.path.push(best.text);
    }
  }
  return leaves;
}

/**
 * PDF with ruling lines: each header fragment is placed in the grid cell that encloses it
 * (the nearest borders left, right, above and below), fragments of one cell are one label,
 * a cell with no labelled cell under it is a leaf spanning its cell's width, and the
 * labelled cells above a leaf that span its centre are its path, outermost first. Text
 * positions alone mislead where a merged cell prints its label centred lower than its
 * neighbours' or a group header is narrower than the columns it spans.
 *
 * @returns the leaves left to right, or null when the header is not drawn as a grid (a
 *   fragment without a border on every side), so the caller falls back to text positions
 */
function gridLeaves(header: readonly LayoutLine[], rules: readonly PageRule[] | undefined): Leaf[] | null {
  if (!rules?.length || header.length === 0) return null;
  const horizontal = rules.filter((r) => r.y0 === r.y1);
  const vertical = rules.filter((r) => r.x0 === r.x1);
  type Cell = {
    x0: number;
    x1: number;
    y0: number;
    y1: number;
    texts: { text: string; x: number; y: number }[];
  };
  const cells: Cell[] = [];
  const tol = 1;
  for (const l of header) {
    const fs = l.fontSize ?? 10;
    const y = (l.y ?? 0) + 0.35 * fs; // the middle of the glyphs, above the baseline
    for (const c of l.cells) {
      if (isBlankCell(c.text)) continue;
      const x0 = c.x0 ?? 0;
      const x1 = c.x1 ?? 0;
      const cx = (x0 + x1) / 2;
      const crossingY = vertical.filter((r) => r.y0 - tol <= y && y <= r.y1 + tol);
      const crossingX = horizontal.filter((r) => r.x0 - tol <= cx && cx <= r.x1 + tol);
      const left = Math.max(...crossingY.filter((r) => r.x0 <= x0 + tol).map((r) => r.x0));
      const right = Math.min(...crossingY.filter((r) => r.x0 >= x1 - tol).map((r) => r.x0));
      const below = Math.max(...crossingX.filter((r) => r.y0 < y).map((r) => r.y0));
      const above = Math.min(...crossingX.filter((r) => r.y0 > y).map((r) => r.y0));
      if (![left, right, below, above].every(Number.isFinite)) return null;
      const same = cells.find(
        (k) => Math.abs(k.x0 - left) < tol && Math.abs(k.x1 - right) < tol && Math.abs(k.y1 - above) < tol,
      );
      const text = { text: sq(c.text), x: x0, y: l.y ?? 0 };
      if (same) same.texts.push(text);
      else cells.push({ x0: left, x1: right, y0: below, y1: above, texts: [text] });
    }
  }
  const label = (k: Cell) =>
    k.texts
      .sort((a, b) => b.y - a.y || a.x - b.x)
      .map((t) => t.text)
      .join('');
  const mid = (k: Cell) => (k.x0 + k.x1) / 2;
  const isUnder = (k: Cell, top: Cell) =>
    k !== top && k.y1 <= top.y0 + tol && top.x0 - tol <= mid(k) && mid(k) <= top.x1 + tol;
  const leafCells = cells.filter((k) => !cells.some((o) => isUnder(o, k))).sort((a, b) => a.x0 - b.x0);
  return leafCells.map((k) => {
    const leafLabel = label(k);
    const path = cells
      .filter((g) => isUnder(k, g))
      .sort((a, b) => b.y1 - a.y1)
      .map(label)
      .filter((g) => !ID_LABEL.test(g) || ID_LABEL.test(leafLabel));
    return { label: leafLabel, path, x0: k.x0, x1: k.x1 };
  });
}

/** Space-separated text: leaf labels in reading order, broken labels rejoined by role order. */
function tokenLeaves(header: readonly LayoutLine[]): Leaf[] {
  const lines = header.map((l) => l.cells.map((c) => sq(c.text)).filter((t) => t !== ''));
  const score = (ts: string[]) =>
    ts.filter((t) => t === '项目' || (!ID_LABEL.test(t) && !GROUP_LABEL.test(t))).length;
  const main = lines.reduce((a, b) => (score(b) > score(a) ? b : a), [] as string[]);
  const mainIdx = lines.indexOf(main);
  const groupsAbove = lines
    .slice(0, Math.max(0, mainIdx))
    .flat()
    .filter((t) => GROUP_LABEL.test(t) && !ID_LABEL.test(t));
  const leaves: Leaf[] = [];
  const halves = groupsAbove.length >= 2 && main.filter((t) => t === '项目').length >= 2;
  let half = 0;
  main.forEach((t, i) => {
    if (halves && t === '项目' && i > 0) half = 1;
    const path = halves ? [groupsAbove[half]!] : groupsAbove.slice(0, 1);
    leaves.push({ label: t, path });
  });
  // fragments of broken labels on the other lines ("事业单位" / "经营收入")
  const frags = [lines[mainIdx - 1] ?? [], lines[mainIdx + 1] ?? []]
    .flat()
    .filter((t) => !ID_LABEL.test(t) && !GROUP_LABEL.test(t) && !/^[类款项]$/.test(t) && !main.includes(t));
  if (frags.length > 0) {
    const joined = frags.join('');
    const role = roleOf(joined, []);
    const order = (r: string | undefined) =>
      r ? COLUMN_ROLES.indexOf(r as (typeof COLUMN_ROLES)[number]) : -1;
    const at = leaves.findIndex((l) => order(roleOf(l.label, [])) > order(role));
    leaves.splice(at < 0 ? leaves.length : at, 0, { label: joined, path: groupsAbove.slice(0, 1) });
  }
  return leaves;
}

/** A "三公" column as the national and provincial templates print it. */
type ThreePublicLeaf = 'total' | 'outbound' | 'reception' | 'subtotal' | 'purchase' | 'operation' | 'agency';

/**
 * The column orders of the "三公" table in the templates: the national one (财政部 决算 and
 * most 预算: 合计, 因公出国（境）费, 公务用车购置及运行费 小计/购置费/运行费, 公务接待费) and the
 * one that prints 公务接待费 before the 公务用车 group (上海 预算). 机关运行经费, where the
 * table carries it, comes last in both.
 */
const THREE_PUBLIC_ORDERS: readonly (readonly ThreePublicLeaf[])[] = [
  ['total', 'outbound', 'subtotal', 'purchase', 'operation', 'reception', 'agency'],
  ['total', 'outbound', 'reception', 'subtotal', 'purchase', 'operation', 'agency'],
];

function threePublicLeafOf(token: string): ThreePublicLeaf | undefined {
  if (/^合计$/.test(token)) return 'total';
  if (/因公出国[(（]境[)）]费/.test(token)) return 'outbound';
  if (/公务接待费$/.test(token)) return 'reception';
  if (/^小计$/.test(token)) return 'subtotal';
  if (/^(公务用车)?购置费?$/.test(token)) return 'purchase';
  if (/^(公务用车)?运行(维护)?费$/.test(token)) return 'operation';
  if (/^机关运行经费/.test(token)) return 'agency';
  return undefined;
}

/**
 * The "三公" table in a space-separated text extraction (no positions): the header's labels
 * stand on several lines in no usable left-to-right order ("合计 因公出国(境)费 公务接待费" /
 * "小计 购置费 运行费", a broken "机关运行经费预算" / "数"), so the leaves are recognised by
 * name and laid out in the order of one of the two template orders. Of the two, the order
 * kept is the one under which every body line satisfies the table's own identities (合计 =
 * 因公出国 + 公务用车 + 公务接待; 小计 = 购置费 + 运行费); the import says which it inferred.
 *
 * @returns the leaves, or null when the header is not that table's, a body line does not
 *          print every column, or neither or both orders fit with different readings (the
 *          generic reader then warns that the row is ambiguous)
 */
function threePublicTokenLeaves(
  block: TableBlock,
  header: readonly LayoutLine[],
  body: readonly LayoutLine[],
  warn: (w: ImportWarning) => void,
): Leaf[] | null {
  const tokens = header.flatMap((l) => l.cells.map((c) => sq(c.text)).filter((t) => t !== ''));
  let group: string | undefined;
  let vehicleGroup: string | undefined;
  const labels = new Map<ThreePublicLeaf, string>();
  for (const t of tokens) {
    if (/公务用车购置及运行(维护)?费$/.test(t)) vehicleGroup = t;
    else if (/三公/.test(t) && !labels.has('total')) group = t;
    else if (/^(预算)?数$/.test(t) && labels.has('agency'))
      labels.set('agency', labels.get('agency')! + t); // "机关运行经费预算" / "数"
    else {
      const leaf = threePublicLeafOf(t);
      if (!leaf || labels.has(leaf)) return null;
      labels.set(leaf, t);
    }
  }
  const required: ThreePublicLeaf[] = ['total', 'outbound', 'reception', 'subtotal', 'purchase', 'operation'];
  if (!vehicleGroup || required.some((r) => !labels.has(r))) return null;
  const orders = THREE_PUBLIC_ORDERS.map((o) => o.filter((leaf) => labels.has(leaf)));
  const lines = body
    .map((l) => l.cells.map((c) => c.text.trim()).filter((t) => parseAmount(t) !== undefined))
    .filter((a) => a.length > 0);
  if (lines.length === 0 || lines.some((a) => a.length !== orders[0]!.length)) return null;
  const readings = orders.map((order) =>
    lines.map((amounts) => new Map(order.map((leaf, i) => [leaf, new Decimal(parseAmount(amounts[i]!)!)]))),
  );
  const holds = (reading: Map<ThreePublicLeaf, Decimal>[]) =>
    reading.every(
      (v) =>
        v.get('total')!.eq(v.get('outbound')!.plus(v.get('subtotal')!).plus(v.get('reception')!)) &&
        v.get('subtotal')!.eq(v.get('purchase')!.plus(v.get('operation')!)),
    );
  const fitting = orders.map((_, i) => i).filter((i) => holds(readings[i]!));
  const same = (a: Map<ThreePublicLeaf, Decimal>[], b: Map<ThreePublicLeaf, Decimal>[]) =>
    a.every((v, k) => [...v].every(([leaf, x]) => b[k]!.get(leaf)!.eq(x)));
  if (fitting.length === 0 || (fitting.length > 1 && !same(readings[fitting[0]!]!, readings[fitting[1]!]!)))
    return null;
  const chosen = orders[fitting[0]!]!;
  if (fitting.length === 1)
    warn({
      code: 'column-order-inferred',
      message: `表“${block.title}”的文本没有位置信息，表头各栏的左右顺序按模板推定为：${chosen.map((l) => labels.get(l)).join('、')}（只有这一顺序使合计 = 各项之和、小计 = 购置费 + 运行费）`,
      page: block.titleLine.page,
      line: block.titleLine.line,
    });
  const top = group ? [group] : [];
  return chosen.map((leaf) => ({
    label: labels.get(leaf)!,
    path:
      leaf === 'agency'
        ? []
        : leaf === 'subtotal' || leaf === 'purchase' || leaf === 'operation'
          ? [...top, vehicleGroup!]
          : top,
  }));
}

/* ---------------- body → rows ---------------- */

interface RowContext {
  block: TableBlock;
  amountCols: Leaf[];
  textCols: Leaf[];
  keyOf: Map<Leaf, string>;
  warn: (w: ImportWarning) => void;
  sideBySide: boolean;
  codeLayout: PrintedTable['codeLayout'];
}

function rowKind(name: string | undefined): TableRow['kind'] {
  const n = sq(name ?? '');
  if (/^(合计|总计|本年收入合计|本年支出合计|收入总计|支出总计|人员经费合计|公用经费合计)$/.test(n))
    return 'total';
  if (/^小计$/.test(n)) return 'subtotal';
  return 'data';
}

function finishRow(
  ctx: RowContext,
  anchor: LayoutLine,
  code: string | undefined,
  name: string | undefined,
  cells: Record<string, string>,
  seq?: number,
): TableRow | null {
  const n = name ? sq(name) : undefined;
  if (!code && !n && Object.keys(cells).length === 0) return null;
  const kind = rowKind(n);
  const row: TableRow = {
    ...(seq !== undefined ? { seq } : {}),
    ...(code && kind === 'data' ? { code } : {}),
    ...(n ? { name: n } : {}),
    kind,
    cells,
    source: { page: anchor.page, line: anchor.line },
  };
  if (
    !ctx.sideBySide &&
    !code &&
    kind === 'data' &&
    ctx.codeLayout === 'none' &&
    /^[一二三四五六七八九十]+、/.test(n ?? '')
  )
    row.level = 1;
  return row;
}

function putAmount(
  ctx: RowContext,
  cells: Record<string, string>,
  leaf: Leaf | undefined,
  raw: string,
  line: LayoutLine,
) {
  if (isBlankCell(raw)) return;
  const amount = parseAmount(raw);
  if (!leaf || amount === undefined) {
    ctx.warn({
      code: isPlaceholder(raw) ? 'placeholder' : 'unplaced-cell',
      message: isPlaceholder(raw)
        ? `表“${ctx.block.title}”中是占位符“${raw}”，不是金额`
        : `表“${ctx.block.title}”中的“${raw}”无法对应到列`,
      page: line.page,
      line: line.line,
      text: lineText(line),
    });
    return;
  }
  cells[ctx.keyOf.get(leaf)!] = amount;
}

function indexedRow(anchor: LayoutLine, leaves: Leaf[], ctx: RowContext): TableRow | null {
  const byIndex = new Map(leaves.map((l) => [l.index!, l]));
  const texts = anchor.cells.map((c) => c.text.trim());
  let code: string | undefined;
  let name: string | undefined;
  let seq: number | undefined;
  const parts: string[] = [];
  const cells: Record<string, string> = {};
  texts.forEach((t, i) => {
    const leaf = byIndex.get(i);
    const label = leaf?.label ?? '';
    if (!t) return;
    if (/^[类款项]$/.test(t) && (!leaf || ID_LABEL.test(label) || i < 3)) return; // 类/款/项 header merged into the 合计 row
    if (label === '序号') seq = Number(t) || undefined;
    else if (
      ((/^[类款项]$/.test(label) || /编码$/.test(label)) && /^[\d\s]+$/.test(t)) ||
      (i < 3 && /^\d{2,3}$/.test(t) && !leaf?.label)
    )
      parts.push(t);
    // a 合计 row's label spans the code column ("人员经费合计 |  | 4884.09")
    else if ((/^[类款项]$/.test(label) || /编码$/.test(label)) && !ctx.textCols.includes(leaf!))
      name = (name ?? '') + t;
    else if (/名称$|^项目$/.test(label) && !ctx.textCols.includes(leaf!)) name = (name ?? '') + t;
    else if (leaf && ctx.textCols.includes(leaf)) cells[ctx.keyOf.get(leaf)!] = sq(t);
    else if (leaf && ctx.keyOf.has(leaf)) putAmount(ctx, cells, leaf, t, anchor);
    else if (parseAmount(t) !== undefined) putAmount(ctx, cells, undefined, t, anchor);
    else name = (name ?? '') + t;
  });
  if (parts.length) code = parts.map((p) => p.replace(/\s+/g, '')).join('');
  if (code && !/^\d{3}(\d{2}){0,2}$/.test(code)) code = undefined;
  return finishRow(ctx, anchor, code, name, cells, seq);
}

/** A line of a space-separated text that holds only a piece of a wrapped item name. */
function isNameFragment(l: LayoutLine): boolean {
  const toks = l.cells.map((c) => c.text.trim()).filter((t) => t !== '');
  return (
    toks.length === 1 &&
    parseAmount(toks[0]!) === undefined &&
    !isBlankCell(toks[0]!) &&
    !/合计|总计|结转|结余/.test(sq(toks[0]!))
  );
}

/**
 * Side-by-side summary tables in a space-separated text (pdfplumber): an item name wrapped
 * over two lines of its cell is printed around its row, its first part on the line above
 * the amounts and the rest on the line below ("一、社会保障和就业" / row / "支出"). A row
 * takes the fragment lines directly above and below it when both are there and unclaimed;
 * `tokenRow` gives the joined name to the half of the row that has none. Any other fragment
 * stays a row of its own (an item printed with blank amounts).
 */
function wrappedTokenRows(lines: readonly LayoutLine[]): { anchor: LayoutLine; parts: LayoutLine[] }[] {
  const claimed = new Set<LayoutLine>();
  const out: { anchor: LayoutLine; parts: LayoutLine[] }[] = [];
  lines.forEach((l, i) => {
    if (isNameFragment(l)) return;
    const above = lines[i - 1];
    const below = lines[i + 1];
    if (above && below && isNameFragment(above) && isNameFragment(below) && !claimed.has(above)) {
      claimed.add(above).add(below);
      out.push({ anchor: l, parts: [above, l, below] });
    } else out.push({ anchor: l, parts: [l] });
  });
  // unclaimed fragments are rows of their own, in their printed place
  const result: { anchor: LayoutLine; parts: LayoutLine[] }[] = [];
  for (const l of lines) {
    const row = out.find((g) => g.anchor === l);
    if (row) result.push(row);
    else if (!claimed.has(l)) result.push({ anchor: l, parts: [l] });
  }
  return result;
}

function tokenRow(anchor: LayoutLine, ctx: RowContext, wrapped: readonly LayoutLine[] = []): TableRow | null {
  const toks = anchor.cells.map((c) => c.text.trim()).filter((t) => t !== '');
  while (toks[0] && /^[类款项]$/.test(toks[0])) toks.shift();
  const cells: Record<string, string> = {};
  if (ctx.sideBySide) {
    // text amount* text amount*: one segment per half
    const segs: { text: string; amounts: string[] }[] = [];
    for (const t of toks) {
      if (parseAmount(t) !== undefined || isBlankCell(t)) {
        if (!segs.length) segs.push({ text: '', amounts: [] });
        segs[segs.length - 1]!.amounts.push(t);
      } else if (segs.length && segs[segs.length - 1]!.amounts.length === 0) segs[segs.length - 1]!.text += t;
      else segs.push({ text: t, amounts: [] });
    }
    const halves: Leaf[][] = [];
    for (const leaf of [...ctx.textCols, ...ctx.amountCols].sort((a, b) =>
      ctx.keyOf.get(a)!.localeCompare(ctx.keyOf.get(b)!, 'en', { numeric: true }),
    )) {
      if (ctx.textCols.includes(leaf)) halves.push([leaf]);
      else halves[halves.length - 1]?.push(leaf);
    }
    // One segment for two halves (the other half's name wrapped off the line, or blank):
    // its amounts say which half it is when only one reading fits the column counts.
    let placed: ({ text: string; amounts: string[] } | undefined)[] = segs;
    if (segs.length === 1 && halves.length === 2) {
      const [s] = segs as [{ text: string; amounts: string[] }];
      const [left, right] = [halves[0]!.length - 1, halves[1]!.length - 1];
      const n = s.amounts.filter((a) => !isBlankCell(a)).length === s.amounts.length ? s.amounts.length : -1;
      if (n === left + right && n > 0)
        placed = [
          { text: s.text, amounts: s.amounts.slice(0, left) },
          { text: '', amounts: s.amounts.slice(left) },
        ];
      else if (n === right && right !== left) placed = [undefined, s];
      else if (n === left && right !== left) placed = [s, undefined];
    }
    if (
      placed.length > halves.length ||
      (placed === segs &&
        segs.length < halves.length &&
        segs.length > 0 &&
        segs.some((s, k) => s.amounts.length > (halves[k]?.length ?? 1) - 1))
    ) {
      ctx.warn({
        code: 'ambiguous-row',
        message: `表“${ctx.block.title}”这一行的单元格无法确定属于哪一栏（文本层丢失了空单元格）`,
        page: anchor.page,
        line: anchor.line,
        text: lineText(anchor),
      });
      return null;
    }
    const wrappedName = wrapped.map((l) => sq(lineText(l))).join('');
    // the wrapped name belongs to the half that has amounts but no name, else to a half
    // that has neither
    const nameless = [0, 1].filter((k) => k < halves.length && !placed[k]?.text);
    const takes =
      nameless.find((k) => (placed[k]?.amounts.length ?? 0) > 0) ??
      (nameless.length === 1 ? nameless[0] : undefined);
    placed.forEach((s, k) => {
      const half = halves[k];
      if (!half || !s) return;
      if (s.text) cells[ctx.keyOf.get(half[0]!)!] = s.text;
      s.amounts.forEach((a, j) => putAmount(ctx, cells, half[j + 1], a, anchor));
    });
    if (wrappedName && takes !== undefined && halves[takes])
      cells[ctx.keyOf.get(halves[takes][0]!)!] = wrappedName;
    else if (wrappedName)
      ctx.warn({
        code: 'ambiguous-row',
        message: `表“${ctx.block.title}”中折行的项目名称“${wrappedName}”无法确定属于收入还是支出一侧`,
        page: anchor.page,
        line: anchor.line,
        text: lineText(anchor),
      });
    return finishRow(ctx, anchor, undefined, undefined, cells);
  }
  let code: string | undefined;
  if (toks[0] && isCodePart(toks[0], 3)) {
    const parts = [toks.shift()!];
    while (toks[0] && isCodePart(toks[0], 2) && parts.length < 3) parts.push(toks.shift()!);
    code = parts.join('');
  } else if (toks[0] && parseCode(toks[0])) code = parseCode(toks.shift()!)!.code;
  const nameParts: string[] = [];
  while (toks[0] !== undefined && parseAmount(toks[0]) === undefined && !isBlankCell(toks[0]))
    nameParts.push(toks.shift()!);
  const amounts = toks;
  if (amounts.length === ctx.amountCols.length)
    amounts.forEach((a, j) => putAmount(ctx, cells, ctx.amountCols[j], a, anchor));
  else if (amounts.length > 0) {
    ctx.warn({
      code: 'ambiguous-row',
      message: `表“${ctx.block.title}”这一行有 ${amounts.length} 个金额而表头有 ${ctx.amountCols.length} 个金额栏（文本层丢失了空单元格），无法确定各金额所在的栏`,
      page: anchor.page,
      line: anchor.line,
      text: lineText(anchor),
    });
  }
  return finishRow(ctx, anchor, code, nameParts.join(''), cells);
}

/**
 * PDF rows: lines holding a code or a name anchor a row; amount-only and name-fragment lines
 * join the nearest anchor. In a coded table only a line that starts with a code (left of the
 * first amount column, `amountX`) or a 合计 row anchors: the templates print the code at the
 * top of its cell and the name and amount centred, a few points lower or on lines of their own.
 */
function groupPositionedRows(
  lines: readonly LayoutLine[],
  hasCodes: boolean,
  sideBySide: boolean,
  amountX: number,
): { anchor: LayoutLine; parts: LayoutLine[] }[] {
  const startsWithCode = (l: LayoutLine) => {
    const c = l.cells[0];
    return !!c && parseCode(c.text) !== undefined && !/\./.test(c.text) && (c.x1 ?? 0) < amountX;
  };
  const isWrapped = (l: LayoutLine) =>
    sideBySide &&
    l.cells.length === 1 &&
    parseAmount(l.cells[0]!.text) === undefined &&
    !/^[一二三四五六七八九十]+、|合计|总计|结转|结余/.test(sq(l.cells[0]!.text));
  const isOrphan = (l: LayoutLine) => {
    if (hasCodes && startsWithCode(l)) return false; // a code row
    if (
      hasCodes &&
      l.cells.length > 0 &&
      rowKind(l.cells.find((c) => parseAmount(c.text) === undefined)?.text) === 'total'
    )
      return false;
    if (hasCodes) return true;
    const nonAmount = l.cells.filter(
      (c) => parseAmount(c.text) === undefined && !isBlankCell(c.text) && !/^[类款项]$/.test(sq(c.text)),
    );
    if (nonAmount.length === 0) return true; // amounts only
    if (isWrapped(l)) return true;
    return hasCodes && l.cells.length === 1 && parseCode(l.cells[0]!.text) === undefined;
  };
  const anchors = lines.filter((l) => !isOrphan(l));
  const groups = new Map<LayoutLine, LayoutLine[]>(anchors.map((a) => [a, [a]]));
  const out: { anchor: LayoutLine; parts: LayoutLine[] }[] = [];
  for (const l of lines) {
    if (!isOrphan(l)) continue;
    const fs = l.fontSize ?? 10;
    if (isWrapped(l)) {
      // a wrapped item name continues the nearest line above that starts a text at the same x
      const x = l.cells[0]!.x0 ?? 0;
      const above = lines
        .filter(
          (a) =>
            a.page === l.page &&
            (a.y ?? 0) > (l.y ?? 0) &&
            a.cells.some((c) => Math.abs((c.x0 ?? 0) - x) < 2 && parseAmount(c.text) === undefined),
        )
        .sort((a, b) => (a.y ?? 0) - (b.y ?? 0))[0];
      const target = above && [...groups.entries()].find(([, parts]) => parts.includes(above))?.[0];
      if (target) {
        groups.get(target)!.push(l);
        continue;
      }
    }
    const near = anchors
      .filter((a) => a.page === l.page)
      .reduce<LayoutLine | undefined>(
        (best, a) =>
          !best || Math.abs((a.y ?? 0) - (l.y ?? 0)) < Math.abs((best.y ?? 0) - (l.y ?? 0)) ? a : best,
        undefined,
      );
    if (near && Math.abs((near.y ?? 0) - (l.y ?? 0)) < 1.5 * fs) groups.get(near)!.push(l);
    else groups.set(l, [l]);
  }
  for (const l of lines) {
    const g = groups.get(l);
    if (g) out.push({ anchor: l, parts: g.sort((a, b) => (b.y ?? 0) - (a.y ?? 0)) });
  }
  return out;
}

/**
 * PDF rows by the drawn grid: every cell belongs to the row whose top border is the nearest
 * horizontal rule above it (crossing the cell), so a name wrapped onto a second line and an
 * amount printed at the top of a tall cell stay with their row. A cell merged over two rows
 * of the other half joins the first.
 *
 * @returns the rows, or null when a page of the lines draws no rules (text positions then)
 */
function bandRows(
  lines: readonly LayoutLine[],
  rulesByPage: Readonly<Record<number, readonly PageRule[]>> | undefined,
): { anchor: LayoutLine; parts: LayoutLine[] }[] | null {
  if (!rulesByPage || lines.some((l) => !rulesByPage[l.page]?.length)) return null;
  const rows = new Map<string, { anchor: LayoutLine; parts: LayoutLine[] }>();
  const order: string[] = [];
  for (const l of lines) {
    const horizontal = rulesByPage[l.page]!.filter((r) => r.y0 === r.y1);
    const y = (l.y ?? 0) + 0.35 * (l.fontSize ?? 10);
    const byBand = new Map<string, LayoutCell[]>();
    for (const c of l.cells) {
      const cx = ((c.x0 ?? 0) + (c.x1 ?? 0)) / 2;
      const top = Math.min(
        ...horizontal.filter((r) => r.x0 - 1 <= cx && cx <= r.x1 + 1 && r.y0 > y).map((r) => r.y0),
      );
      if (!Number.isFinite(top)) return null;
      const key = `${l.page}:${top.toFixed(1)}`;
      byBand.set(key, [...(byBand.get(key) ?? []), c]);
    }
    for (const [key, cells] of byBand) {
      const part = { ...l, cells };
      const row = rows.get(key);
      if (row) row.parts.push(part);
      else {
        rows.set(key, { anchor: part, parts: [part] });
        order.push(key);
      }
    }
  }
  return order
    .map((k) => rows.get(k)!)
    .sort((a, b) => a.anchor.page - b.anchor.page || Number(b.parts[0]!.y) - Number(a.parts[0]!.y))
    .map((r) => ({ anchor: r.anchor, parts: r.parts.sort((a, b) => (b.y ?? 0) - (a.y ?? 0)) }));
}

function positionedRow(anchor: LayoutLine, parts: LayoutLine[], ctx: RowContext): TableRow | null {
  const cells: Record<string, string> = {};
  const codeParts: string[] = [];
  const nameParts: string[] = [];
  const nameXs: number[] = [];
  for (const l of parts) {
    let leading = true;
    for (const c of l.cells) {
      const t = c.text.trim();
      // a lone 类/款/项 is the code header merged into a row, except in an item half ("…财政拨" / "款")
      if (!t || (/^[类款项]$/.test(sq(t)) && !ctx.sideBySide)) continue;
      const code = parseCode(t);
      const isCode =
        codeParts.length === 0 ? code !== undefined : isCodePart(t, 2) && codeParts.join('').length < 7;
      if (ctx.codeLayout !== 'none' && leading && !/\./.test(t) && isCode) {
        codeParts.push(t.replace(/\s+/g, ''));
        continue;
      }
      leading = false;
      if (parseAmount(t) !== undefined || isBlankCell(t) || isPlaceholder(t)) {
        putAmount(ctx, cells, nearestLeaf(ctx.amountCols, c), t, l);
        continue;
      }
      if (ctx.sideBySide && ctx.textCols.length) {
        const leaf = nearestLeaf(ctx.textCols, c)!;
        const key = ctx.keyOf.get(leaf)!;
        cells[key] = (cells[key] ?? '') + sq(t);
        continue;
      }
      nameParts.push(t);
      nameXs.push(c.x0 ?? 0);
    }
  }
  let code = codeParts.length ? codeParts.join('') : undefined;
  if (code && !/^\d{3}(\d{2}){0,2}$/.test(code)) {
    ctx.warn({
      code: 'bad-code',
      message: `表“${ctx.block.title}”中的科目编码“${codeParts.join(' ')}”不是 3、5 或 7 位`,
      page: anchor.page,
      line: anchor.line,
      text: lineText(anchor),
    });
    code = undefined;
  }
  return finishRow(ctx, anchor, code, nameParts.join(''), cells);
}

/**
 * Where a coded table prints two halves side by side (the 决算 基本支出表: 经济分类科目编码 /
 * 科目名称 / 决算数, twice): the header repeats an identity column after an amount column.
 *
 * @param indexed  leaves of a text grid: positions are cell indices, not x
 * @returns the position that divides the halves: for a PDF the x midway between the left
 *   half's last amount column and the right half's first identity column; for a text grid
 *   the index of the right half's first cell. null for a one-part table.
 */
function codeTableHalves(leaves: readonly Leaf[], indexed = false): { cut: number } | null {
  const sorted = [...leaves].sort((a, b) => leafAt(a, indexed) - leafAt(b, indexed));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (!ID_LABEL.test(prev.label) && ID_LABEL.test(cur.label) && !/^项目$/.test(cur.label))
      return { cut: indexed ? cur.index! : ((prev.x1 ?? 0) + (cur.x0 ?? 0)) / 2 };
  }
  return null;
}

/** A leaf's position across the table: its cell index in a text grid, its left x in a PDF. */
function leafAt(leaf: Leaf, indexed: boolean): number {
  return (indexed ? leaf.index : leaf.x0) ?? 0;
}

/**
 * Names the amount columns of a two-half table after the half they belong to: the half's own
 * 合计 row ("人员经费合计" → path ["人员经费"], role personnelExpense; "公用经费合计" →
 * publicExpense). The label stays as printed ("决算数", measure final); a half without a
 * 合计 row keeps its column as read.
 */
function nameHalves(
  columns: TableColumn[],
  keyOf: ReadonlyMap<Leaf, string>,
  amountCols: readonly Leaf[],
  cut: number,
  halfRows: readonly TableRow[][],
  indexed = false,
) {
  halfRows.forEach((rows, h) => {
    const group = rows
      .find((r) => r.kind === 'total' && /.合计$/.test(r.name ?? ''))
      ?.name?.replace(/合计$/, '');
    if (!group) return;
    for (const leaf of amountCols.filter((c) => leafAt(c, indexed) < cut === (h === 0))) {
      const column = columns.find((c) => c.key === keyOf.get(leaf));
      if (!column) continue;
      column.path = [group];
      const role = roleOf(group, []);
      if (role) column.role = role;
    }
  });
}

/**
 * Nesting levels of an item table printed as rows ("三公" 预算表): 0 for 合计 and the
 * "三公"经费小计, 1 for the numbered items (一、二、…), 2 for "其中：" rows and the unnumbered
 * rows that follow them. A table without numbered items keeps its rows unlevelled.
 */
function itemLevels(rows: TableRow[]) {
  if (!rows.some((r) => /^[一二三四五六七八九十]+、/.test(r.name ?? ''))) return;
  let inSub = false;
  for (const r of rows) {
    const n = r.name ?? '';
    if (r.kind !== 'data' || /^[“"]?三公[”"]?经费(小计|合计)$/.test(n)) {
      r.level = 0;
      inSub = false;
    } else if (/^[一二三四五六七八九十]+、/.test(n)) {
      r.level = 1;
      inSub = false;
    } else if (/^其中[:：]/.test(n) || inSub) {
      r.level = 2;
      inSub = true;
    }
  }
}

/** The leaf a positioned cell belongs to: the most overlapping, else the nearest by centre. */
function nearestLeaf(leaves: readonly Leaf[], c: LayoutCell): Leaf | undefined {
  let best: Leaf | undefined;
  let bestScore = -Infinity;
  for (const l of leaves) {
    const overlap = Math.min(l.x1 ?? 0, c.x1 ?? 0) - Math.max(l.x0 ?? 0, c.x0 ?? 0);
    const score = overlap > 0 ? 1000 + overlap : -Math.abs(center(l) - center(c));
    if (score > bestScore) {
      bestScore = score;
      best = l;
    }
  }
  return best;
}
