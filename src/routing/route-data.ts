import { KEY_TERMS, SYNONYM_GROUPS } from '../data/synonyms';
import neverSay from '../data/never-say.json';
import { t } from '../lib/i18n';
import { ogImagePath } from '../lib/og-path';
import { printTargets, type PrintTarget } from '../lib/print-html';
import { PLANS_FILE, type PlanEntry, type PlanLink } from '../features/situation/plan';
import { allPaths } from '../features/situation/questions';
import { situationView, type SituationView } from '../features/situation/view';
import { citationsOfKeys, type Citation } from './citations';
import type { Heading } from './headings';
import { buildIndexTerms, type IndexLetter } from './index-terms';
import { orderSteps, type StepNavItem } from './steps';

/** What route data needs of a content entry (an Astro CollectionEntry fits). */
export interface EntryLike {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { title: string; description: string; lastChecked: Date };
}
export interface StepEntryLike extends EntryLike {
  data: EntryLike['data'] & { step: number };
}

/** A content entry with what rendering it found: its `##` sections and its numbered citations. */
export interface Rendered<E extends EntryLike> {
  entry: E;
  headings: Heading[];
  citations: Citation[];
}

/** The guide as loaded and rendered from the content collections. */
export interface GuideInput<P extends EntryLike, S extends StepEntryLike> {
  pages: readonly Rendered<P>[];
  steps: readonly Rendered<S>[];
  /** The situation check's plans (content/situation-plans.json), in the order a reader does them. */
  plans: readonly PlanEntry[];
}

export interface Link {
  href: string;
  label: string;
}

/** A step as the overview, the 404 page and the navigation list it. */
export interface StepSummary extends Link {
  number: number;
  /** "第 2 步". */
  name: string;
  title: string;
  description: string;
}

/** The site's navigation: the same on every page, so components inside any page may use it. */
export interface Navigation {
  /** The header's links: the steps, the other main pages, the sources. */
  main: Link[];
  steps: StepSummary[];
  /** The home page's way in: the situation check, the reading order and the first step. */
  start: (Link & { primary: boolean })[];
}

/** What every page has. */
export interface RouteCommon<E extends EntryLike> {
  /** Root-relative path as served: "/steps/sign-in/", "/404.html". */
  path: string;
  /** Absolute canonical URL. */
  url: string;
  /** The h1. */
  title: string;
  /** How links and navigation name the page: "第 2 步：登录…" for a step, else the title. */
  label: string;
  /** The whole <title>. */
  documentTitle: string;
  description: string;
  /** When the page was checked against its sources; pages without content have none. */
  lastChecked: Date | undefined;
  og: { path: string; url: string; title: string; kicker?: string; step?: { number: number; total: number } };
  nav: Navigation;
  prev: Link | undefined;
  next: Link | undefined;
  /** The sources the page cites, numbered in order of first citation. */
  citations: Citation[];
  /** The page's `##` sections, for its table of contents. */
  headings: Heading[];
  /** The MDX entry to render, for content pages. */
  entry: E | undefined;
  /** Whether search indexes the page (answer paths repeat each other, so they are left out). */
  searchable: boolean;
}

export interface StepPayload {
  number: number;
  total: number;
  name: string;
  /** "第 2 步，共 6 步". */
  position: string;
  nav: StepNavItem[];
}

/** Everything a page shows that is not its MDX body; templates only render this. */
export type RouteData<E extends EntryLike = EntryLike> = RouteCommon<E> &
  (
    | { kind: 'home' | 'page'; situation: SituationView | undefined }
    | { kind: 'step'; step: StepPayload }
    | { kind: 'situation'; situation: SituationView }
    | { kind: 'sources'; sourceUses: SourceUse[] }
    | { kind: 'index-terms'; terms: IndexLetter[] }
    | { kind: 'print'; parts: PrintPart<E>[]; targets: Map<string, PrintTarget> }
    | { kind: 'not-found' }
  );

export interface SourceUse {
  key: string;
  source: Citation['source'];
  pages: Link[];
}

export interface PrintPart<E extends EntryLike = EntryLike> {
  /** Prefix for every id inside the part, unique on the print page. */
  prefix: string;
  /** Short name: "第 6 步" for a step, else the page title. */
  name: string;
  route: RouteData<E>;
}

