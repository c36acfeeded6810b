/**
 * The reader's main tasks, the same specs in every engine (see playwright.config.ts): a
 * shared link starts the page, search, the phrase cards, the device tabs, the situation
 * check, the theme and offline reading. The fixture fails any test whose page logged an
 * error or broke the CSP. Copying is in copy.spec.ts and copy-webkit.spec.ts.
 */
import { preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { test, expect, waitFor } from './fixtures.ts';
import { SEARCH_OPEN, isInView, pageScriptStarted, searchIsClosed, searchIsOpen, tabState } from './pages.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test.describe('a shared link to one section', () => {
  test('/steps/wait-for-result/#samsung starts the page with Samsung chosen, and search opens', async ({ tab }) => {
    await tab.goto('/steps/wait-for-result/#samsung');
    await pageScriptStarted(tab);
    expect((await tab.run(tabState)).visible).toEqual(['samsung']);
    await tab.click(SEARCH_OPEN);
    await waitFor(tab, 'the search dialog did not open with the cursor in its box', searchIsOpen);
    expect(await tab.run(() => location.pathname + location.hash)).toBe('/steps/wait-for-result/#samsung');
  });

  test('/phrases/#end-contract starts the page, shows the card, and search opens', async ({ tab }) => {
    await tab.goto('/phrases/#end-contract');
    await pageScriptStarted(tab);
    expect(await tab.run(isInView, '#end-contract')).toBe(true);
    await tab.click(SEARCH_OPEN);
    await waitFor(tab, 'the search dialog did not open with the cursor in its box', searchIsOpen);
  });
});

test.describe('search', () => {
  test('finds 忘记密码 and opens its section', async ({ tab }) => {
    await tab.goto('/');
    await pageScriptStarted(tab);
    await tab.click(SEARCH_OPEN);
    await waitFor(tab, 'search did not open', searchIsOpen);
    await tab.type('忘记密码');
    const result = 'dialog[data-search] a[href*="#forgot-password"]';
    await waitFor(
      tab,
      'no result for 忘记密码 leads to #forgot-password',
      (s: string) => !!document.querySelector(s),
      result,
    );
    await tab.click(result);
    await waitFor(
      tab,
      'the result did not open the section in view',
      () => location.hash === '#forgot-password' && document.readyState === 'complete',
    );
    await waitFor(tab, '#forgot-password is not in view', isInView, '#forgot-password');
  });

  test('one Escape closes the dialog, with a query typed in its box', async ({ tab }) => {
    await tab.goto('/phrases/');
    await pageScriptStarted(tab);
    await tab.click(SEARCH_OPEN);
    await waitFor(tab, 'search did not open', searchIsOpen);
    await tab.type('护照');
    await tab.press('Escape');
    await waitFor(tab, 'one Escape did not close the search dialog', searchIsClosed);
  });
});

test('the device tabs switch what is shown', async ({ tab }) => {
  await tab.goto('/steps/wait-for-result/');
  await pageScriptStarted(tab);
  // The link the server drew, or the tab button the page script made of it.
  await tab.click('[data-tab-list] [aria-controls="pixel"], [data-tab-list] [href="#pixel"]');
  const state = await waitFor(tab, 'the Pixel tab did not open', () => {
    const selected = document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? '';
    return selected.includes('Pixel') && document.querySelectorAll('[role="tab"]').length === 3;
  });
  expect(state).toBe(true);
  expect(await tab.run(tabState)).toEqual({ selected: 'Google Pixel', visible: ['pixel'] });
});

test('"出示给工作人员" shows the Russian line in large type, and Escape closes it', async ({ tab }) => {
  await tab.goto('/phrases/');
  await pageScriptStarted(tab);
  await tab.click('#end-contract [data-phrase-show]');
  const shown = await waitFor(tab, 'the card did not open full screen', () => {
    const dialog = document.querySelector('#end-contract dialog') as HTMLDialogElement | null;
    const russian = dialog?.querySelector<HTMLElement>('[lang="ru"]');
    if (!dialog?.open || !russian) return undefined;
    const box = russian.getBoundingClientRect();
    return {
      text: russian.textContent?.trim(),
      size: parseFloat(getComputedStyle(russian).fontSize),
      inView: box.top >= 0 && box.bottom <= innerHeight,
    };
  });
  const card = await tab.run(() => document.querySelector('#end-contract [data-phrase-ru]')?.textContent?.trim());
  expect(shown).toEqual({ text: card, size: expect.any(Number), inView: true });
  expect(shown?.size).toBeGreaterThanOrEqual(32);
  await tab.press('Escape');
  await waitFor(
    tab,
    'Escape did not close the card',
    () => !(document.querySelector('#end-contract dialog') as HTMLDialogElement).open,
  );
});

