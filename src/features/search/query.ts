import { SYNONYM_GROUPS } from '../../data/synonyms.ts';
import { foldText, isHan, isWordChar } from './text.ts';

/** Longer queries are sentences, not search words: the reader is asked for a few words. */
export const MAX_QUERY_CHARS = 32;

/** A word to look for, and how much a match on it counts (the reader's own word most). */
export interface Variant {
  text: string;
  weight: number;
}

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: 'tooLong' | 'noWords' }
  | {
      kind: 'query';
      /** The whole query, folded: what "contains the query" means. */
      phrase: string;
      /** The phrase and its synonyms: a section with any of them is an exact match. */
      variants: Variant[];
      /** The words the reader separated by spaces or punctuation, each with its synonyms. */
      terms: Variant[][];
      /** Smaller parts for the looser search when nothing has the phrase. */
      parts: Variant[][];
    };

const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const folded = group.map(foldText);
  for (const word of folded) SYNONYMS.set(word, folded);
}

/** A word and the other words of its synonym group; the word itself counts most. */
export function variantsOf(word: string): Variant[] {
  const group = SYNONYMS.get(word) ?? [word];
  return [{ text: word, weight: 1 }, ...group.filter((other) => other !== word).map((text) => ({ text, weight: 0.8 }))];
}

/** Question words and particles that say nothing about what is looked for. */
const FILLER_PAIRS = new Set([
  '怎么',
  '如何',
  '怎样',
  '什么',
  '为什',
  '哪里',
  '可以',
  '能不',
  '是否',
  '需要',
  '我的',
  '一下',
  '请问',
  '的话',
]);
const FILLER_CHARS = new Set([...'的了是在我你他她它吗呢吧啊么和与或要会能可以一个不也就都还把被给']);

/** Runs of Chinese characters and runs of other letters and digits: "删除esim卡" → 删除, esim, 卡. */
function scriptRuns(word: string): string[] {
  return word.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
}

/**
 * The parts of the query for the looser search: a Latin word as it is, a Chinese run as
 * its overlapping pairs of characters (so 怎么销号 still finds 销号), and a query that is
 * one pair, which found nothing whole, as its two characters. Particles and question
 * words are left out.
 */
function looseParts(words: readonly string[]): string[] {
  const runs = words.flatMap(scriptRuns);
  const parts: string[] = [];
  for (const run of runs) {
    const chars = [...run];
    if (!isHan(chars[0] ?? '')) parts.push(run);
    else if (chars.length === 1 || (chars.length === 2 && runs.length === 1))
      parts.push(...chars.filter((char) => !FILLER_CHARS.has(char)));
    else
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = chars[i]! + chars[i + 1]!;
        if (!FILLER_PAIRS.has(pair) && !(FILLER_CHARS.has(chars[i]!) && FILLER_CHARS.has(chars[i + 1]!)))
          parts.push(pair);
      }
  }
  return [...new Set(parts)];
}

/**
 * Reads a query as a reader typed it. Spaces and punctuation separate words; the folded
 * whole ("删除 eSIM" → "删除esim") is what a section must contain to match exactly.
 */
export function parseQuery(raw: string): ParsedQuery {
  if (!raw.trim()) return { kind: 'empty' };
  // Split where the reader put spaces or punctuation, then fold each word: folding first
  // would join "Kcell 余额" into one word.
  const words = [
    ...new Set(
      raw
        .split(/[^\p{L}\p{N}]+/u)
        .map(foldText)
        .filter((word) => [...word].some(isWordChar)),
    ),
  ];
  if (words.length === 0) return { kind: 'invalid', reason: 'noWords' };
  const phrase = foldText(words.join(' '));
  if ([...phrase].length > MAX_QUERY_CHARS) return { kind: 'invalid', reason: 'tooLong' };
  const parts = looseParts(words).map(variantsOf);
  return { kind: 'query', phrase, variants: variantsOf(phrase), terms: words.map(variantsOf), parts };
}
