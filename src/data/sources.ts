/**
 * Every public source the guide may cite, by a short stable key, from shared/brief/FACTS.md.
 *
 * Pages cite a source inline with `<Source id="kcell-documents" />`; each page's numbered
 * source list is derived from those citations, and an unknown key fails the build naming the
 * file and the key. Add a source here first (only what FACTS.md lists and does not mark
 * unverified), then cite it.
 */
export type Confidence = 'high' | 'medium-high' | 'medium';

/** What kind of publisher a source is, shown next to it so readers can weigh it. */
export type SourceKind = 'government' | 'operator' | 'seller' | 'news' | 'help';

export interface Source {
  /** The exact address, as FACTS.md gives it. */
  url: string;
  /** A short Chinese label: the footnote list and the sources page show it. */
  title: string;
  /** Who publishes it. */
  publisher: string;
  kind: SourceKind;
  /** How far FACTS.md trusts the fact this source supports (not the publisher). */
  confidence: Confidence;
  /** The day the source was last opened and read against the guide's text (YYYY-MM-DD). */
  opened: string;
  /** Publication date where the source gives one (YYYY-MM-DD). */
  published?: string;
  /** What it is and what it says, in Chinese, as a reader needs to know it. */
  about: string;
}

export const SOURCES = {
  'gov-nonresidents': {
    url: 'https://www.gov.kz/situations/497/intro?lang=en',
    title: '哈萨克斯坦政府门户：非居民办理手机号指南',
    publisher: 'gov.kz',
    kind: 'government',
    confidence: 'high',
    opened: '2026-11-25',
    about: '政府为非居民编写的指南，列出可登记本地 SIM 卡的运营商和国家统一联络中心 1414。',
  },
  'beeline-offer': {
    url: 'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/oferta',
    title: 'Beeline：公开合同（оферта）',
    publisher: 'Beeline（Kar-Tel LLP）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Beeline 哈萨克斯坦的公开合同页面：运营公司、应用名称和个人账户的功能。',
  },
  'activ-legal': {
    url: 'https://activ.kz/en/service/legal',
    title: 'activ：法律信息',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'activ 的法律信息页：activ 商标下的服务按 Kcell JSC 规定的方式提供。',
  },
  'activ-faq': {
    url: 'https://activ.kz/en/article/faq',
    title: 'activ：常见问题',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'activ 的常见问题页。注意每条回答所属的问题：书面申请的说明在“如何更换资费”之下。',
  },
  'kcell-call-services': {
    url: 'https://www.kcell.kz/en/product/call-services',
    title: 'Kcell：通话服务',
    publisher: 'Kcell JSC',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Kcell 的通话服务页面。',
  },
  'kcell-router': {
    url: 'https://www.kcell.kz/en/product/router',
    title: 'Kcell：路由器与分期合同',
    publisher: 'Kcell JSC',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Kcell 的路由器与设备分期页面：分期合同下的服务只能凭书面申请在 Kcell Center 关闭。',
  },
  'kcell-documents': {
    url: 'https://www.kcell.kz/kk/product/documents',
    title: 'Kcell：文件与申请表模板',
    publisher: 'Kcell JSC',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Kcell 的文件页面（哈萨克语），列出各类申请表模板，包括解除合同申请。',
  },
  'inform-beeps': {
    url: 'https://www.inform.kz/ru/nastoychivie-mikrovizovi-mobilnie-operatori-obyasnili-dlya-chego-oni-nuzhni-ikak-ihotklyuchit-a2e379',
    title: 'Kazinform：运营商解释“响一声”来电',
    publisher: 'Kazinform',
    kind: 'news',
    confidence: 'medium',
    opened: '2026-11-25',
    published: '2026-01-23',
    about: '关于“响一声”来电（micro-calls）的新闻，不是关于付费订阅；其中 Tele2/Altel 通过同一新闻办公室回应。',
  },
  'lada-1414': {
    url: 'https://www.lada.kz/kazakhstan-news/147644-1414-ne-stanet-platnym-dlia-kazakhstantsev.html',
    title: 'Lada.kz：1414 不会收费',
    publisher: 'lada.kz',
    kind: 'news',
    confidence: 'medium',
    opened: '2026-11-25',
    about: '新闻：国家统一联络中心 1414 是免费的政府热线。',
  },
  'activ-mnp': {
    url: 'https://activ.kz/kk/service/mnp',
    title: 'activ：携号转网（2016 年上线页面）',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'medium',
    opened: '2026-11-25',
    about: 'activ 2016 年的携号转网上线页面：把号码转入 Kcell/activ 的办法，以及用 *199# 查询号码所属运营商。',
  },
  'tandap-switching': {
    url: 'https://tandap.kz/en/blog/switching-operator',
    title: 'Tandap：如何更换运营商（2026）',
    publisher: 'tandap.kz',
    kind: 'help',
    confidence: 'medium',
    opened: '2026-11-25',
    about: '2026 年的二手资料：携号转网申请向新运营商提交。',
  },
  'fbrk-60-days': {
    url: 'https://fbrk.kz/en-gb/articles/60-day-limit-number-porting-has-been-put-discussion-kazakhstan',
    title: 'FBRK：携号转网 60 天限制草案',
    publisher: 'fbrk.kz',
    kind: 'news',
    confidence: 'medium',
    opened: '2026-11-25',
    about: '2026 年的规则草案：旧运营商可拒绝转出使用不满 60 天的号码；公开讨论后的状态不明。',
  },
  'digitalrights-draft': {
    url: 'https://digitalrights.asia/events/call-me-call-me-but-give-to-gov-your-face/',
    title: 'Digital Rights Asia：2024 年通信服务规则草案',
    publisher: 'digitalrights.asia',
    kind: 'news',
    confidence: 'medium',
    opened: '2026-11-25',
    about: '关于 2024 年规则草案的文章：草案要求以生物识别数据提交停止服务的申请。最终规则是否保留，未经证实。',
  },
  'izi-manual': {
    url: 'https://content.izi.me/binaries/content/assets/docs/manual-en.html',
    title: 'izi：应用使用手册',
    publisher: 'izi',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'izi 的英文使用手册：订购、签约、登记、激活、换卡、管理服务和客服都在应用中。',
  },
  'izi-bundles': {
    url: 'https://content.izi.me/binaries/content/assets/docs/product-details/bundles-en.html',
    title: 'izi：套餐与漫游说明',
    publisher: 'izi',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'izi 的产品说明：在哈萨克斯坦境外所有服务按漫游计费，且只在余额为正时可用。',
  },
  'activ-additional-packs': {
    url: 'https://activ.kz/en/service/additional-packs',
    title: 'activ：附加流量包',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'activ 的附加流量包页面：合同终止时未用完的流量包被取消。',
  },
  'activ-yearly-plus': {
    url: 'https://activ.kz/en/service/yearly-plus',
    title: 'activ：“Yearly Internet+”年度流量附加包',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'activ 的年度流量附加包（不是资费套餐）：未用完的流量不退。',
  },
  'mailru-ten-numbers': {
    url: 'https://news.mail.ru/society/68753255/',
    title: 'Mail.ru 新闻：每人最多登记 10 个号码',
    publisher: 'news.mail.ru',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    published: '2025-11-18',
    about: '新闻：自 2025 年 11 月 18 日起每人最多登记 10 个号码。',
  },
  'mgorod-ten-numbers': {
    url: 'https://mgorod.kz/news/v-kazahstane-budut-blokirovat-mobilnye-nomera-nazvany-prichiny',
    title: 'Moy Gorod：哪些号码会被封停',
    publisher: 'mgorod.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    about: '新闻：号码数量上限和封停的原因。',
  },
  'lada-biometrics': {
    url: 'https://www.lada.kz/kazakhstan-news/147935-kazakhstantsy-ne-smogut-polzovatsia-sim-kartoi-bez-biometrii-novye-pravila-s-3-ianvaria.html',
    title: 'Lada.kz：1 月 3 日起新 SIM 卡须做生物识别',
    publisher: 'lada.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    about: '新闻：自 2026 年 1 月 3 日起新 SIM 卡须先完成生物识别。',
  },
  'kazinform-biometrics': {
    url: 'https://kaz.inform.kz/news/elde-sim-karta-aludin-talaptari-kusheyd-489f8b/',
    title: 'Kazinform（哈萨克语）：购买 SIM 卡的要求收紧',
    publisher: 'kaz.inform.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    about: '哈萨克语新闻：新 SIM 卡的生物识别通常在短信之后于运营商应用中完成。',
  },
  'timesca-biometrics': {
    url: 'https://timesca.com/kazakhstan-introduces-mandatory-biometric-id-for-mobile-phone-subscribers',
    title: 'Times of Central Asia：手机用户须做生物识别',
    publisher: 'timesca.com',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    published: '2026-01-05',
    about: '英文新闻：自 2026 年初起手机用户须做生物识别。',
  },
  'baq-imei': {
    url: 'https://rus.baq.kz/vash-telefon-budet-zablokirovan-cherez-30-dney-kak-zaregistrirovat-imei-kod_300020984/',
    title: 'BAQ.kz：未核验 IMEI 的手机 30 天后被封',
    publisher: 'baq.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    published: '2025-08-27',
    about: '新闻：使用哈萨克斯坦 SIM 卡的手机须通过 IMEI 核验。',
  },
  'tandap-imei': {
    url: 'https://tandap.kz/en/blog/imei-verification',
    title: 'Tandap：IMEI 核验',
    publisher: 'tandap.kz',
    kind: 'help',
    confidence: 'high',
    opened: '2026-11-25',
    about: '说明：IMEI 核验只涉及使用哈萨克斯坦 SIM 卡的手机，用外国 SIM 或旅行 eSIM 漫游的不在此列。',
  },
  'kt-rules-2025': {
    url: 'https://www.kt.kz/rus/state/kazahstantsy_teper_smogut_oformit_ne_bolee_desyati_sim-kart_1377983797.html',
    title: 'Kazakhstan Today：2025 年 11 月的新规',
    publisher: 'kt.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    published: '2025-11-11',
    about: '新闻：号码上限、反诈系统，以及新规明确的免费全天候信息服务清单（不是注销热线）。',
  },
  'esimdb-iphone': {
    url: 'https://esimdb.com/blog/how-to-delete-esim-from-iphone',
    title: 'eSIMDB：如何在 iPhone 上删除 eSIM',
    publisher: 'esimdb.com',
    kind: 'help',
    confidence: 'medium-high',
    opened: '2026-11-25',
    about: '说明 iPhone 删除 eSIM 的菜单路径和系统提示。',
  },
  'communityfibre-android': {
    url: 'https://help.communityfibre.co.uk/troubleshooting/community-fibre-esim-explained/how-do-i-remove-the-esim-from-my-phone-after-ive-used-it',
    title: 'Community Fibre 帮助中心：如何从手机上移除 eSIM',
    publisher: 'Community Fibre',
    kind: 'help',
    confidence: 'medium',
    opened: '2026-11-25',
    about: '英国运营商的帮助页面，只给出删除 eSIM 的步骤。',
  },
  'holiday-android': {
    url: 'https://holiday.com/guides/esim/delete-esim-android',
    title: 'Holiday.com：在安卓手机上删除 eSIM',
    publisher: 'holiday.com',
    kind: 'help',
    confidence: 'medium',
    opened: '2026-11-25',
    about: '说明 Pixel 和三星手机删除 eSIM 的菜单路径，并指出删除 eSIM 不会取消套餐。',
  },
  'airalo-reuse': {
    url: 'https://www.airalo.com/help/using-managing-esims/can-i-use-my-existing-esim-again',
    title: 'Airalo 帮助中心：已删除的 eSIM 能否再用',
    publisher: 'Airalo',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Airalo 的帮助文章：删除的 eSIM 通常无法重新安装。',
  },
  'airalo-refund': {
    url: 'https://www.airalo.com/help/using-managing-esims/ZSEEHBT5HW6F/what-can-i-do-if-i-didnt-purchase-the-right-esim-or-have-a-change-of-plans/NYBBU4NC7KN6',
    title: 'Airalo 帮助中心：买错套餐或行程变化怎么办',
    publisher: 'Airalo',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Airalo 的退款规则：行程变化只退 Airmoney，银行卡退款限于安装问题或无法使用。',
  },
  'airalo-remove-ios': {
    url: 'https://www.airalo.com/fil/help/using-managing-esims/ZSEEHBT5HW6F/how-can-i-remove-an-esim-from-my-ios-device/SKNTP8LSLK5R',
    title: 'Airalo 帮助中心：如何从 iOS 设备移除 eSIM',
    publisher: 'Airalo',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Airalo 的帮助文章（菲律宾语版本）：没有有效流量包的 eSIM 可以安全移除。',
  },
  'holafly-refund': {
    url: 'https://esim.holafly.com/refund-policy',
    title: 'Holafly：退款政策',
    publisher: 'Holafly',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Holafly 的退款政策：官网购买、未激活、6 个月内申请可全额退款。',
  },
  'holafly-plans-refund': {
    url: 'https://esim.holafly.com/plans/pages/refund-policy',
    title: 'Holafly Plans：订阅退款政策',
    publisher: 'Holafly',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Holafly Plans（订阅）的退款政策：购买后 14 天内可退款。',
  },
  'holafly-cancel': {
    url: 'https://esim.holafly.com/faq/holafly-plans/cancel-holafly-plans-subscription',
    title: 'Holafly Plans：如何取消订阅',
    publisher: 'Holafly',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-25',
    about: 'Holafly Plans 取消订阅的说明：续订前至少 7 天取消。',
  },
} as const satisfies Record<string, Source>;

/** A key of the registry; a typo in code is a type error, in content a build error. */
export type SourceKey = keyof typeof SOURCES;

/** The registered source for a key, or undefined when the key is unknown. */
export function findSource(key: string): Source | undefined {
  return Object.hasOwn(SOURCES, key) ? SOURCES[key as SourceKey] : undefined;
}
