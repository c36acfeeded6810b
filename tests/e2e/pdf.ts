/** Reading PDFs that Chromium printed, with pdf.js: the text, how full each sheet is, text colours. */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Sheet {
  text: string;
  /** How far down the sheet its text reaches, from 0 (top) to 1 (bottom). */
  filled: number;
  /** The fill colours text was drawn in, as [r, g, b] from 0 to 255. */
  textColours: number[][];
}

const hexToRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Reads each sheet's text, how full it is, and the colours its text is drawn in. */
export async function readPdf(data: Buffer): Promise<Sheet[]> {
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

/** Relative luminance (WCAG) of an sRGB colour. */
export const luminance = ([r, g, b]: number[]) => {
  const [R, G, B] = [r!, g!, b!].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
};
