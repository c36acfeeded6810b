import { describe, expect, it, vi } from 'vitest';
import { getRoutes, type Route } from '../../src/routing';
import { printPrefix } from '../../src/routing/route-data';
import { ogImagePath } from '../../src/lib/og-path';
import { sourceOf } from '../../src/data/sources';
import { allPaths } from '../../src/features/situation/questions';

/*
 * Route data as the site builds it, from a few entries served by a mocked `astro:content`
 * (as Starlight's route-data tests do): getCollection() gives the entries, render() their
 * sections and the citations the MDX plugin numbered.
 */
const content = vi.hoisted(() => {
  const day = new Date('2026-11-25');
  const heading = (depth: number, slug: string, text = `标题 ${slug}`) => ({ depth, slug, text });
  const cite = (key: string, number: number, count = 1) => ({
    key,
    number,
    refs: Array.from({ length: count }, (_, i) => `cite-${number}-${i + 1}`),
  });
  const entry = (
    collection: string,
    id: string,
    title: string,
    rendered: { headings?: object[]; citations?: object[] },
  ) => ({
    id,
    collection,
    filePath: `content/${collection === 'steps' ? 'steps/' : ''}${id}.mdx`,
    body: `${title}的正文。`,
    data: { title, description: `${title}：一段足够长的页面描述，用于链接预览。`, lastChecked: day },
    rendered: { headings: rendered.headings ?? [], citations: rendered.citations ?? [] },
  });
  const pages = [
    entry('pages', 'index', '首页标题', { headings: [heading(2, 'summary')], citations: [cite('activ-faq', 1)] }),
    entry('pages', 'precautions', '注意事项标题', {
      headings: [heading(2, 'backup', '提前备份'), heading(3, 'contacts'), heading(2, 'lost-phone')],
      citations: [cite('kcell-documents', 1, 2), cite('activ-faq', 2)],
    }),
    entry('pages', 'situation', '情况标题', {}),
    entry('pages', 'phrases', '说法标题', { headings: [heading(2, 'abroad')] }),
    entry('pages', 'cases', '案例标题', {}),
  ];
  // Out of order on purpose: the steps are ordered by their `step` number.
  const steps = [3, 1, 2, 6, 4, 5].map((n) => {
    const step = entry('steps', `s${n}`, `步骤标题${n}`, { headings: n === 1 ? [heading(2, 'travel-esim')] : [] });
    return { ...step, data: { ...step.data, step: n } };
  });
  const plan = (id: string, order: number, data: object) => ({
    id,
    data: { id, title: `计划 ${id}`, text: '', links: [], sources: [], notFor: [], order, lastChecked: day, ...data },
  });
  const plans = [
    plan('local-backup', 1, { links: [{ href: '/precautions/#backup' }], for: { type: 'local' } }),
    plan('travel-kind', 0, {
      links: [{ href: '/steps/s1/#travel-esim' }, { href: '/phrases/#abroad', label: '说法卡片：我在国外' }],
      sources: ['holafly-cancel'],
      for: { type: 'travel' },
    }),
  ];
  return { pages, steps, plans } as Record<string, { rendered?: { headings: object[]; citations: object[] } }[]>;
});

vi.mock('astro:content', () => ({
  getCollection: async (collection: string) => content[collection],
  render: async (entry: { rendered: { headings: object[]; citations: object[] } }) => ({
    Content: () => '',
    headings: entry.rendered.headings,
    remarkPluginFrontmatter: { citations: entry.rendered.citations },
  }),
}));

const routes = await getRoutes();
const byPath = new Map(routes.map((route) => [route.path, route]));
const route = <K extends Route['kind']>(path: string, kind: K) => {
  const found = byPath.get(path);
  if (found?.kind !== kind) throw new Error(`no ${kind} route at ${path}`);
  return found as Route & { kind: K };
};
const steps = routes.filter((candidate) => candidate.kind === 'step');
const site = import.meta.env.SITE;

describe('the site has a route for every entry and for each generated page', () => {
  it('has one route per path', () => expect(byPath.size).toBe(routes.length));
  it('covers every page and step, each answer path, /index-terms/, /sources/, /print/ and /404.html', () => {
    expect([...byPath.keys()].sort()).toEqual(
      [
        ...['/', '/precautions/', '/situation/', '/phrases/', '/cases/'],
        ...[1, 2, 3, 4, 5, 6].map((n) => `/steps/s${n}/`),
        ...allPaths().map((answer) => answer.path),
        ...['/index-terms/', '/sources/', '/print/', '/404.html'],
      ].sort(),
    );
  });
});

describe.each(routes.map((each) => [each.path, each] as const))('route %s', (path, each) => {
  it('has an absolute canonical URL and a link-preview image beside it', () => {
    expect(each.url).toBe(new URL(path, site).href);
    expect(each.og.path).toBe(ogImagePath(path));
    expect(each.og.url).toBe(new URL(ogImagePath(path), site).href);
  });
  it('names itself consistently in <title>, links and previews', () => {
    const siteName = '哈萨克斯坦 eSIM 注销指南';
    expect(each.documentTitle).toBe(each.kind === 'home' ? siteName : `${each.label} · ${siteName}`);
    expect(each.label).toBe(each.kind === 'step' ? `第 ${each.step.number} 步：${each.title}` : each.title);
  });
  it('shares the one site navigation', () => expect(each.nav).toBe(routes[0]?.nav));
});

