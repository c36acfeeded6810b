/**
 * The theme's part of the inline script in <head> (src/features/head-script.ts), which runs
 * before first paint, so a reader who chose a theme never sees a flash of the other one.
 * Statements over `h` (document.documentElement), not a bundled module, because it must
 * block rendering.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')h.dataset.theme=t}catch(e){}`;
