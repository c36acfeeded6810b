import { getCollection, render, type CollectionEntry } from 'astro:content';
import { citationsOf } from './citations';
import { sectionsOf } from './headings';
import { buildRoutes, type RouteData } from './route-data';

export type GuideEntry = CollectionEntry<'pages'>;
export type StepEntry = CollectionEntry<'steps'>;
export type Route = RouteData<GuideEntry | StepEntry>;

let routes: Promise<Route[]> | undefined;

/** The route data of every page, built once per build from the collections. */
/**
 * Content pages rendered by a route file of their own instead of [...slug].astro: a page
 * whose components carry styles no other page needs (Astro gives a route the styles of every
 * component it can render, and an inline <style> only a route file imports gets its CSP hash).
 */
export const OWN_ROUTE_FILES = ['/application/'];

export function getRoutes(): Promise<Route[]> {
  routes ??= loadGuide().then((guide) => buildRoutes(guide, new URL(import.meta.env.SITE)));
  return routes;
}

/** The route data of one path, of the kind its page renders; anything else is a programming error, so it throws. */
export async function getRoute<K extends Route['kind']>(path: string, kind: K): Promise<Route & { kind: K }> {
  const route = (await getRoutes()).find((candidate) => candidate.path === path);
  if (route?.kind !== kind) throw new Error(`No ${kind} route data for ${path}`);
  return route as Route & { kind: K };
}

/** An entry with its sections and citations, as Astro's render() found them (as Starlight's route data does). */
async function rendered<E extends GuideEntry | StepEntry>(entry: E) {
  const { headings, remarkPluginFrontmatter } = await render(entry);
  return { entry, headings: sectionsOf(headings), citations: citationsOf(remarkPluginFrontmatter['citations']) };
}

async function loadGuide() {
  const [pages, steps, plans] = await Promise.all([
    getCollection('pages'),
    getCollection('steps'),
    getCollection('plans'),
  ]);
  return {
    pages: await Promise.all(pages.map(rendered)),
    steps: await Promise.all(steps.map(rendered)),
    // The store does not keep the file's order, which is the order a reader does them.
    plans: plans.map((plan) => plan.data).sort((a, b) => a.order - b.order),
  };
}
