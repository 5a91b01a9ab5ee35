import { CEDULA_POLICY, PROVINCE_BY_CODE, RUC_POLICY } from './tables';
import { ID_MAX, RAW_MAX, isAsciiDigit, isAsciiLetter, isDigits, listChars, normalizeId } from './normalize';
import { verdict, type RuleVerdict } from './verdict';

const THIRD_DIGITS: ReadonlySet<number> = new Set(CEDULA_POLICY.thirdDigits);

/** Check digit (mod 10, weights 2,1,2,…) of the first 9 digits of a cédula; -1 when not 9 digits. */
export function cedulaCheckDigit(first9: string): number {
  if (first9.length !== CEDULA_POLICY.weights.length || !isDigits(first9)) return -1;
  let sum = 0;
  CEDULA_POLICY.weights.forEach((w, i) => {
    const p = (first9.charCodeAt(i) - 48) * w;
    sum += p > 9 ? p - 9 : p;
  });
  return (10 - (sum % 10)) % 10;
}

/** True when `digits` is 10 digits whose last one is the check digit of the first 9. */
export function hasValidCedulaCheck(digits: string): boolean {
  return (
    digits.length === CEDULA_POLICY.length &&
    isDigits(digits) &&
    cedulaCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48
  );
}

/** True when digits 1–2 are a known province code. */
export function provinceKnown(digits: string): boolean {
  return PROVINCE_BY_CODE.has(digits.slice(0, 2));
}

const notAlnum = (ch: string): boolean => ch.length !== 1 || !(isAsciiDigit(ch.charCodeAt(0)) || isAsciiLetter(ch.charCodeAt(0)));

/**
 * A letter O, l (ele) or I (i) among digits, more digits than letters: a slip of the keyboard, not
 * a foreigner's IESS code. Says which letter came first, so the person knows what to change.
 */
function lookalike(s: string): RuleVerdict | undefined {
  if (!/^[\dOolI]+$/.test(s) || s.replace(/\d/g, '').length * 2 >= s.length) return undefined;
  const letter = /[OolI]/.exec(s)![0];
  return verdict(/o/i.test(letter) ? 'cedula.letter-o' : 'cedula.letter-l', { params: { letter } });
}

const NATURAL_THIRD: ReadonlySet<number> = new Set(
  RUC_POLICY.types.find((t) => t.type === 'natural')?.thirdDigits ?? [],
);

export function checkCedula(raw: string): RuleVerdict {
  if (raw.length > RAW_MAX) return verdict('input.too-long');
  const s = normalizeId(raw);
  if (s.length === 0) return verdict('cedula.empty');
  if (s.length > ID_MAX) return verdict('input.too-long');

  const chars = listChars(s, notAlnum);
  if (chars) return verdict('cedula.chars', { params: { chars } });

  if (!isDigits(s)) {
    const slip = lookalike(s);
    if (slip) return slip;
    // Letters: foreigners without a cédula type their IESS identification code here.
    return verdict('cedula.code', { value: s.toUpperCase() });
  }

  const len = CEDULA_POLICY.length;
  if (s[0] === '9' && s.length === len - 1) {
    // No province starts with 9: a Guayas cédula (09…) typed without its leading 0.
    return verdict('cedula.missing-zero', { params: { cedula: `0${s}` }, incomplete: true, value: s });
  }
  if (s.length < len) {
    return verdict('cedula.short', { params: { count: s.length, missing: len - s.length }, incomplete: true, value: s });
  }
  if (s.length > len) {
    // A RUC of a person (cédula + 001…) typed in the cédula field.
    const head = s.slice(0, len);
    const tail = s.slice(len);
    if (
      s.length === RUC_POLICY.length &&
      NATURAL_THIRD.has(s.charCodeAt(2) - 48) &&
      hasValidCedulaCheck(head) &&
      tail !== '000'
    ) {
      return verdict('cedula.ruc', { params: { cedula: head }, value: s });
    }
    return verdict('cedula.long', { params: { count: s.length, extra: s.length - len }, value: s });
  }

  if (!hasValidCedulaCheck(s)) return verdict('cedula.checksum', { value: s });
  const province = s.slice(0, 2);
  if (!provinceKnown(s)) return verdict('cedula.province', { params: { province }, value: s });
  const third = s.charCodeAt(2) - 48;
  if (!THIRD_DIGITS.has(third)) return verdict('cedula.third-digit', { params: { digit: third }, value: s });
  return verdict('cedula.ok', { params: { province: PROVINCE_BY_CODE.get(province) ?? province }, value: s });
}
