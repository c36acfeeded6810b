/**
 * The first copy tap after a page load, where automation may read the clipboard back
 * (Firefox with its testing pref, Chromium with the permission): what was copied is checked.
 * WebKit's variant is copy-webkit.spec.ts.
 */
import { test, expect, waitFor } from './fixtures.ts';
import { pageScriptStarted } from './pages.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

test('the first copy tap puts the Russian line on the clipboard and says so', async ({ tab }) => {
  await tab.goto('/phrases/');
  await pageScriptStarted(tab);
  await tab.click('#end-contract [data-phrase-copy]');
  const status = await waitFor(tab, 'the card said nothing after the tap', () =>
    document.querySelector('#end-contract [data-phrase-status]')?.textContent?.trim(),
  );
  expect(status).toBe(zhCN['phrases.copied']);
  const russian = await tab.run(() => document.querySelector('#end-contract [data-phrase-ru]')?.textContent?.trim());
  expect(await tab.run(() => navigator.clipboard.readText())).toBe(russian);
});
