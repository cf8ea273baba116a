/**
 * Words users read in the three breakdown views (基本与项目, 人员与公用, 同比变化), zh-CN.
 */
export const basicProjectCopy = {
  title: '基本支出与项目支出',
  lede: '基本支出是保障机构正常运转的固定运行成本（人员经费和公用经费），项目支出是为完成特定任务安排的项目资金。按功能分类科目逐级查看两者的构成。',
  basic: '基本支出',
  project: '项目支出',
  total: '合计',
  share: '占比',
  shareOfTotal: '占支出合计',
  chartTitle: (scope: string) => `${scope}：基本支出与项目支出`,
  chartHint: '点击条形或表格中的科目名称可下钻到下一级（类 → 款 → 项）。',
  /** @param title the 支出总表 as the dataset prints it (e.g. 支出决算表) */
  tableCaption: (title: string) => `表格版本 · 来源：${title}（“—”为原表空白）`,
  breadcrumbLabel: '功能分类层级',
  root: '全部功能分类',
  drillInto: (name: string) => `下钻：${name}`,
  invalidPath: (code: string) => `没有找到科目 ${code}，已显示可用的上一级。`,
  missingProject: (code: string) => `没有编码为 ${code} 的项目。`,
  showAllProjects: '查看全部项目',
  projectsTitle: '项目支出的项目清单',
  projectsTotal: '项目支出合计',
  projectsLede: (n: number) =>
    `共 ${n} 个项目，金额来自各项目绩效目标表的预算数；点击“绩效目标”查看该项目的绩效指标。`,
  projectsCaption:
    '来源：七、部门项目预算安排情况及绩效目标（各项目绩效目标表 · 预算数）；功能分类科目由金额与情况说明对应',
  projectCode: '项目编码',
  projectName: '项目名称',
  projectBudget: '预算数（万元）',
  projectShare: '占项目支出',
  functionCode: '功能分类科目',
  performanceLink: '绩效目标',
  performanceLinkLabel: (name: string) => `查看“${name}”的绩效目标`,
  inScope: '属于当前科目',
  reconciliationTitle: '情况说明与项目表核对',
  reconciliationLede:
    '情况说明“支出说明”逐项列出了项目支出的构成。下表按金额与名称相似度把每一项对应到项目绩效目标表和功能分类科目，两处名称并列显示。',
  /** @param title the 支出总表 as the dataset prints it */
  reconciliationCaption: (title: string) =>
    `来源：情况说明 · 二、2、支出说明；七、部门项目预算安排情况及绩效目标；${title}`,
  /** No project table and no 项目支出 list in the narrative (every 决算). */
  projectsNotListedTitle: '项目明细',
  projectsNotListed: (kind: string) =>
    `本部门${kind}未列出项目清单（未公开项目明细），因此无法逐项列出或核对项目；项目支出只有下面的总额。`,
  projectsNotListedTotal: '项目支出（总额）',
  narrativeItem: '情况说明所列项目',
  narrativeAmount: '情况说明金额',
  tableProject: '项目表中的项目',
  tableAmount: '项目表预算数',
  result: '核对',
  ok: '一致',
  mismatch: '不一致',
  notFound: '项目表中未找到',
  unmatchedProject: '情况说明未列出此项目',
  sumNarrative: '情况说明各项之和',
  sumProjects: '项目表预算数之和',
  sumTable: '支出总表 项目支出',
  allOk: '三处金额一致：情况说明所列各项、项目绩效目标表与支出总表的项目支出相互吻合。',
  notOk: '存在不一致之处，见下表中标 ✗ 的行。',
  nameDiffers: '名称写法不同',
} as const;

