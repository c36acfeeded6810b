import { Resvg } from '@resvg/resvg-js';
import type { AppIcon } from '../features/offline/web-app';

/**
 * A maskable icon's content must fit the circle of 80 % of its width (W3C "safe zone"):
 * the favicon is drawn at that size, centred on its own background colour, so launchers
 * may cut any shape without touching the document glyph.
 */
const MASKABLE_SCALE = 0.8;

/**
 * Wraps the favicon for a maskable icon: a full-bleed square in the favicon's first fill
 * colour, the favicon itself nested inside, scaled into the safe zone.
 */
export function maskableSvg(favicon: string, size: number): string {
  const background = /fill="(#[0-9a-f]{3,8})"/i.exec(favicon)?.[1];
  if (!background) throw new Error('public/favicon.svg has no fill colour to use as the maskable background');
  const inner = size * MASKABLE_SCALE;
  const offset = (size - inner) / 2;
  const nested = favicon.replace(/<svg\b/i, `<svg x="${offset}" y="${offset}" width="${inner}" height="${inner}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="${background}"/>${nested}</svg>`;
}

/** Draws one icon as PNG from the favicon's SVG source (public/favicon.svg: one drawing for all). */
export function renderAppIcon(icon: AppIcon, favicon: string): Uint8Array<ArrayBuffer> {
  const svg = icon.purpose === 'maskable' ? maskableSvg(favicon, icon.size) : favicon;
  // The icon has no text: no fonts to load.
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } });
  return new Uint8Array(resvg.render().asPng());
}

/**
 * An .ico file holding one PNG image (allowed since Windows Vista, read by every current
 * browser): the 6-byte ICONDIR, one 16-byte ICONDIRENTRY, then the PNG itself.
 */
export function icoOf(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const ico = new Uint8Array(22 + png.length);
  const view = new DataView(ico.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  ico[6] = size % 256; // width and height; 0 means 256
  ico[7] = size % 256;
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true);
  view.setUint32(18, 22, true); // where the image starts
  ico.set(png, 22);
  return ico;
}
