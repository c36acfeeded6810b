import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { zhCN } from '../../i18n/zh-CN';
import { isEmail, isIin, isKazakhIban, isKazakhNumber, isLatinName } from './checks';
import {
  EMPTY_ANSWERS,
  buildLetter,
  checkWording,
  fill,
  formatNumber,
  staffLines,
  type Answers,
  type Line,
  type Operator,
  type Refund,
} from './letter';

// The real wording and operators, as the page reads them from content/.
const read = (file: string) =>
  parse(readFileSync(new URL(`../../../content/application/${file}`, import.meta.url), 'utf8'));
const wording = checkWording(read('letter.yaml'), 'content/application/letter.yaml');
const operators = read('operators.yaml') as Record<string, Operator>;
const content = { wording, operators, zhDate: zhCN['date.format'] };
const TODAY = '2026-12-06';
/** The Russian text alone, as the copy button takes it from the page. */
const russianText = (lines: Line[]) => lines.map((line) => line.ru).join('\n');

const answers = (more: Partial<Answers> = {}): Answers => ({
  ...EMPTY_ANSWERS,
  operator: 'kcell',
  number: '+7 701 234 5678',
  name: 'ZHANG WEI',
  passport: 'ea1234567',
  iin: '900101300126',
  date: '2026-12-10',
  email: 'zhang.wei@example.com',
  ...more,
});
const text = (more: Partial<Answers> = {}) => russianText(buildLetter(answers(more), content, TODAY));
const gloss = (more: Partial<Answers> = {}) =>
  buildLetter(answers(more), content, TODAY)
    .map((line) => line.zh)
    .join('\n');

describe('the letter', () => {
  it('is a formal termination application with the reader’s details', () => {
    expect(text()).toBe(
      [
        'В АО «Kcell» (Kcell)',
        'от ZHANG WEI',
        'паспорт № EA1234567, ИИН 900101300126',
        'абонентский номер +7 701 234 56 78',
        'Заявление о расторжении договора об оказании услуг связи',
        'Прошу с 10 декабря 2026 г. расторгнуть договор об оказании услуг связи, заключённый между мной и АО «Kcell» (Kcell), по абонентскому номеру +7 701 234 56 78.',
        'Прошу направить письменное подтверждение расторжения договора на адрес электронной почты zhang.wei@example.com.',
        'Дата: 6 декабря 2026 г.',
        'Подпись: ____________ / ZHANG WEI',
      ].join('\n'),
    );
    expect(gloss()).toContain(
      '请自 2026 年 12 月 10 日起，解除我与 Kcell 就号码 +7 701 234 56 78 签订的通信服务合同。',
    );
  });

  it.each([
    ['beeline', 'ТОО «Кар-Тел» (Beeline)', 'Beeline'],
    ['kcell', 'АО «Kcell» (Kcell)', 'Kcell'],
    ['activ', 'АО «Kcell» (activ)', 'activ'],
    ['tele2', 'Tele2', 'Tele2'],
    ['altel', 'Altel', 'Altel'],
    ['izi', 'izi', 'izi'],
  ])('names %s by its legal name only where the sources give one', (operator, russian, chinese) => {
    expect(text({ operator })).toContain(`В ${russian}\n`);
    expect(text({ operator })).toContain(`между мной и ${russian}, по`);
    expect(gloss({ operator })).toContain(`致：${chinese}\n`);
  });

  const refunds: [Refund, Partial<Answers>, string | undefined][] = [
    [
      'iban',
      { iban: 'kz86 125k zt50 0410 0100', bank: 'Halyk Bank', holder: 'ZHANG WEI' },
      'Прошу перечислить остаток средств на балансе на мой банковский счёт IBAN KZ86 125K ZT50 0410 0100, банк Halyk Bank, владелец счёта ZHANG WEI.',
    ],
    [
      'number',
      { refundNumber: '87019876543' },
      'Прошу перевести остаток средств на балансе на абонентский номер +7 701 987 65 43.',
    ],
    ['none', { iban: 'KZ86125KZT5004100100', refundNumber: '+77019876543' }, undefined],
  ];
  for (const abroad of [false, true]) {
    for (const [refund, details, line] of refunds) {
      it(`asks for the balance ${refund === 'none' ? 'not at all' : `by ${refund}`}, ${abroad ? 'abroad' : 'in Kazakhstan'}`, () => {
        const letter = text({ refund, abroad, ...details });
        const balanceLines = letter.split('\n').filter((l) => l.includes('остаток средств'));
        expect(balanceLines).toEqual(line ? [line] : []);
        const away =
          'В настоящее время я нахожусь за пределами Республики Казахстан и не могу явиться лично. Прошу сообщить, каким образом может быть принято настоящее заявление.';
        expect(letter.includes(away)).toBe(abroad);
        // The requests come in order, and the letter always ends with the date and signature.
        const lines = letter.split('\n');
        expect(lines.indexOf(lines.find((l) => l.startsWith('Прошу с '))!)).toBe(5);
        expect(lines.slice(-2)[0]).toBe('Дата: 6 декабря 2026 г.');
      });
    }
  }

  it('leaves no dangling words where optional fields are empty', () => {
    const letter = text({ iin: '', refund: 'iban', iban: 'KZ86125KZT5004100100', bank: ' ', holder: '', email: '' });
    expect(letter).toContain('паспорт № EA1234567\n');
    expect(letter).not.toMatch(/ИИН|банк |владелец|электронной почты/);
    expect(letter).toContain('на мой банковский счёт IBAN KZ86 125K ZT50 0410 0100.\n');
    // Without an e-mail address, the confirmation is asked for in person.
    expect(letter).toContain('Прошу выдать мне письменное подтверждение расторжения договора.');
    expect(letter).not.toMatch(/ ,|,\.|\s\./);
    const zh = gloss({ iin: '', refund: 'iban', iban: 'KZ86125KZT5004100100', bank: '', holder: 'ZHANG WEI' });
    expect(zh).toContain('护照号码：EA1234567\n');
    expect(zh).toContain('IBAN KZ86 125K ZT50 0410 0100，账户持有人 ZHANG WEI。');
    expect(zh).not.toMatch(/IIN|开户银行/);
  });

  it('leaves a line to write on by hand where a required field is empty', () => {
    const letter = text({ name: '', number: '', operator: '' });
    expect(letter).toMatch(/^В _{10,}\nот _{10,}\n/);
    expect(letter).toMatch(/Прошу с 10 декабря 2026 г\. .* по абонентскому номеру _{10,}\./);
  });

  it('as a blank form, offers every line with blanks and marks the choices', () => {
    const lines = buildLetter(EMPTY_ANSWERS, content, '', true);
    expect(lines.map((line) => line.id)).toEqual([
      'to',
      'from',
      'passport',
      'number',
      'title',
      'request',
      'refund-iban',
      'refund-number',
      'confirm-email',
      'abroad',
      'date',
      'signature',
    ]);
    expect(lines.filter((line) => line.choice).map((line) => line.id)).toEqual([
      'refund-iban',
      'refund-number',
      'abroad',
    ]);
    const passport = lines.find((line) => line.id === 'passport')!;
    expect(passport.ru).toMatch(/^паспорт № _+, ИИН _+$/);
    expect(russianText(lines)).not.toMatch(/[{}[\]]/);
  });
});

