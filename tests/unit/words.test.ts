import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceOf } from '../../src/data/sources';
import { SYNONYM_GROUPS } from '../../src/data/synonyms';
import { t } from '../../src/lib/i18n';
import words from '../../src/data/never-say.json';

/*
 * One name for each thing, and no sentence the fact-check of 2026-12-01 found wrong or
 * stretched (issue 18). Checked on every place a reader's words come from: content/ (pages
 * and, once moved there, the situation plans), the plans' current home, the UI dictionary and
 * src/data. The search synonyms are left out on purpose: they hold the words readers type.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = join(ROOT, 'content');

const contentFiles = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .map((file) => join(CONTENT, file))
  .filter((path) => /\.(mdx?|json|ya?ml|ts)$/.test(path));
const dataFiles = readdirSync(join(ROOT, 'src/data'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'synonyms.ts')
  .map((file) => join(ROOT, 'src/data', file));
const otherFiles = ['src/i18n/zh-CN.ts', 'src/features/situation/plan.ts']
  .map((file) => join(ROOT, file))
  .filter((path) => existsSync(path));

const texts = [...contentFiles, ...dataFiles, ...otherFiles].map((path) => ({
  file: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/** Sentences (and list items, and lines) of a text, with their terminator kept. */
const sentencesOf = (text: string) => text.split(/(?<=[。！？\n])/).map((sentence) => sentence.trim());
/** Paragraphs: the unit in which an advice must carry its cost. */
const linesOf = (text: string) => text.split('\n');

describe('WORDS.md: the never-say list', () => {
  it('is read from the project data file and is not empty', () => {
    expect(words.neverSay.length).toBeGreaterThan(10);
    for (const entry of words.neverSay)
      expect(entry.word && entry.say && entry.why, JSON.stringify(entry)).toBeTruthy();
  });

  it("heads each search synonym group with the guide's word, never a never-say one", () => {
    const heads = SYNONYM_GROUPS.map((group) => group[0] ?? '');
    expect(heads.filter((head) => words.neverSay.some(({ word }) => head.includes(word)))).toEqual([]);
  });

  it.each(texts.map(({ file }) => file))('%s uses none of the never-say words', (file) => {
    const { text } = texts.find((entry) => entry.file === file)!;
    const found = words.neverSay
      .filter(({ word }) => text.includes(word))
      .map(({ word, say }) => `${word} → say ${say}`);
    expect(found).toEqual([]);
  });
});

/**
 * Wrong or stretched sentences from issue 18, each with the FACTS.md line it breaks. A
 * pattern matches one sentence; `unless` lets through the corrected form of the same sentence.
 */
const FORBIDDEN: { pattern: RegExp; unless?: RegExp; why: string }[] = [
  {
    pattern: /取决于手机的系统语言|不取决于机型/,
    why: 'menu labels vary with the phone, its language and its software version (FACTS iPhone row, Corrected 2026-12-01)',
  },
  { pattern: /Delete Plan|Remove Cellular Plan/, why: 'these labels came from gadgetsfeed, which must not be cited' },
  {
    pattern: /Holafly Plans.*(手续费|3\.50|扣除)|(手续费|3\.50|扣除).*Holafly Plans/,
    why: 'Holafly Plans refunds in full within 14 days; the US$3.50 fee is the single-eSIM policy (Corrected 2026-12-01)',
  },
  {
    pattern: /只通过应用|仅通过应用|只能通过应用|都在 ?izi ?应用中完成|所有服务都在应用中/,
    why: 'izi never says "only" through the app (izi row, Corrected 2026-12-01)',
  },
  {
    pattern: /通常(无法|不能)重新安装|通常装不回来|装不回来/,
    why: 'Airalo\'s advice about its own eSIMs; for an operator\'s eSIM it supports only "do not delete before the operator confirms"',
  },
  {
    pattern: /剩余价值/,
    unless: /路由器/,
    why: "Kcell's residual value is one router offer (tariff plan 11), not every instalment (Corrected 2026-12-01)",
  },
  {
    pattern: /已公开的书面途径只有/,
    why: 'a template list is not a channel; the page names no way to hand the forms in',
  },
  {
    pattern: /余额[^。]*退[^。]*没有公开说明|没有公开说明[^。]*余额[^。]*退/,
    why: 'Kcell said in 2016 that remaining funds are returned: say that, dated, and ask (Added 2026-12-01)',
  },
  {
    pattern: /Delete SIM[^。]*<Source id="holiday-android"|⋮[^。]*<Source id="holiday-android"/,
    why: '"Delete SIM" and ⋮ are Community Fibre\'s wording, not holiday.com\'s',
  },
  { pattern: /启用此号码[^。]*<Source id="airalo-reuse"/, why: '"启用此号码" is not in airalo-reuse' },
  {
    pattern: /与(个人识别号 )?IIN 挂钩/,
    unless: /官员/,
    why: 'SIM registration tied to the IIN is an official quoted in lada.kz: say it as that',
  },
  {
    pattern: /1414[^。]*<Source id="gov-nonresidents"/,
    why: '1414 is not on the stored gov.kz page (Corrected 2026-12-01)',
  },
  {
    pattern: /号码和合同都不变|合同还在，号码仍然属于您/,
    why: 'unsourced certainty: add "normally; confirm with the operator"',
  },
  { pattern: /不要交给第三方代办/, why: 'contradicts the power-of-attorney question on the same guide' },
  { pattern: /\[人在国外怎么办\]/, why: 'the link text must match the heading 已经离开哈萨克斯坦' },
  {
    pattern: /需要三个条件|这是 izi 的规定|izi 的规定是/,
    why: 'izi says two things (roaming charges, a balance above zero); the three conditions are our inference',
  },
  {
    pattern: /(6 ?个月|六个月|90 ?天)[^。]*(号码|合同)|(号码|合同)[^。]*(6 ?个月|六个月|90 ?天)/,
    unless: /吉尔吉斯斯坦|俄罗斯|Holafly/,
    why: "the 6-month and 90-day rules are Kyrgyzstan's and Russia's, never Kazakhstan's (Added 2026-12-01)",
  },
  {
    pattern: /暂时封停|先封停号码/,
    why: 'a lost phone: 挂失停机, then a replacement eSIM on the same number before cancelling (lost-phone rule)',
  },
];

