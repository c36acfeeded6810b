import QRCode from 'qrcode';

/**
 * A QR code for `text` as a compact SVG string, black on white (scanners need the
 * contrast in both themes), with no fixed size so CSS can scale it.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg
    .replace(/\swidth="\d+"|\sheight="\d+"/g, '')
    .replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
