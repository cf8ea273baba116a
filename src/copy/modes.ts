/** Words users read in the embed mode, the 嵌入代码 dialog and the presentation mode (汇报模式). */
export const modes = {
  // Embed mode (inside a portal's iframe)
  embedSource: '数据来源',
  embedOpenFull: '打开完整看板',
  embedOpensNewWindow: '（在新窗口打开）',

  // 嵌入代码 dialog
  embedButton: '嵌入代码',
  embedDialogTitle: '嵌入代码',
  embedDialogIntro:
    '把下面的代码粘贴到门户网站的页面中，即可嵌入当前视图（含当前下钻层级）。框架高度随内容自动调整；浏览者在框架内切换视图时，门户页面地址中的 #budget= 会同步更新，刷新或分享后仍打开同一视图。',
  embedSnippetLabel: '嵌入代码（HTML）',
  embedPreviewLabel: '嵌入地址',
  embedCopy: '复制代码',
  embedCopied: '已复制',
  embedCopyFallback: '已选中代码，请按 Ctrl+C（Mac 为 ⌘C）复制',
  embedClose: '关闭',
  embedDocsHint:
    '这段代码可直接用于任何静态网站，托管本看板的服务器无须特别的响应头。sandbox 含 allow-same-origin，是为了让框架以本看板自己的来源加载脚本和数据；只要门户与本看板不在同一来源（不同域名或端口），框架仍无法读写门户页面。若门户与本看板同源，请改用文档中的严格写法（去掉 allow-same-origin，并在服务器上返回 Access-Control-Allow-Origin: *）。门户的内容安全策略（CSP）须允许以 frame-src 加载本看板的地址。完整说明见部署文档“嵌入门户网站”（docs/embedding.md）。',
  embedFrameTitle: '预算透视',

  // Presentation mode (汇报模式)
  presentButton: '汇报模式',
  presentLabel: '汇报模式',
  presentToolbar: '汇报控制',
  presentPrev: '上一页',
  presentNext: '下一页',
  presentFullscreen: '全屏',
  presentExitFullscreen: '退出全屏',
  presentFullscreenUnavailable: '此环境不允许全屏（例如嵌入框架未授权），可用浏览器的全屏功能（F11）。',
  presentPrint: '打印',
  presentPrintMore: (route: string) => `完整内容与下钻见预算透视看板 #/${route}`,
  presentPreparingPrint: '正在准备打印版（每页一张幻灯片）…',
  presentExit: '退出汇报',
  presentKeysHint: '→ / 空格 / PageDown 下一页 · ← / PageUp 上一页 · Home / End 首末页 · F 全屏 · Esc 退出',
  presentSlideUnknown: '这一页的链接没有对应的视图',
  presentEmptyDeck: '没有可汇报的视图。',
  presentSlideOf: (n: number, total: number) => `${n} / ${total}`,
  presentPageOf: (n: number, total: number) => `本页第 ${n} / ${total} 屏`,
} as const;
