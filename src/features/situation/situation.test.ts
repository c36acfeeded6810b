import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSource } from '../../data/sources';
import { PLANS_FILE, allPlanLinks, planFor, planSchema, withFileOrder, type PlanLink } from './plan';
import {
  QUESTIONS,
  allPaths,
  answersOf,
  applicableQuestions,
  isComplete,
  nextQuestion,
  pathOf,
  pathWith,
  slugOf,
  type Answers,
} from './questions';
import { situationView } from './view';

/** The real plans, as the content loader reads them. */
const plans = planSchema.array().parse(withFileOrder(readFileSync(PLANS_FILE, 'utf8')));
const complete = allPaths().filter((path) => path.complete);
const labelOf = (link: PlanLink) => link.label ?? `label of ${link.href}`;
const ids = (answers: Answers) => planFor(plans, answers)?.steps.map((step) => step.id) ?? [];

describe('answer paths', () => {
  it('has one page per partial and per complete set of answers, each slug its own', () => {
    const slugs = allPaths().map((path) => path.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(complete.map((path) => path.slug).sort()).toEqual(
      [
        'travel',
        ...['kz', 'left'].flatMap((where) =>
          ['phone', 'lost'].flatMap((phone) => ['own', 'other'].map((owner) => `local-${where}-${phone}-${owner}`)),
        ),
      ].sort(),
    );
    // The no-JavaScript path goes question by question, so every prefix has a page too.
    expect(
      allPaths()
        .filter((path) => !path.complete)
        .map((path) => path.slug),
    ).toEqual(expect.arrayContaining(['local', 'local-kz', 'local-left', 'local-left-phone', 'local-kz-lost']));
  });

  it('maps slugs and answers both ways, and rejects what is not a page', () => {
    for (const path of allPaths()) {
      expect(answersOf(path.slug)).toEqual(path.answers);
      expect(slugOf(path.answers)).toBe(path.slug);
      expect(pathOf(path.answers)).toBe(`/situation/${path.slug}/`);
      expect(path.path).toBe(`/situation/${path.slug}/`);
    }
    expect(pathOf({})).toBe('/situation/');
    for (const slug of ['travel-kz', 'local-moon', 'kz', 'local-left-phone-own-more', 'Local'])
      expect(answersOf(slug)).toBeUndefined();
  });

  it('asks a travel eSIM one question and a local number at most four, never one that does not apply', () => {
    expect(applicableQuestions({ type: 'travel' }).map((q) => q.id)).toEqual(['type']);
    expect(isComplete({ type: 'travel' })).toBe(true);
    for (const path of complete) {
      const asked = Object.keys(path.answers).length;
      expect(asked).toBeLessThanOrEqual(path.answers.type === 'travel' ? 1 : QUESTIONS.length);
      expect(asked).toBe(applicableQuestions(path.answers).length);
    }
    expect(nextQuestion({ type: 'local', where: 'left' })?.id).toBe('phone');
  });

  it('keeps later answers when an earlier one changes, and drops those that no longer apply', () => {
    const answers: Answers = { type: 'local', where: 'left', phone: 'phone', owner: 'own' };
    expect(pathWith(answers, 'where', 'kz')).toBe('/situation/local-kz-phone-own/');
    expect(pathWith(answers, 'type', 'travel')).toBe('/situation/travel/');
    expect(pathWith({ type: 'travel' }, 'type', 'local')).toBe('/situation/local/');
  });
});

describe('planFor', () => {
  it('gives no plan until every question that applies is answered', () => {
    for (const path of allPaths().filter((p) => !p.complete)) expect(planFor(plans, path.answers)).toBeUndefined();
    expect(planFor(plans, {})).toBeUndefined();
  });

  it('gives every complete path a plan of distinct steps in the one catalogue order', () => {
    const order = plans.map((plan) => plan.id);
    for (const path of complete) {
      const steps = ids(path.answers);
      expect(steps.length, path.slug).toBeGreaterThan(2);
      expect(new Set(steps).size).toBe(steps.length);
      const positions = steps.map((id) => order.indexOf(id));
      expect(positions, path.slug).toEqual([...positions].sort((a, b) => a - b));
      for (const step of planFor(plans, path.answers)!.steps) {
        expect(step.links.length + step.sources.length, `${path.slug} ${step.id}`).toBeGreaterThan(0);
      }
    }
    expect(ids({ type: 'travel' })).toEqual(['travel-kind', 'travel-refund', 'travel-delete']);
  });

  it('tells a travel eSIM that the operator steps do not apply, and why', () => {
    const plan = planFor(plans, { type: 'travel' })!;
    expect(plan.steps.flatMap((step) => step.links.map((link) => link.href))).not.toContain('/steps/sign-in/');
    expect(plan.skipped).toEqual([
      expect.objectContaining({
        id: 'operator-steps',
        reason: expect.stringContaining('没有与哈萨克斯坦运营商的合同'),
      }),
    ]);
  });

  it('puts blocking first for a lost phone, and drops the steps that need the phone, saying why', () => {
    for (const path of complete.filter((p) => p.answers.phone === 'lost')) {
      const plan = planFor(plans, path.answers)!;
      expect(plan.steps[0]?.id).toBe('lost-block');
      expect(ids(path.answers)).not.toContain('remove-esim');
      expect(ids(path.answers)).not.toContain('sign-in');
      expect(plan.skipped.map((item) => item.id)).toEqual(expect.arrayContaining(['remove-esim', 'sign-in']));
    }
  });

  it('abroad: SMS first (when the phone is at hand), then asking how; at home it says why not', () => {
    const left = ids({ type: 'local', where: 'left', phone: 'phone', owner: 'own' });
    expect(left.slice(0, 2)).toEqual(['abroad-sms', 'abroad-ask']);
    expect(left.indexOf('abroad-sms')).toBeLessThan(left.indexOf('sign-in'));
    const home = planFor(plans, { type: 'local', where: 'kz', phone: 'phone', owner: 'own' })!;
    expect(home.steps.map((step) => step.id)).not.toContain('abroad-ask');
    expect(home.skipped.map((item) => item.id)).toEqual(['abroad-ask']);
  });

  it("sends someone else's number to its registered owner", () => {
    for (const path of complete.filter((p) => p.answers.type === 'local')) {
      expect(ids(path.answers).includes('other-owner')).toBe(path.answers.owner === 'other');
    }
  });

  it('gives every local path backup, the checklist, the phrases, proof, and removing the eSIM only last', () => {
    for (const path of complete.filter((p) => p.answers.type === 'local')) {
      const steps = ids(path.answers);
      expect(steps).toEqual(
        expect.arrayContaining(['backup', 'before-you-go', 'phrases', 'save-proof', 'check-status']),
      );
      if (path.answers.phone === 'phone') expect(steps.at(-1)).toBe('remove-esim');
    }
  });

  it('links only to site sections and cites only registered sources', () => {
    for (const href of allPlanLinks(plans)) expect(href).toMatch(/^\/([a-z-]+\/)*(#[a-z-]+)?$/);
    for (const path of complete)
      for (const step of planFor(plans, path.answers)!.steps)
        for (const key of step.sources) expect(findSource(key), key).toBeDefined();
  });
});

describe('the plans file', () => {
  const entry = { id: 'x', title: '一件事', links: [{ href: '/precautions/' }], lastChecked: '2026-11-27', order: 0 };
  const problems = (data: object) => planSchema.safeParse({ ...entry, ...data }).error?.issues.map((i) => i.message);

  it('keeps the order of the file, which is the order a reader does them', () => {
    expect(plans.map((plan) => plan.order)).toEqual(plans.map((_, index) => index));
    expect(plans[0]?.id).toBe('travel-kind');
  });

  it('rejects an unknown source key, naming it', () => {
    expect(problems({ for: { type: 'local' }, sources: ['activ-faq', 'izi-bundlez'] })).toEqual([
      '"izi-bundlez" is not a known source key; add it to content/sources.yaml (from FACTS.md) or fix the key.',
    ]);
  });

  it('rejects answers no question has, and an entry that is neither a step nor a reason', () => {
    expect(problems({ for: { where: 'moon' } })).toHaveLength(1);
    expect(problems({ for: { planet: 'earth' } })).toHaveLength(1);
    expect(problems({})).toEqual(['needs "for" (whom it is a step for) or "notFor" (whom to tell why not)']);
  });

  it('makes an entry with only reasons a reason, never a step', () => {
    const note = planSchema.parse({ ...entry, notFor: [{ when: { type: 'travel' }, reason: '不适用的原因。' }] });
    expect(planFor([note], { type: 'travel' })).toEqual({
      steps: [],
      skipped: [{ id: 'x', title: '一件事', reason: '不适用的原因。' }],
    });
    expect(planFor([note], { type: 'local', where: 'kz', phone: 'phone', owner: 'own' })).toEqual({
      steps: [],
      skipped: [],
    });
  });
});

describe('situationView', () => {
  const views = [{}, ...allPaths().map((path) => path.answers)].map((answers) =>
    situationView(answers, plans, labelOf),
  );

  it('gives every page its own title and a description that fits a link preview', () => {
    const titles = views.slice(1).map((view) => view.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const view of views.slice(1)) {
      expect(view.description.length).toBeGreaterThanOrEqual(20);
      expect(view.description.length).toBeLessThanOrEqual(160);
    }
  });

  it('shows the questions answered so far, each with its choice marked, then the next one', () => {
    for (const view of views) {
      const answered = Object.keys(view.answers).length;
      expect(view.questions.length).toBe(view.complete ? answered : answered + 1);
      view.questions.forEach((question, index) => {
        const selected = question.options.filter((option) => option.selected);
        expect(selected.length).toBe(index < answered ? 1 : 0);
        // The chosen option links to the page itself; every option links to a page of the check.
        for (const option of question.options) {
          if (option.selected) expect(option.href).toBe(view.path);
          expect(allPaths().some((path) => path.path === option.href)).toBe(true);
        }
      });
      expect(Boolean(view.plan)).toBe(view.complete);
    }
  });

  it('names each link by the label route data gives, and lists the sources once', () => {
    const view = situationView({ type: 'travel' }, plans, labelOf);
    expect(view.plan?.steps[0]?.links[0]).toEqual({
      href: '/steps/check-validity/#travel-esim',
      label: 'label of /steps/check-validity/#travel-esim',
    });
    expect(view.sources).toEqual(['airalo-remove-ios', 'holafly-cancel', 'airalo-refund', 'holafly-refund']);
  });
});
