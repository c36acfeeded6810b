/**
 * Starts the page script (client.ts) once the page has been painted with its content. The
 * script is in the page inside <template data-entry>, where it stays inert; this inline
 * snippet, right after it, adds a live copy when the browser has reported the first
 * contentful paint and is idle. So no script, however small, competes with first paint
 * (DESIGN.md: Lighthouse LCP within 1.10× of the page without scripts), and without
 * JavaScript (or in a browser without paint timing) the page is the plain HTML that works
 * on its own. A string for the same reason as the theme script: astro.config.ts adds its
 * hash to the Content-Security-Policy.
 */
export const ENTRY_LOADER = `new PerformanceObserver(function(e){e.getEntriesByName('first-contentful-paint')[0]&&(window.requestIdleCallback||setTimeout)(function(){var t=document.querySelector('template[data-entry]');t&&document.body.append(t.content.cloneNode(true))})}).observe({type:'paint',buffered:true});`;
