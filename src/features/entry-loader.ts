/**
 * The loader's part of the inline script in <head> (src/features/head-script.ts). The page
 * script (client.ts) is in the page inside <template data-entry>, where it stays inert; this
 * adds a live copy once the browser has reported its first paint, the document is parsed
 * and the browser is idle (a second report would add a second copy of the same module,
 * which the browser runs once). So no script, however small, competes with first paint
 * (DESIGN.md: Lighthouse LCP within 1.10× of the page without scripts). Only where it can
 * do that (paint timing) does it mark <html> with "js", which shows the controls that need
 * the script; elsewhere, as without JavaScript, the page is the plain HTML that works alone.
 * Statements over `d` (document), `h` (its root element) and `P` (PerformanceObserver).
 */
export const ENTRY_LOADER = `if(P&&P.supportedEntryTypes.includes('paint')){h.classList.add('js');new P(function(){(window.requestIdleCallback||setTimeout)(function l(){if(d.readyState=='loading')return d.addEventListener('DOMContentLoaded',l);var t=d.querySelector('template[data-entry]');t&&d.body.append(t.content.cloneNode(true))})}).observe({type:'paint',buffered:true})}`;