export const personnelPublicCopy = {
  title: '人员经费与公用经费',
  lede: '基本支出按经济分类科目分为人员经费（工资福利、对个人和家庭的补助）和公用经费（商品和服务支出）。',
  personnel: '人员经费',
  public: '公用经费',
  basicTotal: '基本支出',
  shareOfBasic: '占基本支出',
  operating: '机关运行经费',
  operatingNote: '情况说明所列，与公用经费相同',
  threePublic: '“三公”经费',
  chartTitle: '基本支出按经济分类（类）',
  drillChartTitle: (name: string) => `${name}：按经济分类（款）`,
  chartHint: '点击条形或表格中的科目名称查看该类下的款。',
  /** @param title the 基本支出表 as the dataset prints it */
  tableCaption: (title: string) => `表格版本 · 来源：${title}（“—”为原表空白）`,
  breadcrumbLabel: '经济分类层级',
  root: '全部经济分类',
  invalidCode: (code: string) => `没有找到经济分类科目 ${code}，已显示全部类。`,
  code: '科目编码',
  name: '科目名称',
  total: '合计',
  share: '占比',
  shareOfClass: '占本类',
  part: '归属',
  threeTitle: '“三公”经费与公用经费',
  threeLede: (three: string, publicExpense: string, share: string) =>
    `“三公”经费 ${three} 万元，相当于公用经费 ${publicExpense} 万元的 ${share}；其中公务用车运行维护费和公务接待费在基本支出表中有同名科目。`,
  /** @param title the “三公”经费支出表 as the dataset prints it */
  threeCaption: (title: string) => `来源：${title}（按原表逐行列示，“—”为原表空白，不等于 0.00）`,
  threeNotPublished: '本数据集未公开“三公”经费支出表。',
  /** The table is printed but lists no item by row (e.g. items printed as columns). */
  threeNoRows: (title: string, pages: string) =>
    `本数据集的${title}（原表第 ${pages} 页）未按行列出可读取的分项金额，此处不列示；请以原表为准。`,
  threeItem: '项目',
  threeAmount: '合计（万元）',
  /** 决算: the amount column is the 决算数 (预算数 stays in the printed table). */
  threeAmountFinal: '决算数（万元）',
  threeNarrative: '情况说明所列',
  threeEconomic: '基本支出表同名科目',
  threeBlankNote: (item: string, value: string, section: string) =>
    `${item}在“三公”经费支出表中为空白（表中显示“—”），情况说明写明为 ${value} 万元（来源：情况说明 · ${section}）。`,
  threeChange: (value: string, reason?: string) =>
    `与上年相比 ${value} 万元${reason ? `，原因：${reason}` : ''}。`,
} as const;

