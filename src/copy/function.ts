/**
 * Words of the 功能分类 view (zh-CN). Sentences that carry figures take them already
 * formatted (formatAmount / formatPercent), so this module never formats money itself.
 */
import type { FunctionLevel, FunctionMeasure } from '../domain/function-tree';
import type { UndrawableReason } from '../domain/function-shares';

const MEASURE: Record<FunctionMeasure, string> = {
  total: '合计',
  basicExpenditure: '基本支出',
  projectExpenditure: '项目支出',
};

/** Label of a measure as printed in 部门预算支出总表: 合计 / 基本支出 / 项目支出. */
export function measureLabel(measure: FunctionMeasure): string {
  return MEASURE[measure];
}

/** Why a row has no block, e.g. "项目支出为空（原表空白）". */
export function undrawableText(reason: UndrawableReason, measure: FunctionMeasure): string {
  const m = MEASURE[measure];
  if (reason === 'blank') return `${m}为空（原表空白）`;
  if (reason === 'zero') return `${m}为 0.00`;
  return `${m}为负数，无法按面积显示`;
}

export const functionCopy = {
  title: '功能分类',
  lede: '按支出功能分类科目（类 → 款 → 项）看钱花在哪里。点击色块或表格中的科目逐级展开，面包屑返回上一级；金额单位：万元。',
  all: '全部',
  allExpenditure: '全部支出',
  breadcrumbLabel: '钻取路径',
  measureLegend: '口径',
  byLevel: (level: FunctionLevel) => `按${level}`,
  chartAria: (where: string, measure: string) => `${where}按${measure}的矩形树图`,
  chartHint: '点击色块进入下一级；过小而无法标注的色块可在下方表格中找到。',
  chartHintLeaf: '已到最末一级（项）：图中突出显示所选科目，明细见“科目明细”；点击其他色块可切换。',
  chartHintLeafHidden: (label: string, why: string) =>
    `已到最末一级（项）：所选科目 ${label} ${why}，按此口径图中不显示（图中为同级其他科目）；明细见“科目明细”。`,
  emptyLevelBlank: (measure: string) => `该级在“${measure}”下没有金额（原表空白），图中无色块可画`,
  emptyLevelZero: (measure: string) => `该级在“${measure}”下金额为 0.00，图中无色块可画`,
  pathCorrected: (code: string, path: string) => `链接中的科目路径有误，已按编码 ${code} 打开 ${path}。`,
  summaryHeading: '本级概要',
  notDrawn: '图中未显示',
  inChart: '图中口径',
  blankCell: '原表空白',
  summedFromChildren: '原表未列此行，由下级科目加总',
  noBlocks: (measure: string, level: FunctionLevel) => `下属各${level}均没有${measure}，图中无色块可画`,
  hiddenNotice: (measure: string, count: number) =>
    `按${measure}，以下 ${count} 个科目为空或为零，图中未显示（表格中照常列出）：`,
  unknownCode: (code: string, shown: string) =>
    `链接中的科目编码 “${code}” 在本数据中不存在，现显示：${shown}。`,
  leafHeading: '科目明细',
  leafIsBasic: (amount: string) =>
    `本科目全部为基本支出 ${amount} 万元，用于保障机构正常运转（人员经费和公用经费），不对应具体项目。`,
  leafIsMixed: (basic: string, project: string) =>
    `本科目含基本支出 ${basic} 万元和项目支出 ${project} 万元。`,
  leafIsEmpty: '本科目本年没有预算金额',
  leafSelected: (label: string, kind: string) => `已打开 ${label} 的明细：${kind}。`,
  leafKindBasic: '全部为基本支出，不对应具体项目',
  leafKindProject: '全部为项目支出',
  leafKindMixed: '含基本支出和项目支出',
  leafProjectCount: (n: number) => `，对应 ${n} 个项目`,
  leafNoProjects: '项目表中没有与本科目对应的项目。',
  leafProjectsHeading: '对应的项目',
  leafProjectsCaption: '来源：部门项目预算安排情况及绩效目标表（预算数）',
  leafEquation: '项目支出 = 各项目预算数之和',
  leafReconciles: '与支出总表一致',
  leafMismatch: (diff: string) => `注意：各项目预算数之和与支出总表的项目支出相差 ${diff} 万元。`,
  leafPerformanceLink: '绩效目标',
  leafBasicNote: '基本支出',
  projectColumn: '项目名称',
  budgetColumn: '预算数（万元）',
  tableHeading: '科目明细表',
  tableLabel: '支出功能分类科目表',
  /** @param title the 支出总表 as the dataset prints it (e.g. 2026年部门支出预算总表) */
  tableCaption: (title: string) => `来源：${title}（万元；“—”为原表空白）`,
  tableNote: (measure: string) =>
    `占比为占上一级的比例（按${measure}，同一级合计 100.00%）。点击科目名称即在图中打开该级；▸ 只在表中展开。`,
  expandAll: '全部展开',
  collapseAll: '全部收起',
  colCode: '科目编码',
  colName: '科目名称',
  colShare: '占比',
  shareTitle: (measure: string) => `占上一级的比例（按${measure}）；类占全部支出`,
  rowNotDrawn: '图中未显示',
  projectCount: (n: number) => `${n} 个项目`,
  total: '合计',
  tooltipShareOfParent: (parent: string) => `占${parent}`,
  tooltipShareOfTotal: '占全部支出',
  tooltipDrill: '点击进入下一级',
  tooltipLeaf: '点击查看明细',
  /** The 其他 block of a level with many blocks: the smallest ones, merged. */
  otherName: (n: number, level: FunctionLevel) => `其他 ${n} 个${level}`,
  otherTooltipMembers: (names: string, more: number) => (more > 0 ? `含 ${names} 等` : `含 ${names}`),
  otherTooltipOpen: '点击查看其中各科目',
  otherNote: (n: number, level: FunctionLevel, amount: string, share: string) =>
    `图中“其他”合并了最小的 ${n} 个${level}（共 ${amount} 万元，${share}），以便其余色块标注得下。`,
  otherOpenLink: '查看其中各科目 →',
  otherOpenNote: (n: number, level: FunctionLevel) =>
    `图中为“其他”所合并的 ${n} 个${level}；占比仍为占上一级的比例。`,
  otherBackLink: '← 返回本级全部',
  otherHeading: '其他',
} as const;
