/**
 * The labelled query set: what readers type, each with the sections that must come up and
 * the rank within which they must appear (3 for one clear answer, 5 where the query is
 * genuinely broad). Ranks count sections (and phrase cards) in the results list, 1-based.
 * `fallback` marks a query for which no section has all its content words: search must say
 * "没有完全匹配的结果" and still offer these sections.
 *
 * How the set was written: the personas below first; then each persona's queries as that
 * reader would type them on a phone (colloquial words, typos of a pinyin keyboard, Chinese
 * mixed with Latin, whole questions), before looking at the guide's text; only then the
 * expected sections, looked up in the guide. The first block is the earlier set (single
 * words, synonyms, the seed article's vocabulary).
 *
 * Personas:
 * - tourist: bought a travel eSIM (Airalo, Holafly) for a trip, now home; says 旅游, not 旅行.
 * - leaver: worked or studied in Kazakhstan with a local number (Kcell, Beeline, Altel …),
 *   about to leave, wants the contract ended properly and asks about cost and time.
 * - back home: already in China (国内) with the number still running; can't go to a counter.
 * - lost phone: the phone with the eSIM is lost or stolen; frightened about bank codes.
 * - someone else's name: the number is registered to a company, a friend or a relative.
 * - at the counter: standing at an operator's office, no Russian; wants the words to show.
 * - refund: wants the balance or a travel plan's money back; says 退钱, 话费, 扣费, 退卡.
 * - deleted eSIM: already removed the eSIM from the phone and worries it is still active.
 * - forgot password: can't sign in to the operator's app; types fast: 密吗, 登不上.
 */
export interface Expected {
  /** "/steps/sign-in/#forgot-password", or a page path for its opening. */
  section: string;
  /** Must be among the first `within` results. */
  within: number;
}

export interface LabelledQuery {
  query: string;
  expect: Expected[];
  /** No section contains the query: the answer is the honest fallback. */
  fallback?: true;
  /** Why this query is here, when the query alone does not say. */
  why?: string;
}

const at = (section: string, within: number): Expected => ({ section, within });

