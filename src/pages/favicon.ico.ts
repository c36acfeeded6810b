import type { APIRoute } from 'astro';
import { icoOf, renderAppIcon } from '../build/app-icons';
import favicon from '../../public/favicon.svg?raw';

/* /favicon.ico, which some browsers ask for whatever the page links: the favicon at 32 px. */
export const GET: APIRoute = () =>
  new Response(icoOf(renderAppIcon({ name: 'favicon', size: 32, purpose: 'any' }, favicon), 32), {
    headers: { 'Content-Type': 'image/x-icon' },
  });
