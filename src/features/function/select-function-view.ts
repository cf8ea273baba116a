/**
 * View model of the 功能分类 view: from the budget and the URL state (drill path, measure)
 * to everything the treemap, its breadcrumb, the level summary, the leaf detail and the tree
 * table show. Pure; amounts in 万元 (Decimal), shares in percent (×100).
 *
 * Source of every amount: 部门预算支出总表 (columns 合计 / 基本支出 / 项目支出), and for the
 * projects behind a 项, the project tables (部门项目预算安排情况及绩效目标, 预算数).
 */
import type Decimal from 'decimal.js';
import { functionCopy, measureLabel, undrawableText } from '../../copy/function';
import { BLANK_CELL, formatAmount, formatPercent } from '../../domain/format';
import { percentOf, roundShare, sumOrZero } from '../../domain/money';
import { projectsOfFunction } from '../../domain/function-projects';
import {
  levelRoundedShares,
  levelShares,
  shareOfTotal,
  undrawableReason,
  type UndrawableReason,
} from '../../domain/function-shares';
import {
  resolveFunctionPath,
  type FunctionLevel,
  type FunctionMeasure,
  type FunctionNode,
  type FunctionTree,
} from '../../domain/function-tree';
import type { BudgetModel } from '../../domain/budget-model';
import type { SourceRef } from '../../domain/source';

/** The value of `?measure=` for each measure; 合计 is the default and is left out of URLs. */
export const MEASURE_PARAM: Record<FunctionMeasure, string> = {
  total: 'total',
  basicExpenditure: 'basic',
  projectExpenditure: 'project',
};

/** Reads `?measure=` (total | basic | project); anything else is 合计. */
export function parseMeasure(value: string | null | undefined): FunctionMeasure {
  if (value === 'basic') return 'basicExpenditure';
  if (value === 'project') return 'projectExpenditure';
  return 'total';
}

/**
 * The in-app route of a drill path and measure, e.g. `/function/206/20699?measure=project`
 * (the caller adds sticky parameters with withSticky).
 */
export function functionRoute(path: readonly string[], measure: FunctionMeasure): string {
  const base = ['/function', ...path].join('/');
  return measure === 'total' ? base : `${base}?measure=${MEASURE_PARAM[measure]}`;
}

/** The state the URL holds. */
export interface FunctionUrlState {
  /** Codes from 类 down, e.g. ["206", "20699"]; [] for all 类. */
  path: string[];
  measure: FunctionMeasure;
}

/** One block of the treemap level (a child of the level's parent with an amount > 0). */
export interface FunctionBlock {
  code: string;
  name: string;
  level: FunctionLevel;
  /** Drill path of this block. */
  path: string[];
  /** Amount for the chosen measure, 万元 (> 0). */
  value: Decimal;
  total: Decimal;
  basicExpenditure: Decimal;
  projectExpenditure: Decimal;
  blank: FunctionMeasure[];
  /** Share of the level for the chosen measure, 2 dp; the blocks of a level add up to 100.00. */
  shareOfParent: Decimal;
  /** Share of the department's 合计 row for the chosen measure, unrounded. */
  shareOfTotal?: Decimal;
  /** Code of the 类 it belongs to (for its colour). */
  classCode: string;
  /** True for a node without children (a 项): clicking it opens its detail. */
  isLeaf: boolean;
  source?: SourceRef;
  /** The 其他 block only (see groupSmallBlocks): the blocks it merges, in printed order. */
  members?: FunctionBlock[];
}

/** A child of the level that has no area for the chosen measure (blank, zero or negative). */
export interface HiddenBlock {
  code: string;
  name: string;
  path: string[];
  reason: UndrawableReason;
}

/** The node a level belongs to: a 类/款/项, or the whole department (code undefined). */
export interface LevelParent {
  code?: string;
  name: string;
  /** Amount for the chosen measure, 万元. */
  value: Decimal;
  total: Decimal;
  basicExpenditure: Decimal;
  projectExpenditure: Decimal;
  blank: FunctionMeasure[];
  source?: SourceRef;
}

