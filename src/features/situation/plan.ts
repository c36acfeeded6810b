import type { SourceKey } from '../../data/sources';
import { isComplete, type Answers, type CompleteAnswers } from './questions';

/**
 * The personal plans of the situation check: one list of things to do, in the order a
 * reader does them, each with the situations it applies to. `planFor()` picks the ones that
 * apply and, where a reader would look for a step that is left out, says why. Facts only
 * from shared/brief/FACTS.md, each with its source key; the linked sections say the rest.
 * The texts are page data, in Chinese, short: the sections they link to carry the detail.
 */

/** A link to a section; the label comes from that section's heading unless given here. */
export interface PlanLink {
  href: string;
  label?: string;
}

export interface PlanItem {
  id: string;
  title: string;
  text: string;
  links: PlanLink[];
  sources: SourceKey[];
}

export interface SkippedItem {
  id: string;
  title: string;
  reason: string;
}

export interface Plan {
  /** What to do, in order. */
  steps: PlanItem[];
  /** What the guide asks of other readers, and why not of this one. */
  skipped: SkippedItem[];
}

interface Entry extends PlanItem {
  applies: (answers: CompleteAnswers) => boolean;
  /** Why it does not apply, for readers who would otherwise look for it. */
  skipReason?: (answers: CompleteAnswers) => string | undefined;
}

const travel = (a: CompleteAnswers) => a.type === 'travel';
const local = (a: CompleteAnswers): a is Required<Answers> => a.type === 'local';
const phoneAtHand = (a: CompleteAnswers) => local(a) && a.phone === 'phone';
const lost = (a: CompleteAnswers) => local(a) && a.phone === 'lost';
const abroad = (a: CompleteAnswers) => local(a) && a.where === 'left';
const inKazakhstan = (a: CompleteAnswers) => local(a) && a.where === 'kz';

const IN_KZ = '您人在哈萨克斯坦，可以到运营商的营业厅当面问清在哪里、怎样办理。';
const NO_PHONE = '手机不在手边，收不到短信验证码。';