/** The public path of a page entry: "index" is "/", "cases" is "/cases/". */
export function pagePath(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** The public path of a step entry: "sign-in" is "/steps/sign-in/". */
export function stepPath(id: string): string {
  return `/steps/${id}/`;
}

/** "第 2 步：登录运营商官网或应用": how every link, title and list names a step. */
export function stepLabel(number: number, title: string): string {
  return `${t('steps.stepLabel', { n: number })}：${title}`;
}

/** The id prefix of a page's part of /print/: "/" → "home", "/steps/sign-in/" → "steps-sign-in". */
export function printPrefix(path: string): string {
  return path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '-');
}

/** The content pages in the main navigation, after the steps, with their short labels. */
const NAV_PAGES = [
  ['situation', 'nav.situation'],
  ['precautions', 'nav.precautions'],
  ['phrases', 'nav.phrases'],
  ['application', 'nav.application'],
  ['operators', 'nav.operators'],
  ['cases', 'nav.cases'],
] as const;

/** Pages printed after the steps, in this order; any other page follows them. */
const PRINT_AFTER_STEPS = ['phrases', 'operators', 'cases'];
/**
 * Pages left out of /print/: the situation check is interactive, its plans point at the steps;
 * the application is a sheet of its own, printed from its page (and its script stays there).
 */
const NOT_PRINTED = new Set(['situation', 'application']);
const SITUATION_PATH = '/situation/';

/** One content page before it becomes a route: where it goes and how it is named. */
interface Page<E extends EntryLike> extends Rendered<E> {
  kind: 'home' | 'page' | 'step';
  path: string;
  label: string;
  /** Short name: "第 2 步", else the title. */
  name: string;
}

/** What every route is built from: the site, its pages in reading order and its navigation. */
interface Site<E extends EntryLike> {
  url: URL;
  pages: Page<E>[];
  steps: Page<E>[];
  nav: Navigation;
  /** Prev/next along the reading order, by path. */
  story: Map<string, { prev: Link | undefined; next: Link | undefined }>;
}

/**
 * Builds the route data of every page of the site from the rendered content: the content
 * pages, the step pages, the situation check's answer pages, /sources/, /index-terms/,
 * /print/ and /404.html. Throws (naming the file) on a bad step numbering or a plan link
 * to a missing section, so the build stops with a useful message.
 */
export function buildRoutes<P extends EntryLike, S extends StepEntryLike>(
  guide: GuideInput<P, S>,
  url: URL,
): RouteData<P | S>[] {
  const site = siteOf<P | S>(guide, url);
  const labelOf = planLabels(site, guide.plans);
  const content = [...site.pages, ...site.steps].map((page) => contentRoute(site, page, guide.plans, labelOf));
  const hasSituation = site.pages.some((page) => page.path === SITUATION_PATH);
  const situation = hasSituation ? situationRoutes(site, guide.plans, labelOf) : [];
  const pages = [...content, ...situation];
  const [sources, terms, notFound] = [sourcesRoute(site, pages), indexTermsRoute(site), notFoundRoute(site)];
  const print = printRoute(site, content, [...pages, sources, terms, notFound]);
  return [...pages, sources, terms, print, notFound];
}

function siteOf<E extends EntryLike>(guide: GuideInput<EntryLike, StepEntryLike>, url: URL): Site<E> {
  const ordered = orderSteps(guide.steps.map((step) => ({ ...step, ...step.entry })));
  const steps = ordered.map(({ entry, headings, citations }): Page<E> => {
    const { step, title } = entry.data;
    const name = t('steps.stepLabel', { n: step });
    return {
      entry: entry as EntryLike as E,
      headings,
      citations,
      kind: 'step',
      path: stepPath(entry.id),
      label: stepLabel(step, title),
      name,
    };
  });
  const pages = guide.pages.map(({ entry, headings, citations }): Page<E> => {
    const { title } = entry.data;
    const kind = entry.id === 'index' ? 'home' : 'page';
    return { entry: entry as E, headings, citations, kind, path: pagePath(entry.id), label: title, name: title };
  });
  const story = storyOf(pages, steps);
  return { url, pages, steps, story, nav: navigation(pages, steps, story) };
}

