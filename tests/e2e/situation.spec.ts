/**
 * The situation check (/situation/): every answer path, generated from the same data that
 * builds the pages (allPaths()), so a new question or option cannot leave a path untested.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect, pageScriptStarted } from './fixtures';
import { PLANS_FILE, planFor, planSchema, withFileOrder } from '../../src/features/situation/plan.ts';
import {
  allPaths,
  answersOf,
  applicableQuestions,
  pathOf,
  type Answers,
} from '../../src/features/situation/questions.ts';
import { t } from '../../src/lib/i18n.ts';
import type { UiKey } from '../../src/i18n/zh-CN.ts';

const plans = planSchema.array().parse(withFileOrder(readFileSync(PLANS_FILE, 'utf8')));
const questionLabel = (id: string) => t(`situation.q.${id}` as UiKey);
const optionLabel = (id: string, option: string) => t(`situation.o.${id}.${option}` as UiKey);
/** The answers in the order a reader gives them, each with the path reached so far. */
const steps = (answers: Answers) =>
  applicableQuestions(answers).map((question, index, all) => ({
    question: question.id,
    option: answers[question.id]!,
    reached: pathOf(Object.fromEntries(all.slice(0, index + 1).map((q) => [q.id, answers[q.id]])) as Answers),
  }));

