import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';
import { checkLinks, pathOfFile, readBuiltPage } from '../../src/build/link-check';
import { parseProgress, serializeProgress, withStep } from '../../src/features/progress/progress-store';
import { effectiveTheme, toggledTheme } from '../../src/features/theme/theme';
import { sectionUrl } from '../../src/features/share/share-url';
import { printableHtml } from '../../src/lib/print-html';
import { qrSvg } from '../../src/features/share/qr';
import { ALLOWED_HOSTS } from '../../src/data/allowed-hosts';

describe('checkLinks', () => {
  const page = (path: string, html: string) => readBuiltPage(path, `<!doctype html><html><body>${html}</body></html>`);
  const site = [
    page('/', '<a href="/steps/a/#two">ok</a><a href="/nope/">bad</a><a href="/steps/a/#missing">bad id</a>'),
    page(
      '/steps/a/',
      '<h2 id="two">二</h2><a href="#two">self</a><a href="https://activ.kz/en/article/faq" rel="noopener noreferrer">ok</a>',
    ),
    page(
      '/links/',
      '<a href="https://t.me/s/esim1088" rel="noopener noreferrer">ad</a><a href="http://activ.kz/">http</a><a href="https://activ.kz/">no rel</a><a href="mailto:x@y.z">mail</a>',
    ),
  ];
  const problems = checkLinks(site, ALLOWED_HOSTS);

  it('accepts links to pages and ids that exist, and to allowed hosts with rel', () => {
    expect(problems.filter((p) => p.startsWith('/steps/a/'))).toEqual([]);
  });
  it('reports a missing page and a missing #id, naming the page', () => {
    expect(problems).toContain('/: link /nope/ points to no page');
    expect(problems).toContain('/: link /steps/a/#missing points to #missing, which /steps/a/ does not have');
  });
  it('reports hosts outside the list, plain http, a missing rel and mailto', () => {
    const links = problems.filter((p) => p.startsWith('/links/'));
    expect(links).toHaveLength(4);
    expect(links.join('\n')).toMatch(/t\.me, which is not in src\/data\/allowed-hosts\.ts/);
    expect(links.join('\n')).toMatch(/must use https/);
    expect(links.join('\n')).toMatch(/needs rel="noopener noreferrer"/);
    expect(links.join('\n')).toMatch(/mailto:x@y\.z" is not allowed/);
  });
  it('maps built files to their URLs', () => {
    expect(pathOfFile('index.html')).toBe('/');
    expect(pathOfFile('steps/a/index.html')).toBe('/steps/a/');
    expect(pathOfFile('404.html')).toBe('/404.html');
  });
});

describe('progress', () => {
  it('reads only valid step numbers and survives junk', () => {
    expect([...parseProgress('[1,3,9,2.5,"2"]', 6)]).toEqual([1, 3]);
    expect(parseProgress('{not json', 6).size).toBe(0);
    expect(parseProgress('{"a":1}', 6).size).toBe(0);
    expect(parseProgress(null, 6).size).toBe(0);
  });
  it('marks and unmarks a step and stores it sorted', () => {
    const done = withStep(withStep(new Set([4]), 2, true), 4, false);
    expect(serializeProgress(withStep(done, 1, true))).toBe('[1,2]');
  });
});

describe('theme', () => {
  it('prefers the stored choice, else the system', () => {
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme('purple', false)).toBe('light');
  });
  it('toggles', () => expect(toggledTheme('dark')).toBe('light'));
});

describe('sectionUrl', () => {
  it('builds the canonical section URL without query or old hash', () => {
    expect(sectionUrl('https://g.example/precautions/?pagefind-highlight=x#old', '#backup')).toBe(
      'https://g.example/precautions/#backup',
    );
  });
});

describe('printableHtml', () => {
  it('prefixes ids and same-page links and prints absolute URLs for site links', () => {
    const html = printableHtml(
      '<h2 id="backup">备份</h2><a href="#backup">x</a><a href="/cases/#a">y</a><section aria-labelledby="t1 t2"></section>',
      'precautions',
      new URL('https://g.example/'),
    );
    expect(html).toContain('id="precautions-backup"');
    expect(html).toContain('href="#precautions-backup"');
    expect(html).toContain('href="/cases/#a" data-print-url="https://g.example/cases/#a"');
    expect(html).toContain('aria-labelledby="precautions-t1 precautions-t2"');
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
