// Imports name their .ts files: tests/search/node-pagefind.ts runs this code in plain Node (npm run bench).
import { HIGHLIGHT_PARAM, MAX_WORD_LENGTH, MAX_WORDS } from './highlight.ts';
import { addVocabulary, parseQuery, type ParsedQuery, type Variant, type Word } from './query.ts';
import { sectionsOf, type PagefindFragment, type Section } from './sections.ts';
import { BLOCK_BREAK, foldText, isHan, isWordChar, occurrences, segmenter, separateHan, type Folded } from './text.ts';

/** What the engine needs of Pagefind's JS API (an instance from createInstance()). */
export interface PagefindApi {
  /** `null` lists every page (Pagefind's filter-only search). */
  search(term: string | null): Promise<{ results: { id: string; data(): Promise<PagefindFragment> }[] } | null>;
}

/** A run of result text, marked when it is one of the searched words. */
export interface Piece {
  text: string;
  mark?: true;
}

export interface Hit {
  /** Path and #section, without parameters. */
  url: string;
  /** The link: the URL with the matched words for highlighting on the page. */
  href: string;
  pageTitle: string;
  /** The section's heading, words marked. */
  title: Piece[];
  /** A line of the section around the best match, words marked. */
  excerpt: Piece[];
  score: number;
}

export type Outcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: 'tooLong' | 'noWords' }
  /** `exact`: every hit contains the query or a synonym; otherwise the nearest sections. */
  | { kind: 'results'; exact: boolean; hits: Hit[] };

/** A found word in a section: where (folded heading or body), and how well it fits. */
interface Found {
  inHeading: boolean;
  start: number;
  end: number;
  /** The match starts and ends on word boundaries (not 出国 inside 给出国家). */
  aligned: boolean;
  variant: Variant;
}

const EXCERPT_BEFORE = 16;
const SENTENCE_END = /[。！？；\s]/;
const EXCERPT_AFTER = 44;
/** The looser search names at most this many sections. */
const LOOSE_LIMIT = 10;
/** How much more a word in the heading counts than one in the text, and one in the page's title less. */
const HEADING_WEIGHT = 3;
/** A card's line is its content more than a heading over content. */
const CARD_LINE_WEIGHT = 2.5;
const TITLE_WEIGHT = 0.3;
const CARD_TITLE_WEIGHT = 2;
/** An operator or seller named in the query: the reader wants that one's sections. */
const NAMED_WEIGHT = 4;
/** BM25's term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.5;
/**
 * A word in more than this share of the sections (注销, 号码, eSIM in this guide) says
 * little about which one is meant: it ranks, but a section need not have it to count as
 * having all the query's words.
 */
const COMMON_SHARE = 0.2;
/** A word that no section has counts this much where all its characters are (关机: 关闭 … 手机). */
const PART_WEIGHT = 0.3;
/** Query words this close together (in characters) count half again. */
const PROXIMITY_CHARS = 10;
const PROXIMITY_BONUS = 1.5;
/** What the other variants of a word add, beside the best-fitting one. */
const OTHER_VARIANTS = 0.25;

/**
 * Whether text[start, end) is a whole word: Latin words must not continue into letters,
 * and Chinese matches must start and end where the browser's word segmenter puts word
 * boundaries. Only ranks results (a substring still matches), so segmenters that differ
 * a little between browsers cannot lose a result.
 */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const latinEdge = (inside: string | undefined, outside: string | undefined) =>
    !!inside && !isHan(inside) && !!outside && isWordChar(outside) && !isHan(outside);
  if (latinEdge(text[start], text[start - 1]) || latinEdge(text[end - 1], text[end])) return false;
  if (!segmenter || !(isHan(text[start] ?? '') || isHan(text[end - 1] ?? ''))) return true;
  const from = Math.max(0, start - 6);
  const to = Math.min(text.length, end + 6);
  const boundaries = new Set([to]);
  for (const { index } of segmenter.segment(text.slice(from, to))) boundaries.add(from + index);
  return boundaries.has(start) && boundaries.has(end);
}

/**
 * Every occurrence of every variant in a section, heading and body. Where two overlap
 * (删 inside 删除, 销号 inside 注销号码), the longer one counts, then the better fitting:
 * a piece of a longer matched word is never a match of its own.
 */