/** What a plan says, as the reader gets it: its items in order, every link, and its text. */
const planOf = (root: Element) => ({
  steps: [...root.querySelectorAll('[data-plan-step]')].map((item) => item.getAttribute('data-plan-step')),
  skipped: [...root.querySelectorAll('[data-skipped]')].map((item) => item.getAttribute('data-skipped')),
  links: [...root.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`),
  text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
});

/** The plan as the answer page shows it without JavaScript. */
async function staticPlan(browser: Browser, baseURL: string | undefined, path: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto(path);
  const plan = await page.locator('[data-plan]').evaluate(planOf);
  const title = await page.title();
  await context.close();
  return { plan, title };
}

/**
 * Answers on the page, as a reader taps: <situation-check> has made the server's option
 * links radios. Every state shows in place, without loading a page, and gets its shareable URL.
 */
async function answerWithForm(page: Page, answers: Answers): Promise<void> {
  await pageScriptStarted(page);
  await page.evaluate(() => ((window as { samePage?: boolean }).samePage = true));
  for (const { question, option, reached } of steps(answers)) {
    const group = page.getByRole('group', { name: questionLabel(question) });
    await group.getByRole('radio', { name: optionLabel(question, option) }).check();
    await expect(page).toHaveURL(reached);
  }
  expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);
}

/** The page's <h1>, as the answer page at `path` has it without JavaScript. */
async function staticHeading(browser: Browser, baseURL: string | undefined, path: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto(path);
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await context.close();
  return heading.trim();
}

// Every answer path's static page, as built: tests/unit/built-site.site.test.ts.

test.describe('with JavaScript the form shows the same plan as the static page', () => {
  test('for every complete answer path', async ({ page, browser, baseURL }) => {
    // Each path answered in turn on one page, on a machine that may be busy.
    test.setTimeout(300_000);
    for (const { path, answers } of allPaths().filter((p) => p.complete)) {
      await page.goto('/situation/');
      await answerWithForm(page, answers);
      const expected = await staticPlan(browser, baseURL, path);
      expect(await page.locator('[data-plan]').evaluate(planOf)).toEqual(expected.plan);
      await expect(page).toHaveTitle(expected.title);
      // Nothing is added above the questions while the reader answers them.
      await expect(page.getByRole('link', { name: /直接看您的办理顺序/ })).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: '办理顺序' })).toHaveText(
        `下方已列出您的办理顺序，共 ${expected.plan.steps.length} 项。`,
      );
    }
  });

  test('an answer page opens with its answers chosen; changing one updates the rest in place', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/situation/local-left-phone-own/');
    await pageScriptStarted(page);
    const where = page.getByRole('group', { name: questionLabel('where') });
    await expect(where.getByRole('radio', { name: optionLabel('where', 'left') })).toBeChecked();
    const jump = page.getByRole('link', { name: /直接看您的办理顺序/ });
    await expect(jump).toHaveText(
      `直接看您的办理顺序（共 ${planFor(plans, answersOf('local-left-phone-own')!)!.steps.length} 项）`,
    );
    // The link to the plan still jumps to it.
    await jump.click();
    await expect(page).toHaveURL(/#plan-steps$/);
    await expect(page.locator('#plan-steps')).toBeInViewport();
    await where.getByRole('radio', { name: optionLabel('where', 'kz') }).check();
    await expect(page).toHaveURL('/situation/local-kz-phone-own/');
    await expect(page.getByRole('radio', { name: optionLabel('where', 'kz') })).toBeChecked();
    await expect(page.getByRole('radio', { name: optionLabel('type', 'local') })).toBeChecked();
    const home = await staticPlan(browser, baseURL, '/situation/local-kz-phone-own/');
    await expect.poll(() => page.locator('[data-plan]').evaluate(planOf)).toEqual(home.plan);
    // A travel eSIM needs no other question: they go, and so does the local plan.
    await page.getByRole('radio', { name: optionLabel('type', 'travel') }).check();
    await expect(page).toHaveURL('/situation/travel/');
    await expect(page.getByRole('group')).toHaveCount(1);
    await expect(jump).toHaveText(`直接看您的办理顺序（共 ${planFor(plans, { type: 'travel' })!.steps.length} 项）`);
    const travel = await staticPlan(browser, baseURL, '/situation/travel/');
    await expect.poll(() => page.locator('[data-plan]').evaluate(planOf)).toEqual(travel.plan);
    // Back to a local number: the next question is asked, and there is no plan yet.
    await page.getByRole('radio', { name: optionLabel('type', 'local') }).check();
    await expect(page).toHaveURL('/situation/local/');
    await expect(page.getByRole('group', { name: questionLabel('where') })).toBeVisible();
    await expect(page.locator('[data-plan]')).toHaveCount(0);
    await expect(jump).toBeHidden();
  });

  test('the radios work from the keyboard, and focus stays on the answer just chosen', async ({ page }) => {
    await page.goto('/situation/');
    const travel = page.getByRole('radio', { name: optionLabel('type', 'travel') });
    const local = page.getByRole('radio', { name: optionLabel('type', 'local') });
    await pageScriptStarted(page);
    await travel.focus();
    await expect(travel).not.toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(local).toBeChecked();
    await expect(page.getByRole('group', { name: questionLabel('where') })).toBeVisible();
    await expect(local).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '下一个问题' })).toHaveText(
      `下一个问题：${questionLabel('where')}`,
    );
  });
});

test('after the last answer the plan is in view with the focus, the heading names it, and Back returns to the previous question', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/situation/');
  const answers = answersOf('local-left-phone-own')!;
  await answerWithForm(page, answers);
  const plan = page.getByRole('heading', { name: '要做的事，按顺序' });
  await expect(plan).toBeFocused();
  await expect(plan).toBeInViewport();
  const path = pathOf(answers);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await staticHeading(browser, baseURL, path));
  // Back: the question before the last answer, unanswered, and no plan.
  const previous = steps(answers).at(-2)!;
  await page.goBack();
  await expect(page).toHaveURL(previous.reached);
  await expect(page.locator('[data-plan]')).toHaveCount(0);
  const last = steps(answers).at(-1)!;
  await expect(
    page.getByRole('group', { name: questionLabel(last.question) }).getByRole('radio', { checked: true }),
  ).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    await staticHeading(browser, baseURL, previous.reached),
  );
  // Forward again: the plan.
  await page.goForward();
  await expect(page).toHaveURL(path);
  await expect(page.locator('[data-plan]')).toHaveCount(1);
  // Back to where the reader started.
  for (let i = 0; i < steps(answers).length; i++) await page.goBack();
  await expect(page).toHaveURL('/situation/');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a reader clicks through to every complete answer path question by question', async ({ page }) => {
    test.setTimeout(300_000);
    for (const { answers } of allPaths().filter((p) => p.complete)) {
      await page.goto('/situation/');
      await expect(page.getByRole('radio')).toHaveCount(0);
      for (const { question, option, reached } of steps(answers)) {
        await page
          .getByRole('group', { name: questionLabel(question) })
          .getByRole('link', { name: optionLabel(question, option) })
          .click();
        await expect(page).toHaveURL(reached);
        await expect(
          page
            .getByRole('group', { name: questionLabel(question) })
            .getByRole('link', { name: optionLabel(question, option) }),
        ).toHaveAttribute('aria-current', 'page');
      }
      await expect(page.getByRole('heading', { name: '要做的事，按顺序' })).toBeVisible();
      await expect(page.locator('[data-plan-step]')).toHaveCount(planFor(plans, answers)!.steps.length);
    }
  });
});