const ENTRIES: Entry[] = [
  {
    id: 'travel-kind',
    title: '看清套餐类型',
    text: '一次性的预付套餐到期自动失效，不用找哈萨克斯坦运营商（这是根据销售商说明得出的推断）。自动续费的订阅才要取消：Holafly Plans 要在续费日前至少 7 天取消。',
    links: [{ href: '/steps/check-validity/#travel-esim' }],
    sources: ['airalo-remove-ios', 'holafly-cancel'],
    applies: travel,
  },
  {
    id: 'travel-refund',
    title: '想退款，找销售商',
    text: 'Airalo 因改变计划而退款，只退 Airmoney（应用内余额）；Holafly 在官网购买、尚未激活、6 个月内申请的，可以全额退款。',
    links: [{ href: '/steps/check-validity/#travel-esim' }],
    sources: ['airalo-refund', 'holafly-refund'],
    applies: travel,
  },
  {
    id: 'travel-delete',
    title: '到期后再删除',
    text: '套餐到期或流量用完以后，再从手机上删除这张 eSIM。',
    links: [{ href: '/steps/check-validity/#travel-delete' }],
    sources: ['airalo-remove-ios'],
    applies: travel,
  },
  {
    id: 'operator-steps',
    title: '在运营商处办理（第 2–5 步）',
    text: '',
    links: [],
    sources: [],
    applies: () => false,
    skipReason: (a) => (travel(a) ? '旅行 eSIM 没有与哈萨克斯坦运营商的合同。' : undefined),
  },
  {
    id: 'lost-block',
    title: '先挂失号码',
    text: '先请运营商暂停（挂失）这个号码，别人就不能用它收验证码。之后再决定：补办 SIM 卡继续用，还是终止合同。',
    links: [
      { href: '/precautions/#lost-phone' },
      { href: '/steps/find-cancel-option/#block-vs-cancel' },
      { href: '/phrases/#suspend-or-terminate', label: '说法卡片：这是暂停还是终止合同？' },
    ],
    sources: [],
    applies: lost,
  },
  {
    id: 'other-owner',
    title: '号码不在您名下：先问清谁能办',
    text: '号码登记在别人或公司名下时，能否由您办理注销、要带什么，请向运营商问清。activ 说明：更改登记信息，要到 Kcell Center 或经销点提交书面申请；个人附身份证或护照复印件，公司用有董事签字和公章的公司信笺。这说的是变更登记信息，不是终止合同。',
    links: [{ href: '/steps/fill-in-details/#someone-else' }],
    sources: ['activ-faq'],
    applies: (a) => local(a) && a.owner === 'other',
  },
  {
    id: 'abroad-sms',
    title: '让号码在国外收到短信',
    text: 'izi 的规定是：在国外所有服务按漫游计费，余额为正才能使用；所以线路要开着、要允许漫游、账户里要有钱。其他运营商是否一样，请先确认。',
    links: [{ href: '/steps/sign-in/#abroad' }],
    sources: ['izi-bundles'],
    applies: (a) => abroad(a) && phoneAtHand(a),
    skipReason: (a) => (abroad(a) && lost(a) ? NO_PHONE : undefined),
  },
  {
    id: 'abroad-ask',
    title: '问清能否从国外办理',
    text: '写下运营商官网或应用里的联系途径，问清能否远程提交书面申请、要什么材料。号码一直不处理会怎样，没有公开说明，也要一并问清。',
    links: [
      { href: '/steps/find-cancel-option/#from-abroad' },
      { href: '/phrases/#abroad', label: '说法卡片：我现在在国外' },
    ],
    sources: [],
    applies: abroad,
    skipReason: (a) => (inKazakhstan(a) ? IN_KZ : undefined),
  },
  {
    id: 'backup',
    title: '备份，换掉绑定的手机号',
    text: '备份通讯录和聊天记录；把银行、支付、聊天等账户绑定的手机号，改成您以后继续用的号码。',
    links: [{ href: '/precautions/#backup' }, { href: '/precautions/#bound-services' }],
    sources: [],
    applies: local,
  },
  {
    id: 'sign-in',
    title: '登录运营商的应用或官网',
    text: '收不到验证码或忘了密码，看这一节。',
    links: [{ href: '/steps/sign-in/#forgot-password' }],
    sources: [],
    applies: phoneAtHand,
    skipReason: (a) => (lost(a) ? NO_PHONE : undefined),
  },
  {
    id: 'find-option',
    title: '找到注销途径',
    text: 'Kcell 的文件页面有“终止合同申请”的模板；其他运营商，看官网或应用里的说明。',
    links: [
      { href: '/steps/find-cancel-option/#kcell-activ' },
      { href: '/steps/find-cancel-option/#other-operators' },
      { href: '/operators/' },
    ],
    sources: ['kcell-documents'],
    applies: local,
  },
  {
    id: 'before-you-go',
    title: '备齐材料',
    text: '对照清单准备证件和号码；先问清有没有分期付款或欠费。',
    links: [
      { href: '/phrases/#before-you-go' },
      { href: '/steps/fill-in-details/#id-documents' },
      { href: '/steps/fill-in-details/#instalments-and-debts' },
    ],
    sources: [],
    applies: local,
  },
  {
    id: 'phrases',
    title: '用俄语说清楚',
    text: '联系客服或到营业厅时，把俄语句子复制给客服，或直接出示给工作人员。',
    links: [{ href: '/phrases/#phrases' }, { href: '/phrases/#end-contract', label: '说法卡片：我要终止合同' }],
    sources: [],
    applies: local,
  },
  {
    id: 'confirm',
    title: '提交前看清后果',
    text: '看清终止合同后会失去什么；想保留号码，先问携号转网。',
    links: [{ href: '/steps/confirm-request/#what-you-lose' }, { href: '/steps/confirm-request/#keep-number' }],
    sources: [],
    applies: local,
  },
  {
    id: 'save-proof',
    title: '保留凭证',
    text: '保存截图、受理编号，或请工作人员给书面确认。',
    links: [
      { href: '/steps/confirm-request/#save-proof' },
      { href: '/phrases/#written-confirmation', label: '说法卡片：请给我书面确认' },
    ],
    sources: [],
    applies: local,
  },
  {
    id: 'check-status',
    title: '确认已经生效',
    text: '按运营商给的方式，确认合同确实已经终止。',
    links: [{ href: '/steps/wait-for-result/#check-status' }],
    sources: [],
    applies: local,
  },
  {
    id: 'remove-esim',
    title: '最后才删除 eSIM',
    text: '运营商确认以后，再从手机上删除 eSIM；在那之前只关闭线路，因为删除的 eSIM 通常装不回来。',
    links: [{ href: '/steps/wait-for-result/#remove-from-phone' }, { href: '/precautions/#delete-vs-cancel' }],
    sources: ['airalo-reuse'],
    applies: phoneAtHand,
    skipReason: (a) => (lost(a) ? '手机已不在手边，没有可删除的 eSIM。' : undefined),
  },
];

/** The plan for a complete set of answers; undefined while a question is still open. */
export function planFor(answers: Answers): Plan | undefined {
  if (!isComplete(answers)) return undefined;
  const steps: PlanItem[] = [];
  const skipped: SkippedItem[] = [];
  for (const { applies, skipReason, ...item } of ENTRIES) {
    if (applies(answers)) {
      steps.push(item);
      continue;
    }
    const reason = skipReason?.(answers);
    if (reason) skipped.push({ id: item.id, title: item.title, reason });
  }
  return { steps, skipped };
}

/** The ids of every plan item in the order plans list them. */
export function planOrder(): string[] {
  return ENTRIES.map((entry) => entry.id);
}

/** Every section any plan links to, for checks that each one exists. */
export function allPlanLinks(): string[] {
  return [...new Set(ENTRIES.flatMap((entry) => entry.links.map((link) => link.href)))];
}

/** The day the plans were last checked against FACTS.md (shown on every answer page). */
export const PLANS_CHECKED = new Date('2026-11-27');
