import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { t } from '../lib/i18n';

/**
 * Link-preview images (Open Graph, 1200×630 PNG), drawn at build time with Satori and
 * rasterised with resvg. Text is set in Noto Sans SC from @fontsource/noto-sans-sc, which
 * ships the font cut into ~100 small unicode-range subsets: only the subsets holding a
 * character of the image are read (a title needs a handful, ~40 KB each), and every
 * subset read is kept for the rest of the build. Nothing is fetched from the network.
 */

// A type, not an interface, so that it can be the props of a static path.
export type OgImageInput = {
  /** The page title, drawn large; wraps, at most three lines. */
  title: string;
  /** The site name, drawn small in the accent colour at the top left. */
  siteName: string;
  /** The step number of a step page, shown as a badge above the title. */
  step?: number | undefined;
  /** How many steps there are: the badge reads "第 N 步，共 T 步" and a progress bar shows. */
  stepTotal?: number | undefined;
  /** A short muted line under the title (a tagline or description), at most two lines. */
  kicker?: string | undefined;
};

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The site's light theme (src/styles/global.css). */
const COLOURS = {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#505a66',
  border: '#c9d1da',
  track: '#dde3ea',
  accent: '#0b5cad',
  onAccent: '#ffffff',
} as const;

const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const FONT_FAMILY = 'Noto Sans SC';
type FontWeight = 400 | 700;

/** One unicode-range subset of the font at one weight: its .woff file and code points. */
interface Subset {
  file: string;
  ranges: Array<readonly [number, number]>;
}

interface SatoriFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

/** A Satori element without JSX. */
interface OgElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | OgElement | OgElement[] };
}

let packageDir: string | undefined;
const subsetLists = new Map<FontWeight, Promise<Subset[]>>();
/** Font files already read, by path, shared by every image of the build. */
const fontFiles = new Map<string, Promise<SatoriFont>>();

/**
 * Where @fontsource/noto-sans-sc is installed. Inside `astro build` this module runs from
 * a bundle in the output folder, which may be outside the project (a fixture build's own outDir), so the
 * project folder (the working directory of npm scripts) is the fallback.
 */
function fontPackageDir(): string {
  if (packageDir !== undefined) return packageDir;
  const bases = [import.meta.url, pathToFileURL(join(process.cwd(), 'package.json')).href];
  for (const base of bases) {
    try {
      packageDir = dirname(createRequire(base).resolve(`${FONT_PACKAGE}/package.json`));
      return packageDir;
    } catch {
      // try the next base
    }
  }
  throw new Error(`og-image: cannot find ${FONT_PACKAGE}; is it installed?`);
}

/** "U+4e00-4e10" / "U+20" / "U+4??" → [first, last]. */
function parseRange(token: string): readonly [number, number] | undefined {
  const match = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(token.trim());
  if (!match?.[1]) return undefined;
  const first = parseInt(match[1].replace(/\?/g, '0'), 16);
  const last = parseInt(match[2] ?? match[1].replace(/\?/g, 'f'), 16);
  return [first, last];
}

/**
 * The subsets of one weight, read from the package's CSS: every @font-face names its
 * files (woff2 and woff; Satori reads the .woff) and the unicode-range they cover.
 */