export const LABELLED_QUERIES: LabelledQuery[] = [
  // The earlier set
  // Everyday telecom words that the guide does not use: found through synonyms.
  {
    query: '停机',
    expect: [at('/steps/find-cancel-option/#block-vs-cancel', 1), at('/precautions/#lost-phone', 5)],
    why: 'synonym of 停用/暂停; must not match 手机 or lone 停',
  },
  {
    query: '销号',
    expect: [at('/precautions/#delete-vs-cancel', 5), at('/steps/find-cancel-option/#no-cancel-button', 3)],
  },
  {
    query: '出国',
    expect: [at('/steps/sign-in/#abroad', 2), at('/steps/find-cancel-option/#from-abroad', 2)],
    why: '在国外 ranks above the accidental 给出国家',
  },
  { query: '回国', expect: [at('/steps/sign-in/#abroad', 2), at('/steps/find-cancel-option/#from-abroad', 2)] },
  { query: '离境', expect: [at('/steps/sign-in/#abroad', 2), at('/steps/find-cancel-option/#from-abroad', 2)] },
  {
    query: '人在国外',
    expect: [at('/steps/find-cancel-option/#from-abroad', 2), at('/cases/#forgot-password', 3)],
  },
  {
    query: '关机',
    fallback: true,
    expect: [at('/steps/wait-for-result/#remove-from-phone', 3), at('/precautions/#delete-vs-cancel', 5)],
    why: 'no section treats switching the phone off; the nearest is turning the line off',
  },
  { query: '忘记密码', expect: [at('/steps/sign-in/#forgot-password', 2), at('/cases/#forgot-password', 2)] },
  { query: '找回密码', expect: [at('/steps/sign-in/#forgot-password', 2)] },
  {
    query: '重置密码',
    expect: [at('/steps/sign-in/#forgot-password', 2), at('/cases/#forgot-password', 3)],
    why: 'the seed article says 重置了密码',
  },
  { query: '备份', expect: [at('/precautions/#backup', 1)] },
  { query: '数据备份', expect: [at('/precautions/#backup', 1)], why: 'the guide says 备份数据' },
  { query: '客服', expect: [at('/operators/#hotlines', 1), at('/steps/sign-in/#forgot-password', 5)] },
  { query: '客服热线', expect: [at('/operators/#hotlines', 1)], why: 'the seed article’s word' },
  { query: '客服电话', expect: [at('/operators/#hotlines', 1)] },
  { query: '退款', expect: [at('/steps/check-validity/#travel-esim', 2)] },
  { query: '退钱', expect: [at('/steps/check-validity/#travel-esim', 2)] },
  { query: '验证码', expect: [at('/steps/sign-in/#forgot-password', 2), at('/steps/sign-in/#abroad', 3)] },
  { query: '生物识别', expect: [at('/#kazakhstan', 3)] },
  { query: '人脸识别', expect: [at('/#kazakhstan', 3)] },
  { query: '刷脸', expect: [at('/#kazakhstan', 3)] },
  {
    query: '删除 eSIM',
    expect: [at('/steps/wait-for-result/#remove-from-phone', 2), at('/precautions/#delete-vs-cancel', 2)],
  },
  {
    query: '删除eSIM',
    expect: [at('/steps/wait-for-result/#remove-from-phone', 2), at('/precautions/#delete-vs-cancel', 2)],
  },
  {
    query: '移除 eSIM',
    expect: [at('/steps/wait-for-result/#remove-from-phone', 3)],
    why: 'never written so; the sections with both words (移除 or 删除, and eSIM)',
  },
  { query: '携号转网', expect: [at('/steps/confirm-request/#keep-number', 1)] },
  { query: '保留号码', expect: [at('/steps/confirm-request/#keep-number', 1)] },
  { query: '换运营商', expect: [at('/steps/confirm-request/#keep-number', 1)] },
  { query: '截图', expect: [at('/steps/confirm-request/#save-proof', 2), at('/precautions/#keep-records', 3)] },
  { query: '截屏', expect: [at('/steps/confirm-request/#save-proof', 2)] },
  { query: '订阅', expect: [at('/precautions/#bound-services', 1)] },
  { query: '退订', expect: [at('/precautions/#bound-services', 1)] },
  { query: '增值服务', expect: [at('/precautions/#bound-services', 1)], why: 'the seed article’s word' },
  { query: '护照', expect: [at('/steps/fill-in-details/#id-documents', 2)] },
  { query: '身份证', expect: [at('/steps/fill-in-details/#id-documents', 2)] },
  {
    query: '机主',
    expect: [at('/steps/fill-in-details/#someone-else', 3), at('/steps/fill-in-details/#id-documents', 5)],
  },
  {
    query: '取消服务',
    expect: [at('/steps/find-cancel-option/#no-cancel-button', 3)],
    why: 'the seed article’s word; step 3 says what it means here (ending one service does not end the contract)',
  },
  { query: '我的服务', expect: [at('/steps/find-cancel-option/#no-cancel-button', 1)], why: 'seed: 我的服务' },
  {
    query: '注销按钮',
    expect: [at('/steps/find-cancel-option/#no-cancel-button', 1)],
    why: 'written “注销”按钮: quotation marks do not split a word',
  },
  { query: '找不到注销', expect: [at('/steps/find-cancel-option/#no-cancel-button', 1)] },
  { query: '续费', expect: [at('/steps/check-validity/#expired', 1)] },
  { query: '续订', expect: [at('/steps/check-validity/#expired', 2)], why: 'the seed article’s word' },
  { query: '过期', expect: [at('/steps/check-validity/#expired', 1)] },
  { query: '有效期', expect: [at('/steps/check-validity/#travel-esim', 2)] },
  { query: '注册', expect: [at('/steps/sign-in/#before-sign-in', 1)] },
  { query: '登陆', expect: [at('/steps/sign-in/', 3)], why: 'a common misspelling of 登录' },
  { query: '账单日期', expect: [at('/steps/fill-in-details/#number-and-contract', 1)], why: 'seed' },
  { query: '消费记录', expect: [at('/steps/fill-in-details/#number-and-contract', 1)], why: 'seed' },
  {
    query: '交易记录',
    expect: [at('/precautions/#keep-records', 5)],
    why: 'the seed’s 保存交易记录; the guide says 保留凭证',
  },
  { query: '多久', expect: [at('/steps/wait-for-result/#how-long', 1)] },
  { query: '工作日', expect: [at('/steps/wait-for-result/#how-long', 3)] },
  { query: '联系方式', expect: [at('/precautions/#contact-info', 1)] },
  {
    query: '邮箱',
    expect: [at('/precautions/#contact-info', 5), at('/phrases/#before-you-go', 5)],
    why: 'broad: e-mail is the contact to keep, the confirmation address and a way to ask',
  },
  { query: '凭证', expect: [at('/precautions/#keep-records', 1)] },
  { query: '受理编号', expect: [at('/steps/confirm-request/#save-proof', 2)] },
  { query: '国际漫游', expect: [at('/cases/#business-traveller', 1)] },
  { query: '张女士', expect: [at('/cases/#forgot-password', 1)] },
  { query: '小李', expect: [at('/cases/#business-traveller', 1)] },
  {
    query: '分期付款',
    expect: [at('/steps/fill-in-details/#instalments-and-debts', 1), at('/precautions/#bound-services', 3)],
  },
  { query: '欠费', expect: [at('/steps/fill-in-details/#instalments-and-debts', 1)] },
  { query: '流量包', expect: [at('/precautions/#bound-services', 3), at('/steps/confirm-request/#what-you-lose', 4)] },
  { query: '余额', expect: [at('/phrases/#refund-balance', 3)] },
  {
    query: '话费',
    expect: [at('/phrases/#refund-balance', 3)],
    why: 'what readers call 余额',
  },
  {
    query: 'Kcell 余额',
    expect: [at('/operators/#kcell', 3), at('/phrases/#before-you-go', 5)],
    why: 'two words, never side by side: Kcell’s own section says what Kcell said about the balance',
  },
  {
    query: 'Airalo 退款',
    expect: [at('/steps/check-validity/#travel-esim', 1)],
  },
  { query: 'Kcell', expect: [at('/operators/#kcell', 1)] },
  {
    query: 'ccmail',
    fallback: true,
    expect: [],
    why: 'the e-mail address of a tariff-change route, no longer printed: search says nothing matches',
  },
  { query: 'izi', expect: [at('/operators/#izi', 1)] },
  { query: 'Beeline', expect: [at('/operators/#beeline', 1)] },
  { query: 'iPhone 删除', expect: [at('/precautions/#delete-vs-cancel', 2)] },
  { query: '三星', expect: [at('/steps/wait-for-result/#remove-from-phone', 1)] },
  { query: 'IMEI', expect: [at('/#kazakhstan', 1)] },
  { query: '1414', expect: [at('/operators/', 1)] },
  { query: '政府热线', fallback: true, expect: [at('/operators/#hotlines', 1)], why: 'the guide says 联络中心' },
  { query: '营业厅', expect: [at('/phrases/#before-you-go', 1)] },
  {
    query: '代办',
    expect: [at('/phrases/#remote-application', 3), at('/application/#how-to-submit', 3)],
    why: 'a representative: the card that asks whether one is accepted, and how the application is handed in',
  },
  {
    query: '怎么注销',
    expect: [at('/steps/find-cancel-option/#no-cancel-button', 6)],
    why: 'a question: the looser search drops 怎么',
  },

  // tourist
  { query: '旅游esim要注销吗', expect: [at('/steps/check-validity/#travel-esim', 3)], why: 'issue 19: 旅游 is 旅行' },
  {
    query: 'airalo怎么删',
    expect: [at('/steps/check-validity/#travel-delete', 3)],
    why: 'issue 19: one-character verb',
  },
  { query: 'Airalo退款', expect: [at('/steps/check-validity/#travel-esim', 3)] },
  { query: 'holafly退钱', expect: [at('/steps/check-validity/#travel-esim', 3)] },
  { query: '旅游卡到期了', expect: [at('/steps/check-validity/#travel-esim', 3)] },
  { query: '自动续费怎么取消', expect: [at('/steps/check-validity/#travel-esim', 3)] },
  { query: 'holafly订阅取消', expect: [at('/steps/check-validity/#travel-esim', 3)] },
  { query: 'ESIM过期了还要续费吗', expect: [at('/steps/check-validity/#expired', 3)], why: 'ESIM is eSIM' },
  { query: '流量用完了能删吗', expect: [at('/steps/check-validity/#travel-delete', 3)] },
  { query: '旅游esim退款', expect: [at('/steps/check-validity/#travel-esim', 3)] },
  // leaver
  { query: '回国前要注销吗', expect: [at('/steps/find-cancel-option/#from-abroad', 5)] },
  {
    query: 'kcell怎么注消',
    expect: [at('/operators/#kcell', 1), at('/steps/find-cancel-option/#kcell-activ', 3)],
    why: 'issue 19: 注消 is a typo of 注销',
  },
  { query: 'beeline怎么注销', expect: [at('/operators/#beeline', 3)] },
  { query: '注销要钱吗', expect: [at('/phrases/#fees-and-time', 5)], why: 'a phrase card of its own' },
  { query: '注销要多久', expect: [at('/steps/wait-for-result/#how-long', 3)] },
  { query: '解约申请表', expect: [at('/steps/fill-in-details/#number-and-contract', 3)] },
  { query: '合同怎么解除', expect: [at('/phrases/#end-contract', 3)] },
  { query: '注销后号码还能用吗', expect: [at('/steps/confirm-request/#what-you-lose', 5)] },
  { query: '银行绑定的手机号', expect: [at('/precautions/#backup', 3)] },
  { query: 'activ注销', expect: [at('/steps/find-cancel-option/#kcell-activ', 3)] },
  { query: '注销后会失去什么', expect: [at('/steps/confirm-request/#what-you-lose', 1)] },
  // back home
  {
    query: '人在国内怎么注销',
    expect: [at('/steps/find-cancel-option/#from-abroad', 1)],
    why: 'issue 19: 国内 is back in China',
  },
  { query: '在国内能注销吗', expect: [at('/steps/find-cancel-option/#from-abroad', 3)] },
  { query: 'altel号码不用了', expect: [at('/operators/#altel', 1)], why: 'issue 19: was rank 7 behind 号码不在您名下' },
  { query: '号码不注销会怎样', expect: [at('/steps/find-cancel-option/#from-abroad', 3)] },
  { query: '国内收不到验证码', expect: [at('/steps/sign-in/#forgot-password', 3)] },
  { query: '不在哈萨克斯坦怎么注销', expect: [at('/steps/find-cancel-option/#from-abroad', 3)] },
  { query: '回国了号码怎么办', expect: [at('/steps/find-cancel-option/#from-abroad', 5)] },
  // lost phone
  { query: '手机丢了怎么办', expect: [at('/precautions/#lost-phone', 1)] },
  { query: '手机被偷了', expect: [at('/precautions/#lost-phone', 1)] },
  { query: '挂失', expect: [at('/precautions/#lost-phone', 3)] },
  {
    query: '补办esim',
    expect: [
      at('/steps/find-cancel-option/#block-vs-cancel', 3),
      at('/phrases/#replacement-esim', 3),
      at('/precautions/#lost-phone', 5),
    ],
  },
  { query: '暂停和注销有什么区别', expect: [at('/steps/find-cancel-option/#block-vs-cancel', 1)] },
  {
    query: '封停号码',
    expect: [at('/steps/find-cancel-option/#block-vs-cancel', 3), at('/precautions/#lost-phone', 5)],
  },
  // someone else's name
  {
    query: '公司名下的号码',
    expect: [at('/steps/fill-in-details/#someone-else', 1)],
    why: 'issue 19: 16 lone marks on the page',
  },
  { query: '号码不是我的名字', expect: [at('/steps/fill-in-details/#someone-else', 3)] },
  {
    query: '帮别人注销',
    expect: [at('/phrases/#remote-application', 3), at('/application/#how-to-submit', 5)],
    why: 'acting for the holder: the card that asks about a representative, and the application they bring',
  },
  { query: '委托书', expect: [at('/phrases/#remote-application', 3), at('/steps/fill-in-details/#someone-else', 5)] },
  { query: '号码登记在亲戚名下', expect: [at('/steps/fill-in-details/#someone-else', 3)] },
  // at the counter
  { query: '营业厅怎么说', expect: [at('/phrases/#before-you-go', 3)], why: 'issue 19: marked 业 and 厅' },
  { query: '不会说俄语', expect: [at('/phrases/#no-russian', 1)] },
  { query: '俄语怎么说注销', expect: [at('/phrases/#end-contract', 3)] },
  { query: '书面确认', expect: [at('/phrases/#written-confirmation', 3)] },
  { query: '营业厅要带什么', expect: [at('/phrases/#before-you-go', 1)] },
  { query: 'IIN是什么', expect: [at('/phrases/#before-you-go', 3)] },
  {
    query: '我现在在国外',
    expect: [at('/phrases/#abroad', 3)],
    why: 'a card, as written; the sections that quote it may come first',
  },
  { query: '我要终止合同', expect: [at('/phrases/#end-contract', 1)] },
  // refund
  {
    query: '话费能退吗',
    expect: [at('/phrases/#refund-balance', 3)],
    why: 'issue 19: an operator’s balance, not a travel refund',
  },
  { query: 'Beeline退钱', expect: [at('/operators/#beeline', 3)], why: 'issue 19: the operator counts heavily' },
  {
    query: '余额怎么退',
    expect: [at('/application/#balance', 3), at('/phrases/#refund-balance', 5)],
    why: 'what Kcell said and the request in the application, then the card that asks',
  },
  { query: '退余额', expect: [at('/phrases/#refund-balance', 3)] },
  { query: '注销后还扣费吗', expect: [at('/steps/wait-for-result/#check-status', 3)], why: 'issue 19: 扣费' },
  { query: '退卡', expect: [at('/steps/find-cancel-option/#block-vs-cancel', 5)], why: '退卡 is to give the line up' },
  { query: 'IBAN', expect: [at('/phrases/#before-you-go', 5)] },
  // deleted eSIM
  { query: 'esim删了还能注销吗', expect: [at('/precautions/#delete-vs-cancel', 3)], why: 'issue 19: 删了' },
  { query: '不小心删了esim', expect: [at('/precautions/#delete-vs-cancel', 3)] },
  { query: '删除esim等于注销吗', expect: [at('/precautions/#delete-vs-cancel', 1)] },
  {
    query: '删掉esim',
    expect: [at('/precautions/#delete-vs-cancel', 3), at('/steps/wait-for-result/#remove-from-phone', 3)],
  },
  {
    query: 'esim能重新安装吗',
    fallback: true,
    expect: [at('/precautions/#delete-vs-cancel', 3)],
    why: 'the guide does not say whether a deleted eSIM can be installed again: the honest fallback',
  },
  // forgot password
  {
    query: '密吗忘了登不上',
    expect: [at('/steps/sign-in/#forgot-password', 1)],
    why: 'issue 19: two typos and colloquial words',
  },
  { query: '登录不了', expect: [at('/steps/sign-in/#forgot-password', 3)] },
  { query: 'app登不上', expect: [at('/steps/sign-in/#forgot-password', 3)] },
  { query: '收不到验证码', expect: [at('/steps/sign-in/#forgot-password', 3)] },
  { query: '忘了密码', expect: [at('/steps/sign-in/#forgot-password', 1)] },
  { query: 'kcell账号密码忘了', expect: [at('/steps/sign-in/#forgot-password', 5)] },
  { query: '帐号登不上', expect: [at('/steps/sign-in/#forgot-password', 3)], why: '帐号 is 账号' },
];
