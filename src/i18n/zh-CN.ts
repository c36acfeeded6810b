/**
 * Every string a reader sees outside content/, in one flat dictionary of dotted keys.
 * Components read them through t() so that wording is changed in one place, and a
 * second language would be one more file of the same shape.
 */
export const zhCN = {
  'site.name': '哈萨克斯坦 eSIM 注销指南',
  'site.tagline': '一步一步注销哈萨克斯坦的 eSIM，每条事实都注明来源',
  'site.skipToContent': '跳到正文',
  'site.home': '首页',
  'site.shortName': 'eSIM 注销指南',

  'nav.main': '主导航',
  'nav.precautions': '注意事项',
  'nav.cases': '案例',
  'nav.operators': '运营商',
  'nav.sources': '资料来源',
  'nav.print': '打印全文',

  'steps.navLabel': '注销步骤',
  'steps.position': '第 {n} 步，共 {total} 步',
  'steps.stepLabel': '第 {n} 步',
  'steps.current': '（当前步骤）',
  'steps.showAll': '显示全部步骤',
  'steps.pagination': '上一步和下一步',
  'steps.previous': '上一步',
  'steps.next': '下一步',
  'steps.start': '从第一步开始',
  'steps.afterLast': '看完了？再读一遍注意事项',

  'search.open': '搜索',
  'search.shortcut': '快捷键：Ctrl+K 或 /',
  'search.placeholder': '搜索本指南，例如：忘记密码',
  'search.devOnly': '搜索索引只在构建后生成。请运行 npm start，在本地预览的网站上搜索。',
  'search.unavailable': '搜索暂时无法加载，请检查网络后重试，或从下面的目录查找。',
  'search.close': '关闭',
  'search.zeroResults': '没有找到与“[SEARCH_TERM]”相关的内容。换个说法试试，例如“客服”“备份”“退款”。',

  'page.lastChecked': '最后核对：',
  'page.sources': '本页资料来源',
  'page.noSources': '本页没有引用外部资料。',
  'page.sourceCite': '来源：',
  'page.sourceOpens': '（外部网站）',

  'footer.about': '本指南不隶属于任何运营商。规则会变，办理前请以运营商官方说明为准。',
  'footer.sourcesLink': '全部资料来源',

  'sources.title': '资料来源',
  'sources.description': '本指南引用的每一个公开来源：它支持哪些说法、出现在哪些页面、可信度如何，以及何时核对。',
  'sources.intro':
    '本指南里的每条具体事实都来自下列公开资料。可信度“高”指官方页面或多份独立报道；“中”指单一的二手来源。客服电话等未经证实的信息不会写进指南。',
  'sources.usedOn': '引用页面',
  'sources.confidence': '可信度',
  'sources.published': '发布日期',
  'sources.checked': '核对日期',
  'sources.confidence.high': '高',
  'sources.confidence.medium-high': '中高',
  'sources.confidence.medium': '中',

  'notFound.title': '找不到这个页面',
  'notFound.description': '链接可能有误或页面已移动。',
  'notFound.body': '您要找的页面不存在。可以搜索，或从下面的目录继续：',
  'notFound.home': '回到首页',
  'notFound.search': '搜索本指南',

  'print.title': '打印全文',
  'print.description': '整本指南在一页上：六个步骤、注意事项和案例，适合打印或另存为 PDF。',
  'print.intro': '整本指南在一页上，适合打印或另存为 PDF。链接的网址会印在链接文字后面。',
  'print.toc': '本页目录',

  'share.copySection': '复制“{title}”一节的链接',
  'share.heading': '分享这一步',
  'share.button': '分享这一步',
  'share.urlLabel': '本步链接：',
  'share.qrAlt': '本步链接的二维码：{url}',
  'share.qrCaption': '用手机扫码，继续在手机上看',
  'share.copied': '链接已复制',
  'share.copyFailed': '无法自动复制，请从地址栏复制链接',

  'progress.markDone': '我已完成这一步',
  'progress.doneSuffix': '（已完成）',
  'progress.clear': '清除完成标记',

  'theme.toggle': '深色模式',

  'offline.reading': '离线阅读中：这是本机保存的版本。',
  'offline.ready': '已可离线阅读',
  'offline.update': '有新版本，点此更新',

  'callout.warning': '警告',
  'callout.info': '说明',
  'callout.tip': '提示',
} as const;

export type UiKey = keyof typeof zhCN;
