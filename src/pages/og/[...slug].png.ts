import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { t } from '../../lib/i18n';
import { renderOgImage } from '../../build/og-image';
import { getRoutes } from '../../routing';
import { ogImageSlug } from '../../lib/og-path';

/*
 * The link-preview image of every page, drawn at build time at the path its route data
 * gives (/og/index.png for the home page, /og/steps/sign-in.png for /steps/sign-in/, …).
 */
export const getStaticPaths = (async () => {
  const routes = await getRoutes();
  return routes.map(({ path, og }) => ({
    params: { slug: ogImageSlug(path) },
    props: {
      title: og.title,
      siteName: t('site.name'),
      step: og.step?.number,
      stepTotal: og.step?.total,
      kicker: og.kicker,
    },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await renderOgImage(props);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
