/** Words of the 核验 view, the header badge and the checks banner (zh-CN). */
export const checksCopy = {
  viewLabel: '数据核验',
  heading: '数据核验',
  lede: '逐条核对公开表格之间、表格与说明之间应当相等的数字。每条列出两边的数字、单位与出处（表名照印、行、列、页码）和差额。',
  badge: (passed: number, total: number) => `核验 ${passed}/${total}`,
  badgeTitle: {
    fail: '有核验未通过，点此查看',
    warning: '全部数字核对一致，另有提示，点此查看',
    pass: '全部核验通过，点此查看',
  },
  badgeStatus: { fail: '未通过', warning: '有提示', pass: '通过' },
  /** The badge while the checks still run (in idle time, after the view has drawn). */
  badgePending: '正在核验',
  badgePendingTitle: '正在逐条核对各表数字，点此查看',
  badgePendingStatus: '请稍候',
  groups: {
    fail: '未通过',
    rounding: '尾差（舍入造成的差额，不算错误）',
    pass: '通过',
  },
  status: { pass: '通过', rounding: '尾差', fail: '未通过', warning: '提示' },
  filterLabel: '按结果筛选',
  filterAll: '全部',
  summary: (pass: number, rounding: number, fail: number, warning: number) =>
    `共 ${pass + rounding + fail + warning} 条：通过 ${pass} 条，尾差 ${rounding} 条，未通过 ${fail} 条，提示 ${warning} 条。`,
  sideExpected: '应为',
  sideActual: '实为',
  difference: '差额',
  source: '出处',
  page: (p: number) => `第 ${p} 页`,
  noneInGroup: '没有此类结果。',
  warningWhy:
    '提示：同一科目编码印了不同名称。金额按编码对应，数字不受影响，所以不计为错误，但对照各表时应留意。',
  downloadCsv: '下载全部单元格（CSV）',
  downloadHint: (rows: number) =>
    `每个印出的金额一行，共 ${rows} 行：表、科目编码、名称、列、金额（照印）、单位、页码。`,
  bannerMore: '查看全部核验结果',
  bannerHeading: (n: number) => `数据核验未通过（${n} 处）：以下数字在表间不一致，页面照常显示原始数据`,
  /** The phone banner's disclosure over the named failures. */
  bannerDetails: (n: number) => `逐项查看（${n} 处）`,
  bannerAndMore: (n: number) => `另有 ${n} 处，见核验页。`,
  /** One line for a slide (汇报模式), where the full banner would take the audience's screen. */
  bannerCompact: (n: number) => `数据核验未通过 ${n} 处：数字照印显示，表间不一致处见核验页`,
} as const;
