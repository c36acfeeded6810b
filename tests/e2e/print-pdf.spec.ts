/**
 * The print edition as paper: PDFs made by Chromium, read back with pdf.js. What a reader
 * holds must contain every part and every device, use its sheets well, and be black on white.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STEP_PATHS } from './site-map';

interface Sheet {
  text: string;
  /** How far down the sheet its text reaches, from 0 (top) to 1 (bottom). */
  filled: number;
  /** The fill colours text was drawn in, as [r, g, b] from 0 to 255. */
  textColours: number[][];
}

const hexToRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Reads each sheet's text, how full it is, and the colours its text is drawn in. */
async function readPdf(data: Buffer): Promise<Sheet[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), disableFontFace: true, useSystemFonts: false }).promise;
  const sheets: Sheet[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const sheet = await pdf.getPage(n);
    const height = sheet.view[3]!;
    const content = await sheet.getTextContent();
    const items = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as {
      str: string;
      transform: number[];
    }[];
    const lowest = Math.min(height, ...items.map((item) => item.transform[5]!));
    const ops = await sheet.getOperatorList();
    const textColours: number[][] = [];
    let fill = [0, 0, 0];
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFillRGBColor) {
        fill = typeof args[0] === 'string' ? hexToRgb(args[0]) : (args as number[]).slice(0, 3);
      } else if (fn === OPS.showText) {
        textColours.push(fill);
      }
    });
    // NFKC: the CJK font maps some characters to their Kangxi-radical look-alikes (⼯ for 工).
    sheets.push({
      text: items
        .map((item) => item.str)
        .join('')
        .normalize('NFKC'),
      filled: (height - lowest) / height,
      textColours,
    });
  }
  return sheets;
}

async function printPdf(page: Page, path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Sheet[]> {
  await page.emulateMedia({ colorScheme });
  await page.goto(path);
  return readPdf(await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm' } }));
}

/** Relative luminance (WCAG) of an sRGB colour. */
const luminance = ([r, g, b]: number[]) => {
  const [R, G, B] = [r!, g!, b!].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
};

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
