import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getGuide } from '../../lib/guide';
import { t } from '../../lib/i18n';
import { renderOgImage, type OgImageInput } from '../../build/og-image';
import { ogImageSlug } from '../../lib/og-path';
import { entryPath } from '../../lib/paths';

/*
 * The link-preview image of every page, drawn at build time: /og/index.png for the home
 * page, /og/steps/sign-in.png for /steps/sign-in/, and so on (ogImagePath() in
 * src/lib/og-path.ts gives a page's image). Content pages come from the collection; the
 * three pages outside it are listed here with their titles from the dictionary.
 */
export const getStaticPaths = (async () => {
  const { entries, steps } = await getGuide();
  const siteName = t('site.name');
  const pages: Array<{ path: string; image: OgImageInput }> = entries.map((entry) => {
    const path = entryPath(entry.id);
    const { title, step } = entry.data;
    return {
      path,
      image: {
        title,
        siteName,
        ...(step !== undefined && { step, stepTotal: steps.length }),
        // The home page's title is the site name: the tagline says what the guide is for.
        ...(path === '/' && { kicker: t('site.tagline') }),
      },
    };
  });
  pages.push(
    { path: '/sources/', image: { title: t('sources.title'), siteName } },
    { path: '/print/', image: { title: t('print.title'), siteName } },
    { path: '/404.html', image: { title: t('notFound.title'), siteName, kicker: t('notFound.description') } },
  );
  return pages.map(({ path, image }) => ({ params: { slug: ogImageSlug(path) }, props: image }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await renderOgImage(props);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
