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
    about:
      '政府为非居民编写的指南，列出可登记本地 SIM 卡的运营商：Beeline、activ、Altel、Tele2。本指南只用它说明这一点。',
  },
  'beeline-offer': {
    url: 'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/oferta',
    title: 'Beeline：个人账户使用条款（哈萨克语）',
    publisher: 'Beeline（Kar-Tel LLP）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'Beeline 个人账户的公开要约：运营方是 Kar-Tel 有限责任合伙企业；在个人账户和官方应用里可以开通或关闭服务、更换资费、管理余额。',
  },
  'activ-legal': {
    url: 'https://activ.kz/en/service/legal',
    title: 'activ：法律信息',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about: 'activ 的法律信息页：activ 商标下的服务按 Kcell JSC 规定的格式提供，可见 activ 和 Kcell 同属 Kcell JSC。',
  },
  'activ-faq': {
    url: 'https://activ.kz/en/article/faq',
    title: 'activ：常见问题',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'activ 的常见问题页。可用电子邮件提交的书面申请，写在“如何更换资费”这一问下，与解约无关；变更登记信息须到 Kcell Center 或经销点书面申请；让别人用自己的 SIM 卡，须登记在使用者名下。',
  },
  'kcell-router': {
    url: 'https://www.kcell.kz/en/product/router',
    title: 'Kcell：路由器优惠（配合 11 号资费）',
    publisher: 'Kcell JSC',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'Kcell 的一项路由器优惠（配合 11 号资费）：这项服务只能凭用户向 Kcell Center 提交的书面申请关闭；合同期满前解除协议的，须按协议付清设备的剩余价值。只适用于这项优惠，不是 Kcell 所有分期付款或购机的规定。',
  },
  'kcell-documents': {
    url: 'https://www.kcell.kz/kk/product/documents',
    title: 'Kcell 文件页面：申请表模板清单（哈萨克语）',
    publisher: 'Kcell JSC',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'Kcell 的文件页面，列出各类申请表模板，其中有解除合同申请表、自由格式申请表、账单明细、补办 SIM 卡、重新登记号码和同意领取款项的模板。页面没有说申请怎样提交、交到哪里。',
  },
  'kcell-2016-balance': {
    url: 'https://www.kcell.kz/en/news/show/2474?newsId=29&year=2016',
    title: 'Kcell：2016 年计费变更通知',
    publisher: 'Kcell JSC',
    kind: 'operator',
    confidence: 'medium',
    opened: '2026-12-01',
    about:
      'Kcell 2016 年 7 月关于计费变更的通知：解除合同时，账户里剩余的款项会退还。这是旧通知，现在是否仍然如此、怎样退，要向运营商问清。',
  },
  'inform-beeps': {
    url: 'https://www.inform.kz/ru/nastoychivie-mikrovizovi-mobilnie-operatori-obyasnili-dlya-chego-oni-nuzhni-ikak-ihotklyuchit-a2e379',
    title: 'Kazinform：运营商解释“响一声”来电',
    publisher: 'Kazinform',
    kind: 'news',
    confidence: 'medium',
    opened: '2026-11-27',
    published: '2026-01-23',
    about:
      '关于“响一声”来电（运营商自动发出的短呼叫）的新闻，与付费订阅和注销无关；本指南只用它说明 Tele2 和 Altel 通过同一个新闻办公室回应，以及 Altel 的另一个域名。',
  },
  'lada-1414': {
    url: 'https://www.lada.kz/kazakhstan-news/147644-1414-ne-stanet-platnym-dlia-kazakhstantsev.html',
    title: 'Lada.kz 新闻：1414 不会向居民收费',
    publisher: 'lada.kz',
    kind: 'news',
    confidence: 'medium',
    opened: '2026-11-27',
    published: '2025-12-29',
    about: '新闻：国家统一联络中心 1414 是政府的联络中心，居民拨打免费；它不是运营商的客服。',
  },
  'activ-mnp': {
    url: 'https://activ.kz/kk/service/mnp',
    title: 'activ：转入 Kcell/activ 的携号转网页面（2016 年上线，哈萨克语）',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'medium',
    opened: '2026-11-27',
    about:
      'activ 2016 年的携号转网页面，讲的是把号码转入 Kcell/activ：凭身份证件在 Kcell Center 或 Kcell Store 办理，先结清欠原运营商的费用和购机款；拨 *199# 可查号码现在属于哪家运营商。',
  },
  'tandap-switching': {
    url: 'https://tandap.kz/en/blog/switching-operator',
    title: 'Tandap 资讯文章：在哈萨克斯坦携号转网（2026）',
    publisher: 'tandap.kz',
    kind: 'help',
    confidence: 'medium',
    opened: '2026-11-27',
    about:
      '2026 年的二手资料：携号转网申请向新运营商提交，可在其营业厅、应用或网站办理；号码须处于正常状态（停机的会被拒绝）、登记在本人名下，有欠费不能转。',
  },
  'fbrk-60-days': {
    url: 'https://fbrk.kz/en-gb/articles/60-day-limit-number-porting-has-been-put-discussion-kazakhstan',
    title: 'FBRK 新闻：携号转网 60 天限制草案',
    publisher: 'fbrk.kz',
    kind: 'news',
    confidence: 'medium',
    opened: '2026-11-27',
    published: '2026-02-20',
    about:
      '2026 年 2 月的规则草案：号码首次激活不满 60 天，原运营商可以拒绝转出；公开讨论至 2026 年 3 月 6 日，之后是否生效不明。',
  },
  'digitalrights-draft': {
    url: 'https://digitalrights.asia/events/call-me-call-me-but-give-to-gov-your-face/',
    title: 'Digital Rights Asia 文章：2024 年通信服务规则草案',
    publisher: 'digitalrights.asia',
    kind: 'news',
    confidence: 'medium',
    opened: '2026-11-27',
    about:
      '介绍 2024 年规则草案的文章：草案写到，停止使用服务须向运营商提交带生物识别数据的申请。最终规则是否保留这一条，未经证实。',
  },
  'izi-manual': {
    url: 'https://content.izi.me/binaries/content/assets/docs/manual-en.html',
    title: 'izi：应用使用协议（英文）',
    publisher: 'izi',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'izi 应用的使用协议：在应用里可以订购 izi SIM 卡、加入公开合同、登记和激活、管理服务（包括漫游）、充值、补办 SIM 卡和与客服对话；协议也提到运营商网站 www.izi.me。协议没有说其他途径都不能用。',
  },
  'izi-bundles': {
    url: 'https://content.izi.me/binaries/content/assets/docs/product-details/bundles-en.html',
    title: 'izi：流量和通话套餐说明（英文）',
    publisher: 'izi',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about: 'izi 的套餐说明：在哈萨克斯坦境外，所有服务按漫游计费；服务只在余额大于零时可用。',
  },
  'activ-additional-packs': {
    url: 'https://activ.kz/en/service/additional-packs',
    title: 'activ：附加流量包',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about: 'activ 的附加流量包页面：流量包到期或解除通信服务合同时，未用完的流量作废。',
  },
  'activ-yearly-plus': {
    url: 'https://activ.kz/en/service/yearly-plus',
    title: 'activ：“Yearly Internet+”年度流量附加包',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-11-27',
    about: 'activ 的年度流量附加包（不是资费套餐）：用户终止这项服务时，未用完的流量不退。',
  },
  'mailru-ten-numbers': {
    url: 'https://news.mail.ru/society/68753255/',
    title: 'Mail.ru 新闻：每人最多登记 10 个号码',
    publisher: 'news.mail.ru',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    published: '2025-11-18',
    about: '新闻：自 2025 年 11 月 18 日起，每人最多登记 10 个号码，超出须说明用途。',
  },
  'mgorod-ten-numbers': {
    url: 'https://mgorod.kz/news/v-kazahstane-budut-blokirovat-mobilnye-nomera-nazvany-prichiny',
    title: 'Moy Gorod 新闻：哪些号码会被封锁',
    publisher: 'mgorod.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-27',
    published: '2025-11-10',
    about: '新闻：2025 年 11 月起每人登记号码的数量上限，以及哪些号码会被封锁。',
  },
  'lada-biometrics': {
    url: 'https://www.lada.kz/kazakhstan-news/147935-kazakhstantsy-ne-smogut-polzovatsia-sim-kartoi-bez-biometrii-novye-pravila-s-3-ianvaria.html',
    title: 'Lada.kz 新闻：1 月 3 日起新 SIM 卡须做生物识别',
    publisher: 'lada.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-27',
    published: '2026-01-07',
    about:
      '新闻：自 2026 年 1 月 3 日起，新 SIM 卡（包括网上购买的）须先完成生物识别才能使用；文中援引的官员说，SIM 卡登记与个人识别号 IIN 挂钩。',
  },
  'kazinform-biometrics': {
    url: 'https://kaz.inform.kz/news/elde-sim-karta-aludin-talaptari-kusheyd-489f8b/',
    title: 'Kazinform（哈萨克语）：购买 SIM 卡的要求收紧',
    publisher: 'kaz.inform.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-27',
    published: '2026-01-07',
    about:
      '哈萨克语新闻：新 SIM 卡须通过人脸识别登记，有智能手机的在运营商应用中完成，没有网络或用按键手机的到营业厅办理。',
  },
  'timesca-biometrics': {
    url: 'https://timesca.com/kazakhstan-introduces-mandatory-biometric-id-for-mobile-phone-subscribers',
    title: 'Times of Central Asia 新闻：新用户须做生物识别',
    publisher: 'timesca.com',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-27',
    published: '2026-01-05',
    about: '英文新闻：自 2026 年初起，新的手机用户须先通过人脸识别，SIM 卡才能开通。',
  },
  'baq-imei': {
    url: 'https://rus.baq.kz/vash-telefon-budet-zablokirovan-cherez-30-dney-kak-zaregistrirovat-imei-kod_300020984/',
    title: 'BAQ.kz 新闻：未核验 IMEI 的手机 30 天后被封',
    publisher: 'baq.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-25',
    published: '2025-08-27',
    about:
      '新闻：2025 年 3 月 24 日以后带入、插用哈萨克斯坦 SIM 卡的手机须通过 IMEI 核验；未核验的手机 30 天后在哈萨克斯坦网络中被封，被封的是手机，不是号码。',
  },
  'tandap-imei': {
    url: 'https://tandap.kz/en/blog/imei-verification',
    title: 'Tandap 资讯文章：IMEI 核验指南（2026）',
    publisher: 'tandap.kz',
    kind: 'help',
    confidence: 'high',
    opened: '2026-11-27',
    about: '说明：IMEI 核验涉及插用哈萨克斯坦 SIM 卡的手机；用外国 SIM 卡或旅行 eSIM 在哈萨克斯坦漫游的手机不在此列。',
  },
  'kt-rules-2025': {
    url: 'https://www.kt.kz/rus/state/kazahstantsy_teper_smogut_oformit_ne_bolee_desyati_sim-kart_1377983797.html',
    title: 'Kazakhstan Today 新闻：2025 年 11 月的通信服务新规',
    publisher: 'kt.kz',
    kind: 'news',
    confidence: 'high',
    opened: '2026-11-27',
    published: '2025-11-11',
    about:
      '新闻：新规规定每人最多 10 个号码，要求运营商运行反诈系统、封锁确认用于诈骗的号码，并明确了运营商须免费、昼夜提供的信息咨询服务清单（服务质量投诉、改进建议、漫游信息、举报可疑来电和短信）。这不是新开的热线，也不能用来注销。',
  },
  'esimdb-iphone': {
    url: 'https://esimdb.com/blog/how-to-delete-esim-from-iphone',
    title: 'eSIMDB 资讯文章：如何从 iPhone 删除 eSIM',
    publisher: 'esimdb.com',
    kind: 'help',
    confidence: 'medium-high',
    opened: '2026-11-27',
    about:
      'iPhone 删除 eSIM 的菜单路径和按钮“Delete eSIM”；建议删除前先关闭 eSIM，iOS 提示“Line No Longer Available”时点“Update Contacts”；以及系统提示原文：“Your cellular plan will not be canceled. Contact your carrier to get a new eSIM or to cancel your plan.”',
  },
  'communityfibre-android': {
    url: 'https://help.communityfibre.co.uk/troubleshooting/community-fibre-esim-explained/how-do-i-remove-the-esim-from-my-phone-after-ive-used-it',
    title: 'Community Fibre（英国运营商）帮助中心：用完后如何从手机移除 eSIM',
    publisher: 'Community Fibre',
    kind: 'help',
    confidence: 'medium',
    opened: '2026-11-27',
    about: '英国运营商的帮助页面，只给出 iPhone、三星和 Pixel 移除 eSIM 的步骤，例如 Pixel 上的“Delete SIM”和 ⋮ 菜单。',
  },
  'holiday-android': {
    url: 'https://holiday.com/guides/esim/delete-esim-android',
    title: 'Holiday.com 资讯文章：在安卓手机上删除 eSIM',
    publisher: 'holiday.com',
    kind: 'help',
    confidence: 'medium',
    opened: '2026-11-27',
    about:
      '安卓手机删除 eSIM 的菜单路径，菜单名称因设备和品牌而不同；写明删除 eSIM 不会取消与之关联的有效套餐，并建议删除或注销之前，把两步验证转到另一个号码或验证器应用。',
  },
  'airalo-reuse': {
    url: 'https://www.airalo.com/help/using-managing-esims/can-i-use-my-existing-esim-again',
    title: 'Airalo 帮助中心：能否再次使用已有的 eSIM（关于 Airalo 自己的 eSIM）',
    publisher: 'Airalo',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-25',
    about:
      'Airalo 对自己的旅行 eSIM 的建议：还想再用同一个 eSIM，就不要删除，暂时不用时关闭它（本指南补充：关闭后收不到短信）；按钮名称因设备而不同。对运营商的 eSIM，它只支持一点：运营商确认合同解除之前不要删除。',
  },
  'airalo-refund': {
    url: 'https://www.airalo.com/help/using-managing-esims/ZSEEHBT5HW6F/what-can-i-do-if-i-didnt-purchase-the-right-esim-or-have-a-change-of-plans/NYBBU4NC7KN6',
    title: 'Airalo 帮助中心：买错 eSIM 或行程变化怎么办',
    publisher: 'Airalo',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'Airalo 的退款规则：在“My eSIMs”的套餐记录中申请；买错或行程变化只退 Airmoney（应用内余额）；安装问题或无法使用可退回原支付方式，通常 7–10 个工作日，视银行最长 30 天；已过期或用完的不能退。',
  },
  'airalo-remove-ios': {
    url: 'https://www.airalo.com/fil/help/using-managing-esims/ZSEEHBT5HW6F/how-can-i-remove-an-esim-from-my-ios-device/SKNTP8LSLK5R',
    title: 'Airalo 帮助中心：什么时候可以从 iOS 设备上移除 eSIM（本指南存档的是菲律宾语版）',
    publisher: 'Airalo',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'Airalo 的英文帮助文章“How can I remove an eSIM from my iOS device?”的菲律宾语译本（本指南存档并核对的是这个译本）：Airalo 的 eSIM 没有有效流量包时可以安全移除；有些 Airalo eSIM 只能用一次，不能充值。',
  },
  'holafly-refund': {
    url: 'https://esim.holafly.com/refund-policy',
    title: 'Holafly：单次购买 eSIM 的退款政策',
    publisher: 'Holafly',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'Holafly 单次购买 eSIM 的退款政策：在其官网购买、尚未激活、购买后不超过 6 个月的，可全额退款；连接出问题的，按已用流量可能部分或全额退款，并收取 3.50 美元的手续费。',
  },
  'holafly-plans-refund': {
    url: 'https://esim.holafly.com/plans/pages/refund-policy',
    title: 'Holafly Plans：订阅退款政策',
    publisher: 'Holafly',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'Holafly Plans（订阅）的退款政策：在官网或应用购买、尚未激活的订阅，购买后 14 天内可申请全额退款；这一页没有提到额外收费。',
  },
  'kcell-payment': {
    url: 'https://www.kcell.kz/en/service/2886/138',
    title: 'Kcell：付费方式（预付费与后付费）',
    publisher: 'Kcell JSC',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-12-01',
    about:
      'Kcell 的付费方式页面：预付费的，余额小于或等于零时，外拨通信被限制；后付费的，付款到期后下个月 3 日起可能被停止服务；预付费和后付费之间切换，要到营业厅书面申请。它没有说合同会因此解除，也没有说号码会分给别人。',
  },
  'activ-auto-extra': {
    url: 'https://activ.kz/kk/service/auto-extra-balance',
    title: 'activ：“Auto Extra Balance”服务（哈萨克语）',
    publisher: 'activ（Kcell JSC）',
    kind: 'operator',
    confidence: 'high',
    opened: '2026-12-01',
    about:
      'activ 的“Auto Extra Balance”服务页面：解除通信服务合同时，这项服务的欠款须全部还清。只说这项服务，不涉及其他欠费。',
  },
  'holafly-cancel': {
    url: 'https://esim.holafly.com/faq/holafly-plans/cancel-holafly-plans-subscription',
    title: 'Holafly Plans：如何取消订阅',
    publisher: 'Holafly',
    kind: 'seller',
    confidence: 'high',
    opened: '2026-11-27',
    about:
      'Holafly Plans 取消订阅的说明：取消只停止下一次续费，本期结束前照常可用；须在续费日前至少 7 天取消，续费后因改变主意或提前终止不退款。',
  },
} as const satisfies Record<string, Source>;

/** A key of the registry; a typo in code is a type error, in content a build error. */
export type SourceKey = keyof typeof SOURCES;

/** The registered source for a key, or undefined when the key is unknown. */
export function findSource(key: string): Source | undefined {
  return Object.hasOwn(SOURCES, key) ? SOURCES[key as SourceKey] : undefined;
}
