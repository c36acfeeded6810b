import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { markSavedCopy, noteFor, savedPageCandidates, SAVED_COPY_ATTRIBUTE, type OfflineState } from './offline';
import { APP_ICONS, THEME_COLORS, webManifest } from './web-app';
import { icoOf, maskableSvg, renderAppIcon } from '../../build/app-icons';
import { toPublicUrls } from '../../build/precache';

describe('precache URLs', () => {
  it('drops the revision of hashed assets only, and keeps sizes for workbox-build', async () => {
    const result = await toPublicUrls([
      { url: '_astro/a.B1c2.js', revision: 'x', size: 1 },
      { url: 'steps/a/index.html', revision: 'y', size: 2 },
    ]);
    expect(result.manifest).toEqual([
      { url: '/_astro/a.B1c2.js', revision: null, size: 1 },
      { url: '/steps/a/', revision: 'y', size: 2 },
    ]);
  });
});

describe('savedPageCandidates', () => {
  it('tries the path, then its folder URL', () => {
    expect(savedPageCandidates('/steps/sign-in/')).toEqual(['/steps/sign-in/']);
    expect(savedPageCandidates('/steps/sign-in')).toEqual(['/steps/sign-in', '/steps/sign-in/']);
    expect(savedPageCandidates('/steps/sign-in/index.html')).toEqual(['/steps/sign-in/index.html', '/steps/sign-in/']);
  });

  it('does not turn files into folders', () => {
    expect(savedPageCandidates('/favicon.svg')).toEqual(['/favicon.svg']);
    expect(savedPageCandidates('/404.html')).toEqual(['/404.html']);
  });

  it('keeps escapes as the precache keys them, and survives a malformed one', () => {
    expect(savedPageCandidates('/%E6%8A%A4%E7%85%A7/')).toEqual(['/%E6%8A%A4%E7%85%A7/']);
    expect(savedPageCandidates('/%e6%8a%a4%e7%85%a7/')).toEqual(['/%E6%8A%A4%E7%85%A7/']);
    expect(savedPageCandidates('/%E0%A4%A/')).toEqual(['/%E0%A4%A/']);
  });
});

describe('markSavedCopy', () => {
  it('marks the <html> element only', () => {
    const html = '<!doctype html><html lang="zh-CN"><body><p>&lt;html&gt;</p></body></html>';
    expect(markSavedCopy(html)).toBe(
      `<!doctype html><html ${SAVED_COPY_ATTRIBUTE} lang="zh-CN"><body><p>&lt;html&gt;</p></body></html>`,
    );
  });
});

describe('noteFor', () => {
  const base: OfflineState = { savedCopy: false, justSaved: false, updateWaiting: false };

  it('says nothing on a normal online visit', () => {
    expect(noteFor(base)).toBeNull();
  });
  it('says the guide is read offline when the page is the worker’s saved copy', () => {
    expect(noteFor({ ...base, savedCopy: true })).toBe('reading');
  });
  it('says the guide has been saved, unless it is being read offline', () => {
    expect(noteFor({ ...base, justSaved: true })).toBe('ready');
    expect(noteFor({ ...base, justSaved: true, savedCopy: true })).toBe('reading');
  });
  it('offers the update above everything else', () => {
    expect(noteFor({ savedCopy: true, justSaved: true, updateWaiting: true })).toBe('update');
  });
});

describe('the installed app', () => {
  it('uses the page backgrounds of src/styles/global.css as theme colours', () => {
    const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
    const [, light, dark] = /--c-bg: light-dark\((#[0-9a-f]+), (#[0-9a-f]+)\);/.exec(css) ?? [];
    expect(THEME_COLORS).toEqual({ light, dark });
  });

  it('has the manifest fields an install needs', () => {
    const manifest = webManifest();
    expect(manifest).toMatchObject({ lang: 'zh-CN', start_url: '/', display: 'standalone' });
    expect(manifest.name).toBe('哈萨克斯坦 eSIM 注销指南');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });

  const favicon = readFileSync(new URL('../../../public/favicon.svg', import.meta.url), 'utf8');

  it('draws every icon at its size', () => {
    for (const icon of APP_ICONS) {
      const png = PNG.sync.read(Buffer.from(renderAppIcon(icon, favicon)));
      expect([png.width, png.height], icon.name).toEqual([icon.size, icon.size]);
    }
  });

  it('keeps the maskable icon full-bleed and its glyph inside the safe zone', () => {
    const size = 512;
    const png = PNG.sync.read(Buffer.from(renderAppIcon({ name: 'maskable-512', size, purpose: 'maskable' }, favicon)));
    const pixel = (x: number, y: number) => [...png.data.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    const background = pixel(0, 0);
    expect(background[3], 'opaque corners').toBe(255);
    let glyph = 0;
    for (let y = 0; y < size; y += 2) {
      for (let x = 0; x < size; x += 2) {
        if (pixel(x, y).every((value, i) => Math.abs(value - background[i]!) < 8)) continue;
        glyph++;
        // The safe zone: a circle of 40 % of the icon's width around its centre.
        expect(Math.hypot(x - size / 2, y - size / 2), `pixel ${x},${y}`).toBeLessThanOrEqual(size * 0.4);
      }
    }
    expect(glyph).toBeGreaterThan(1000);
  });

  it('wraps the favicon as /favicon.ico: one 32 px PNG image in an icon directory', () => {
    const png = renderAppIcon({ name: 'favicon', size: 32, purpose: 'any' }, favicon);
    const ico = Buffer.from(icoOf(png, 32));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7], ico.readUInt32LE(14), ico.readUInt32LE(18)]).toEqual([32, 32, png.length, 22]);
    const image = PNG.sync.read(ico.subarray(ico.readUInt32LE(18)));
    expect([image.width, image.height]).toEqual([32, 32]);
  });

  it('refuses a favicon without a colour to bleed', () => {
    expect(() => maskableSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 512)).toThrow(/fill colour/);
  });
});