function find(section: Section, variants: readonly Variant[]): Found[] {
  const all = findAll(section, variants).sort(betterFirst);
  const kept: Found[] = [];
  for (const f of all)
    if (!kept.some((k) => k.inHeading === f.inHeading && k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => Number(b.inHeading) - Number(a.inHeading) || a.start - b.start);
}

/** The longer match first, then the one on word boundaries, then the better-fitting variant. */
const betterFirst = (a: Found, b: Found) =>
  b.end - b.start - (a.end - a.start) || Number(b.aligned) - Number(a.aligned) || b.variant.weight - a.variant.weight;

function findAll(section: Section, variants: readonly Variant[]): Found[] {
  const found: Found[] = [];
  for (const variant of variants) {
    for (const [inHeading, folded] of [
      [true, section.foldedHeading],
      [false, section.foldedBody],
    ] as const) {
      for (const start of occurrences(folded.text, variant.text)) {
        const end = start + variant.text.length;
        found.push({ inHeading, start, end, variant, aligned: isWholeWord(folded.text, start, end) });
      }
    }
  }
  return found;
}

/**
 * The spans to mark: overlapping and touching matches merged into one (公司名下 and 号码
 * side by side are one mark, not two), and a lone character only when the query is one.
 */
export function markRanges(ranges: readonly (readonly [number, number])[], loneAllowed: boolean): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.filter(([start, end]) => loneAllowed || end - start > 1);
}

