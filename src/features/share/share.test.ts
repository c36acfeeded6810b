import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';
import { sectionUrl } from './share-url';
import { qrSvg } from './qr';

describe('sectionUrl', () => {
  it('builds the canonical section URL without query or old hash', () => {
    expect(sectionUrl('https://g.example/precautions/?pagefind-highlight=x#old', '#backup')).toBe(
      'https://g.example/precautions/#backup',
    );
  });
});

describe('qrSvg', () => {
  it('draws a QR code that decodes to the URL', async () => {
    const url = 'https://g.example/steps/sign-in/';
    const svg = await qrSvg(url);
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 300 } }).render();
    const decoded = jsQR(new Uint8ClampedArray(png.pixels), png.width, png.height);
    expect(decoded?.data).toBe(url);
  });
});