describe('the staff card', () => {
  it('shows the number, the name and the IIN, and no IIN line without one', () => {
    expect(staffLines(answers(), content).map((line) => line.ru)).toEqual([
      'Абонентский номер: +7 701 234 56 78',
      'Фамилия и имя: ZHANG WEI',
      'ИИН: 900101300126',
    ]);
    expect(staffLines(answers({ iin: '' }), content).map((line) => line.zh)).toEqual([
      '号码：+7 701 234 56 78',
      '姓名：ZHANG WEI',
    ]);
  });
});

describe('fill', () => {
  it('keeps a […] part only when every field in it has a value', () => {
    expect(fill('a {x}[, b {y}][, c {z}].', { x: '1', y: '2', z: '' })).toBe('a 1, b 2.');
    expect(fill('a {x}[, b {y}].', { x: '1', y: '' }, true)).toBe('a 1, b ____________.');
  });
});

describe('formatNumber', () => {
  it('writes a Kazakh number the one way, from any common form', () => {
    for (const typed of ['+77012345678', '8 701 234 56 78', '7012345678', '+7 (701) 234-56-78'])
      expect(formatNumber(typed)).toBe('+7 701 234 56 78');
    expect(formatNumber(' 12345 ')).toBe('12345');
  });
});

describe('checkWording', () => {
  it('fails naming the file and the line for a missing line or an unknown field', () => {
    const { title: _title, ...withoutTitle } = read('letter.yaml');
    expect(() => checkWording(withoutTitle, 'content/application/letter.yaml')).toThrow(
      'content/application/letter.yaml: line "title" is missing',
    );
    expect(() =>
      checkWording({ ...read('letter.yaml'), from: { ru: 'от {nmae}', zh: '申请人' } }, 'letter.yaml'),
    ).toThrow('letter.yaml: line "from" has an unknown field {nmae}');
  });
});

describe('checks', () => {
  it('accepts a Kazakh IBAN with the right check digits, in any spacing or case', () => {
    expect(isKazakhIban('KZ86125KZT5004100100')).toBe(true);
    expect(isKazakhIban('kz86 125k zt50 0410 0100')).toBe(true);
  });
  it('rejects an IBAN with a typo, the wrong length or another country', () => {
    expect(isKazakhIban('KZ86125KZT5004100101')).toBe(false); // one digit wrong
    expect(isKazakhIban('KZ68125KZT5004100100')).toBe(false); // check digits swapped
    expect(isKazakhIban('KZ86125KZT500410010')).toBe(false); // 19 characters
    expect(isKazakhIban('DE89370400440532013000')).toBe(false); // valid, but German
  });
  it('accepts an IIN whose control digit is right, by either pass of weights', () => {
    expect(isIin('900101300126')).toBe(true);
    expect(isIin('880507501237')).toBe(true);
    expect(isIin('900101300811')).toBe(true); // first pass gives 10, second pass 1
  });
  it('rejects an IIN with a wrong control digit, a wrong length, or whose digits give 10 twice', () => {
    expect(isIin('900101300127')).toBe(false);
    expect(isIin('900101300810')).toBe(false);
    expect(isIin('900101300800')).toBe(false); // both passes give 10: never issued
    expect(isIin('90010130012')).toBe(false);
    expect(isIin('9001013001a6')).toBe(false);
  });
  it('knows a Kazakh number, a Latin name and an e-mail address', () => {
    expect(isKazakhNumber('+7 701 234-56-78')).toBe(true);
    expect(isKazakhNumber('+7 701 234 56 7')).toBe(false);
    expect(isKazakhNumber('87012345678')).toBe(false);
    expect(isLatinName('ZHANG Wei')).toBe(true);
    expect(isLatinName('张伟')).toBe(false);
    expect(isEmail('a@b.kz')).toBe(true);
    expect(isEmail('a@b')).toBe(false);
  });
});