describe('what rendering found', () => {
  const precautions = route('/precautions/', 'page');
  it('gives a page its ## sections from render(), not deeper headings', () => {
    expect(precautions.headings).toEqual([
      { id: 'backup', text: '提前备份' },
      { id: 'lost-phone', text: '标题 lost-phone' },
    ]);
  });
  it('gives a page the citations the MDX plugin numbered, each with its registered source', () => {
    expect(precautions.citations).toEqual([
      { key: 'kcell-documents', number: 1, refs: ['cite-1-1', 'cite-1-2'], source: sourceOf('kcell-documents') },
      { key: 'activ-faq', number: 2, refs: ['cite-2-1'], source: sourceOf('activ-faq') },
    ]);
  });
});

describe('navigation', () => {
  const nav = route('/', 'home').nav;
  it('lists the steps by their number, with what the overview and the 404 page show', () => {
    expect(nav.steps.map(({ href, name, label }) => [href, name, label])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [`/steps/s${n}/`, `第 ${n} 步`, `第 ${n} 步：步骤标题${n}`]),
    );
    expect(nav.steps[0]?.description).toBe('步骤标题1：一段足够长的页面描述，用于链接预览。');
  });
  it('has the steps, the main pages that exist and the sources in the header', () => {
    expect(nav.main.map((link) => link.href)).toEqual([
      '/steps/s1/',
      '/situation/',
      '/precautions/',
      '/phrases/',
      '/cases/',
      '/sources/',
    ]);
  });
  it('starts a reader at the situation check, then the reading order, then the first step', () => {
    expect(nav.start.map(({ href, primary }) => [href, primary])).toEqual([
      ['/situation/', true],
      ['/precautions/', false],
      ['/steps/s1/', false],
    ]);
  });
});

describe('steps', () => {
  it('are the six steps in order, each marking only itself in the step navigation', () => {
    expect(steps.map((step) => step.step.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const step of steps) {
      expect(step.step.position).toBe(`第 ${step.step.number} 步，共 6 步`);
      expect(step.step.nav.map((item) => item.href)).toEqual(steps.map((other) => other.path));
      expect(step.step.nav.filter((item) => item.current).map((item) => item.href)).toEqual([step.path]);
      expect(step.og.step).toEqual({ number: step.step.number, total: 6 });
    }
  });
});

describe('the reading order is one story', () => {
  const story = ['/', '/precautions/', ...steps.map((step) => step.path)];
  it('leads home → precautions → steps 1–6, each page linking both ways, and the last step to the summary', () => {
    story.forEach((path, i) => {
      expect(byPath.get(path)?.prev?.href).toBe(story[i - 1]);
      expect(byPath.get(path)?.next?.href).toBe(story[i + 1] ?? '/#summary');
    });
  });
  it('gives pages outside the story no previous/next links', () => {
    for (const other of routes.filter((candidate) => !story.includes(candidate.path))) {
      expect([other.prev, other.next]).toEqual([undefined, undefined]);
    }
  });
});

describe('/print/', () => {
  const print = route('/print/', 'print');
  it('holds home, precautions, the six steps, then the reference pages, and not the situation check', () => {
    expect(print.parts.map((part) => part.route.path)).toEqual([
      ...['/', '/precautions/', ...steps.map((step) => step.path)],
      ...['/phrases/', '/cases/'],
    ]);
    expect(print.parts.map((part) => part.name).slice(2, 4)).toEqual(['第 1 步', '第 2 步']);
  });
  it('gives each part a unique id prefix', () => {
    const prefixes = print.parts.map((part) => part.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(printPrefix('/steps/sign-in/')).toBe('steps-sign-in');
  });
  it('sends a link to a printed section to its place on the page, and names the pages it does not print', () => {
    expect(print.targets.get('/precautions/#backup')).toEqual({
      anchor: 'precautions-backup',
      label: '注意事项标题·提前备份',
    });
    expect(print.targets.get('/situation/')).toEqual({ anchor: undefined, label: '情况标题' });
    expect(print.targets.get('/sources/')?.anchor).toBeUndefined();
  });
});

describe('/sources/', () => {
  it('lists each cited source once, with every page that cites it (the answer paths as /situation/)', () => {
    expect(
      route('/sources/', 'sources').sourceUses.map(({ key, pages }) => [key, pages.map((page) => page.href)]),
    ).toEqual([
      ['activ-faq', ['/', '/precautions/']],
      ['kcell-documents', ['/precautions/']],
      ['holafly-cancel', ['/situation/']],
    ]);
  });
});

describe('the situation check', () => {
  it('puts the first question on /situation/ and builds a page per answer path, out of search', () => {
    expect(route('/situation/', 'page').situation?.questions.map((question) => question.id)).toEqual(['type']);
    for (const answer of allPaths()) expect(route(answer.path, 'situation').searchable).toBe(false);
  });
  it('lists a plan in the order of the plans file, its links named after their sections', () => {
    const travel = route('/situation/travel/', 'situation');
    expect(travel.situation.plan?.steps.map((step) => step.links)).toEqual([
      [
        { href: '/steps/s1/#travel-esim', label: '第 1 步 · 标题 travel-esim' },
        { href: '/phrases/#abroad', label: '说法卡片：我在国外' },
      ],
    ]);
    expect(route('/situation/local-kz-phone-own/', 'situation').situation.plan?.steps.map((step) => step.id)).toEqual([
      'local-backup',
    ]);
    expect(travel.citations.map((citation) => citation.key)).toEqual(['holafly-cancel']);
  });
});