/** Marks folded ranges (already merged) in the source text they came from, as pieces. */
function pieces(source: string, folded: Folded, ranges: readonly [number, number][], from = 0, to = source.length) {
  const marks = ranges
    .map(([start, end]) => [folded.from[start]!, folded.from[end - 1]! + 1] as const)
    .filter(([start, end]) => start >= from && end <= to);
  const out: Piece[] = [];
  let at = from;
  for (const [start, end] of marks) {
    if (start < at) continue;
    if (start > at) out.push({ text: source.slice(at, start) });
    out.push({ text: source.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) out.push({ text: source.slice(at, to) });
  return out.map((piece) => ({ ...piece, text: piece.text.replaceAll(BLOCK_BREAK, ' ') }));
}

/** A line of the section's text around its best match, with every found word marked. */
function excerptOf(section: Section, found: readonly Found[], ranges: readonly [number, number][]): Piece[] {
  const { body, foldedBody } = section;
  if (!body) return [];
  const inBody = found.filter((f) => !f.inHeading);
  const best = [...inBody].sort((a, b) => betterFirst(a, b) || a.start - b.start)[0];
  const center = best ? foldedBody.from[best.start]! : 0;
  let from = Math.max(0, center - EXCERPT_BEFORE);
  // Start at the beginning of the sentence when it is near, rather than mid-word.
  const sentence = Math.max(...[...'。！？；\n'].map((end) => (center > 0 ? body.lastIndexOf(end, center - 1) : -1)));
  if (sentence >= 0 && center - sentence <= EXCERPT_BEFORE * 2) from = sentence + 1;
  let to = Math.min(body.length, from + EXCERPT_BEFORE + EXCERPT_AFTER);
  // Never start or end inside a Latin word ("…one" of iPhone).
  const latin = (at: number) => /[A-Za-z0-9]/.test(body[at] ?? '');
  while (from > 0 && from < to && latin(from) && latin(from - 1)) from++;
  while (to < body.length && to > from && latin(to) && latin(to - 1)) to--;
  while (from < to && /\s/.test(body[from]!)) from++;
  const line = pieces(body, foldedBody, ranges, from, to);
  if (from > 0 && !SENTENCE_END.test(body[from - 1] ?? '')) line.unshift({ text: '…' });
  if (to < body.length) line.push({ text: '…' });
  return line;
}

/**
 * The words to mark on the opened page, as written there. Pagefind's highlighter marks
 * every occurrence of each word on the page, so a word inside another sent word (销号 in
 * 注销号码) or overlapping one would be marked in pieces: only the longer is sent.
 */
export function highlightTerms(marked: readonly string[]): string[] {
  // The opened page ignores the words when one is longer than search ever sends.
  const words = [...new Set(marked.map((word) => word.trim()))]
    .filter((word) => word && word.length <= MAX_WORD_LENGTH)
    .sort((a, b) => b.length - a.length);
  const overlaps = (a: string, b: string) => {
    for (let k = 1; k < Math.min(a.length, b.length); k++) if (a.endsWith(b.slice(0, k))) return true;
    return false;
  };
  const kept: string[] = [];
  for (const word of words) {
    const f = foldText(word);
    if (kept.some((k) => foldText(k).includes(f) || overlaps(foldText(k), f) || overlaps(f, foldText(k)))) continue;
    kept.push(word);
  }
  return kept.slice(0, MAX_WORDS);
}

function hitOf(section: Section, found: readonly Found[], score: number, loneAllowed: boolean): Hit {
  const url = `${section.page}${section.id ? `#${section.id}` : ''}`;
  const rangesOf = (inHeading: boolean) =>
    markRanges(
      found.filter((f) => f.inHeading === inHeading).map((f) => [f.start, f.end] as const),
      loneAllowed,
    );
  const headingRanges = rangesOf(true);
  const bodyRanges = rangesOf(false);
  const title = pieces(section.heading, section.foldedHeading, headingRanges);
  const sourceOf = (source: string, folded: Folded, [start, end]: [number, number]) =>
    source.slice(folded.from[start]!, folded.from[end - 1]! + 1).replaceAll(BLOCK_BREAK, ' ');
  const terms = highlightTerms([
    ...headingRanges.map((range) => sourceOf(section.heading, section.foldedHeading, range)),
    ...bodyRanges.map((range) => sourceOf(section.body, section.foldedBody, range)),
  ]);
  const params = new URLSearchParams(terms.map((word) => [HIGHLIGHT_PARAM, word]));
  const query = params.size > 0 ? `?${params}` : '';
  return {
    url,
    href: `${section.page}${query}${section.id ? `#${section.id}` : ''}`,
    pageTitle: section.pageTitle,
    title,
    excerpt: excerptOf(section, found, bodyRanges),
    score,
  };
}

/** "删除esim" → "删 除 esim": one Pagefind word per Chinese character, as the index has them. */
export function pagefindTerm(word: string): string {
  return separateHan(word.replace(/(\p{Script=Han}+)/gu, ' $1 '), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How one section holds the query's words. */
interface Fit {
  section: Section;
  /** Per query word, its matches in the section; empty when missing. */
  found: Found[][];
  /** Per query word, whether the page's title has it. */
  inTitle: boolean[];
  /** Per query word, whether the section has all its characters (only for words in no section). */
  parts: boolean[];
}

/** How often the rarest character of a word occurs in a section. */
function partsTf(section: Section, word: string): number {
  const text = section.foldedHeading.text + section.foldedBody.text;
  return Math.min(...[...word].map((char) => occurrences(text, char).length));
}

/** Whether every word has a match within a few characters of the others, in the heading or in the text. */
function close(fit: Fit): boolean {
  return [true, false].some((inHeading) => {
    const spans = fit.found
      .flatMap((found, word) => found.filter((f) => f.inHeading === inHeading).map((f) => ({ word, f })))
      .sort((a, b) => a.f.start - b.f.start);
    const needed = fit.found.filter((found) => found.length > 0).length;
    if (needed < 2) return false;
    // The narrowest window holding one match of each word (a sliding window).
    const count = new Map<number, number>();
    let from = 0;
    for (const span of spans) {
      count.set(span.word, (count.get(span.word) ?? 0) + 1);
      while (count.size === needed) {
        const first = spans[from]!;
        if (span.f.end - first.f.start <= PROXIMITY_CHARS) return true;
        const left = count.get(first.word)! - 1;
        if (left === 0) count.delete(first.word);
        else count.set(first.word, left);
        from++;
      }
    }
    return false;
  });
}

const has = (fit: Fit, word: number) => fit.found[word]!.length > 0 || fit.inTitle[word]!;

/**
 * Search over the guide's sections, which Pagefind's index stores (every page's fragment,
 * fetched once). Each query word is weighted by how rare it is among the sections (BM25's
 * IDF) and counts more in a heading than in the text; a section with all the query's
 * words ranks above one with some, one with the whole query in one piece above all, and
 * an operator or seller named in the query counts heavily. Only when no section has all
 * the words does it offer sections with some, and it says so (`exact: false`).
 */
export function createEngine(pagefind: PagefindApi) {
  let loading: Promise<Section[]> | undefined;
  const titles = new Map<string, string>();

  /** Every section of every page, in the order Pagefind lists the pages. */
  function allSections(): Promise<Section[]> {
    loading ??= pagefind
      .search(null)
      .then((all) => Promise.all((all?.results ?? []).map((result) => result.data().then(sectionsOf))))
      .then((pages) => {
        const sections = pages.flat();
        // Headings, not cards' lines: those are sentences, whose pieces (被偷了) would hide
        // the words within them from their synonyms.
        addVocabulary(sections.filter((section) => !section.card).map((section) => section.heading));
        for (const section of sections) titles.set(section.page, foldText(section.pageTitle));
        return sections;
      });
    // A failed fetch is tried again by the next search, not remembered.
    loading.catch(() => (loading = undefined));
    return loading;
  }

  function fitOf(section: Section, words: readonly Word[]): Fit {
    const title = titles.get(section.page) ?? '';
    return {
      section,
      found: words.map((word) => find(section, word.variants)),
      inTitle: words.map((word) => word.variants.some((variant) => title.includes(variant.text))),
      parts: words.map(() => false),
    };
  }

  /**
   * BM25 over the section's heading and text, each word weighted by its rarity (IDF), plus
   * the page's title; the words standing close together (退还余额 for 话费能退吗) count
   * half again.
   */
  function scoreOf(fit: Fit, words: readonly Word[], idf: readonly number[], avgBody: number): number {
    const { section } = fit;
    const headingLength = Math.max(1, section.foldedHeading.text.length);
    const bodyLength = section.foldedBody.text.length;
    const saturate = (n: number) => (n * (K1 + 1)) / (n + K1 * (1 - B + (B * bodyLength) / avgBody) || 1);
    const strength = (f: Found) => f.variant.weight * (f.aligned ? 1 : 0.35);
    let score = 0;
    words.forEach((word, index) => {
      // The best-fitting variant counts whole, other variants a little (a section that says
      // both 多久 and 多长时间 is more about it than one that says one once).
      const perVariant = word.variants.map((variant) => {
        const found = fit.found[index]!.filter((f) => f.variant === variant);
        const heading = found.filter((f) => f.inHeading);
        // A heading that is mostly the word ("Kcell") counts more; a card's line is a sentence.
        const inHeading = heading.length
          ? section.card
            ? CARD_LINE_WEIGHT * Math.max(...heading.map(strength))
            : HEADING_WEIGHT * Math.max(...heading.map((f) => strength(f) * (1 + (f.end - f.start) / headingLength)))
          : 0;
        return inHeading + saturate(found.filter((f) => !f.inHeading).reduce((sum, f) => sum + strength(f), 0));
      });
      const best = Math.max(...perVariant);
      const idfWord = idf[index]!;
      let wordScore = idfWord * (best + OTHER_VARIANTS * (perVariant.reduce((a, b) => a + b, 0) - best));
      // A card has no heading of its own: its page's title ("对工作人员说") is its heading.
      if (fit.inTitle[index]) wordScore += idfWord * (section.card ? CARD_TITLE_WEIGHT : TITLE_WEIGHT);
      if (fit.parts[index]) wordScore += idfWord * PART_WEIGHT * saturate(partsTf(section, word.text));
      score += wordScore * (word.named ? NAMED_WEIGHT : 1);
    });
    return words.length > 1 && close(fit) ? score * PROXIMITY_BONUS : score;
  }

  async function search(raw: string): Promise<Outcome> {
    const query: ParsedQuery = parseQuery(raw);
    if (query.kind !== 'query') return query;
    const sections = await allSections();
    // Parsed again now that the headings are in the vocabulary (a no-op once loaded).
    const parsed = parseQuery(raw);
    if (parsed.kind !== 'query') return parsed;
    const { words, phrase } = parsed;
    const fits = sections.map((section) => fitOf(section, words));
    const total = sections.length;
    const df = words.map((_, index) => fits.filter((fit) => has(fit, index)).length);
    const idf = df.map((n) => Math.log(1 + (total - n + 0.5) / (n + 0.5)));
    const rare = words.map((_, index) => df[index]! > 0 && df[index]! <= COMMON_SHARE * total);
    const required = rare.some(Boolean) ? rare : words.map(() => true);
    const avgBody = Math.max(1, sections.reduce((sum, s) => sum + s.foldedBody.text.length, 0) / Math.max(1, total));
    const loneAllowed = [...phrase].length === 1;
    // The whole query in one piece, when it is more than its one word (我的服务, not 服务).
    const withPhrase = (section: Section) =>
      (words.length > 1 || words[0]!.text !== phrase) &&
      (section.foldedHeading.text.includes(phrase) || section.foldedBody.text.includes(phrase));

    // Where the whole query stands in one piece, it is marked as one.
    const phraseFound = (fit: Fit) =>
      withPhrase(fit.section) ? findAll(fit.section, [{ text: phrase, weight: 1 }]) : [];
    const ranked = (fit: Fit, tier: number) => ({
      fit,
      tier,
      hit: hitOf(
        fit.section,
        [...fit.found.flat(), ...phraseFound(fit)],
        scoreOf(fit, words, idf, avgBody),
        loneAllowed,
      ),
    });
    const order = (a: ReturnType<typeof ranked>, b: ReturnType<typeof ranked>) =>
      b.tier - a.tier || b.hit.score - a.hit.score || sections.indexOf(a.fit.section) - sections.indexOf(b.fit.section);

    // The whole query in one piece first; then the section of an operator or seller the
    // query names (altel号码不用了 is about Altel); then the sections with every other word,
    // common ones too; then those with the rare words only.
    const namedInHeading = (fit: Fit) =>
      words.some((word, index) => word.named && fit.found[index]!.some((f) => f.inHeading));
    const tierOf = (fit: Fit) =>
      withPhrase(fit.section)
        ? 3
        : namedInHeading(fit)
          ? 2
          : words.every((word, index) => word.named || has(fit, index))
            ? 1
            : 0;
    const complete = fits.filter((fit) => words.every((_, index) => !required[index] || has(fit, index)));
    if (complete.length > 0) {
      // The named operator's own section comes along even without the other words: it is
      // where that operator's facts are (Beeline退钱 → Beeline).
      const hits = fits
        .filter((fit) => complete.includes(fit) || namedInHeading(fit))
        .map((fit) => ranked(fit, tierOf(fit)))
        .sort(order)
        .map(({ hit }) => hit);
      return { kind: 'results', exact: true, hits };
    }

    // None has every word: the sections with the most of them, counting a word that no
    // section has (关机) as present where all its characters are (关闭 … 手机).
    for (const fit of fits)
      words.forEach((word, index) => {
        const chars = [...word.text];
        if (df[index] === 0 && chars.length > 1 && chars.every(isHan))
          fit.parts[index] = chars.every(
            (char) => fit.section.foldedHeading.text.includes(char) || fit.section.foldedBody.text.includes(char),
          );
      });
    const weightOf = (fit: Fit) =>
      words.reduce(
        (sum, _, index) => sum + (has(fit, index) ? (required[index] ? 2 : 1) : fit.parts[index] ? 1 : 0),
        0,
      );
    const near = fits
      .filter((fit) => words.some((_, index) => (required[index] && has(fit, index)) || fit.parts[index]))
      .map((fit) => ranked(fit, weightOf(fit)))
      .sort(order);
    const best = near[0]?.tier ?? 0;
    return {
      kind: 'results',
      exact: false,
      hits: near
        .filter(({ tier }) => tier >= best / 2)
        .slice(0, LOOSE_LIMIT)
        .map(({ hit }) => hit),
    };
  }

  /**
   * Loads every page's fragment ahead of the reader's next words, so later searches need
   * no network: the guide is a few dozen kilobytes, a phone on a slow network pays once.
   */
  async function warm(): Promise<void> {
    await allSections();
  }

  return { search, warm };
}

export type Engine = ReturnType<typeof createEngine>;
