/** Words of the header's search box (找一找). */
export const searchCopy = {
  label: '搜索科目、项目、指标、报表行或说明',
  placeholder: '搜索科目、项目…（/）',
  listLabel: '搜索结果',
  kinds: {
    function: '功能科目',
    economic: '经济科目',
    tableRow: '报表行',
    project: '项目',
    indicator: '绩效指标',
    narrative: '说明',
  },
  none: (q: string) => `没有找到“${q}”。可输入科目编码（如 2080501）或名称（如 行政运行）。`,
  count: (n: number) => (n === 0 ? '没有结果' : `${n} 条结果，用上下方向键选择，按 Enter 打开`),
  close: '关闭搜索',
} as const;
