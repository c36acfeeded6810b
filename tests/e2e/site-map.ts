import { allPaths } from '../../src/features/situation/questions.ts';

/** The site map from shared/brief/DESIGN.md: every URL must exist and keep working. */
export const STEP_PATHS = [
  '/steps/check-validity/',
  '/steps/sign-in/',
  '/steps/find-cancel-option/',
  '/steps/fill-in-details/',
  '/steps/confirm-request/',
  '/steps/wait-for-result/',
] as const;

export const PAGE_PATHS = [
  '/',
  ...STEP_PATHS,
  '/situation/',
  '/precautions/',
  '/phrases/',
  '/application/',
  '/cases/',
  '/operators/',
  '/sources/',
  '/index-terms/',
] as const;

/** Every answer path of the situation check, from the data that builds them. */
export const SITUATION_PATHS = allPaths().map((path) => path.path);

/** Every published URL: the pages above, the answer paths and the one-page print edition. */
export const ALL_PATHS = [...PAGE_PATHS, ...SITUATION_PATHS, '/print/'] as const;

/**
 * The answer paths share one template: a partial one and complete ones with each kind of
 * plan (travel, at home, abroad, lost, someone else's number) stand for all of them where
 * a browser test would only repeat itself (tests/unit/built-site.site.test.ts reads them all).
 */
export const SAMPLE_ANSWER_PATHS = [
  '/situation/local-left/',
  '/situation/travel/',
  '/situation/local-kz-phone-own/',
  '/situation/local-left-lost-other/',
];

/** Every published page, with the answer paths sampled as above. */
export const SAMPLED_PATHS = [
  ...ALL_PATHS.filter((path) => !(SITUATION_PATHS as readonly string[]).includes(path)),
  ...SAMPLE_ANSWER_PATHS,
];

/** Section ids that readers share; they must never change. */
export const SHARED_SECTIONS = [
  '/precautions/#backup',
  '/precautions/#bound-services',
  '/precautions/#contact-info',
  '/precautions/#keep-records',
  '/precautions/#delete-vs-cancel',
  '/cases/#business-traveller',
  '/cases/#forgot-password',
] as const;

export const SITE_NAME = '哈萨克斯坦 eSIM 注销指南';
