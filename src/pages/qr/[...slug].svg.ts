import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getRoutes } from '../../routing';
import { qrImagePath, qrSvg } from '../../features/share/qr';

/*
 * The QR code of every step page (ShareStep.astro), drawn at build time as an SVG file.
 * It is shown only on wide screens, so as a lazy <img> a phone never downloads it, and
 * the step page's HTML stays inside the first round trip.
 */
export const getStaticPaths = (async () => {
  const routes = await getRoutes();
  return routes
    .filter((route) => route.kind === 'step')
    .map(({ path, url }) => ({
      params: { slug: qrImagePath(path).slice('/qr/'.length, -'.svg'.length) },
      props: { url },
    }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await qrSvg(props.url), { headers: { 'Content-Type': 'image/svg+xml' } });
