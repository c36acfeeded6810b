import type { APIRoute } from 'astro';
import { webManifest } from '../features/offline/web-app';

/* The web app manifest: what "添加到主屏幕" installs (src/features/offline/web-app.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
