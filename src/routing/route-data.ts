import { KEY_TERMS, SYNONYM_GROUPS } from '../data/synonyms';
import { t } from '../lib/i18n';
import { ogImagePath } from '../lib/og-path';
import { PLANS_FILE, type PlanEntry, type PlanLink } from '../features/situation/plan';
import { allPaths } from '../features/situation/questions';
import { situationView, type SituationView } from '../features/situation/view';
import { citationsOf, citationsOfKeys, type Citation } from './citations';
import { headingsOf, type Heading } from './headings';
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

/** The guide as loaded from the two content collections. */
export interface GuideInput<P extends EntryLike, S extends StepEntryLike> {
  pages: readonly P[];
  steps: readonly S[];
  /** The situation check's plans (content/situation-plans.json), in the order a reader does them. */
  plans: readonly PlanEntry[];
}

export interface Link {
  href: string;
  label: string;
}

export type RouteKind = 'home' | 'page' | 'step' | 'situation' | 'sources' | 'index-terms' | 'print' | 'not-found';

/** Everything a page shows that is not its MDX body; templates only render this. */
export interface RouteData<E extends EntryLike = EntryLike> {
  kind: RouteKind;
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
  /** The MDX entry to render, for content pages. */
  entry: E | undefined;
  /** For step pages: the position line and the step-by-step navigation. */
  step: { number: number; total: number; name: string; position: string; nav: StepNavItem[] } | undefined;
  prev: Link | undefined;
  next: Link | undefined;
  /** The sources the page cites, numbered in order of first citation. */
  citations: Citation[];
  /** The page's `##` sections, for its table of contents. */
  headings: Heading[];
  /** For /print/: the parts, in reading order, each with its own route data. */
  parts: PrintPart<E>[];
  /** For /sources/: every cited source and the pages that cite it. */
  sourceUses: SourceUse[];
  /** For /index-terms/: the terms and their synonyms, by initial letter, with their sections. */
  terms: IndexLetter[];
  /** The site's main navigation (header, 404 page), the same on every page. */
  nav: Link[];
  /** For /situation/ and its answer paths: the questions so far and, once complete, the plan. */
  situation: SituationView | undefined;
  /** Whether search indexes the page (answer paths repeat each other, so they are left out). */
  searchable: boolean;
}

export interface SourceUse {
  key: string;
  source: Citation['source'];
  pages: Link[];
}

