/** Words of the 导出 menu, the PNG stamp, the citation and the printed footer (issue 11). */
export const exportCopy = {
  menuButton: '导出',
  printAndCite: '打印与引用',
  viewTables: '本视图的表格',
  tableCsv: (title: string) => `${title}（CSV）`,
  tableXlsx: (title: string) => `${title}（Excel）`,
  noTables: '本视图没有可导出的表格',
  allTablesXlsx: '全部公开表格（Excel 工作簿）',
  everyCellCsv: '全部单元格（CSV）',
  charts: '图表图片',
  chartPng: (title: string) => `${title}（PNG）`,
  datasetJson: '数据集（JSON）',
  print: '打印本页',
  cite: '复制引用',
  working: '正在生成文件…',
  failed: (what: string) => `无法生成“${what}”，请重试。`,
  citationCopied: '引用已复制到剪贴板：',
  citationManual: '浏览器不允许访问剪贴板，请选中下面的文字手动复制：',
  citationClose: '关闭',
  citationLabel: '建议引用',
  /** A suggested citation (GB/T 7714 style for an online resource). */
  citation: (p: { department: string; period: string; what: string; url: string; date: string }) =>
    `${p.department}. ${p.period}：${p.what}[EB/OL]. 预算透视（Budget Lens）. (${p.date})[${p.date}]. ${p.url}`,
  pngUnit: (unit: string) => `单位：${unit}`,
  pngSource: (source: string) => `来源：${source}`,
  pngLink: (url: string) => `链接：${url}`,
  printSource: (source: string) => `数据来源：${source}`,
  printDate: (date: string) => `打印日期：${date}`,
  printUrl: (url: string) => `在线查看：${url}`,
  printQr: '扫码打开本页的在线视图',
  /** The URL was too long for a QR code: it opens the view without its filters. */
  printQrShort: '链接过长，扫码打开本视图（不含筛选条件）',
} as const;
