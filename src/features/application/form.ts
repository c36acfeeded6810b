import { isEmail, isIin, isKazakhIban, isKazakhNumber, isLatinName } from './checks';
import {
  EMPTY_ANSWERS,
  buildLetter,
  formatNumber,
  staffLines,
  type Answers,
  type Line,
  type LetterContent,
} from './letter';

/**
 * The application form once the reader acts (element.ts loads this): the letter and the
 * staff card follow every keystroke; checks advise beside a field and never block printing;
 * answers are kept in this browser's localStorage only while "在本机保存" is ticked. Nothing
 * here makes a request: the letter is made on the device.
 */

/** The advisory check of each field that has one. */
const CHECKS: Partial<Record<keyof Answers, (value: string) => boolean>> = {
  // Checked as the letter will print it: 8 701 … and 701 … become +7 701 ….
  number: (typed: string) => isKazakhNumber(formatNumber(typed)),
  name: isLatinName,
  iin: isIin,
  iban: isKazakhIban,
  holder: isLatinName,
  refundNumber: (typed: string) => isKazakhNumber(formatNumber(typed)),
  email: isEmail,
};

type Field = HTMLInputElement | HTMLSelectElement;

/** Today on the reader's own calendar, as YYYY-MM-DD. */
const today = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

const fields = (root: HTMLElement) => [...root.querySelectorAll<Field>('[data-answer]')];

/** The answers as the form holds them now. */
function read(root: HTMLElement): Answers {
  const answers: Record<string, string | boolean> = { ...EMPTY_ANSWERS };
  for (const field of fields(root)) {
    if (field instanceof HTMLInputElement && field.type === 'radio' && !field.checked) continue;
    answers[field.name] = field.value;
  }
  answers['abroad'] = answers['abroad'] === 'yes';
  return answers as unknown as Answers;
}

/** Puts answers into the form (a saved set, or the empty one). */
function write(root: HTMLElement, answers: Answers): void {
  for (const field of fields(root)) {
    const value =
      field.name === 'abroad' ? (answers.abroad ? 'yes' : 'no') : String(answers[field.name as keyof Answers] ?? '');
    if (field instanceof HTMLInputElement && field.type === 'radio') field.checked = field.value === value;
    else field.value = value;
  }
  if (!answers.date) root.querySelector<HTMLInputElement>('[name="date"]')!.value = today();
}

/** Draws lines into a container from the server-drawn line template. */
function draw(root: HTMLElement, container: Element, lines: Line[]): void {
  const template = root.querySelector<HTMLTemplateElement>('template[data-line]')!;
  container.replaceChildren(
    ...lines.map((line) => {
      const node = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      node.dataset['kind'] = line.kind;
      node.querySelector('[lang="ru"]')!.textContent = line.ru;
      node.querySelector('[data-gloss]')!.textContent = line.zh;
      return node;
    }),
  );
}

/** Shows or clears a field's advice; only a filled-in, wrong value gets a message. */
function check(field: Field): void {
  const test = CHECKS[field.name as keyof Answers];
  const message = field.id && document.getElementById(`${field.id}-error`);
  if (!test || !message) return;
  const wrong = field.value.trim() !== '' && !test(field.value);
  if (wrong) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
  message.textContent = wrong ? (message.dataset['message'] ?? '') : '';
}

const content = new WeakMap<HTMLElement, LetterContent>();

/** Redraws the letter and the staff card, shows the refund details that apply, and saves if asked. */
function update(root: HTMLElement): void {
  const answers = read(root);
  const letter = content.get(root)!;
  draw(root, root.querySelector('[data-sheet]')!, buildLetter(answers, letter, today()));
  draw(root, root.querySelector('[data-staff]')!, staffLines(answers, letter));
  for (const group of root.querySelectorAll<HTMLElement>('[data-refund]')) {
    group.hidden = group.dataset['refund'] !== answers.refund;
  }
  if (root.querySelector<HTMLInputElement>('[data-save]')!.checked) store(root, answers);
}

function store(root: HTMLElement, answers: Answers | undefined): void {
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  try {
    if (answers) localStorage.setItem(root.dataset['storeKey']!, JSON.stringify(answers));
    else localStorage.removeItem(root.dataset['storeKey']!);
    status.textContent = '';
  } catch {
    status.textContent = status.dataset['failed'] ?? '';
  }
}

/** Makes the server-drawn form live: restores saved answers, then follows the reader. */
export function upgrade(root: HTMLElement): void {
  content.set(root, JSON.parse(root.dataset['content']!) as LetterContent);
  const save = root.querySelector<HTMLInputElement>('[data-save]')!;
  let saved: Answers | undefined;
  try {
    const json = localStorage.getItem(root.dataset['storeKey']!);
    saved = json ? { ...EMPTY_ANSWERS, ...(JSON.parse(json) as Partial<Answers>) } : undefined;
  } catch {
    saved = undefined;
  }
  if (saved) {
    write(root, saved);
    save.checked = true;
  } else if (!root.querySelector<HTMLInputElement>('[name="date"]')!.value) {
    root.querySelector<HTMLInputElement>('[name="date"]')!.value = today();
  }
  for (const field of fields(root)) if (field.value) check(field);
  root.addEventListener('input', (event) => {
    const field = event.target as Field;
    // While typing, a message only goes away; a new one waits until the field is left.
    if (field.hasAttribute('aria-invalid')) check(field);
    update(root);
  });
  root.addEventListener('change', (event) => {
    if (event.target === save) store(root, save.checked ? read(root) : undefined);
    else check(event.target as Field);
    update(root);
  });
  // "清除我的信息" in another tab, or while this page sat in the back/forward cache, removed
  // the saved answers: stop saving here too, so the next keystroke does not bring them back.
  const followStorage = () => {
    try {
      if (save.checked && localStorage.getItem(root.dataset['storeKey']!) === null) save.checked = false;
    } catch {
      // Storage blocked: nothing was saved to follow.
    }
  };
  addEventListener('storage', followStorage);
  addEventListener('pageshow', followStorage);
  update(root);
}

/** "清除我的信息": empties the form and removes what this device kept. */
export function clear(root: HTMLElement): void {
  write(root, EMPTY_ANSWERS);
  root.querySelector<HTMLInputElement>('[data-save]')!.checked = false;
  for (const field of fields(root)) check(field);
  store(root, undefined);
  update(root);
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  status.textContent = status.dataset['cleared'] ?? '';
}
