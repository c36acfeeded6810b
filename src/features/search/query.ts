import { KEY_TERMS, NAMED, SYNONYM_GROUPS, TYPOS } from '../../data/synonyms.ts';
import { foldText, isHan, isWordChar, segmenter } from './text.ts';

/** Longer queries are sentences, not search words: the reader is asked for a few words. */
export const MAX_QUERY_CHARS = 32;

/** A word to look for, and how much a match on it counts (the reader's own word most). */
export interface Variant {
  text: string;
  weight: number;
}

/** One word of the query, with its synonyms. */
export interface Word {
  /** The word as the reader meant it (folded, typos corrected). */
  text: string;
  /** The word and the other words of its synonym group. */
  variants: Variant[];
  /** An operator or seller (Beeline, Airalo …): the reader wants that one's answer. */
  named: boolean;
}

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: 'tooLong' | 'noWords' }
  | {
      kind: 'query';
      /** The whole query, folded and corrected: a section that has it in one piece ranks first. */
      phrase: string;
      /** The words that say what is looked for, without question words and particles. */
      words: Word[];
    };

const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const folded = group.map(foldText);
  for (const word of folded) SYNONYMS.set(word, folded);
}
const NAMED_WORDS = new Set(NAMED.map(foldText));
const FOLDED_TYPOS = Object.entries(TYPOS)
  .map(([typo, word]) => [foldText(typo), foldText(word)] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** A synonym counts less than the reader's own word, found as typed. */
const SYNONYM_WEIGHT = 0.6;

/** A word and the other words of its synonym group; the word itself counts most. */
export function variantsOf(word: string): Variant[] {
  const group = SYNONYMS.get(word) ?? [word];
  return [
    { text: word, weight: 1 },
    ...group.filter((other) => other !== word).map((text) => ({ text, weight: SYNONYM_WEIGHT })),
  ];
}

/**
 * Question words, particles and pronouns: they say how the reader asks, not what about.
 * Whole words only: 不 of 不用了 and 能 of 功能 stay, because the dictionary or the word
 * segmenter keeps those words whole first.
 */
const FUNCTION_WORDS = new Set(
  (
    '怎么 怎么样 怎样 怎么办 咋 咋办 如何 什么 啥 为什么 为何 哪里 哪儿 在哪 在哪里 哪个 哪些 是否 是不是 能不能 可不可以 ' +
    '要不要 有没有 会不会 吗 呢 吧 啊 呀 嘛 了 的 地 得 着 过 是 在 我 我的 你 您 他 她 它 我们 要 想 会 能 可以 可 ' +
    '还 还要 还能 也 就 都 和 与 或 或者 跟 把 被 给 请 请问 一下 该 应该 需要 人 现在 已经 这个 那个 这 那 个 一个 ' +
    '后 之后 以后 前 之前 去 弄 搞 办 做 不 没 很 有 又 再 才 问'
  ).split(' '),
);

/** The site's vocabulary, by first character, longest first; headings are added as they load. */
class Dictionary {
  private byFirst = new Map<string, string[]>();

  add(words: Iterable<string>): void {
    for (const raw of words) {
      const word = foldText(raw);
      if ([...word].length < 2) continue;
      const first = word[0]!;
      const list = this.byFirst.get(first) ?? [];
      if (list.includes(word)) continue;
      list.push(word);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** The longest word that starts at `at`; a Latin word only where it is whole (izi, not izit). */
  longestAt(text: string, at: number): string | undefined {
    for (const word of this.byFirst.get(text[at]!) ?? []) {
      if (!text.startsWith(word, at)) continue;
      const latinEnd = /[a-z0-9]/.test(word.at(-1)!) && /[a-z0-9]/.test(text[at + word.length] ?? '');
      const latinStart = /[a-z0-9]/.test(word[0]!) && /[a-z0-9]/.test(text[at - 1] ?? '');
      if (!latinEnd && !latinStart) return word;
    }
    return undefined;
  }
}

const dictionary = new Dictionary();
dictionary.add([...SYNONYM_GROUPS.flat(), ...KEY_TERMS, ...Object.values(TYPOS)]);

/**
 * Adds the guide's headings to the vocabulary, cut at punctuation and spaces: a query that
 * repeats a heading's words ("号码不在您名下") is read as the heading's phrase.
 */
export function addVocabulary(headings: Iterable<string>): void {
  const words: string[] = [];
  for (const heading of headings)
    for (const piece of heading.split(/[^\p{L}\p{N}]+/u)) if ([...piece].length <= 12) words.push(piece);
  dictionary.add(words);
}

/**
 * Chinese the dictionary did not cover, by the browser's word segmenter. Its dictionary is
 * small (ICU cuts 补办 into 补|办 and 名下 into 名|下), so neighbouring single characters
 * that are not particles are joined back into one word, after a trailing 了 is dropped
 * (用|完了 → 用完).
 */
function segmentHan(run: string): string[] {
  const segments = segmenter ? [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment) : [...run];
  const words: string[] = [];
  let single = '';
  const flush = () => {
    if (single) words.push(single);
    single = '';
  };
  for (const segment of segments) {
    const word = segment.length > 1 && segment.endsWith('了') ? segment.slice(0, -1) : segment;
    if ([...word].length === 1 && !FUNCTION_WORDS.has(word)) single += word;
    else {
      flush();
      words.push(word);
    }
  }
  flush();
  return words;
}

/** Text the dictionary did not cover: Latin runs whole, Chinese by segmentHan. */
function segmentRest(text: string): string[] {
  const words: string[] = [];
  for (const run of text.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
    if (isHan(run[0]!)) words.push(...segmentHan(run));
    else words.push(...run.split(' ').filter((word) => [...word].some(isWordChar)));
  }
  return words;
}

/** "kcell怎么注销esim" → kcell, 怎么, 注销, esim: dictionary words longest first, the segmenter for the rest. */
export function splitWords(folded: string): string[] {
  const words: string[] = [];
  let rest = '';
  for (let at = 0; at < folded.length;) {
    const word = dictionary.longestAt(folded, at);
    if (word) {
      words.push(...segmentRest(rest), word);
      rest = '';
      at += word.length;
    } else rest += folded[at++];
  }
  words.push(...segmentRest(rest));
  return words;
}

/** Corrects the phone-keyboard typos of src/data/synonyms.ts (注消 → 注销). */
export function correctTypos(folded: string): string {
  let text = folded;
  for (const [typo, word] of FOLDED_TYPOS) text = text.replaceAll(typo, word);
  return text;
}

/**
 * Reads a query as a reader typed it: folded (case, full-width letters), typos corrected,
 * split into the guide's words, question words and particles dropped (unless nothing else
 * is left), each word with its synonyms.
 */
export function parseQuery(raw: string): ParsedQuery {
  if (!raw.trim()) return { kind: 'empty' };
  // Split where the reader put spaces or punctuation, then fold each piece: folding first
  // would join "Kcell 余额" into one word.
  const pieces = raw
    .split(/[^\p{L}\p{N}]+/u)
    .map((piece) => correctTypos(foldText(piece)))
    .filter((piece) => [...piece].some(isWordChar));
  if (pieces.length === 0) return { kind: 'invalid', reason: 'noWords' };
  const phrase = pieces.join('');
  if ([...pieces.join(' ')].length > MAX_QUERY_CHARS) return { kind: 'invalid', reason: 'tooLong' };
  const all = [...new Set(pieces.flatMap(splitWords))];
  const content = all.filter((word) => !FUNCTION_WORDS.has(word));
  const words = (content.length > 0 ? content : all).map((text) => ({
    text,
    variants: variantsOf(text),
    named: NAMED_WORDS.has(text),
  }));
  return { kind: 'query', phrase, words };
}
