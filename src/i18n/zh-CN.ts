/**
 * Every string a reader sees outside content/, in one flat dictionary of dotted keys.
 * Components read them through t() so that wording is changed in one place, and a
 * second language would be one more file of the same shape.
 */
export const zhCN = {
  'site.name': '哈萨克斯坦 eSIM 注销指南',
  'site.tagline': '一步一步注销哈萨克斯坦的 eSIM，每条事实都注明来源',
  'site.skipToContent': '跳到正文',

  'nav.main': '主导航',
  'nav.steps': '步骤',
  'nav.situation': '我的情况',
  'nav.precautions': '注意事项',
  'nav.phrases': '对工作人员说',
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
  'start.heading': '从这里开始',
  'start.situation': '先回答几个问题：看看您属于哪种情况',
  'start.read': '再读注意事项，然后做六个步骤',
  'start.first': '已经准备好：从第 1 步开始',
  'steps.afterLast': '办完了：回到总结',

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
  'page.toc': '本页内容',
  'cite.marker': '来源 {n}：{title}',
  'cite.back': '回到正文第 {i} 处引用',
  'cite.backOnly': '回到正文引用处',

  'footer.about': '本指南不隶属于任何运营商。规则会变，办理前请以运营商官方说明为准。',
  'footer.sourcesLink': '全部资料来源',

  'sources.title': '资料来源',
  'sources.description': '本指南引用的每一个公开来源：它支持哪些说法、出现在哪些页面、可信度如何，以及何时核对。',
  'sources.intro':
    '本指南里的每条具体事实都来自下列公开资料，正文中的编号脚注指向它们。客服电话等无法证实的信息不会写进指南。',
  'sources.confidenceHeading': '可信度的含义',
  'sources.listHeading': '全部来源',
  'sources.usedOn': '引用页面',
  'sources.confidence': '所支持事实的可信度',
  'sources.published': '发布日期',
  'sources.opened': '最近打开核对',
  'sources.confidence.high': '高',
  'sources.confidence.medium-high': '中高',
  'sources.confidence.medium': '中',
  'sources.confidenceMeans.high': '官方页面上看到的事实，或有多份独立报道印证的事实。',
  'sources.confidenceMeans.medium-high': '来自可靠的二手说明，并与官方提示一致，但没有在官方页面上逐字核对。',
  'sources.confidenceMeans.medium': '只有一份二手来源（新闻、资讯网站或草案）支持的事实；办理前请向运营商确认。',
  'sources.kind.government': '政府',
  'sources.kind.operator': '运营商官方',
  'sources.kind.seller': 'eSIM 销售商官方',
  'sources.kind.news': '新闻',
  'sources.kind.help': '资讯与帮助网站',

  'notFound.title': '找不到这个页面',
  'notFound.description': '链接可能有误或页面已移动。',
  'notFound.body': '您要找的页面不存在。可以搜索，或从下面的目录继续：',
  'notFound.home': '回到首页',
  'notFound.search': '搜索本指南',

  'print.title': '打印全文',
  'print.description':
    '整本指南在一页上：警告与总结、注意事项、六个步骤、对工作人员说、运营商和案例，适合打印或另存为 PDF。',
  'print.intro': '整本指南在一页上，适合打印或另存为 PDF。每部分末尾印有该部分的资料来源和网址。',
  'print.button': '打印',
  'print.toc': '本页目录',

  'share.copySection': '复制本节链接：',
  'share.heading': '把这一步发给别人',
  'share.button': '分享这一步的链接',
  'share.urlLabel': '本步链接：',
  'share.qrAlt': '本步链接的二维码：{url}',
  'share.qrCaption': '用手机扫码，继续在手机上看',
  'share.copied': '链接已复制',
  'share.copyFailed': '无法自动复制，请从地址栏复制链接',

  'progress.markDone': '我已完成这一步',
  'progress.doneSuffix': '（已完成）',
  'progress.clear': '清除完成标记',

  'theme.label': '配色',
  'theme.auto': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',

  'callout.warning': '警告',
  'callout.info': '说明',
  'callout.tip': '提示',
} as const;

export type UiKey = keyof typeof zhCN;
