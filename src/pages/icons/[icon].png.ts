import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { renderAppIcon } from '../../build/app-icons';
import { APP_ICONS } from '../../features/offline/web-app';
import favicon from '../../../public/favicon.svg?raw';

/* The installed guide's icons (see src/features/offline/web-app.ts), drawn at build time. */
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(renderAppIcon(props.icon, favicon), { headers: { 'Content-Type': 'image/png' } });
