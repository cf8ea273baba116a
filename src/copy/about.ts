/** Words of the 说明 view (#/about): the narrative of the disclosure. */
export const aboutCopy = {
  heading: '说明',
  lede: (title: string) =>
    `${title}的文字部分：部门职责、机构、预算（决算）说明、机关运行经费、“三公”经费、政府采购、国有资产、绩效目标和名词解释，按原文列示。标出的数字已由数据核验与报表比对，点击可打开报表中的那一行。`,
  toc: '本页目录',
  duties: '部门职责',
  units: '机构设置',
  unitCols: { name: '单位名称', nature: '单位性质', rank: '单位规格', fundingForm: '经费保障形式' },
  sections: '情况说明',
  performance: '部门整体绩效目标',
  goals: (n: number) => `绩效目标 ${n} 项`,
  procurement: '政府采购',
  procurementEmpty: '本公开的政府采购表无数据。',
  fixedAssets: '国有资产占用情况',
  fixedAssetsChart: (asOf: string) => `固定资产按类别（万元，截至 ${asOf}）`,
  fixedAssetsCols: { item: '项目', quantity: '数量', value: '金额（万元）' },
  glossary: '名词解释',
  noGlossary: '本公开未印名词解释。',
  figureChecked: (what: string, ok: boolean) =>
    `${ok ? '与报表一致' : '与报表不一致'}：${what}。点击打开报表此行`,
  page: (p: number) => `第${p}页`,
  noNarrative: '本数据集没有文字说明。',
  tocMore: '情况说明各节',
  sortHint: '点击排序（空白排在最后）',
} as const;
