import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildRoutes, printPrefix } from '../../src/routing/route-data';
import { pageSchema, stepSchema } from '../../src/lib/schema';
import { ogImagePath } from '../../src/lib/og-path';
import { SOURCES } from '../../src/data/sources';
import { allPaths } from '../../src/features/situation/questions';
import { PLANS_FILE, planSchema, withFileOrder } from '../../src/features/situation/plan';

/** The real content, read the way the glob loaders read it, so every route of the site is covered. */
const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
function load<T>(folder: string, schema: { parse: (data: unknown) => T }) {
  return readdirSync(join(CONTENT, folder))
    .filter((file) => /^[^_].*\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(join(CONTENT, folder, file), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
      return {
        id: file.replace(/\.mdx?$/, ''),
        filePath: `content/${folder}${file}`,
        body,
        data: schema.parse(parse(frontmatter)),
      };
    });
}
const pages = load('', pageSchema);
const steps = load('steps/', stepSchema);
const site = new URL('https://guide.example/');
const plans = planSchema.array().parse(withFileOrder(readFileSync(PLANS_FILE, 'utf8')));
const routes = buildRoutes({ pages, steps, plans }, site);
const byPath = new Map(routes.map((route) => [route.path, route]));
const stepRoutes = routes.filter((route) => route.kind === 'step');

describe('the site has a route for every content file and for each generated page', () => {
  it('has one route per path', () => expect(byPath.size).toBe(routes.length));
  it('covers every page and step, /sources/, /print/ and /404.html', () => {
    const expected = [
      ...pages.map((page) => (page.id === 'index' ? '/' : `/${page.id}/`)),
      ...steps.map((step) => `/steps/${step.id}/`),
      ...allPaths().map((answer) => answer.path),
      '/index-terms/',
      '/sources/',
      '/print/',
      '/404.html',
    ];
    expect([...byPath.keys()].sort()).toEqual(expected.sort());
  });
});

describe.each(routes.map((route) => [route.path, route] as const))('route %s', (path, route) => {
  it('has an absolute canonical URL and a link-preview image beside it', () => {
    expect(route.url).toBe(new URL(path, site).href);
    expect(route.og.path).toBe(ogImagePath(path));
    expect(route.og.url).toBe(new URL(ogImagePath(path), site).href);
  });
  it('names itself consistently in <title>, links and previews', () => {
    const siteName = '哈萨克斯坦 eSIM 注销指南';
    expect(route.documentTitle).toBe(route.kind === 'home' ? siteName : `${route.label} · ${siteName}`);
    expect(route.label).toBe(route.step ? `第 ${route.step.number} 步：${route.title}` : route.title);
  });
  it('numbers its sources in order, with one marker id per citation in its text', () => {
    expect(route.citations.map((citation) => citation.number)).toEqual(route.citations.map((_, i) => i + 1));
    for (const citation of route.citations) {
      // A citation is a <Source id> marker, or a phrase card that names its source.
      const body = route.entry?.body ?? '';
      const markers = body.split(`<Source id="${citation.key}" />`).length - 1;
      const cards = [...body.matchAll(/<Phrase\b[^>]*?\ssource="([^"]+)"/g)].filter(
        (m) => m[1] === citation.key,
      ).length;
      if (route.entry) expect(citation.refs).toHaveLength(markers + cards);
      expect(citation.source).toBe(SOURCES[citation.key as keyof typeof SOURCES]);
    }
  });
  it('has the same main navigation as every other page', () => expect(route.nav).toEqual(routes[0]!.nav));
});

describe('steps', () => {
  it('are the six steps in order, each marking only itself in the step navigation', () => {
    expect(stepRoutes.map((route) => route.step?.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const route of stepRoutes) {
      expect(route.step?.position).toBe(`第 ${route.step?.number} 步，共 6 步`);
      expect(route.step?.nav.map((item) => item.href)).toEqual(stepRoutes.map((step) => step.path));
      expect(route.step?.nav.filter((item) => item.current).map((item) => item.href)).toEqual([route.path]);
      expect(route.og.step).toEqual({ number: route.step?.number, total: 6 });
    }
  });
});

describe('the reading order is one story', () => {
  const story = ['/', '/precautions/', ...stepRoutes.map((route) => route.path)];
  it('leads home → precautions → steps 1–6, each page linking both ways', () => {
    story.forEach((path, i) => {
      const route = byPath.get(path)!;
      expect(route.prev?.href).toBe(story[i - 1]);
      if (i < story.length - 1) expect(route.next?.href).toBe(story[i + 1]);
    });
  });
  it('ends the last step at the summary on the home page', () => {
    expect(stepRoutes.at(-1)?.next?.href).toBe('/#summary');
  });
  it('gives pages outside the story no previous/next links', () => {
    for (const route of routes.filter((candidate) => !story.includes(candidate.path))) {
      expect([route.prev, route.next]).toEqual([undefined, undefined]);
    }
  });
});

describe('/print/', () => {
  const parts = byPath.get('/print/')!.parts.map((part) => part.route.path);
  it('holds home, precautions, the six steps, then the reference pages, and not the situation check', () => {
    expect(parts.slice(0, 8)).toEqual(['/', '/precautions/', ...stepRoutes.map((route) => route.path)]);
    const after = ['/phrases/', '/operators/', '/cases/'].filter((path) => byPath.has(path));
    expect(parts.slice(8, 8 + after.length)).toEqual(after);
    expect(parts).not.toContain('/situation/');
    const contentPaths = routes.filter((route) => route.entry && route.path !== '/situation/').map((r) => r.path);
    expect([...parts].sort()).toEqual(contentPaths.sort());
  });
  it('gives each part a unique id prefix', () => {
    const prefixes = byPath.get('/print/')!.parts.map((part) => part.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(printPrefix('/steps/sign-in/')).toBe('steps-sign-in');
  });
});

describe('/sources/', () => {
  it('lists each cited source once, with every page that cites it (the answer paths as /situation/)', () => {
    const uses = byPath.get('/sources/')!.sourceUses;
    const cited = new Set(routes.flatMap((route) => route.citations.map((citation) => citation.key)));
    expect(new Set(uses.map((use) => use.key))).toEqual(cited);
    for (const use of uses) {
      const citing = routes
        .filter((route) => route.citations.some((c) => c.key === use.key))
        .map((route) => (route.kind === 'situation' ? '/situation/' : route.path));
      expect(use.pages.map((page) => page.href)).toEqual([...new Set(citing)]);
    }
  });
});
