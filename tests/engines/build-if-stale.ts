/**
 * Builds the site unless the build the tests last made is of the same sources. Run after
 * the full suite (which has just built it), the smoke suite then costs no second build;
 * run alone after an edit, it still tests what the edit made. (tests/setup/build-site.ts)
 */
import { buildSite } from '../setup/build-site.ts';

buildSite();
