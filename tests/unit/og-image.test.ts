import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { OG_HEIGHT, OG_WIDTH, parseFontsourceCss, renderOgImage } from '../../src/build/og-image';
import { ogImagePath, ogImageSlug } from '../../src/lib/og-path';

const SITE = '哈萨克斯坦 eSIM 注销指南';
const MAX_BYTES = 150 * 1024;

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Pixels in the rows [top, bottom) that are not the white background. */
function inkIn(png: Uint8Array, top = 0, bottom = OG_HEIGHT): number {
  const image = PNG.sync.read(Buffer.from(png));
  let ink = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! < 235 || image.data[i + 1]! < 235 || image.data[i + 2]! < 235) ink++;
    }
  }
  return ink;
}

/** Pixels in the rows [top, bottom) in the accent colour #0b5cad. */
function accentIn(png: Uint8Array, top: number, bottom: number): number {
  const image = PNG.sync.read(Buffer.from(png));
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i] === 0x0b && image.data[i + 1] === 0x5c && image.data[i + 2] === 0xad) count++;
    }
  }
  return count;
}

// The layout: header (site name) above y≈140, title in the middle, step progress near the bottom.
const BODY = [150, 540] as const;
const PROGRESS = [550, 590] as const;

describe('renderOgImage', () => {
  it('draws a step page as a 1200×630 PNG under 150 KB', async () => {
    const png = await renderOgImage({ title: '登录运营商官网或应用', siteName: SITE, step: 2, stepTotal: 6 });
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(OG_WIDTH).toBe(1200);
    expect(OG_HEIGHT).toBe(630);
    expect(png.byteLength).toBeLessThan(MAX_BYTES);
  });

  it('draws a page without a step, and with a kicker line, the same way', async () => {
    const png = await renderOgImage({ title: '资料来源', siteName: SITE, kicker: '链接可能有误或页面已移动。' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(MAX_BYTES);
  });

  it('draws the title: a title puts far more ink on the page than an empty one', async () => {
    const empty = await renderOgImage({ title: '', siteName: SITE });
    const titled = await renderOgImage({ title: '确认 eSIM 是否仍然有效', siteName: SITE });
    expect(inkIn(empty, ...BODY)).toBe(0);
    expect(inkIn(titled, ...BODY)).toBeGreaterThan(20_000);
  });

  it('draws the Chinese glyphs, not boxes: two titles of the same length look different', async () => {
    // Missing glyphs would all be the same .notdef box, so these would be identical images.
    const a = await renderOgImage({ title: '等待处理结果', siteName: SITE });
    const b = await renderOgImage({ title: '填写必要信息', siteName: SITE });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Math.abs(inkIn(a, ...BODY) - inkIn(b, ...BODY))).toBeGreaterThan(500);
    // …and so does the site name in the header.
    const header = (png: Uint8Array) => PNG.sync.read(Buffer.from(png)).data.subarray(20 * 1200 * 4, 140 * 1200 * 4);
    const other = await renderOgImage({ title: '等待处理结果', siteName: '另一个网站名称叫什么' });
    expect(Buffer.from(header(a)).equals(Buffer.from(header(other)))).toBe(false);
  });

  it('shows the step: a badge above the title and progress up to the step', async () => {
    const title = '找到注销入口';
    const plain = await renderOgImage({ title, siteName: SITE });
    const second = await renderOgImage({ title, siteName: SITE, step: 2, stepTotal: 6 });
    const fifth = await renderOgImage({ title, siteName: SITE, step: 5, stepTotal: 6 });
    expect(accentIn(plain, ...BODY)).toBe(0);
    expect(accentIn(second, ...BODY)).toBeGreaterThan(10_000);
    expect(accentIn(plain, ...PROGRESS)).toBe(0);
    expect(accentIn(fifth, ...PROGRESS)).toBeGreaterThan(2 * accentIn(second, ...PROGRESS));
  });

  it('keeps a very long title to three lines, clear of the bottom edge', async () => {
    const png = await renderOgImage({
      title: '注销前先登录运营商的官方应用或官网查看账户，'.repeat(6),
      siteName: SITE,
      step: 6,
      stepTotal: 6,
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(MAX_BYTES);
    expect(inkIn(png, 595, 630)).toBe(0);
  });
});

describe('parseFontsourceCss', () => {
  const css = `
/* noto-sans-sc-[57]-700-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url(./files/noto-sans-sc-57-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-57-700-normal.woff) format('woff');
  unicode-range: U+4e00-4e10,U+6ce8,U+4??;
}
@font-face {
  src: url(./files/noto-sans-sc-latin-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-latin-700-normal.woff) format('woff');
  unicode-range: U+0000-00FF;
}`;
  it('reads each subset’s .woff file (not the .woff2) and its unicode ranges', () => {
    expect(parseFontsourceCss(css)).toEqual([
      {
        file: 'files/noto-sans-sc-57-700-normal.woff',
        ranges: [
          [0x4e00, 0x4e10],
          [0x6ce8, 0x6ce8],
          [0x400, 0x4ff],
        ],
      },
      { file: 'files/noto-sans-sc-latin-700-normal.woff', ranges: [[0, 0xff]] },
    ]);
  });
});

describe('ogImagePath', () => {
  it.each([
    ['/', '/og/index.png'],
    ['/index.html', '/og/index.png'],
    ['/steps/sign-in/', '/og/steps/sign-in.png'],
    ['/steps/sign-in', '/og/steps/sign-in.png'],
    ['/steps/sign-in/index.html', '/og/steps/sign-in.png'],
    ['/precautions/', '/og/precautions.png'],
    ['/sources/', '/og/sources.png'],
    ['/print/', '/og/print.png'],
    ['/404.html', '/og/404.png'],
    ['/404/', '/og/404.png'],
    ['/steps/sign-in/?q=1#backup', '/og/steps/sign-in.png'],
  ])('%s → %s', (page, image) => expect(ogImagePath(page)).toBe(image));

  it('gives the route parameter of the image endpoint', () => {
    expect(ogImageSlug('/')).toBe('index');
    expect(ogImageSlug('/steps/sign-in/')).toBe('steps/sign-in');
    expect(ogImageSlug('/404.html')).toBe('404');
  });
});
