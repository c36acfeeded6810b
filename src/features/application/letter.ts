import { formatDateAs } from '../../lib/dates';

/**
 * The termination application as lines of Russian with their Chinese glosses, made from the
 * reader's answers and the wording in content/application/letter.yaml. Pure: the page draws
 * the blank form with it at build time, and the browser redraws the letter with it as the
 * reader types. The wording is content; this file only decides which lines appear and
 * what goes into their {fields}.
 */

/**
 * The lines the wording file must have, by the part of the layout they belong to (address
 * block, title, body, signature), in the order the letter prints them; `staff` are the
 * lines of "出示给工作人员".
 */
const LINES = {
  head: ['to', 'from', 'passport', 'number'],
  title: ['title'],
  body: ['request', 'refund-iban', 'refund-number', 'confirm-email', 'confirm', 'abroad'],
  sign: ['date', 'signature'],
  staff: ['staff-number', 'staff-name', 'staff-iin'],
} as const;
export type LineKind = keyof typeof LINES;
type LineId = (typeof LINES)[LineKind][number];
type Kinds = Record<LineId, LineKind>;
const KIND = Object.fromEntries(Object.entries(LINES).flatMap(([kind, ids]) => ids.map((id) => [id, kind]))) as Kinds;

/** One line's wording: Russian and its Chinese gloss, with {fields} and optional […] parts. */
interface LineWording {
  ru: string;
  zh: string;
}
type Wording = Record<LineId, LineWording>;

export interface Operator {
  brand: string;
  /** The contracting company in Russian, where a source gives it. */
  legal?: string | undefined;
}

export type Refund = 'iban' | 'number' | 'none';

/** What the reader typed, as typed; `date` is the day the contract ends, YYYY-MM-DD. */
export const EMPTY_ANSWERS = {
  operator: '',
  number: '',
  name: '',
  passport: '',
  iin: '',
  date: '',
  refund: 'none' as Refund,
  iban: '',
  bank: '',
  holder: '',
  refundNumber: '',
  email: '',
  abroad: false,
};
export type Answers = typeof EMPTY_ANSWERS;

export interface Line {
  id: LineId;
  kind: LineKind;
  ru: string;
  zh: string;
  /** On the blank form: a line the reader ticks if it applies (refund, abroad). */
  choice: boolean;
}

/** What a field left empty prints as: a line long enough to write the value by hand. */
const BLANK_WIDTH: Record<string, number> = {
  name: 24,
  passport: 12,
  iin: 14,
  number: 18,
  iban: 26,
  email: 22,
  refundNumber: 18,
  operator: 16,
};
const blank = (field: string) => '_'.repeat(BLANK_WIDTH[field] ?? 12);

/**
 * Fills one template: {field} takes its value, or a blank line; a […] part is left out when
 * a field in it is empty, unless `keepParts` (the blank form keeps them, with blank lines).
 */
export function fill(template: string, values: Record<string, string>, keepParts = false): string {
  const field = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] || blank(name));
  const parts = template.replace(/\[([^\]]*)\]/g, (_, part: string) => {
    const names = [...part.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    return keepParts || names.every((name) => values[name]) ? part : '';
  });
  return field(parts);
}

/** A Kazakh number as "+7 701 234 56 78"; anything else as typed. */
export function formatNumber(typed: string): string {
  const digits = typed.replace(/\D/g, '');
  const ten = digits.length === 10 ? digits : digits.length === 11 && /^[78]/.test(digits) ? digits.slice(1) : '';
  if (!ten) return typed.trim();
  return `+7 ${ten.slice(0, 3)} ${ten.slice(3, 6)} ${ten.slice(6, 8)} ${ten.slice(8)}`;
}

/** An IBAN in groups of four, as banks print it. */
function formatIban(typed: string): string {
  return compact(typed).replace(/(.{4})(?=.)/g, '$1 ');
}

const compact = (text: string) => text.replace(/\s+/g, '').toUpperCase();
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A date (YYYY-MM-DD) as a Russian letter writes it, "6 декабря 2026 г." (the browser's own
 * Russian month names), or in the site's Chinese date format ("{y} 年 {m} 月 {d} 日").
 */
