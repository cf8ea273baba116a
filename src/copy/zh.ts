/** Words users read, zh-CN. Views import from here rather than writing strings in JSX. */
export const zh = {
  appName: '预算透视',
  appNameEn: 'Budget Lens',
  skipToContent: '跳到正文',
  datasetSwitcher: '数据集',
  loadingCatalog: '正在读取数据目录…',
  loadingDataset: '正在读取预算数据…',
  retry: '重新加载',
  errorHeading: '数据无法显示',
  errorHintSummary: '给网站管理员的说明',
  errorHint:
    '请检查数据文件是否存在、是否为有效 JSON，以及是否符合数据格式（见项目文档 docs/data-format.md）。',
  schemaIssuesHeading: '不符合数据格式之处',
  checksWarningHeading: '数据核验未通过：以下数字在表间不一致，页面照常显示原始数据',
  notFoundHeading: '找不到该页面',
  notFoundBody: '链接可能有误或已过期。',
  backToOverview: '返回概览',
  /** 支出总表 missing, the 一般公共预算 table standing in for it (components/expenditure-basis-note.tsx). */
  expenditureStandIn: (missing: string, used: string, total: string, summary: string) =>
    `本数据集未列${missing}：功能分类与基本支出、项目支出取自${used}，其合计 ${total} 万元与${summary}本年支出合计一致。`,
  /** 支出总表 missing and the 一般公共预算 table disagreeing with 本年支出合计: nothing shown. */
  expenditureStandInDisagrees: (
    missing: string,
    used: string,
    total: string,
    summary: string,
    current: string,
  ) =>
    `本数据集未列${missing}；${used}合计 ${total} 万元与${summary}本年支出合计 ${current} 万元不一致，不能代替，功能分类与基本支出、项目支出未公开。`,
  /** 支出总表 (and any stand-in) missing. */
  expenditureNotPublished: (missing: string) =>
    `本数据集未公开${missing}（合计行），功能分类与基本支出、项目支出未公开。`,
  unitWan: '万元',
  source: '来源',
  /** Before the value as a table prints it in its own unit (元). */
  printedValue: '原表数',
  mainNav: '主导航',
  /** Shown with every table with shares: each is the exact ratio rounded half up; 尾差 on the 合计 row. */
  sharesNote: '占比为精确比值四舍五入到两位小数，各处一致；各项之和与 100.00% 的差额在合计行注明为尾差',
  unknownDatasetHint: '链接中的数据集编号有误或已下线。',
  showDefaultDataset: '打开默认数据集',
  /** In a figure's source note: pressing the figure opens its printed table at its row. */
  openSourceRow: '点击或按 Enter 打开原表此行',
  /** Screen-reader hint of a list that is one tab stop (src/components/roving-list.tsx). */
  rovingHint: '按方向键在各项之间移动，按 Tab 离开。',
  /** Title of a sortable table header (SpecTable drawn by a view, useSortedSpec). */
  sortHint: '点击排序（空白排在最后）',
} as const;