export const changeCopy = {
  title: '同比变化',
  lede: (prev: number, cur: number) => `${cur} 年预算与 ${prev} 年预算相比的变化，以及情况说明给出的原因。`,
  /** Neither the previous year's dataset nor a stated change (比上年增减情况). */
  missing: (prev: number) =>
    `数据目录中没有本部门 ${prev} 年的数据集，本数据集的情况说明也没有列出比上年增减情况，因此无法显示同比变化。`,
  /** No previous dataset nor a structured 比上年增减情况, but the narrative states changes. */
  statedMissing: (prev: number) =>
    `数据目录中没有本部门 ${prev} 年的数据集，无法逐项对比或画出瀑布图；下表列出情况说明原文写明的增减，每项附原句和所在章节。`,
  statedTitle: '情况说明所列增减',
  statedCaption: '来源：情况说明（原句见最后一列；本年数为同一段落所列金额）',
  statedItem: '项目',
  statedAgainst: '比较对象',
  statedCurrent: '本年数（万元）',
  statedSentence: '情况说明原句',
  statedCardLabel: (label: string, against: string) => `${label} · 比 ${against}`,
  waterfallTitle: (prev: number, cur: number) => `从 ${prev} 年到 ${cur} 年：支出合计的变化`,
  waterfallHint: '瀑布图：第一根柱为上年合计，中间两根为基本支出和项目支出的增减，最后一根为本年合计。',
  tableCaption: (prev: number) =>
    `表格版本 · 来源：部门预算支出总表合计行；情况说明 · 二、3、比上年增减情况（${prev} 年数为推算）`,
  part: '项目',
  previous: (y: number) => `${y} 年`,
  current: (y: number) => `${y} 年`,
  change: '增减额',
  changePercent: '增减率',
  reason: '原因（情况说明原文）',
  derived: '推算',
  derivedNote: (prev: number, cur: number) =>
    `${prev} 年数字并未在本公开中列示，系推算：${prev} 年数 = ${cur} 年支出总表合计行数字 − 情况说明“比上年增减情况”所列增减额（减少为负）。`,
  partsCheckOk: (total: string) => `基本支出与项目支出的增减额之和等于合计增减额 ${total} 万元。`,
  partsCheckBad: (total: string, sum: string) =>
    `注意：情况说明所列各部分增减额之和 ${sum} 与合计增减额 ${total} 不一致。`,
  threeTitle: '“三公”经费',
  threeLine: (value: string) => `“三公”经费与上年相比 ${value} 万元`,
  total: '支出合计',
  basic: '基本支出',
  project: '项目支出',
  fullTitle: (prev: number, cur: number) => `逐项对比：${prev} 年与 ${cur} 年数据集`,
  fullLede: (prev: number) => `数据目录中有同一部门 ${prev} 年的数据集，以下按科目逐项对比两年的预算。`,
  fullLoading: (prev: number) => `正在读取 ${prev} 年数据…`,
  fullError: (prev: number) =>
    `${prev} 年数据集无法读取，逐项对比暂不可用；上方按情况说明推算的对比不受影响。`,
  fullNone: (prev: number) =>
    `数据目录中没有本部门 ${prev} 年的数据集，因此无法逐项对比；上方数字依据本年情况说明推算。`,
  partsTitle: '主要数字',
  byFunctionTitle: '按功能分类科目（支出总表 · 合计）',
  byEconomicTitle: '按经济分类科目（基本支出表 · 合计）',
  byFunctionCaption: (prev: number, cur: number) =>
    `来源：${prev} 年与 ${cur} 年部门预算支出总表（合计栏），按增减额绝对值从大到小排列`,
  byEconomicCaption: (prev: number, cur: number) =>
    `来源：${prev} 年与 ${cur} 年一般公共预算财政拨款基本支出表（合计栏），按增减额绝对值从大到小排列`,
  code: '科目编码',
  name: '科目名称',
  level: '级次',
  kind: '变化',
  kinds: { new: '新增', removed: '取消', grown: '增加', shrunk: '减少', unchanged: '持平' },
  counts: (c: Record<'new' | 'removed' | 'grown' | 'shrunk' | 'unchanged', number>) =>
    `新增 ${c.new} 项、取消 ${c.removed} 项、增加 ${c.grown} 项、减少 ${c.shrunk} 项、持平 ${c.unchanged} 项`,
  levelFilter: '显示级次',
  allLevels: '全部级次',
  previousName: (n: string) => `上年名称：${n}`,
  sortHint: '点击排序（空白排在最后）',
  sortedBy: (label: string, dir: 'asc' | 'desc') => `按“${label}”${dir === 'asc' ? '升序' : '降序'}排列`,
  /** The caption's order part when the table is sorted by a column instead. */
  sortedCaption: (caption: string, label: string, dir: 'asc' | 'desc') =>
    caption.replace(
      /按增减额绝对值从大到小排列/,
      `按“${label}”${dir === 'asc' ? '升序' : '降序'}排列（空白在后）`,
    ),
  defaultOrder: '恢复默认顺序（增减额绝对值从大到小）',
  retry: '重新读取',
  parts: {
    total: '支出合计',
    basicExpenditure: '基本支出',
    projectExpenditure: '项目支出',
    personnelExpense: '人员经费',
    publicExpense: '公用经费',
    threePublicExpenses: '“三公”经费',
  },
} as const;
