/**
 * Every public source the guide may cite, copied from shared/brief/FACTS.md.
 *
 * A page's frontmatter may only list URLs that are in this list (the content schema
 * checks it), so a fact can never point at an unvetted address. Add a source here
 * first, with what it is and how far it can be trusted, then cite it from a page.
 */
export type Confidence = 'high' | 'medium-high' | 'medium';

export interface Source {
  /** The exact address cited in frontmatter and shown to the reader. */
  url: string;
  /** A short Chinese label shown wherever the source is cited. */
  name: string;
  /** Who publishes it (official operator, government, news, seller). */
  publisher: string;
  /** How far FACTS.md trusts it. */
  confidence: Confidence;
  /** Publication date where the source gives one (ISO date). */
  published?: string;
}

export const SOURCES: readonly Source[] = [
  {
    url: 'https://www.gov.kz/situations/497/intro?lang=en',
    name: '哈萨克斯坦政府门户：非居民办理手机号指南',
    publisher: 'gov.kz（政府）',
    confidence: 'high',
  },
  {
    url: 'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/oferta',
    name: 'Beeline 哈萨克斯坦：公开合同（оферта）',
    publisher: 'Beeline（Kar-Tel LLP，运营商）',
    confidence: 'high',
  },
  {
    url: 'https://activ.kz/en/article/faq',
    name: 'activ：常见问题',
    publisher: 'activ（Kcell JSC，运营商）',
    confidence: 'high',
  },
  {
    url: 'https://www.kcell.kz/en/product/call-services',
    name: 'Kcell：通话服务',
    publisher: 'Kcell JSC（运营商）',
    confidence: 'high',
  },
  {
    url: 'https://www.inform.kz/ru/nastoychivie-mikrovizovi-mobilnie-operatori-obyasnili-dlya-chego-oni-nuzhni-ikak-ihotklyuchit-a2e379',
    name: 'Kazinform：运营商就付费订阅作出说明',
    publisher: 'Kazinform（新闻）',
    confidence: 'medium',
    published: '2026-01-23',
  },
  {
    url: 'https://content.izi.me/binaries/content/assets/docs/manual-en.html',
    name: 'izi：应用使用手册',
    publisher: 'izi（运营商）',
    confidence: 'high',
  },
  {
    url: 'https://www.kcell.kz/kk/product/documents',
    name: 'Kcell：文件与表格（含解约申请模板）',
    publisher: 'Kcell JSC（运营商）',
    confidence: 'high',
  },
  {
    url: 'https://activ.kz/en/service/additional-packs',
    name: 'activ：附加流量包',
    publisher: 'activ（Kcell JSC，运营商）',
    confidence: 'high',
  },
  {
    url: 'https://activ.kz/en/service/yearly-plus',
    name: 'activ：年度套餐',
    publisher: 'activ（Kcell JSC，运营商）',
    confidence: 'high',
  },
  {
    url: 'https://www.kcell.kz/en/product/router',
    name: 'Kcell：分期购机与路由器',
    publisher: 'Kcell JSC（运营商）',
    confidence: 'high',
  },
  {
    url: 'https://activ.kz/kk/service/mnp',
    name: 'activ：携号转网',
    publisher: 'activ（Kcell JSC，运营商）',
    confidence: 'high',
  },
  {
    url: 'https://news.mail.ru/society/68753255/',
    name: 'Mail.ru 新闻：每人最多登记 10 个号码',
    publisher: 'news.mail.ru（新闻）',
    confidence: 'high',
    published: '2025-11-18',
  },
  {
    url: 'https://mgorod.kz/news/v-kazahstane-budut-blokirovat-mobilnye-nomera-nazvany-prichiny',
    name: 'Moy Gorod：哪些号码会被封停',
    publisher: 'mgorod.kz（新闻）',
    confidence: 'high',
  },
  {
    url: 'https://timesca.com/kazakhstan-introduces-mandatory-biometric-id-for-mobile-phone-subscribers',
    name: 'Times of Central Asia：手机用户须做生物识别',
    publisher: 'timesca.com（新闻）',
    confidence: 'high',
    published: '2026-01-05',
  },
  {
    url: 'https://www.lada.kz/kazakhstan-news/147935-kazakhstantsy-ne-smogut-polzovatsia-sim-kartoi-bez-biometrii-novye-pravila-s-3-ianvaria.html',
    name: 'Lada.kz：1 月 3 日起未做生物识别的 SIM 卡无法使用',
    publisher: 'lada.kz（新闻）',
    confidence: 'high',
  },
  {
    url: 'https://rus.baq.kz/vash-telefon-budet-zablokirovan-cherez-30-dney-kak-zaregistrirovat-imei-kod_300020984/',
    name: 'BAQ.kz：未登记 IMEI 的手机 30 天后被封',
    publisher: 'baq.kz（新闻）',
    confidence: 'high',
    published: '2025-08-27',
  },
  {
    url: 'https://www.kt.kz/rus/state/kazahstantsy_teper_smogut_oformit_ne_bolee_desyati_sim-kart_1377983797.html',
    name: 'Kazakhstan Today：号码上限、反诈与免费信息热线',
    publisher: 'kt.kz（新闻）',
    confidence: 'high',
    published: '2025-11-11',
  },
  {
    url: 'https://esimdb.com/blog/how-to-delete-esim-from-iphone',
    name: 'eSIMDB：如何在 iPhone 上删除 eSIM',
    publisher: 'esimdb.com（资讯网站）',
    confidence: 'medium-high',
  },
  {
    url: 'https://gadgetsfeed.com/how-to-erase-esim-on-iphone/',
    name: 'GadgetsFeed：抹掉 iPhone 上的 eSIM',
    publisher: 'gadgetsfeed.com（资讯网站）',
    confidence: 'medium-high',
  },
  {
    url: 'https://help.communityfibre.co.uk/troubleshooting/community-fibre-esim-explained/how-do-i-remove-the-esim-from-my-phone-after-ive-used-it',
    name: 'Community Fibre 帮助中心：用完后如何移除 eSIM',
    publisher: 'Community Fibre（英国运营商）',
    confidence: 'medium',
  },
  {
    url: 'https://holiday.com/guides/esim/delete-esim-android',
    name: 'Holiday.com：在安卓手机上删除 eSIM',
    publisher: 'holiday.com（资讯网站）',
    confidence: 'medium',
  },
  {
    url: 'https://www.airalo.com/help/using-managing-esims/can-i-use-my-existing-esim-again',
    name: 'Airalo 帮助中心：已删除的 eSIM 能否再用',
    publisher: 'Airalo（eSIM 销售商）',
    confidence: 'high',
  },
  {
    url: 'https://www.airalo.com/help/using-managing-esims/ZSEEHBT5HW6F/what-can-i-do-if-i-didnt-purchase-the-right-esim-or-have-a-change-of-plans/NYBBU4NC7KN6',
    name: 'Airalo 帮助中心：买错套餐或行程变化怎么办',
    publisher: 'Airalo（eSIM 销售商）',
    confidence: 'high',
  },
  {
    url: 'https://esim.holafly.com/refund-policy',
    name: 'Holafly：退款政策',
    publisher: 'Holafly（eSIM 销售商）',
    confidence: 'high',
  },
];

const byUrl = new Map(SOURCES.map((source) => [source.url, source]));

/** The registered source for a URL, or undefined when the URL is not vetted. */
export function findSource(url: string): Source | undefined {
  return byUrl.get(url);
}