function formatDate(iso: string, zhFormat?: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : NaN);
  if (Number.isNaN(date.getTime())) return '';
  return zhFormat ? formatDateAs(zhFormat, date) : RUSSIAN_DATE.format(date);
}
const RUSSIAN_DATE = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The wording and the facts a letter is made of, all from content/ (and the site's date format). */
export interface LetterContent {
  wording: Wording;
  operators: Record<string, Operator>;
  /** How Chinese writes a date: "{y} 年 {m} 月 {d} 日". */
  zhDate: string;
}

/** The values for the {fields}, in Russian or (with the Chinese date format) for the gloss. */
function values(answers: Answers, operators: Record<string, Operator>, today: string, zhDate?: string) {
  const lang = zhDate ? 'zh' : 'ru';
  const operator = operators[answers.operator];
  const operatorName = !operator
    ? ''
    : lang === 'ru' && operator.legal
      ? `${operator.legal} (${operator.brand})`
      : operator.brand;
  return {
    operator: operatorName,
    name: oneLine(answers.name),
    passport: compact(answers.passport),
    iin: answers.iin.replace(/\D/g, ''),
    number: answers.number.trim() ? formatNumber(answers.number) : '',
    date: formatDate(answers.date, zhDate),
    iban: answers.iban.trim() ? formatIban(answers.iban) : '',
    bank: oneLine(answers.bank),
    holder: oneLine(answers.holder),
    refundNumber: answers.refundNumber.trim() ? formatNumber(answers.refundNumber) : '',
    email: answers.email.trim(),
    today: formatDate(today, zhDate),
  };
}

/**
 * The letter for a set of answers: the lines that apply, filled in. `today` (YYYY-MM-DD) is
 * the day it is made. With `blank`, the form to fill in by hand: every line that may apply,
 * the refund and abroad lines as choices to tick.
 */
export function buildLetter(answers: Answers, content: LetterContent, today: string, blank = false): Line[] {
  const ids: LineId[] = ['to', 'from', 'passport', 'number', 'title', 'request'];
  if (blank || answers.refund === 'iban') ids.push('refund-iban');
  if (blank || answers.refund === 'number') ids.push('refund-number');
  ids.push(blank || answers.email.trim() ? 'confirm-email' : 'confirm');
  if (blank || answers.abroad) ids.push('abroad');
  ids.push('date', 'signature');
  return lines(ids, answers, content, today, blank);
}

/** The lines that the blank form offers as choices to tick. */
const CHOICES: readonly LineId[] = ['refund-iban', 'refund-number', 'abroad'];

/** "出示给工作人员": the number, the name and the IIN (left out when empty), to be shown large. */
export function staffLines(answers: Answers, content: LetterContent): Line[] {
  return lines(LINES.staff, answers, content, '').filter((line) => line.ru);
}

/** The lines `ids`, filled in: the Russian, and the gloss with the dates in Chinese. */
function lines(ids: readonly LineId[], answers: Answers, content: LetterContent, today: string, blank = false): Line[] {
  const { wording, operators, zhDate } = content;
  const ru = values(answers, operators, today);
  const zh = values(answers, operators, today, zhDate);
  return ids.map((id) => ({
    id,
    kind: KIND[id],
    ru: fill(wording[id].ru, ru, blank),
    zh: fill(wording[id].zh, zh, blank),
    choice: blank && CHOICES.includes(id),
  }));
}

/**
 * Checks the wording file: every line there, no unknown line, no unknown {field}. Throws
 * naming the file and the line, so a typo stops the build instead of printing "{nmae}".
 */
export function checkWording(entries: Record<string, LineWording>, file: string): Wording {
  const known = new Set(Object.keys(values(EMPTY_ANSWERS, {}, '')));
  const problems: string[] = [];
  const ids: readonly string[] = Object.values(LINES).flat();
  for (const id of ids) if (!entries[id]) problems.push(`line "${id}" is missing`);
  for (const [id, line] of Object.entries(entries)) {
    if (!ids.includes(id)) problems.push(`line "${id}" is not one the letter uses`);
    for (const text of [line.ru, line.zh]) {
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
        if (!known.has(name!)) problems.push(`line "${id}" has an unknown field {${name}}`);
      }
    }
  }
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return entries as Wording;
}