/** One level of the treemap: the children of `parent`, drawn or listed as hidden. */
export interface FunctionLevelView {
  measure: FunctionMeasure;
  parent: LevelParent;
  /** Drawable children, in printed order. */
  blocks: FunctionBlock[];
  /** Children without an area for the measure, in printed order. */
  hidden: HiddenBlock[];
  /** The 项 whose detail is open (highlighted among its siblings). */
  selectedCode?: string;
  /** The department total for the measure, 万元 (for shares of the total). */
  grandTotal: Decimal;
  /** Level of the children (类 at the top, 款 under a 类, 项 under a 款). */
  childLevel: FunctionLevel;
}

/** A project behind a 项. */
export interface LeafProject {
  code: string;
  name: string;
  /** 预算数, 万元. */
  budget: Decimal;
  purpose?: string;
  /** Route of its performance targets, e.g. `/performance/project/13020824P00021510002F`. */
  route: string;
}

/** What a 项 consists of: basic expenditure, projects, or both. */
export interface LeafDetail {
  code: string;
  name: string;
  path: string[];
  total: Decimal;
  basicExpenditure: Decimal;
  projectExpenditure: Decimal;
  blank: FunctionMeasure[];
  source?: SourceRef;
  /** Whether it holds basic expenditure, project expenditure, both, or nothing. */
  kind: 'basic' | 'project' | 'mixed' | 'empty';
  projects: LeafProject[];
  projectSum: Decimal;
  /** 项目支出 − Σ 预算数, 万元; zero when they agree. */
  difference: Decimal;
  reconciles: boolean;
  /** The 项目支出 written as the sum of its projects, e.g. "800.00 = 200.00 + 600.00". */
  equation?: string;
}

/** One row of the tree table (支出总表 row), with its sub-rows. */
export interface FunctionRow {
  code: string;
  name: string;
  level: FunctionLevel;
  path: string[];
  total: Decimal;
  basicExpenditure: Decimal;
  projectExpenditure: Decimal;
  blank: FunctionMeasure[];
  /** Share of its parent (or of 合计 for a 类) for the chosen measure, 2 dp; siblings add to 100.00. */
  share?: Decimal;
  /** Why the row has no block in the treemap for the chosen measure. */
  hidden?: UndrawableReason;
  /** Number of projects matched to it (a 项). */
  projectCount: number;
  source?: SourceRef;
  subRows: FunctionRow[];
}

/** One step of the breadcrumb. */
export interface Crumb {
  /** "全部" or "206 科学技术支出". */
  label: string;
  path: string[];
}

/** Everything the 功能分类 view draws. */
export interface FunctionViewModel {
  measure: FunctionMeasure;
  /** The nodes along the resolved drill path (empty at the top). */
  trail: FunctionNode[];
  breadcrumb: Crumb[];
  /** A code of the URL's path that does not exist where it stands (the view shows its parent). */
  unknownCode?: string;
  /**
   * Full path to redirect to when the URL names a node by its code alone or by a broken
   * chain (e.g. `#/function/2069999` → 206/20699/2069999).
   */
  redirectTo?: string[];
  /**
   * Set with redirectTo when the URL's chain was wrong (e.g. `#/function/206/21505`, whose
   * 21505 sits under 215), not merely short: the view tells the reader the link was corrected.
   * `label` reads "215 › 21505".
   */
  pathCorrected?: { code: string; label: string };
  /** The node at the end of the path (or the whole department): its figures head the side panel. */
  focus: LevelParent;
  /** The level the treemap draws. */
  level: FunctionLevelView;
  /** Detail of the 项 at the end of the path, if the path ends at a leaf. */
  leaf?: LeafDetail;
  /** Plain-language summary of what is on screen (also the chart's aria description). */
  summary: string;
  /**
   * What the chart area says: the hint under a drawn chart (how to drill, or that the open 项
   * is not drawn for this measure and why), or, when the level has no block, the empty state.
   */
  chartNote: { kind: 'hint' | 'empty'; text: string };
  /** The tree table's rows (all 类 with their 款 and 项). */
  rows: FunctionRow[];
  /** 合计 row of 支出总表. */
  totals: {
    total: Decimal;
    basicExpenditure: Decimal;
    projectExpenditure: Decimal;
    source?: SourceRef;
    /** 尾差 of the 类 shares for the chosen measure (100 − their sum), for the 合计 row. */
    shareResidual?: Decimal;
  };
}

