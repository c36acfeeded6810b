/**
 * Text folding shared by the search engine, the index page and the tests, so that "a
 * section contains the query" means the same thing everywhere: a plain substring test on
 * folded text, which is what a Chinese reader expects (Pagefind issue #987).
 */

const HAN = /\p{Script=Han}/u;
const HORIZONTAL_SPACE = /\s/u;
/** Pagefind's word separator in fragments, and between indexed characters; never part of the text. */
export const ZERO_WIDTH_SPACE = '\u200b';
/**
 * Quotation marks around a word do not split it: “注销”按钮 is a 注销按钮 to a reader.
 * Other punctuation does (a comma ends a phrase), so it stays.
 */
const QUOTES = new Set([...'"\'“”‘’「」『』《》〈〉«»']);
/** Letters and digits: the only characters a query keeps. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The browser's Chinese word segmenter, where there is one (search works without it). */
export const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** A block boundary (heading, paragraph, list item) in indexed text; no query contains one. */
export const BLOCK_BREAK = '\n';

export const isHan = (char: string): boolean => HAN.test(char);

/**
 * The index's words: every Chinese character stands apart from the next one, so the index
 * (src/build/pagefind.ts) and the query (engine.ts) cut Chinese text the same way.
 */
export const separateHan = (text: string, separator: string): string =>
  text.replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, `$1${separator}`);
export const isWordChar = (char: string): boolean => WORD_CHAR.test(char);

/** Folded text, and for each of its UTF-16 units the index in the source it came from. */
export interface Folded {
  text: string;
  from: number[];
}

/**
 * Folds text for matching: NFKC (full-width letters and digits become ASCII), lower case,
 * no quotation marks, no spaces next to a Chinese character ("删除 eSIM" and "删除eSIM" are the same), other
 * runs of spaces as one. Block breaks stay, so a match never runs from a heading into
 * the paragraph below it. `from` maps every folded unit back to the source, so a match
 * can be marked in the text as it was written.
 */
export function fold(source: string): Folded {
  const units: string[] = [];
  const from: number[] = [];
  let index = 0;
  for (const char of source) {
    const folded = char === BLOCK_BREAK ? char : char.normalize('NFKC').toLowerCase();
    for (const unit of folded.split('')) {
      if (unit === ZERO_WIDTH_SPACE || QUOTES.has(unit)) continue;
      units.push(HORIZONTAL_SPACE.test(unit) && unit !== BLOCK_BREAK ? ' ' : unit);
      from.push(index);
    }
    index += char.length;
  }
  const text: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit === ' ') {
      const before = text.at(-1);
      let next = i + 1;
      while (units[next] === ' ') next++;
      const after = units[next];
      // Drop spaces at the edges, beside a break, beside Chinese, and all but one of a run.
      if (before === undefined || after === undefined || before === ' ' || before === BLOCK_BREAK) continue;
      if (after === BLOCK_BREAK || isHan(before) || isHan(after)) continue;
    }
    text.push(unit);
    map.push(from[i]!);
  }
  return { text: text.join(''), from: map };
}

/** Folds a string and keeps only the text. */
export const foldText = (source: string): string => fold(source).text;

/**
 * Every start index of `needle` in `haystack` (non-overlapping, left to right).
 */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}
