import { getCollection } from 'astro:content';
import { buildRoutes, type RouteData } from './route-data';

export type GuideEntry = Awaited<ReturnType<typeof getCollection<'pages'>>>[number];
export type StepEntry = Awaited<ReturnType<typeof getCollection<'steps'>>>[number];
export type Route = RouteData<GuideEntry | StepEntry>;

let routes: Promise<Route[]> | undefined;

/** The route data of every page, built once per build from the two collections. */
export function getRoutes(): Promise<Route[]> {
  const site = new URL(import.meta.env.SITE);
  routes ??= Promise.all([getCollection('pages'), getCollection('steps'), getCollection('plans')]).then(
    ([pages, steps, plans]) =>
      buildRoutes({ pages, steps, plans: plans.map((plan) => plan.data).sort((a, b) => a.order - b.order) }, site),
  );
  return routes;
}

/** The route data of one path; a missing route is a programming error, so it throws. */
export async function getRoute(path: string): Promise<Route> {
  const route = (await getRoutes()).find((candidate) => candidate.path === path);
  if (!route) throw new Error(`No route data for ${path}`);
  return route;
}
