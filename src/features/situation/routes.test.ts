import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRoutes } from '../../routing/route-data';
import { PLANS_FILE, allPlanLinks, planSchema, withFileOrder } from './plan';
import { allPaths } from './questions';

const plans = planSchema.array().parse(withFileOrder(readFileSync(PLANS_FILE, 'utf8')));

/** A guide whose pages have exactly the sections the plans link to, titled after their ids. */
function guide(options: { without?: string; situationPage?: boolean } = {}) {
  const sections = new Map<string, string[]>();
  for (const href of allPlanLinks(plans)) {
    const [path = '', id] = href.split('#');
    const ids = sections.get(path) ?? [];
    if (id && href !== options.without) ids.push(id);
    sections.set(path, ids);
  }
  const rendered = <T>(entry: T, path: string) => ({
    entry,
    headings: (sections.get(path) ?? []).map((id) => ({ id, text: `标题 ${id}` })),
    citations: [],
  });
  const data = (title: string) => ({
    title,
    description: '一段足够长的页面描述，用于链接预览。',
    lastChecked: new Date('2026-11-25'),
  });
  const pageIds = [
    'index',
    'precautions',
    'phrases',
    'operators',
    ...(options.situationPage === false ? [] : ['situation']),
  ];
  const stepIds = [
    'check-validity',
    'sign-in',
    'find-cancel-option',
    'fill-in-details',
    'confirm-request',
    'wait-for-result',
  ];
  return {
    plans,
    pages: pageIds.map((id) => rendered({ id, data: data(`页面 ${id}`) }, id === 'index' ? '/' : `/${id}/`)),
    steps: stepIds.map((id, index) =>
      rendered({ id, data: { ...data(`步骤 ${id}`), step: index + 1 } }, `/steps/${id}/`),
    ),
  };
}

const site = new URL('https://guide.example/');

describe('route data of the situation check', () => {
  const routes = buildRoutes(guide(), site);
  const situation = routes.flatMap((route) => (route.kind === 'situation' ? [route] : []));

  it('has one page per answer path, left out of search, with its plan once complete', () => {
    expect(situation.map((route) => route.path)).toEqual(allPaths().map((path) => path.path));
    for (const route of situation) {
      expect(route.searchable).toBe(false);
      expect(route.title).toBe(route.situation?.title);
      expect(route.url).toBe(new URL(route.path, site).href);
      expect(Boolean(route.situation?.plan)).toBe(route.situation?.complete);
      expect(route.lastChecked).toBeInstanceOf(Date);
    }
    expect(routes.filter((route) => route.entry).every((route) => route.searchable)).toBe(true);
  });

  it('puts the first question on /situation/ itself, and on no other content page', () => {
    const asking = routes.flatMap((route) => (route.kind === 'page' && route.situation ? [route] : []));
    expect(asking.map((route) => route.path)).toEqual(['/situation/']);
    expect(asking[0]?.situation?.questions.map((question) => question.id)).toEqual(['type']);
  });

  it("names each plan link after its section's heading", () => {
    const travel = situation.find((route) => route.path === '/situation/travel/');
    expect(travel?.situation?.plan?.steps[0]?.links).toEqual([
      { href: '/steps/check-validity/#travel-esim', label: '第 1 步 · 标题 travel-esim' },
    ]);
  });

  it("lists a plan's sources on its page, and /situation/ once on /sources/", () => {
    const travel = situation.find((route) => route.path === '/situation/travel/');
    expect(travel?.citations.map((citation) => [citation.key, citation.number])).toEqual([
      ['airalo-remove-ios', 1],
      ['holafly-cancel', 2],
      ['airalo-refund', 3],
      ['holafly-refund', 4],
    ]);
    const uses = routes.flatMap((route) => (route.kind === 'sources' ? route.sourceUses : []));
    expect(uses.find((use) => use.key === 'activ-faq')?.pages).toEqual([
      { href: '/situation/', label: '页面 situation' },
    ]);
  });

  it('stops the build, naming the data file, when a plan links to a section no page has', () => {
    expect(() => buildRoutes(guide({ without: '/steps/sign-in/#abroad' }), site)).toThrow(
      /content\/situation-plans\.json: entry "abroad-sms" links to \/steps\/sign-in\/#abroad/,
    );
  });

  it('builds no answer pages when there is no content/situation.mdx', () => {
    expect(buildRoutes(guide({ situationPage: false }), site).some((route) => route.kind === 'situation')).toBe(false);
  });
});
