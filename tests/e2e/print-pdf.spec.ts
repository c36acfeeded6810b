/**
 * The print edition as paper: PDFs made by Chromium, read back with pdf.js. What a reader
 * holds must contain every part and every device, use its sheets well, and be black on white.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STEP_PATHS } from './site-map';
import { luminance, readPdf, type Sheet } from './pdf';

async function printPdf(page: Page, path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Sheet[]> {
  await page.emulateMedia({ colorScheme });
  await page.goto(path);
  return readPdf(await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm' } }));
}

test.describe('the print edition on paper', () => {
  // Chromium lays out and prints the whole guide: slower than a page view, more so on a busy machine.
  test.slow();

  test('/print/ holds every part, the summary and every device, on well-used sheets', async ({ page }) => {
    const sheets = await printPdf(page, '/print/');
    const text = sheets.map((sheet) => sheet.text).join('');
    for (const words of [
      '删除 eSIM，不等于注销号码',
      '总结',
      '注意事项',
      '对工作人员说',
      '运营商',
      '示例',
      '资料来源',
    ]) {
      expect(text.replaceAll(' ', ''), words).toContain(words.normalize('NFKC').replaceAll(' ', ''));
    }
    for (const n of [1, 2, 3, 4, 5, 6]) expect(text.replaceAll(' ', '')).toContain(`第${n}步`);
    for (const device of ['iPhone', 'Pixel', 'Samsung']) expect(text).toContain(device);
    // Parts follow on without forced breaks: only the last sheet may be less than a quarter full.
    const sparse = sheets
      .slice(0, -1)
      .flatMap((sheet, i) => (sheet.filled < 0.25 ? [`sheet ${i + 1}: ${sheet.filled.toFixed(2)}`] : []));
    expect(sparse).toEqual([]);
  });

  test("step 6 prints every device's instructions, each under its name", async ({ page }) => {
    const text = (await printPdf(page, STEP_PATHS[5])).map((sheet) => sheet.text).join('');
    for (const device of ['iPhone', 'Google Pixel', '三星 Samsung'])
      expect(text.replaceAll(' ', '')).toContain(device.replaceAll(' ', ''));
  });

  test('a page read in dark mode prints dark text on white', async ({ page }) => {
    const sheets = await printPdf(page, STEP_PATHS[5], 'dark');
    const light = sheets.flatMap((sheet) => sheet.textColours).filter((colour) => luminance(colour) > 0.4);
    expect(light, 'text drawn in a light colour').toEqual([]);
  });
});