export interface PrintPart<E extends EntryLike = EntryLike> {
  /** Prefix for every id inside the part, unique on the print page. */
  prefix: string;
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

const file = (entry: EntryLike, folder: string) => entry.filePath ?? `content/${folder}${entry.id}.mdx`;

/** The content pages in the main navigation, after the steps, with their short labels. */
const NAV_PAGES = [
  ['situation', 'nav.situation'],
  ['precautions', 'nav.precautions'],
  ['phrases', 'nav.phrases'],
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

/**
 * Builds the route data of every page of the site from the guide's content: the content
 * pages, the step pages, /sources/, /print/ and /404.html. Throws (naming the file) on an
 * unknown source key or a bad step numbering, so the build stops with a useful message.
 */
export function buildRoutes<P extends EntryLike, S extends StepEntryLike>(
  guide: GuideInput<P, S>,
  site: URL,
): RouteData<P | S>[] {
  type E = P | S;
  const steps = orderSteps(guide.steps);
  const total = steps.length;
  const siteName = t('site.name');
  const byId = new Map(guide.pages.map((page) => [page.id, page]));

  const base = (kind: RouteKind, path: string, title: string, label: string, description: string): RouteData<E> => ({
    kind,
    path,
    url: new URL(path, site).href,
    title,
    label,
    documentTitle: kind === 'home' ? siteName : `${label} · ${siteName}`,
    description,
    lastChecked: undefined,
    og: { path: ogImagePath(path), url: new URL(ogImagePath(path), site).href, title },
    entry: undefined,
    step: undefined,
    prev: undefined,
    next: undefined,
    citations: [],
    headings: [],
    parts: [],
    sourceUses: [],
    terms: [],
    nav: [],
    situation: undefined,
    searchable: false,
  });

  const content = (kind: RouteKind, entry: E, path: string, label: string, where: string): RouteData<E> => ({
    ...base(kind, path, entry.data.title, label, entry.data.description),
    entry,
    lastChecked: entry.data.lastChecked,
    citations: citationsOf(entry.body ?? '', file(entry, where)),
    headings: headingsOf(entry.body ?? ''),
    searchable: true,
  });

  const nav = (current: string | undefined): StepNavItem[] =>
    steps.map((step) => ({
      number: step.data.step,
      label: step.data.title,
      href: stepPath(step.id),
      current: step.id === current,
    }));

  const stepRoutes = steps.map((entry) => {
    const { step: number, title } = entry.data;
    const route = content('step', entry, stepPath(entry.id), stepLabel(number, title), 'steps/');
    route.step = {
      number,
      total,
      name: t('steps.stepLabel', { n: number }),
      position: t('steps.position', { n: number, total }),
      nav: nav(entry.id),
    };
    route.og.step = { number, total };
    return route;
  });

  const pageRoutes = guide.pages.map((entry) =>
    content(entry.id === 'index' ? 'home' : 'page', entry, pagePath(entry.id), entry.data.title, ''),
  );
  const home = pageRoutes.find((route) => route.kind === 'home');
  if (home) home.og.kicker = t('site.tagline');

  // The reading order is one story: home → precautions → steps 1–6 → back to the summary.
  const link = (route: RouteData<E> | undefined): Link | undefined => route && { href: route.path, label: route.label };
  const precautions = pageRoutes.find((route) => route.path === '/precautions/');
  const story = [home, precautions, ...stepRoutes].filter((route) => route !== undefined);
  story.forEach((route, index) => {
    route.prev = link(story[index - 1]);
    route.next = link(story[index + 1]);
  });
  const last = stepRoutes.at(-1);
  if (last && home) last.next = { href: `${home.path}#summary`, label: t('steps.afterLast') };

  const printed = [
    ...(home ? [home] : []),
    ...(precautions ? [precautions] : []),
    ...stepRoutes,
    ...PRINT_AFTER_STEPS.map((id) => byId.get(id))
      .filter((entry) => entry !== undefined)
      .map((entry) => pageRoutes.find((route) => route.entry === entry)!),
    ...pageRoutes.filter(
      (route) =>
        route !== home &&
        route !== precautions &&
        !PRINT_AFTER_STEPS.includes(route.entry!.id) &&
        !NOT_PRINTED.has(route.entry!.id),
    ),
  ];
  const print = base('print', '/print/', t('print.title'), t('print.title'), t('print.description'));
  print.parts = printed.map((route) => ({ prefix: printPrefix(route.path), route }));

  const situationRoutes = buildSituationRoutes([...pageRoutes, ...stepRoutes], guide.plans, base);

  const sources = base('sources', '/sources/', t('sources.title'), t('sources.title'), t('sources.description'));
  // The search substitute without JavaScript: built from every content page's sections.
  const indexTerms = base(
    'index-terms',
    '/index-terms/',
    t('indexTerms.title'),
    t('indexTerms.title'),
    t('indexTerms.description'),
  );
  // Short page names, as the navigation has them: "第 2 步", "注意事项", "首页".
  const navLabels = new Map<string, string>(NAV_PAGES.map(([id, key]) => [pagePath(id), t(key)]));
  indexTerms.terms = buildIndexTerms(
    [...pageRoutes, ...stepRoutes].map((route) => ({
      path: route.path,
      name: route.kind === 'home' ? t('site.home') : (route.step?.name ?? navLabels.get(route.path) ?? route.title),
      title: route.title,
      headings: route.headings,
      body: route.entry?.body ?? '',
    })),
    SYNONYM_GROUPS,
    KEY_TERMS,
  );
  const notFound = base('not-found', '/404.html', t('notFound.title'), t('notFound.title'), t('notFound.description'));
  notFound.og.kicker = t('notFound.description');

  const all = [...pageRoutes, ...stepRoutes, ...situationRoutes, sources, indexTerms, print, notFound];
  const cited = new Map<string, SourceUse>();
  const situationPage = pageRoutes.find((route) => route.path === SITUATION_PATH);
  for (const route of all) {
    // The answer paths are one feature: /sources/ names the check once, not each path.
    const page = route.kind === 'situation' && situationPage ? situationPage : route;
    for (const { key, source } of route.citations) {
      const use = cited.get(key) ?? { key, source, pages: [] };
      if (!use.pages.some((other) => other.href === page.path)) use.pages.push({ href: page.path, label: page.label });
      cited.set(key, use);
    }
  }
  sources.sourceUses = [...cited.values()];

  const first = stepRoutes[0];
  const navigation: Link[] = [
    ...(first ? [{ href: first.path, label: t('nav.steps') }] : []),
    ...NAV_PAGES.flatMap(([id, key]) => (byId.has(id) ? [{ href: pagePath(id), label: t(key) }] : [])),
    { href: sources.path, label: t('nav.sources') },
  ];
  for (const route of all) route.nav = navigation;
  return all;
}

const SITUATION_PATH = '/situation/';

/**
 * The situation check: /situation/ (a content page) gets the first question below its
 * text, and every answer path gets a page of its own with the questions so far and, once
 * complete, its plan. Only built when content/situation.mdx exists. A plan link to a
 * section that no page has throws, naming the data file.
 */
function buildSituationRoutes<E extends EntryLike>(
  content: RouteData<E>[],
  plans: readonly PlanEntry[],
  base: (kind: RouteKind, path: string, title: string, label: string, description: string) => RouteData<E>,
): RouteData<E>[] {
  const page = content.find((route) => route.path === SITUATION_PATH);
  if (!page) return [];
  const labels = new Map<string, string>();
  for (const route of content) {
    labels.set(route.path, route.label);
    const name = route.step?.name ?? route.title;
    for (const heading of route.headings) labels.set(`${route.path}#${heading.id}`, `${name} · ${heading.text}`);
  }
  const labelOf = (link: PlanLink) => {
    const label = link.label ?? labels.get(link.href);
    if (!label) {
      throw new Error(
        `${PLANS_FILE}: entry "${plans.find((plan) => plan.links.includes(link))?.id}" links to ${link.href}, but no page has that "## … {#id}" section; add the section or fix the link.`,
      );
    }
    return label;
  };
  page.situation = situationView({}, plans, labelOf);
  // Every answer page was checked when the plans it draws from last were.
  const checked = new Date(Math.max(...plans.map((plan) => plan.lastChecked.getTime())));
  return allPaths().map(({ answers }) => {
    const view = situationView(answers, plans, labelOf);
    const route = base('situation', view.path, view.title, view.title, view.description);
    route.situation = view;
    route.lastChecked = checked;
    route.citations = citationsOfKeys(view.sources, PLANS_FILE);
    route.og.kicker = t('nav.situation');
    return route;
  });
}

/** The id prefix of a page's part of /print/: "/" → "home", "/steps/sign-in/" → "steps-sign-in". */
export function printPrefix(path: string): string {
  return path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '-');
}
