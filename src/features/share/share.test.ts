import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';
import { isPublicOrigin, shareUrl } from './share-url';
import { qrSvg } from './qr';

describe('shareUrl', () => {
  it('keeps the address the page was opened at, without query or old hash', () => {
    expect(shareUrl('http://localhost:4321/precautions/?pagefind-highlight=x#old', '#backup')).toBe(
      'http://localhost:4321/precautions/#backup',
    );
    expect(shareUrl('https://g.example/steps/sign-in/?utm_source=x#samsung')).toBe('https://g.example/steps/sign-in/');
  });
});

describe('isPublicOrigin', () => {
  it('is true only on the public address', () => {
    expect(isPublicOrigin('https://g.example/steps/a/', 'https://g.example/steps/a/')).toBe(true);
    expect(isPublicOrigin('http://localhost:4321/steps/a/', 'https://g.example/steps/a/')).toBe(false);
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
