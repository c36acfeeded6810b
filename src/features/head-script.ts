import { THEME_SCRIPT } from './theme/theme-script';

/**
 * The one inline script, in <head>: the stored theme before first paint, so a reader who
 * chose one never sees a flash of the other, and the "js" class that shows the controls
 * the page's module scripts make work (they are deferred, so they arrive just after the
 * first paint; the controls are already in place, nothing moves). astro.config.ts adds
 * its hash to the Content-Security-Policy.
 */
export const HEAD_SCRIPT = `(function(){var h=document.documentElement;h.classList.add('js');${THEME_SCRIPT}})();`;
