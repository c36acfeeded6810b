import { t } from '../../lib/i18n';

/**
 * What "添加到主屏幕" installs: the web app manifest and its icons. The page colours are
 * the site's own backgrounds (--c-bg in src/styles/global.css, checked by a unit test), so
 * the installed guide's title bar matches the page in either scheme.
 */
export const THEME_COLORS = { light: '#ffffff', dark: '#12161b' } as const;

export const WEB_MANIFEST_URL = '/manifest.webmanifest';

/** One icon, drawn at build time from public/favicon.svg (src/build/app-icons.ts). */
export interface AppIcon {
  /** File name under /icons/, without .png. */
  name: string;
  size: number;
  /**
   * "maskable": full-bleed, with the glyph inside the safe zone, for launchers that cut
   * icons into circles or squircles; "any": the favicon as drawn.
   */
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
  // iOS ignores the manifest's icons and fills transparency with black: full-bleed here too.
  { name: 'apple-touch-icon', size: 180, purpose: 'maskable' },
];

export const iconUrl = (icon: AppIcon): string => `/icons/${icon.name}.png`;

/** The manifest, as JSON-ready data. */
export function webManifest() {
  return {
    id: '/',
    name: t('site.name'),
    short_name: t('site.shortName'),
    description: t('site.tagline'),
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    icons: APP_ICONS.filter((icon) => icon.name !== 'apple-touch-icon').map((icon) => ({
      src: iconUrl(icon),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
