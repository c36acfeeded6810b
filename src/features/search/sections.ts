import { BLOCK_BREAK, fold, foldText, ZERO_WIDTH_SPACE, type Folded } from './text.ts';

/** What search reads of a Pagefind fragment (the `data()` of a result). */
export interface PagefindFragment {
  url: string;
  raw_url?: string;
  /** The page text as Pagefind stored it, words separated by zero-width spaces. */
  raw_content?: string;
  content: string;
  meta?: Record<string, string | undefined>;
  anchors?: { element: string; id: string; text?: string; location: number }[];
}

/** One `##` section of a page (or the page's opening, before its first `##`). */
export interface Section {
  /** The page's path, "/steps/sign-in/". */
  page: string;
  /** The page's title as search shows it: "第 2 步：登录运营商官网或应用". */
  pageTitle: string;
  /** The h2's id; null for the opening of the page. */
  id: string | null;
  /** The h2's text, or for the opening the h1's. */
  heading: string;
  /** The text under the heading, blocks separated by BLOCK_BREAK. */
  body: string;
  /** Position on the page, for a stable order among equals. */
  order: number;
  /** A card (a phrase to show at the counter), not a `##` section: its heading is its line. */
  card: boolean;
  foldedHeading: Folded;
  foldedBody: Folded;
}

/** The elements that start a result: a `##` heading, or a card that has its own link. */
const SECTION_ELEMENTS = new Set(['h2', 'article']);
/** Pagefind ends a block that has no closing punctuation with ". ": a break, not a full stop. */
const PAGEFIND_BLOCK_END = /^\.\s*$/;

/** Pagefind escapes < and > in raw_content, and only those. */
const unescape = (word: string) => word.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

const clean = (text: string) => text.replaceAll(ZERO_WIDTH_SPACE, '').trim();

/** The words of a stretch of the page, joined back into text with block breaks. */
function textOf(words: readonly string[]): string {
  return words
    .map((word) => (PAGEFIND_BLOCK_END.test(word) ? BLOCK_BREAK : word))
    .join('')
    .replace(/\s*\n\s*/g, BLOCK_BREAK)
    .trim();
}

/** Splits a stretch into its heading (the first `length` folded characters) and the rest. */
function splitHeading(words: readonly string[], heading: string): { heading: string; body: string } {
  const target = foldText(heading).length;
  let taken = 0;
  while (taken < words.length && foldText(textOf(words.slice(0, taken))).length < target) taken++;
  return { heading: clean(textOf(words.slice(0, taken))), body: textOf(words.slice(taken)) };
}

type Anchor = NonNullable<PagefindFragment['anchors']>[number];

/**
 * A section's heading: an h2's own text; a card has no heading element, so the line that
 * labels it (the anchored element with text where the card starts, its Chinese line).
 */
function headingOf(anchor: Anchor, anchors: readonly Anchor[]): string | undefined {
  if (anchor.element.toLowerCase() === 'h2') return anchor.text;
  return anchors.find((other) => other !== anchor && other.location === anchor.location && other.text)?.text;
}

/**
 * Cuts a fragment into sections at its h2 and card anchors, the ids that result links point to.
 * Pagefind's own sub-results also split at h3s and other anchored elements; a result
 * here is always a whole `##` section, the unit that readers share.
 */
export function sectionsOf(fragment: PagefindFragment): Section[] {
  const raw = fragment.raw_content ?? fragment.content;
  const words = raw.split(ZERO_WIDTH_SPACE).map(unescape);
  const page = fragment.raw_url ?? fragment.url.replace(/[?#].*$/, '');
  const pageTitle = clean(fragment.meta?.['title'] ?? '');
  // h2s, and the cards (a phrase card is an <article> with an id): each is a result of its own.
  const anchors = (fragment.anchors ?? [])
    .filter((anchor) => SECTION_ELEMENTS.has(anchor.element.toLowerCase()) && anchor.id)
    .sort((a, b) => a.location - b.location);
  const stretches: { id: string | null; heading: string | undefined; card: boolean; from: number; to: number }[] = [];
  const opening = anchors[0]?.location ?? words.length;
  if (opening > 0) stretches.push({ id: null, heading: undefined, card: false, from: 0, to: opening });
  anchors.forEach((anchor, index) =>
    stretches.push({
      id: anchor.id,
      heading: clean(headingOf(anchor, fragment.anchors ?? []) ?? '') || undefined,
      card: anchor.element.toLowerCase() !== 'h2',
      from: anchor.location,
      to: anchors[index + 1]?.location ?? words.length,
    }),
  );
  return stretches.map(({ id, heading: known, card, from, to }, order) => {
    const stretch = words.slice(from, to);
    // The opening starts with the h1, a card with its line: the words up to the first block break.
    const firstBreak = stretch.findIndex((word) => PAGEFIND_BLOCK_END.test(word));
    const headingText = known ?? textOf(stretch.slice(0, firstBreak === -1 ? stretch.length : firstBreak));
    const { heading, body } = splitHeading(stretch, headingText);
    return {
      page,
      pageTitle,
      id,
      heading: heading || pageTitle,
      body,
      order,
      card,
      foldedHeading: fold(heading || pageTitle),
      foldedBody: fold(body),
    };
  });
}
