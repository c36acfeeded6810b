/**
 * Runs inline in <head> before first paint, so a reader who chose a theme never sees a
 * flash of the other one. It is a string (not a bundled module) because it must block
 * rendering; astro.config.ts adds its hash to the Content-Security-Policy.
 * It also marks <html> with "js" so controls that need JavaScript can stay hidden without it.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})();`;