export function parseFontsourceCss(css: string): Subset[] {
  const subsets: Subset[] = [];
  for (const face of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = face[1] ?? '';
    const file = /url\(\s*['"]?([^'")]+\.woff)['"]?\s*\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);?/.exec(body)?.[1];
    if (!file || !range) continue;
    const ranges = range
      .split(',')
      .map(parseRange)
      .filter((r) => r !== undefined);
    subsets.push({ file: file.replace(/^\.\//, ''), ranges });
  }
  return subsets;
}

function subsetsOf(weight: FontWeight): Promise<Subset[]> {
  let list = subsetLists.get(weight);
  if (!list) {
    const dir = fontPackageDir();
    list = readFile(join(dir, `${weight}.css`), 'utf8').then((css) => {
      const subsets = parseFontsourceCss(css).map((s) => ({ ...s, file: join(dir, s.file) }));
      if (subsets.length === 0) throw new Error(`og-image: no font subsets in ${FONT_PACKAGE}/${weight}.css`);
      return subsets;
    });
    subsetLists.set(weight, list);
    // A failed read is not cached, so the next image tries again and reports it too.
    list.catch(() => subsetLists.delete(weight));
  }
  return list;
}

/**
 * Satori (0.63) falls back along the font-family list for a character its first font
 * lacks, but not between fonts of one family name: with every subset named "Noto Sans SC"
 * the Chinese came out as boxes. So each subset is its own family ("Noto Sans SC latin",
 * "Noto Sans SC 57", …), one name for both weights, and the root lists them all.
 */
function familyOf(file: string): string {
  const id = /noto-sans-sc-(.+)-\d00-normal\.woff$/.exec(file)?.[1] ?? file;
  return `${FONT_FAMILY} ${id}`;
}

function loadFont(file: string, weight: FontWeight): Promise<SatoriFont> {
  let font = fontFiles.get(file);
  if (!font) {
    font = readFile(file).then((data) => ({ name: familyOf(file), data, weight, style: 'normal' as const }));
    fontFiles.set(file, font);
    font.catch(() => fontFiles.delete(file));
  }
  return font;
}

/**
 * The fonts Satori needs to draw `text` at `weight`: the latin subset (spaces, digits,
 * "eSIM") and each subset that holds one of its characters. Latin comes first so that
 * its glyphs win for the characters several subsets share.
 */
async function fontsFor(text: string, weight: FontWeight): Promise<SatoriFont[]> {
  const subsets = await subsetsOf(weight);
  const codePoints = new Set([...text].map((ch) => ch.codePointAt(0) ?? 0));
  const latin = subsets.find((s) => /-latin-\d+-normal\.woff$/.test(s.file));
  const chosen = subsets.filter(
    (s) => s === latin || s.ranges.some(([first, last]) => [...codePoints].some((cp) => cp >= first && cp <= last)),
  );
  chosen.sort((a, b) => Number(b === latin) - Number(a === latin));
  return Promise.all(chosen.map((s) => loadFont(s.file, weight)));
}

/** Title size: as large as lets it fit in two lines, smaller (three lines) if it is long. */
function titleSize(title: string): number {
  // CJK and full-width characters are 1em wide, the rest about 0.55em.
  const ems = [...title].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55), 0);
  const width = OG_WIDTH - 2 * 80;
  for (const size of [76, 68, 60]) if (ems * size <= 2 * width) return size;
  return 56;
}

function box(style: Record<string, string | number>, children?: OgElement['props']['children']): OgElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

function badgeText(step: number, stepTotal: number | undefined): string {
  return stepTotal === undefined
    ? t('steps.stepLabel', { n: step })
    : t('steps.position', { n: step, total: stepTotal });
}

function layout(input: OgImageInput, fontFamily: string): OgElement {
  const { title, siteName, step, stepTotal, kicker } = input;
  const main: OgElement[] = [];
  if (step !== undefined) {
    main.push(
      box(
        {
          display: 'flex',
          alignSelf: 'flex-start',
          backgroundColor: COLOURS.accent,
          color: COLOURS.onAccent,
          fontSize: 34,
          fontWeight: 700,
          lineHeight: 1.2,
          padding: '10px 26px',
          borderRadius: 10,
          marginBottom: 32,
        },
        badgeText(step, stepTotal),
      ),
    );
  }
  main.push(
    box({ display: 'block', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.3, lineClamp: 3 }, title),
  );
  if (kicker) {
    main.push(
      box(
        {
          display: 'block',
          fontSize: 32,
          fontWeight: 400,
          lineHeight: 1.45,
          color: COLOURS.muted,
          marginTop: 24,
          lineClamp: 2,
        },
        kicker,
      ),
    );
  }

  const footer: OgElement[] = [];
  if (step !== undefined && stepTotal !== undefined && stepTotal > 1) {
    for (let i = 1; i <= stepTotal; i++) {
      footer.push(
        box({ flexGrow: 1, height: 12, borderRadius: 6, backgroundColor: i <= step ? COLOURS.accent : COLOURS.track }),
      );
    }
  }

  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      backgroundColor: COLOURS.bg,
      color: COLOURS.fg,
      fontFamily,
    },
    [
      box({ height: 14, backgroundColor: COLOURS.accent }),
      box({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 80px 56px' }, [
        box(
          {
            display: 'flex',
            alignItems: 'center',
            paddingBottom: 24,
            borderBottom: `2px solid ${COLOURS.border}`,
            fontSize: 32,
            fontWeight: 700,
            color: COLOURS.accent,
          },
          siteName,
        ),
        box({ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, main),
        box({ display: 'flex', gap: 14, height: 12 }, footer),
      ]),
    ],
  );
}

/**
 * Draws the link-preview image of one page: the site name, the step badge and progress
 * (step pages), the title and an optional kicker line, as a 1200×630 PNG.
 */
export async function renderOgImage(input: OgImageInput): Promise<Uint8Array<ArrayBuffer>> {
  const step = input.step === undefined ? '' : badgeText(input.step, input.stepTotal);
  const [bold, regular] = await Promise.all([
    fontsFor(`${input.siteName}${input.title}${step}`, 700),
    input.kicker ? fontsFor(input.kicker, 400) : Promise.resolve([]),
  ]);
  const fonts = [...bold, ...regular];
  const families = [...new Set(fonts.map((font) => `"${font.name}"`))].join(', ');
  const svg = await satori(layout(input, families), { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  // A copy on its own ArrayBuffer, which a Response body accepts (resvg's Buffer may share one).
  return new Uint8Array(png);
}
