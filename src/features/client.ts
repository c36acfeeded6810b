/*
 * The one script every page loads, from the end of <body> so it never holds back first
 * paint: each feature's custom elements and listeners, from the feature's own folder. One
 * request for all of them compresses better than one per feature; the search UI, its index
 * and the highlighter are fetched only when needed.
 */
import './theme/client';
import './tabs/client';
import './progress/client';
import './print/client';
import { initSearch } from './search/client';
import { initHighlight } from './search/highlight';
import { initShare } from './share/client';
import { initOffline } from './offline/offline-status';

initSearch();
initShare();
initHighlight();
initOffline();
