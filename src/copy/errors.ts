/** Words of the error states (zh-CN): data errors, a view that failed, bad URL values. */
export const errorsCopy = {
  /** Heading above the structure issues of a `data` load error. */
  dataIssuesHeading: '表格结构有误之处',
  dataIssuesLede:
    '数据文件符合数据格式，但以下各行违反了预算表的结构规则，据此算出的数字会出错，因此不予显示：',
  /** Labels of an issue's severity. */
  blocking: '错误',
  warning: '提示',
  rule: '规则',
  structureWarningsHeading: '表格结构提示：以下科目缺少下级科目，页面照常显示所列数字',
  /** A view that threw while rendering. */
  viewFailedHeading: (view: string) => `“${view}”无法显示`,
  viewFailedBody: '这一部分在处理数据时出错，页面的其他部分不受影响。',
  viewFailedDetail: '错误信息',
  chunkFailedBody: '这一部分的程序文件未能下载（网络中断或网站刚更新），请重新加载页面。其他部分不受影响。',
  /** The app's own program (src/app/start.tsx) did not download: the page stays as the HTML drew it. */
  startFailedBody:
    '预算透视的程序文件未能下载（网络中断或网站刚更新），页面上的数字仍可阅读，但无法操作。请重新加载页面。',
  backToOverview: '返回概览',
  /** A `?d=local-…` link whose import is not in this browser. */
  localMissingBody:
    '本地导入的数据只保存在导入它的浏览器里，不会上传：这份导入可能已在本浏览器中删除，或这个链接来自另一台电脑或另一个浏览器。请在这里重新导入原文件，或打开已发布的数据。',
  localMissingImport: '去导入页',
  reloadPage: '重新加载页面',
  retryView: '重试',
  defaultDataset: '打开默认数据集',
  /** A slide of the deck that threw. */
  slideFailedHeading: (title: string) => `幻灯片“${title}”无法显示`,
  slideFailedBody: '这一页在处理数据时出错，其他幻灯片不受影响，可用方向键翻到下一页。',
  /** The route-level error element (outside any view). */
  appFailedHeading: '页面出错',
  appFailedBody: '预算透视在显示此页时出错。',
  /** Bad URL values (src/app/url-validation.ts). */
  urlNoticeHeading: '链接中有无法识别的内容，已略去',
  urlNowShowing: '现在显示的是：',
  /** After a view's own notice of a well-formed code the dataset does not have. */
  openValidLink: '打开有效的链接',
  tooLong: (what: string, length: number, max: number) => `${what}过长（${length} 个字符，上限 ${max}）`,
  tooDeep: (what: string, max: number) => `${what}最多 ${max} 级，多出的部分无法打开`,
  unknownValue: (what: string, value: string, allowed: string) => `${what}“${value}”无效，可选：${allowed}`,
  malformedValue: (what: string, value: string, rule: string) => `${what}“${value}”格式不对：${rule}`,
  noSubPath: (value: string) => `地址中的“${value}”在此页不存在`,
  unknownSlide: (what: string) => `${what} 没有对应的视图`,
  pathWhat: '地址',
  projectWhat: '项目编码',
  paramWhat: (name: string) => `参数 ${name}`,
  slideWhat: (route: string) => `幻灯片 ${route}`,
} as const;