/** The header's links, the steps and the home page's way in, from the pages that exist. */
function navigation<E extends EntryLike>(
  pages: readonly Page<E>[],
  steps: readonly Page<E>[],
  story: Site<E>['story'],
): Navigation {
  const has = (id: string) => pages.some((page) => page.path === pagePath(id));
  const read = story.get('/')?.next;
  const situation = has('situation');
  const first = steps[0];
  return {
    main: [
      ...(first ? [{ href: first.path, label: t('nav.steps') }] : []),
      ...NAV_PAGES.flatMap(([id, key]) => (has(id) ? [{ href: pagePath(id), label: t(key) }] : [])),
      { href: '/sources/', label: t('nav.sources') },
    ],
    steps: steps.map(({ entry, path, label, name }, index) => ({
      ...{ href: path, label, number: index + 1, name },
      ...{ title: entry.data.title, description: entry.data.description },
    })),
    start: [
      ...(situation ? [{ href: SITUATION_PATH, label: t('start.situation'), primary: true }] : []),
      ...(read ? [{ href: read.href, label: t('start.read'), primary: !situation }] : []),
      ...(first ? [{ href: first.path, label: t('start.first'), primary: false }] : []),
      ...(has('application') ? [{ href: pagePath('application'), label: t('start.application'), primary: false }] : []),
    ],
  };
}

/** The reading order is one story: home → precautions → steps 1–6 → back to the summary. */
function storyOf<E extends EntryLike>(pages: readonly Page<E>[], steps: readonly Page<E>[]): Site<E>['story'] {
  const home = pages.find((page) => page.kind === 'home');
  const precautions = pages.find((page) => page.path === '/precautions/');
  const story = [home, precautions, ...steps].filter((page) => page !== undefined);
  const link = (page: Page<E> | undefined) => page && { href: page.path, label: page.label };
  const summary = home && { href: `${home.path}#summary`, label: t('steps.afterLast') };
  return new Map(
    story.map((page, index) => [
      page.path,
      { prev: link(story[index - 1]), next: link(story[index + 1]) ?? (page.kind === 'step' ? summary : undefined) },
    ]),
  );
}

/** The fields every route has, for a page that is not content. */
function common<E extends EntryLike>(site: Site<E>, path: string, title: string, description: string, label = title) {
  const og = ogImagePath(path);
  return {
    ...{ path, url: new URL(path, site.url).href, title, label, description },
    documentTitle: path === '/' ? t('site.name') : `${label} · ${t('site.name')}`,
    og: { path: og, url: new URL(og, site.url).href, title },
    ...{ lastChecked: undefined, nav: site.nav, prev: undefined, next: undefined },
    ...{ citations: [], headings: [], entry: undefined, searchable: false },
  } satisfies RouteCommon<E>;
}

/** A content page or step, and /situation/ with the check's first question below its text. */
function contentRoute<E extends EntryLike>(
  site: Site<E>,
  page: Page<E>,
  plans: readonly PlanEntry[],
  labelOf: (link: PlanLink) => string,
): RouteData<E> {
  const { entry, path, label, headings, citations } = page;
  const base = common(site, path, entry.data.title, entry.data.description, label);
  const shared = { ...base, ...site.story.get(path), lastChecked: entry.data.lastChecked, citations, headings };
  const route = { ...shared, entry, searchable: true };
  if (page.kind !== 'step') {
    const kicker = page.kind === 'home' ? { kicker: t('site.tagline') } : {};
    const situation = path === SITUATION_PATH ? situationView({}, plans, labelOf) : undefined;
    return { ...route, kind: page.kind, og: { ...base.og, ...kicker }, situation };
  }
  const number = site.steps.indexOf(page) + 1;
  const total = site.steps.length;
  return {
    ...route,
    kind: 'step',
    og: { ...base.og, step: { number, total } },
    step: {
      number,
      total,
      name: page.name,
      position: t('steps.position', { n: number, total }),
      nav: stepNav(site, page),
    },
  };
}

function stepNav<E extends EntryLike>(site: Site<E>, current: Page<E>): StepNavItem[] {
  return site.steps.map((step, index) => ({
    number: index + 1,
    label: step.entry.data.title,
    href: step.path,
    current: step === current,
  }));
}

/**
 * How a plan link is named: after the section's heading ("第 2 步 · 在国外收验证码") unless the
 * plan gives a label. Throws, naming the plans file and the entry, for a section no page has.
 */
function planLabels<E extends EntryLike>(site: Site<E>, plans: readonly PlanEntry[]) {
  const labels = new Map<string, string>();
  for (const page of [...site.pages, ...site.steps]) {
    labels.set(page.path, page.label);
    for (const heading of page.headings) labels.set(`${page.path}#${heading.id}`, `${page.name} · ${heading.text}`);
  }
  return (link: PlanLink) => {
    const label = link.label ?? labels.get(link.href);
    if (label) return label;
    const entry = plans.find((plan) => plan.links.includes(link))?.id;
    throw new Error(
      `${PLANS_FILE}: entry "${entry}" links to ${link.href}, but no page has that "## … {#id}" section; add the section or fix the link.`,
    );
  };
}