const nodeLabel = (n: { code?: string; name: string }) => (n.code ? `${n.code} ${n.name}` : n.name);

/** Builds the level of `children` under `parent` for a measure. */
function buildLevel(
  tree: FunctionTree,
  parent: LevelParent,
  children: readonly FunctionNode[],
  measure: FunctionMeasure,
  childLevel: FunctionLevel,
  selectedCode?: string,
): FunctionLevelView {
  const drawable = children.filter((c) => undrawableReason(c, measure) === undefined);
  const shares = levelShares(drawable, measure);
  return {
    measure,
    parent,
    blocks: drawable.map((c, i) => ({
      code: c.code,
      name: c.name,
      level: c.level,
      path: c.path,
      value: c[measure],
      total: c.total,
      basicExpenditure: c.basicExpenditure,
      projectExpenditure: c.projectExpenditure,
      blank: c.blank,
      shareOfParent: shares[i]!,
      ...optional('shareOfTotal', shareOfTotal(c, tree, measure)),
      classCode: c.path[0]!,
      isLeaf: c.children.length === 0,
      ...optional('source', c.source),
    })),
    hidden: children
      .filter((c) => undrawableReason(c, measure) !== undefined)
      .map((c) => ({ code: c.code, name: c.name, path: c.path, reason: undrawableReason(c, measure)! })),
    ...optional('selectedCode', selectedCode),
    grandTotal: tree[measure],
    childLevel,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function parentOf(node: FunctionNode, measure: FunctionMeasure): LevelParent {
  return {
    code: node.code,
    name: node.name,
    value: node[measure],
    total: node.total,
    basicExpenditure: node.basicExpenditure,
    projectExpenditure: node.projectExpenditure,
    blank: node.blank,
    ...optional('source', node.source),
  };
}

function rootParent(tree: FunctionTree, measure: FunctionMeasure): LevelParent {
  return {
    name: functionCopy.all,
    value: tree[measure],
    total: tree.total,
    basicExpenditure: tree.basicExpenditure,
    projectExpenditure: tree.projectExpenditure,
    blank: [],
    ...optional('source', tree.totalSource),
  };
}

function buildRows(
  nodes: readonly FunctionNode[],
  measure: FunctionMeasure,
  projectCount: (n: FunctionNode) => number,
): FunctionRow[] {
  const shares = levelShares(nodes, measure);
  return nodes.map((n, i) => {
    const hidden = undrawableReason(n, measure);
    return {
      code: n.code,
      name: n.name,
      level: n.level,
      path: n.path,
      total: n.total,
      basicExpenditure: n.basicExpenditure,
      projectExpenditure: n.projectExpenditure,
      blank: n.blank,
      ...optional('share', shares[i]),
      ...optional('hidden', hidden),
      projectCount: n.children.length === 0 ? projectCount(n) : 0,
      ...optional('source', n.source),
      subRows: buildRows(n.children, measure, projectCount),
    };
  });
}

function buildLeaf(node: FunctionNode, budget: BudgetModel): LeafDetail {
  const p = projectsOfFunction(node, budget.projects);
  const hasBasic = !node.basicExpenditure.isZero();
  const hasProject = !node.projectExpenditure.isZero() || p.projects.length > 0;
  const kind = hasBasic && hasProject ? 'mixed' : hasBasic ? 'basic' : hasProject ? 'project' : 'empty';
  const equation =
    p.projects.length > 0
      ? `${formatAmount(node.projectExpenditure)} = ${p.projects.map((x) => formatAmount(x.budget)).join(' + ')}`
      : undefined;
  return {
    code: node.code,
    name: node.name,
    path: node.path,
    total: node.total,
    basicExpenditure: node.basicExpenditure,
    projectExpenditure: node.projectExpenditure,
    blank: node.blank,
    ...optional('source', node.source),
    kind,
    projects: p.projects.map((x) => ({
      code: x.code,
      name: x.name,
      budget: x.budget,
      ...optional('purpose', x.purpose),
      route: `/performance/project/${encodeURIComponent(x.code)}`,
    })),
    projectSum: p.projectSum,
    difference: p.difference,
    reconciles: p.reconciles,
    ...optional('equation', equation),
  };
}

/** What a 项 holds, in a few words (for the summary). */
function leafKindText(leaf: LeafDetail): string {
  const projects = leaf.projects.length > 0 ? functionCopy.leafProjectCount(leaf.projects.length) : '';
  if (leaf.kind === 'basic') return functionCopy.leafKindBasic;
  if (leaf.kind === 'project') return `${functionCopy.leafKindProject}${projects}`;
  if (leaf.kind === 'mixed') return `${functionCopy.leafKindMixed}${projects}`;
  return functionCopy.leafIsEmpty;
}

/**
 * The summary of what is on screen: the level's amount, its blocks largest first with their
 * shares, the children that are not drawn and why, and the 项 whose detail is open.
 */
function summarize(level: FunctionLevelView, leaf: LeafDetail | undefined): string {
  const m = measureLabel(level.measure);
  const p = level.parent;
  // A blank cell is never 0.00: the summary says the disclosure left it blank.
  const amount = p.blank.includes(level.measure)
    ? `${BLANK_CELL}（${functionCopy.blankCell}）`
    : `${formatAmount(p.value)} 万元`;
  const head = `${p.code ? nodeLabel(p) : functionCopy.allExpenditure} ${m} ${amount}`;
  const parts: string[] = [];
  if (level.blocks.length === 0) {
    parts.push(`${head}，${emptyLevelText(level)}。`);
  } else {
    const sorted = [...level.blocks].sort((a, b) => b.value.comparedTo(a.value));
    parts.push(
      `${head}，分为 ${level.blocks.length} 个${level.childLevel}：${sorted
        .map((b) => `${nodeLabel(b)} ${formatAmount(b.value)} 万元（${formatPercent(b.shareOfParent)}）`)
        .join('、')}。`,
    );
  }
  if (level.hidden.length > 0) {
    parts.push(
      `${level.hidden.map((h) => `${nodeLabel(h)}${undrawableText(h.reason, level.measure)}`).join('；')}，${functionCopy.notDrawn}。`,
    );
  }
  if (leaf) parts.push(functionCopy.leafSelected(nodeLabel(leaf), leafKindText(leaf)));
  return parts.join('');
}

/** Why a level has no block: its own cell is blank, zero, or every child lacks an area. */
function emptyLevelText(level: FunctionLevelView): string {
  const m = measureLabel(level.measure);
  if (level.parent.blank.includes(level.measure)) return functionCopy.emptyLevelBlank(m);
  if (level.parent.value.isZero()) return functionCopy.emptyLevelZero(m);
  return functionCopy.noBlocks(m, level.childLevel);
}

/**
 * The note of the chart area: an explicit empty state when nothing is drawn; at a 项, either
 * "the selected 项 is highlighted" or, when the 项 has no area for the measure, that it is
 * not drawn and why; otherwise how to drill.
 */
function chartNoteOf(level: FunctionLevelView, leaf: LeafDetail | undefined): FunctionViewModel['chartNote'] {
  if (level.blocks.length === 0) return { kind: 'empty', text: `${emptyLevelText(level)}。` };
  if (!leaf) return { kind: 'hint', text: functionCopy.chartHint };
  const hidden = level.hidden.find((h) => h.code === leaf.code);
  if (hidden)
    return {
      kind: 'hint',
      text: functionCopy.chartHintLeafHidden(nodeLabel(leaf), undrawableText(hidden.reason, level.measure)),
    };
  return { kind: 'hint', text: functionCopy.chartHintLeaf };
}

/**
 * The tree table's rows of a model and measure: every 类, 款 and 项 (thousands in a large
 * department), the same whatever level is drilled, so built once per model and measure (a
 * WeakMap: a model let go takes its rows with it) and not on every drill. The same array
 * each time also lets the table keep its row model.
 */
const rowsByModel = new WeakMap<BudgetModel, Map<FunctionMeasure, FunctionRow[]>>();
function treeRows(budget: BudgetModel, measure: FunctionMeasure): FunctionRow[] {
  let byMeasure = rowsByModel.get(budget);
  if (!byMeasure) {
    byMeasure = new Map();
    rowsByModel.set(budget, byMeasure);
  }
  let rows = byMeasure.get(measure);
  if (!rows) {
    const counts = new Map<string, number>();
    for (const p of budget.projects) {
      if (p.functionCode) counts.set(p.functionCode, (counts.get(p.functionCode) ?? 0) + 1);
    }
    rows = buildRows(budget.functionTree.classes, measure, (n) => counts.get(n.code) ?? 0);
    byMeasure.set(measure, rows);
  }
  return rows;
}

/**
 * Builds the view model.
 * @param budget the budget model (its function tree, built once at load, and its projects).
 * @param url drill path and measure from the URL.
 */
export function selectFunctionView(budget: BudgetModel, url: FunctionUrlState): FunctionViewModel {
  const tree = budget.functionTree;
  const { measure } = url;
  const trail = resolveFunctionPath(tree, url.path);
  const unknownCode = trail.length < url.path.length ? url.path[trail.length] : undefined;
  const named = url.path.length > 0 ? tree.byCode.get(url.path[url.path.length - 1]!) : undefined;
  const redirectTo = unknownCode !== undefined && named ? named.path : undefined;
  // A bare code (`#/function/2069999`) is a short form; a longer chain that breaks was wrong.
  const pathCorrected =
    redirectTo && url.path.length > 1 ? { code: named!.code, label: redirectTo.join(' › ') } : undefined;

  const focus = trail[trail.length - 1];
  const isLeaf = focus !== undefined && focus.children.length === 0;
  // A leaf has nothing to drill into: the treemap keeps its siblings and highlights it.
  const levelOwner = isLeaf ? trail[trail.length - 2] : focus;
  const parent = levelOwner ? parentOf(levelOwner, measure) : rootParent(tree, measure);
  const children = levelOwner ? levelOwner.children : tree.classes;
  const childLevel: FunctionLevel = !levelOwner ? '类' : levelOwner.level === '类' ? '款' : '项';
  const level = buildLevel(tree, parent, children, measure, childLevel, isLeaf ? focus.code : undefined);
  const leaf = isLeaf ? buildLeaf(focus, budget) : undefined;

  return {
    measure,
    trail,
    breadcrumb: [
      { label: functionCopy.all, path: [] },
      ...trail.map((n) => ({ label: nodeLabel(n), path: n.path })),
    ],
    ...optional('unknownCode', redirectTo ? undefined : unknownCode),
    ...optional('redirectTo', redirectTo),
    ...optional('pathCorrected', pathCorrected),
    focus: focus ? parentOf(focus, measure) : rootParent(tree, measure),
    level,
    ...optional('leaf', leaf),
    summary: summarize(level, leaf),
    chartNote: chartNoteOf(level, leaf),
    rows: treeRows(budget, measure),
    totals: {
      total: tree.total,
      basicExpenditure: tree.basicExpenditure,
      projectExpenditure: tree.projectExpenditure,
      ...optional('source', tree.totalSource),
      ...optional('shareResidual', levelRoundedShares(tree.classes, measure).residual),
    },
  };
}

/**
 * At most this many blocks are drawn in one treemap level: a level with more (e.g. the 29 类
 * of a large department) draws its largest MAX_TREEMAP_BLOCKS − 1 and merges the rest into
 * one 其他 block, so every block drawn is large enough for a label. No shipped dataset has a
 * level this wide.
 */
export const MAX_TREEMAP_BLOCKS = 20;

/** Code of the 其他 block (科目编码 are digits, so it names no 科目). */
export const OTHER_BLOCK_CODE = 'other';

/** A level as the treemap draws it: with its smallest blocks merged into 其他, or 其他 opened. */
export interface TreemapLevel {
  /** The level with the blocks to draw (kept blocks and the 其他 block; or 其他's members). */
  level: FunctionLevelView;
  /** The 其他 block, when the level has one (drawn unless `open`). */
  other?: FunctionBlock;
  /** True when the chart shows the members of 其他 (`?other=1`). */
  open: boolean;
}

/**
 * Merges the smallest blocks of a level with more than `max` blocks into one 其他 block
 * (code OTHER_BLOCK_CODE): its amounts are the exact sums of its members' (万元), its share
 * the exact ratio of its sum to the level's, rounded half up (roundShare), like every other
 * block's. The smallest by the chosen measure go first; ties keep the later printed ones out.
 * With `open` (the reader clicked 其他) the level draws the members alone, with their own
 * shares of the level. A 项 open in the URL (selectedCode) that sits inside 其他 marks 其他.
 * A level with at most `max` blocks is returned as it is.
 */
export function groupSmallBlocks(
  level: FunctionLevelView,
  open: boolean,
  max = MAX_TREEMAP_BLOCKS,
): TreemapLevel {
  if (level.blocks.length <= max) return { level, open: false };
  const bySize = level.blocks
    .map((b, i) => ({ b, i }))
    .sort((x, y) => y.b.value.comparedTo(x.b.value) || x.i - y.i);
  const kept = new Set(bySize.slice(0, max - 1).map((x) => x.b.code));
  const members = level.blocks.filter((b) => !kept.has(b.code));
  const whole = sumOrZero(level.blocks.map((b) => b.value));
  const value = sumOrZero(members.map((b) => b.value));
  const other: FunctionBlock = {
    code: OTHER_BLOCK_CODE,
    name: functionCopy.otherName(members.length, level.childLevel),
    level: level.childLevel,
    path: [],
    value,
    total: sumOrZero(members.map((b) => b.total)),
    basicExpenditure: sumOrZero(members.map((b) => b.basicExpenditure)),
    projectExpenditure: sumOrZero(members.map((b) => b.projectExpenditure)),
    blank: [],
    shareOfParent: roundShare(value, whole),
    ...(level.parent.code && !level.grandTotal.isZero()
      ? { shareOfTotal: percentOf(value, level.grandTotal) }
      : {}),
    classCode: '',
    isLeaf: false,
    members,
  };
  if (open) return { level: { ...level, blocks: members }, other, open: true };
  const selectedInOther = members.some((b) => b.code === level.selectedCode);
  return {
    level: {
      ...level,
      blocks: [...level.blocks.filter((b) => kept.has(b.code)), other],
      ...(selectedInOther ? { selectedCode: OTHER_BLOCK_CODE } : {}),
    },
    other,
    open: false,
  };
}

/** The route that opens the 其他 block of the level at `path` (functionRoute + `other=1`). */
export function otherRoute(path: readonly string[], measure: FunctionMeasure): string {
  const base = functionRoute(path, measure);
  return `${base}${base.includes('?') ? '&' : '?'}other=1`;
}
