/**
 * The labelled query set: what readers type (short words, phrases, Chinese with Latin,
 * synonyms, the seed article's vocabulary and a typo), each with the sections that must
 * come up and the rank within which they must appear. Ranks count sections in the
 * results list, 1-based. `fallback` marks a query that no section contains (nor any of
 * its synonyms): search must say "没有完全匹配的结果" and still offer these sections.
 *
 * Expectations name stable section ids only, and only text that exists today; the
 * recall and precision checks (search-quality.spec.ts) cover every section anyway,
 * computed from the built pages.
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
  // Everyday telecom words that the guide does not use: found through synonyms.
  {
    query: '停机',
    expect: [at('/steps/find-cancel-option/#block-vs-cancel', 1), at('/precautions/#lost-phone', 5)],
    why: 'synonym of 停用/暂停; must not match 手机 or lone 停',
  },
  {
    query: '销号',
    expect: [at('/precautions/#delete-vs-cancel', 3), at('/steps/find-cancel-option/#no-cancel-button', 3)],
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
    expect: [at('/steps/find-cancel-option/#from-abroad', 2), at('/cases/#forgot-password', 2)],
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
  { query: '数据备份', fallback: true, expect: [at('/precautions/#backup', 1)], why: 'the guide says 备份数据' },
  { query: '客服', expect: [at('/operators/#hotlines', 1), at('/steps/sign-in/#forgot-password', 5)] },
  { query: '客服热线', expect: [at('/operators/#hotlines', 1)], why: 'the seed article’s word' },
  { query: '客服电话', expect: [at('/operators/#hotlines', 1)] },
  { query: '退款', expect: [at('/steps/check-validity/#travel-esim', 2)] },
  { query: '退钱', expect: [at('/steps/check-validity/#travel-esim', 2)] },
  { query: '验证码', expect: [at('/steps/sign-in/#forgot-password', 2), at('/precautions/#backup', 5)] },
  { query: '生物识别', expect: [at('/#kazakhstan', 1)] },
  { query: '人脸识别', expect: [at('/#kazakhstan', 1)] },
  { query: '刷脸', expect: [at('/#kazakhstan', 1)] },
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
    fallback: true,
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
    expect: [at('/steps/fill-in-details/#someone-else', 1), at('/steps/fill-in-details/#id-documents', 3)],
  },
  { query: '取消服务', expect: [at('/steps/find-cancel-option/#no-cancel-button', 3)], why: 'the seed article’s word' },
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
    fallback: true,
    expect: [at('/precautions/#keep-records', 5)],
    why: 'the seed’s 保存交易记录; the guide says 保留凭证',
  },
  { query: '多久', expect: [at('/steps/wait-for-result/#how-long', 1)] },
  { query: '工作日', expect: [at('/steps/wait-for-result/#how-long', 3), at('/steps/check-validity/#travel-esim', 3)] },
  { query: '联系方式', expect: [at('/precautions/#contact-info', 1)] },
  { query: '邮箱', expect: [at('/phrases/#before-you-go', 1), at('/precautions/#contact-info', 4)] },
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
  { query: '流量包', expect: [at('/precautions/#bound-services', 1), at('/steps/confirm-request/#what-you-lose', 4)] },
  { query: '余额', expect: [at('/phrases/#before-you-go', 1), at('/steps/confirm-request/#what-you-lose', 6)] },
  {
    query: '话费',
    expect: [at('/phrases/#before-you-go', 1), at('/steps/confirm-request/#what-you-lose', 6)],
    why: 'what readers call 余额',
  },
  {
    query: 'Kcell 余额',
    fallback: true,
    expect: [at('/phrases/#before-you-go', 1)],
    why: 'two words, never side by side: the section with both',
  },
  {
    query: 'Airalo 退款',
    fallback: true,
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
    expect: [at('/steps/fill-in-details/#someone-else', 2), at('/steps/sign-in/#official-channels', 3)],
  },
  {
    query: '怎么注销',
    fallback: true,
    expect: [at('/steps/find-cancel-option/#no-cancel-button', 6)],
    why: 'a question: the looser search drops 怎么',
  },
];