/** One page per answer path of the situation check, with the questions so far and, once complete, the plan. */
function situationRoutes<E extends EntryLike>(
  site: Site<E>,
  plans: readonly PlanEntry[],
  labelOf: (link: PlanLink) => string,
): RouteData<E>[] {
  // Every answer page was checked when the plans it draws from last were.
  const checked = new Date(Math.max(...plans.map((plan) => plan.lastChecked.getTime())));
  return allPaths().map(({ answers }) => {
    const situation = situationView(answers, plans, labelOf);
    const base = common(site, situation.path, situation.title, situation.description);
    const og = { ...base.og, kicker: t('nav.situation') };
    const citations = citationsOfKeys(situation.sources);
    return { ...base, kind: 'situation', og, lastChecked: checked, citations, situation };
  });
}

/** /sources/: every cited source and the pages that cite it, in order of first citation. */
function sourcesRoute<E extends EntryLike>(site: Site<E>, pages: readonly RouteData<E>[]): RouteData<E> {
  const cited = new Map<string, SourceUse>();
  for (const route of pages) {
    // The answer paths are one feature: /sources/ names the check once, not each path.
    const page = route.kind === 'situation' ? (pages.find((other) => other.path === SITUATION_PATH) ?? route) : route;
    for (const { key, source } of route.citations) {
      const use = cited.get(key) ?? { key, source, pages: [] };
      if (!use.pages.some((other) => other.href === page.path)) use.pages.push({ href: page.path, label: page.label });
      cited.set(key, use);
    }
  }
  const base = common(site, '/sources/', t('sources.title'), t('sources.description'));
  return { ...base, kind: 'sources', sourceUses: [...cited.values()] };
}

/** WORDS.md's words the guide never uses, which the search synonyms hold because readers type them. */
const NEVER_SAY = neverSay.neverSay.map((entry) => entry.word);

/** /index-terms/: the search substitute without JavaScript, built from every content page's sections. */
function indexTermsRoute<E extends EntryLike>(site: Site<E>): RouteData<E> {
  // Short page names, as the navigation has them: "第 2 步", "注意事项", "首页".
  const navLabels = new Map<string, string>(NAV_PAGES.map(([id, key]) => [pagePath(id), t(key)]));
  const pages = [...site.pages, ...site.steps].map((page) => ({
    path: page.path,
    name:
      page.kind === 'home'
        ? t('site.home')
        : page.kind === 'step'
          ? page.name
          : (navLabels.get(page.path) ?? page.name),
    title: page.entry.data.title,
    headings: page.headings,
    body: page.entry.body ?? '',
  }));
  const base = common(site, '/index-terms/', t('indexTerms.title'), t('indexTerms.description'));
  return { ...base, kind: 'index-terms', terms: buildIndexTerms(pages, SYNONYM_GROUPS, KEY_TERMS, NEVER_SAY) };
}

/** /print/: the guide in reading order, and where each of its links goes on paper. */
function printRoute<E extends EntryLike>(
  site: Site<E>,
  content: readonly RouteData<E>[],
  others: readonly RouteData<E>[],
): RouteData<E> {
  const byPath = new Map(content.map((route) => [route.path, route]));
  const page = (id: string) => site.pages.find((candidate) => candidate.entry.id === id);
  const first = [page('index'), page('precautions'), ...site.steps, ...PRINT_AFTER_STEPS.map(page)];
  const rest = site.pages.filter((other) => !first.includes(other) && !NOT_PRINTED.has(other.entry.id));
  const printed = [...first, ...rest].filter((other) => other !== undefined);
  const parts = printed.flatMap((other) => {
    const route = byPath.get(other.path);
    return route ? [{ prefix: printPrefix(other.path), name: other.name, route }] : [];
  });
  const base = common(site, '/print/', t('print.title'), t('print.description'));
  // A link to a page that is not printed keeps its URL and is named by its title on paper.
  const unprinted = [...others, base].filter((other) => !parts.some((part) => part.route.path === other.path));
  const targets = printTargets(
    parts.map(({ prefix, name, route }) => ({ prefix, name, path: route.path, headings: route.headings })),
    unprinted.map((other) => ({ path: other.path, name: other.title })),
  );
  return { ...base, kind: 'print', parts, targets };
}

function notFoundRoute<E extends EntryLike>(site: Site<E>): RouteData<E> {
  const base = common(site, '/404.html', t('notFound.title'), t('notFound.description'));
  return { ...base, kind: 'not-found', og: { ...base.og, kicker: t('notFound.description') } };
}