test('the situation check shows the plan in view and moves focus to it', async ({ tab }) => {
  await tab.goto('/situation/');
  await pageScriptStarted(tab);
  // The option link the server drew, or the radio's label the page script made of it.
  await tab.click('label:has(> input[value="/situation/travel/"]), a[href="/situation/travel/"]');
  await waitFor(
    tab,
    'no plan shown',
    () => location.pathname === '/situation/travel/' && !!document.querySelector('[data-plan]'),
  );
  const plan = await waitFor(tab, 'the plan is not in view with the focus in it', () => {
    const plan = document.querySelector('[data-plan]')!;
    const box = plan.getBoundingClientRect();
    const state = { inView: box.top >= 0 && box.top < innerHeight, focused: plan.contains(document.activeElement) };
    return state.inView && state.focused ? state : undefined;
  }).catch(async (error: Error) => {
    const seen = await tab.run(() => {
      const box = document.querySelector('[data-plan]')!.getBoundingClientRect();
      return {
        planTop: Math.round(box.top),
        screen: innerHeight,
        focus: document.activeElement?.outerHTML.slice(0, 80),
      };
    });
    throw new Error(`${error.message}; ${JSON.stringify(seen)}`);
  });
  expect(plan).toEqual({ inView: true, focused: true });
});

test('the chosen theme stays on the next page', async ({ tab }) => {
  await tab.goto('/');
  await pageScriptStarted(tab);
  await tab.select('[data-theme-select]', 'dark');
  await waitFor(tab, 'the page did not turn dark', () => document.documentElement.dataset['theme'] === 'dark');
  await tab.goto('/precautions/');
  await pageScriptStarted(tab);
  expect(
    await tab.run(() => ({
      theme: document.documentElement.dataset['theme'],
      picker: (document.querySelector('[data-theme-select]') as HTMLSelectElement).value,
    })),
  ).toEqual({ theme: 'dark', picker: 'dark' });
});

test.describe('offline', () => {
  // With the server stopped, Chromium notes the refused connection it tried before the cache answered.
  test.use({ expectedProblems: [/Failed to load resource: net::ERR_CONNECTION_REFUSED/] });

  test('after one visit, the guide opens with no network and says it is the saved copy', async ({ tab, baseURL }) => {
    // A server of its own, on its own origin, so stopping it takes the network away from this
    // tab only (the worker and its cache are per origin).
    const port = Number(new URL(baseURL!).port) + 1;
    // Vite's static preview of dist/ (astro preview allows one server per project at a time).
    const server = await preview({
      root: ROOT,
      configFile: false,
      appType: 'mpa',
      logLevel: 'silent',
      preview: { port, host: 'localhost', strictPort: true },
    });
    const origin = `http://localhost:${port}`;
    try {
      await tab.goto(`${origin}/`);
      await waitFor(
        tab,
        { message: 'the reader was never told that the guide is saved', timeout: 60_000 },
        (ready: string) => document.body.innerText.includes(ready),
        zhCN['offline.ready'],
      );
    } finally {
      await server.close();
    }
    await tab.goto(`${origin}/phrases/`);
    expect(await tab.run(() => document.querySelector('#end-contract [data-phrase-ru]')?.textContent?.trim())).toMatch(
      /\p{Script=Cyrillic}/u,
    );
    await pageScriptStarted(tab);
    // The reader is told this is the saved copy: judged from the worker's answer, since
    // Firefox keeps navigator.onLine true with the server gone.
    await waitFor(
      tab,
      'the offline note did not say that this is the saved copy',
      (reading: string) => document.querySelector('offline-status [data-note]')?.textContent === reading,
      zhCN['offline.reading'],
    );
  });
});
