/**
 * Checks of what the reader types into the application. They only advise: the page shows a
 * message beside the field and still prints the letter, because the reader may know better.
 */

/** A Kazakh IBAN: KZ, two check digits and 16 letters or digits (20 in all), with the ISO 13616 mod-97 check. */
export function isKazakhIban(typed: string): boolean {
  const iban = typed.replace(/\s+/g, '').toUpperCase();
  if (!/^KZ\d{2}[A-Z0-9]{16}$/.test(iban)) return false;
  // Move the country code and check digits to the end, letters become 10..35, and the
  // number must leave 1 when divided by 97 (computed piecewise: it is 40 digits long).
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/**
 * A Kazakh IIN (ИИН): 12 digits, the last a control digit. The published rule: the first 11
 * digits weighted 1..11, summed, modulo 11; if that is 10, weighted 3..11, 1, 2 instead; if
 * it is 10 again, no IIN is issued with those digits.
 */
export function isIin(typed: string): boolean {
  const iin = typed.replace(/\s+/g, '');
  if (!/^\d{12}$/.test(iin)) return false;
  const digits = [...iin].map(Number);
  const sum = (first: number) =>
    digits.slice(0, 11).reduce((total, digit, i) => total + digit * (((first - 1 + i) % 11) + 1), 0) % 11;
  let control = sum(1);
  if (control === 10) control = sum(3);
  return control !== 10 && control === digits[11];
}

/** A Kazakh mobile number: +7 and 10 digits (spaces, dashes and brackets allowed). */
export function isKazakhNumber(typed: string): boolean {
  return /^\+7\d{10}$/.test(typed.replace(/[\s()-]/g, ''));
}

/** A name as the passport prints it in Latin letters. */
export function isLatinName(typed: string): boolean {
  return /^[A-Za-z][A-Za-z' .-]*$/.test(typed.trim());
}

/** A plausible e-mail address (the mail server has the last word). */
export function isEmail(typed: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typed.trim());
}
