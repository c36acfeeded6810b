import type { AstroIntegration } from 'astro';

/** The address used when SITE_URL is not set: fine for local previews, wrong for readers. */
export const PLACEHOLDER_SITE = 'https://kz-esim.example.org';

/**
 * Guards the public address. Canonical links, link previews, QR codes and the sitemap
 * all derive from `site`; a production build on the placeholder would publish links that
 * lead nowhere. Locally that is a warning; on CI (CI=true) it fails the build, unless
 * SITE_URL is set, which a test command does on purpose.
 */
export default function siteUrlIntegration(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'guide:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (env['SITE_URL']) return;
        const message = `SITE_URL is not set: canonical links, link previews, QR codes and the sitemap will point at the placeholder ${PLACEHOLDER_SITE}. Set SITE_URL=https://your.domain when building for readers.`;
        if (env['CI'] === 'true' || env['CI'] === '1') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
