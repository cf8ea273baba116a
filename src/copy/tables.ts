/** Words of the 报表 view (#/tables): the official tables as printed. */
export const tablesCopy = {
  heading: '报表',
  lede: (department: string, title: string) =>
    `${department}公开的全部报表，按原表列示：表头、栏次、序号、科目编码与名称、每一栏；原表空白处留空（金额显示“—”），金额为原表单位，不作换算。来源：${title}。`,
  groups: {
    summary: '收支总表',
    function: '按功能分类科目',
    economic: '按经济分类科目',
    items: '“三公”经费及其他',
    other: '其他报表',
  },
  rowsCount: (n: number, pages: string) => `${n} 行 · ${pages}`,
  emptyTable: '空表',
  missingHeading: '未公开的标准表',
  missingLede: (kind: string) => `部门${kind}公开的标准表中，本次公开没有以下各表：`,
  noneMissing: (kind: string, n: number) => `部门${kind}公开的 ${n} 张标准表均已公开。`,
  back: '全部报表',
  departmentLabel: '单位名称',
  yearLabel: (kind: '预算' | '决算') => (kind === '决算' ? '决算年度' : '预算年度'),
  lineNo: '栏次',
  noData: '本表无数据',
  notesHeading: '表注',
  source: '来源',
  scrollLabel: (title: string) => `${title}（可横向、纵向滚动）`,
  sortHint: '点击排序（空白排在最后）',
  sortedBy: (label: string, dir: 'asc' | 'desc') =>
    `按“${label}”${dir === 'asc' ? '升序' : '降序'}排列，合计行置顶`,
  printedOrder: '恢复原表顺序',
  located: (row: string) => `已定位到：${row}`,
  rowNotFound: (key: string) => `本表没有行“${key}”，显示整张表。`,
  unknownTable: (id: string) => `本数据集没有编号为“${id}”的报表。`,
  page: (p: number) => `第${p}页`,
} as const;
