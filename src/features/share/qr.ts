import QRCode from 'qrcode';

/**
 * A QR code for `text` as a compact SVG file, black on white (scanners need the contrast
 * in both themes), with no fixed size so the <img> that shows it sets the size.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace(/\swidth="\d+"|\sheight="\d+"/g, '');
}

/** Where the QR code of the page at `path` is published: /steps/sign-in/ → /qr/steps/sign-in.svg. */
export function qrImagePath(path: string): string {
  return `/qr/${path.replace(/^\/+|\/+$/g, '')}.svg`;
}
