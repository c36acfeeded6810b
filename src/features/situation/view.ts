import { sourceOf, type SourceKey } from '../../data/sources';
import { t } from '../../lib/i18n';
import type { UiKey } from '../../i18n/zh-CN';
import { planFor, type PlanEntry, type PlanLink, type SkippedItem } from './plan';
import {
  applicableQuestions,
  isComplete,
  nextQuestion,
  normalize,
  pathOf,
  pathWith,
  slugOf,
  type Answers,
  type Question,
  type QuestionId,
} from './questions';

/** One choice of a question: a link to the page of the answers with it (a radio with JavaScript). */
export interface OptionView {
  value: string;
  label: string;
  href: string;
  selected: boolean;
}

export interface QuestionView {
  id: QuestionId;
  label: string;
  options: OptionView[];
}

export interface PlanStepView {
  id: string;
  title: string;
  text: string;
  links: { href: string; label: string }[];
  sources: { key: SourceKey; title: string; url: string }[];
}

/** Everything one page of the situation check shows: route data carries it, templates render it. */
export interface SituationView {
  answers: Answers;
  slug: string;
  path: string;
  complete: boolean;
  /** The h1 of an answer page. */
  title: string;
  description: string;
  /** Every question answered so far, then the next one. */
  questions: QuestionView[];
  /** Questions still open, once the kind of eSIM is known (before that it depends on the answer). */
  remaining: number | undefined;
  /** What a screen reader hears when the form shows this state in place. */
  announce: string;
  plan: { steps: PlanStepView[]; skipped: SkippedItem[] } | undefined;
  /** The sources the plan cites, in order of first use. */
  sources: SourceKey[];
}

const key = (text: string) => text as UiKey;
const questionLabel = (question: Question) => t(key(`situation.q.${question.id}`));

/**
 * The page of one set of answers, with its plan from `plans` (content/situation-plans.json).
 * `labelOf` names a plan link's target (route data reads it from the target section's
 * heading) and throws for a section that does not exist.
 */
export function situationView(
  input: Answers,
  plans: readonly PlanEntry[],
  labelOf: (link: PlanLink) => string,
): SituationView {
  const answers = normalize(input);
  const next = nextQuestion(answers);
  const asked = applicableQuestions(answers).filter((question) => answers[question.id] !== undefined);
  const shown = next ? [...asked, next] : asked;
  const summary = asked
    .map((question) => t(key(`situation.a.${question.id}.${answers[question.id]}`)))
    .join(t('situation.answerSeparator'));
  const complete = isComplete(answers);
  const open = applicableQuestions(answers).length - asked.length;
  const plan = planFor(plans, answers);
  const steps =
    plan?.steps.map(({ id, title, text, links, sources }) => ({
      id,
      title,
      text,
      links: links.map((link) => ({ href: link.href, label: labelOf(link) })),
      sources: sources.map((key) => ({ key, title: sourceOf(key).title, url: sourceOf(key).url })),
    })) ?? [];
  return {
    answers,
    slug: slugOf(answers),
    path: pathOf(answers),
    complete,
    title: complete
      ? t('situation.planTitle', { answers: summary })
      : t('situation.partialTitle', { answers: summary }),
    description: complete
      ? t('situation.planDescription', { answers: summary })
      : t('situation.partialDescription', { answers: summary, n: open }),
    questions: shown.map((question) => ({
      id: question.id,
      label: questionLabel(question),
      options: question.options.map((option) => ({
        value: option,
        label: t(key(`situation.o.${question.id}.${option}`)),
        href: pathWith(answers, question.id, option),
        selected: answers[question.id] === option,
      })),
    })),
    remaining: answers.type === undefined ? undefined : open,
    announce: next
      ? t('situation.next', { question: questionLabel(next) })
      : t('situation.planShown', { n: steps.length }),
    plan: plan && { steps, skipped: plan.skipped },
    sources: [...new Set(steps.flatMap((step) => step.sources.map((source) => source.key)))],
  };
}
