/**
 * WebKit's variant of copy.spec.ts. WebKitGTK's WebDriver has no way to grant automation the
 * clipboard: reading it back needs the reader's own paste. So this checks what decides
 * whether Safari lets the copy through: the write is made inside the tap's own event
 * handler (WebKit refuses it once that handler has returned), and no failure is shown.
 */
import { test, expect, waitFor } from './fixtures.ts';
import { pageScriptStarted } from './pages.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

test('WebKit (automation cannot read its clipboard): the first copy tap writes within the tap handler, and shows no failure', async ({
  tab,
}) => {
  await tab.goto('/phrases/');
  await pageScriptStarted(tab);
  // Notes, for each clipboard write, the event being handled when it was made.
  await tab.run(() => {
    const calls: { during: string | null; result?: string }[] = [];
    (window as unknown as { clipboardCalls: typeof calls }).clipboardCalls = calls;
    const clipboard = navigator.clipboard;
    for (const method of ['writeText', 'write'] as const) {
      const original = clipboard[method].bind(clipboard) as (data: never) => Promise<void>;
      clipboard[method] = ((data: never) => {
        const call: (typeof calls)[number] = { during: window.event?.type ?? null };
        calls.push(call);
        return original(data).then(
          () => void (call.result = 'written'),
          (error: Error) => {
            call.result = `refused: ${error.name}`;
            throw error;
          },
        );
      }) as never;
    }
  });
  await tab.click('#end-contract [data-phrase-copy]');
  const status = await waitFor(tab, 'the card said nothing after the tap', () =>
    document.querySelector('#end-contract [data-phrase-status]')?.textContent?.trim(),
  );
  const calls = await tab.run(() => (window as unknown as { clipboardCalls: unknown[] }).clipboardCalls);
  expect(calls).toEqual([{ during: 'click', result: 'written' }]);
  expect(status).not.toBe(zhCN['phrases.copyFailed']);
  expect(status).toBe(zhCN['phrases.copied']);
});
