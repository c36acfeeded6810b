import { ENTRY_LOADER } from './entry-loader';
import { THEME_SCRIPT } from './theme/theme-script';

/**
 * The one inline script, in <head>: the stored theme before first paint, then the loader
 * that starts the page script after it. One script, so its two parts share one gzip window
 * in the 2.5 KB a page may run before the reader interacts. astro.config.ts adds its hash to
 * the Content-Security-Policy.
 */
export const HEAD_SCRIPT = `(function(){var d=document,h=d.documentElement,P=window.PerformanceObserver;${THEME_SCRIPT}${ENTRY_LOADER}})();`;
