/**
 * The questions of the situation check (/situation/), and how a set of answers maps to
 * its own page: `/situation/local-left-phone-own/`. Pure data and functions: route data
 * builds one static page per answer path from them, and the tests iterate `allPaths()`,
 * so a new question or option gets its pages and its tests without further changes.
 *
 * Why four questions for a local number and not three: each question is one fact the
 * reader knows at once, and each changes the plan on its own (where → how to reach the
 * operator; phone → block first, no SMS codes; owner → who may act). Merging "phone" and
 * "owner" into one question would not save a decision: it would be one question with four
 * compound options ("手机丢了，号码在别人名下"), slower to read and to hear on a screen
 * reader. A travel eSIM ends after the first question, because nothing else changes its plan.
 */

/** Every question, in the order it is asked. */
export const QUESTIONS = [
  { id: 'type', options: ['travel', 'local'] },
  { id: 'where', options: ['kz', 'left'] },
  { id: 'phone', options: ['phone', 'lost'] },
  { id: 'owner', options: ['own', 'other'] },
] as const;

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question['id'];
export type OptionOf<Q extends QuestionId> = Extract<Question, { id: Q }>['options'][number];

/** What a reader has answered so far; a question not asked yet is absent. */
export type Answers = { [Q in QuestionId]?: OptionOf<Q> };

/** A fully answered local path (the travel path has no other answer). */
export type CompleteAnswers = Required<Answers> | { type: 'travel' };

/** One page of the check: its answers, its slug and its URL path. */
export interface SituationPath {
  answers: Answers;
  /** "local-left-phone-own"; empty for /situation/ itself. */
  slug: string;
  /** "/situation/local-left-phone-own/". */
  path: string;
  /** Whether every question that applies is answered (the page shows a plan). */
  complete: boolean;
}

/** Only a local number has a contract with a Kazakh operator, so only it needs the other facts. */
export function applies(question: QuestionId, answers: Answers): boolean {
  return question === 'type' || answers.type === 'local';
}

/** The questions that apply to these answers, in order. */
export function applicableQuestions(answers: Answers): Question[] {
  return QUESTIONS.filter((question) => applies(question.id, answers));
}

/** The first question that applies and is not answered, or undefined when the answers are complete. */
export function nextQuestion(answers: Answers): Question | undefined {
  return applicableQuestions(answers).find((question) => answers[question.id] === undefined);
}

/**
 * The answers as the pages know them: only questions that apply, and only up to the first
 * unanswered one (a page is reached question by question, so answers are always a prefix).
 */
export function normalize(answers: Answers): Answers {
  const result: Answers = {};
  for (const question of applicableQuestions(answers)) {
    const value = answers[question.id];
    if (value === undefined) break;
    (result as Record<QuestionId, string>)[question.id] = value;
  }
  return result;
}

export function isComplete(answers: Answers): answers is CompleteAnswers {
  return nextQuestion(answers) === undefined;
}

/** "local-left-phone-own": the answers in question order. Options never contain "-". */
export function slugOf(answers: Answers): string {
  const normal = normalize(answers);
  return applicableQuestions(normal)
    .map((question) => normal[question.id])
    .filter((value) => value !== undefined)
    .join('-');
}

/** The page of these answers: "/situation/" before any answer. */
export function pathOf(answers: Answers): string {
  const slug = slugOf(answers);
  return slug ? `/situation/${slug}/` : '/situation/';
}

/** The answers a slug stands for, or undefined when it is not a page of the check. */
export function answersOf(slug: string): Answers | undefined {
  if (slug === '') return {};
  const tokens = slug.split('-');
  const answers: Answers = {};
  for (const token of tokens) {
    const question = nextQuestion(answers);
    if (!question || !(question.options as readonly string[]).includes(token)) return undefined;
    (answers as Record<QuestionId, string>)[question.id] = token;
  }
  return answers;
}

/** Every page of the check after /situation/: each partial and each complete set of answers. */
export function allPaths(): SituationPath[] {
  const paths: SituationPath[] = [];
  const walk = (answers: Answers) => {
    const question = nextQuestion(answers);
    if (!question) return;
    for (const option of question.options) {
      const next = { ...answers, [question.id]: option } as Answers;
      const slug = slugOf(next);
      paths.push({ answers: next, slug, path: pathOf(next), complete: isComplete(next) });
      walk(next);
    }
  };
  walk({});
  return paths;
}

/** The page a reader reaches by choosing `option` for `question` on the page of `answers`. */
export function pathWith<Q extends QuestionId>(answers: Answers, question: Q, option: OptionOf<Q>): string {
  return pathOf({ ...answers, [question]: option });
}