describe('issue 18: no wrong or stretched sentence comes back', () => {
  it.each(texts.map(({ file }) => file))('%s', (file) => {
    const { text } = texts.find((entry) => entry.file === file)!;
    const hits = sentencesOf(text).flatMap((sentence) =>
      FORBIDDEN.filter(({ pattern, unless }) => pattern.test(sentence) && !unless?.test(sentence)).map(
        ({ why }) => `${sentence.slice(0, 80)} — ${why}`,
      ),
    );
    expect(hits).toEqual([]);
  });

  it.each(texts.map(({ file }) => file))(
    '%s says what turning the number off costs wherever it suggests it',
    (file) => {
      const { text } = texts.find((entry) => entry.file === file)!;
      const silent = linesOf(text).filter(
        (line) => /关闭(这个号码(?!上)|它|“启用此号码”)|关闭这张 eSIM/.test(line) && !/短信/.test(line),
      );
      expect(silent).toEqual([]);
    },
  );

  it.each(texts.map(({ file }) => file))(
    '%s labels the three conditions for an SMS abroad as our inference',
    (file) => {
      const { text } = texts.find((entry) => entry.file === file)!;
      const unlabelled = linesOf(text).filter((line) => /允许漫游/.test(line) && !/推断/.test(line));
      expect(unlabelled).toEqual([]);
    },
  );

  it('says "没有公开说明" and "请向运营商确认" at most once per section', () => {
    const repeated = texts
      .filter(({ file }) => file.endsWith('.mdx'))
      .flatMap(({ file, text }) =>
        text
          .split(/^## /m)
          .flatMap((section) =>
            [/没有(找到)?公开说明|未找到公开说明/g, /请向运营商确认/g]
              .filter((hedge) => (section.match(hedge) ?? []).length > 1)
              .map((hedge) => `${file} § ${section.split('\n')[0]}: ${hedge.source}`),
          ),
      );
    expect(repeated).toEqual([]);
  });

  it('tells a reader with a lost phone to keep the number for codes before cancelling', () => {
    const page = texts.find(({ file }) => file === 'content/precautions.mdx')!.text;
    const lost = page.slice(page.indexOf('{#lost-phone}'));
    expect(lost).toMatch(/挂失停机以后[^。]*收不到/);
    expect(lost.indexOf('补办 eSIM')).toBeGreaterThan(-1);
    expect(lost.indexOf('补办 eSIM')).toBeLessThan(lost.indexOf('最后才注销'));
    // The situation plan for a lost phone gives the same order.
    const plans = texts.filter(({ text }) => text.includes('"lost-block"'));
    expect(plans.length).toBeGreaterThan(0);
    for (const { text } of plans) {
      const plan = text.slice(text.indexOf('"lost-block"'));
      const advice = plan.slice(0, plan.indexOf('"for"'));
      expect(advice).toMatch(/收不到短信/);
      expect(advice.indexOf('补办 eSIM')).toBeGreaterThan(-1);
      expect(advice.indexOf('补办 eSIM')).toBeLessThan(advice.indexOf('最后才注销'));
    }
  });

  it('cites the sources for exactly what they say', () => {
    expect(sourceOf('gov-nonresidents').about).not.toMatch(/1414/);
    expect(sourceOf('holafly-plans-refund').about).toMatch(/全额退款/);
    expect(sourceOf('holafly-plans-refund').about).not.toMatch(/手续费|3\.50/);
    expect(sourceOf('holafly-refund').about).toMatch(/3\.50/);
    expect(sourceOf('kcell-router').about).toMatch(/11 号资费/);
  });

  it("labels the Kazakh form name on a card as Kcell's, since every operator sees the card", () => {
    expect(t('phrases.formName')).toMatch(/^Kcell /);
  });

  it('does not send a search for 取消服务 to 注销: closing a service does not end the contract', () => {
    expect(SYNONYM_GROUPS.filter((group) => group.includes('注销') && group.includes('取消服务'))).toEqual([]);
  });
});
