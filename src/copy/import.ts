/** Words of the 导入 view (zh-CN). */
export const importCopy = {
  viewLabel: '导入',
  heading: '导入公开文件',
  lede: '把部门预算或决算公开的 PDF（或其文字提取）放到这里，得到与已发布数据同样的全部视图。文件只在本机浏览器中读取，不会上传到任何地方。',
  dropHint: '把 PDF 或文本文件拖到这里，或',
  choose: '选择文件',
  chooseLabel: '选择要导入的 PDF 或文本文件',
  accepts: '接受：PDF（有文字层）、UTF-8 或 GBK 编码的文本；最多 150 页、50 MB。',
  progressLabel: '导入进度',
  hashing: '正在计算文件指纹（SHA-256）…',
  readingPages: (read: number, total: number) => `已读 ${read} / ${total} 页`,
  tablesSoFar: (n: number) => `已找到 ${n} 张表`,
  readingText: '正在读取文本…',
  recognising: '正在识别表格与说明…',
  cancel: '取消',
  cancelled: '已取消导入，没有保存任何内容。',
  failedHeading: (file: string) => `无法导入“${file}”`,
  tryAnother: '可以换一个文件再试。',

  // Bad files: each its own message.
  problems: {
    scan: (pages: number) =>
      `这份 PDF 共 ${pages} 页，但没有文字层：它像是扫描件（每页是一张图片）。需要先做文字识别（OCR），把文字变成可选中的文字后再导入。`,
    encrypted:
      '这份 PDF 已加密（设有打开密码），浏览器无法读取其中的文字。请用未加密的原文件，或在 PDF 阅读器中输入密码后另存为不加密的 PDF 再导入。',
    broken: (detail: string) =>
      `文件已损坏或不是 PDF（${detail}；也可能是下载未完成）。请重新下载原文件后再试。`,
    tooManyPages: (pages: number, limit: number) =>
      `这份 PDF 有 ${pages} 页，超过导入上限 ${limit} 页，没有读取。部门预算、决算公开一般在 80 页以内：这可能是多个部门或整本汇编。请只保留本部门的页面（在 PDF 阅读器中“打印为 PDF”并选页）后再导入。`,
    tooLarge: (mb: string, limit: number) =>
      `文件有 ${mb} MB，超过 ${limit} MB 上限，没有读取。部门公开的 PDF 一般只有几 MB。`,
    empty: '文件是空的（0 字节）。',
    blank: '文件是空的：里面只有空白，没有文字。',
    binary: '这不是 PDF，也不是文本文件（内含二进制数据）。请选择公开文件的 PDF，或其文字提取（.txt）。',
    notText:
      '无法识别这份文本的编码：它既不是 UTF-8，也不是 GBK/GB18030。请用文本编辑器另存为 UTF-8 后再导入。',
    notDisclosure: '这份文件不像部门预算或决算公开：',
    blankTemplate: (tables: number) =>
      `这是一份空白模板：读出了 ${tables} 张表，但表中是占位符（如“XX”“...”）而不是实际数字，无法生成仪表板。请导入填好数字的公开文件。以下是读出的表格不合结构规则之处：`,
    structure: (tables: number) =>
      `读出了 ${tables} 张表，但表格结构不合规则，据此算出的数字会出错，因此不生成仪表板：`,
    unexpected: (detail: string) => `读取时出现意外错误：${detail}`,
  },

  // The report.
  reportHeading: '导入报告',
  reportFile: (file: string) => `文件：${file}`,
  reportSummary: (dept: string, year: number, kind: string, pages: number) =>
    `${dept} ${year} 年部门${kind}${pages ? `，共 ${pages} 页` : '，文本未分页'}`,
  encodingNote: '这份文本是 GBK/GB18030 编码，已按该编码读取。',
  readerHebei: '按河北部门预算公开文本模板读取',
  readerGeneral: '按通用表格读取',
  parseTime: (ms: string, perPage: string) => `读取用时 ${ms} 秒（每页 ${perPage} 毫秒）`,
  tablesHeading: '标准表',
  tablesSummary: (found: number, expected: number) => `找到 ${found} / ${expected} 张标准表`,
  tablesCaption: '每张标准表是否找到、印在第几页、读出多少行和金额、表内等式是否相等',
  tableColumns: ['标准表', '状态', '印出的表名', '单位', '页码', '行数', '金额个数', '表内核验'],
  found: '已找到',
  notFound: '未找到',
  optionalMissing: '未单独列表（并非每个模板都有）',
  identities: (pass: number, rounding: number, fail: number) =>
    `通过 ${pass}、尾差 ${rounding}、不平 ${fail}`,
  failuresOf: (title: string) => `“${title}”中不平的等式`,
  unrecognisedHeading: '未识别的表',
  unrecognised: (title: string, page: number) => `“${title}”（第 ${page} 页）`,
  sectionsHeading: '说明章节',
  sectionsSummary: (n: number, figures: number) => `读出 ${n} 节说明，其中 ${figures} 个数字`,
  warningsHeading: (n: number) => `读取警告（${n} 条）`,
  noWarnings: '没有读取警告。',
  warningColumns: ['页', '行', '问题', '当时读到的文字'],
  checksHeading: '数据核验',
  checksSummary: (total: number, pass: number, rounding: number, fail: number, warning: number) =>
    `共 ${total} 条：通过 ${pass}、尾差 ${rounding}、未通过 ${fail}、提示 ${warning}`,
  checksAllPass: '表与表之间、表与说明之间应当相等的数字全部一致。',
  totalsHeading: '主要数字',
  totalsColumns: ['项目', '金额（万元）', '出处'],

  // Side-by-side.
  compareHeading: '对照原页',
  compareLede:
    '左边是读出的表格，右边是它所在的原页。点一行，原页上对应的那一行会被框出，可以一眼看出读得对不对。',
  compareTable: '选择表格',
  comparePage: (page: number, pages: string) => `原文件第 ${page} 页（此表在第 ${pages} 页）`,
  comparePageAlt: (page: number) => `原文件第 ${page} 页的图像`,
  previousPage: '上一页',
  nextPage: '下一页',
  rendering: '正在绘制原页…',
  renderFailed: (detail: string) => `无法绘制原页：${detail}`,
  compareNoPdf: '对照原页只在本次导入 PDF 时可用（原文件不保存在浏览器中）。',
  compareText: '这是文本文件，没有原页图像可对照；表格的每行标有它在文本中的页与行。',
  rowColumns: { code: '科目编码', name: '名称', where: '页·行' },
  /** A row of a summary table whose first (收入) item is blank. */
  rowUnlabelled: (n: number) => `第 ${n} 行`,
  rowWhere: (page: number, line?: number) => (line ? `${page}·${line}` : `${page}`),
  highlighted: (name: string, page: number, line: number) => `已框出：${name}（第 ${page} 页第 ${line} 行）`,

  // After the import.
  openDashboard: '打开全部视图',
  openFunction: '打开功能分类',
  downloadJson: '下载数据集（JSON）',
  downloadCsv: '下载全部单元格（CSV）',
  publishHeading: '如何发布到门户',
  publishSteps: [
    '这份数据只在本浏览器中，尚未发布。要让所有人看到，请由门户维护人员：',
    '1. 把原文件放进仓库的 data/sources/ 文件夹，并在 data/sources/datasets.json 的 datasets 中加一项 { "id": "<数据集标识>", "source": "<文件名>" }；',
    '2. 运行 npm run data：它用同一个导入程序重新读取每份原文件，写出 public/data/<标识>.json 和目录 public/data/index.json（读不出数据集的文件会中止并报告原因）；',
    '3. 核对 npm run data 的报告与这里的导入报告一致，再发布 public/data/ 文件夹。',
    '下载的 JSON 与 npm run data 写出的文件格式相同，可用来比对；CSV 列出每个印出的金额，便于逐项核对。',
  ],

  // Saved imports.
  savedHeading: '本浏览器中的导入',
  savedNone: '还没有导入过文件。',
  savedItem: (dept: string, year: number, kind: string) => `${dept} · ${year} 年${kind}`,
  savedMeta: (file: string, at: string) => `${file} · 导入于 ${at}`,
  open: '打开',
  remove: '删除',
  removeLabel: (name: string) => `删除本地导入：${name}`,
  removed: (name: string) => `已删除：${name}`,
  storageUnavailable:
    '这个页面不能使用浏览器存储（例如在受限的内嵌框架或隐私模式中）：导入的数据只保留到关闭此标签页为止。',
  storageFailed: (detail: string) => `无法保存到浏览器存储：${detail}。导入的数据只保留到关闭此标签页为止。`,
  saved: '已保存在本浏览器中（不会上传），刷新或下次打开仍在“本地导入”中。',
} as const;

/** The words the shell shows for a local import on every view (kept apart: the shell loads first). */
export const importShellCopy = {
  banner: (file: string) => `本地导入（未发布）：${file}`,
  bannerDetail: '这份数据由本机导入，未经发布方核对，不是门户发布的数据。',
  bannerLink: '导入报告',
  switcherGroup: '本地导入',
  /** The file name tells two imports of the same department and year apart. */
  switcherOption: (dept: string, year: number, kind: string, file: string) =>
    `${dept} · ${year} 年${kind} · ${file}（本地导入）`,
} as const;
