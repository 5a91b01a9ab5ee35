import { CEDULA_POLICY, RUC_POLICY, type RucType } from './tables';
import { ID_MAX, RAW_MAX, listChars, normalizeId } from './normalize';
import { hasValidCedulaCheck, provinceKnown } from './cedula';
import { verdict, type RuleVerdict } from './verdict';

/** Mod-11 check digit over the first weights.length digits; -1 when no digit fits (remainder 1). */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((w, i) => {
    sum += (digits.charCodeAt(i) - 48) * w;
  });
  const r = sum % 11;
  if (r === 0) return 0;
  const check = 11 - r;
  return check === 10 ? -1 : check;
}

function passes(t: RucType, s: string): boolean {
  if (t.algorithm === 'cedula' || !t.weights) return hasValidCedulaCheck(s.slice(0, 10));
  const check = mod11CheckDigit(s, t.weights);
  return check >= 0 && check === s.charCodeAt(t.weights.length) - 48;
}

function establishmentZero(t: RucType, s: string): boolean {
  return /^0+$/.test(s.slice(t.establishmentStart));
}

const notDigit = (ch: string): boolean => !(ch >= '0' && ch <= '9' && ch.length === 1);

const NATURAL = RUC_POLICY.types.find((t) => t.type === 'natural');

export function checkRuc(raw: string): RuleVerdict {
  if (raw.length > RAW_MAX) return verdict('input.too-long');
  const s = normalizeId(raw);
  if (s.length === 0) return verdict('ruc.empty');
  if (s.length > ID_MAX) return verdict('input.too-long');

  const chars = listChars(s, notDigit);
  if (chars) return verdict('ruc.chars', { params: { chars } });

  const len = RUC_POLICY.length;
  if (s.length < len) {
    return verdict('ruc.short', { params: { count: s.length, missing: len - s.length }, incomplete: true, value: s });
  }
  if (s.length > len) return verdict('ruc.long', { params: { count: s.length, extra: s.length - len }, value: s });

  const third = s.charCodeAt(2) - 48;
  const t = RUC_POLICY.types.find((x) => x.thirdDigits.includes(third));
  if (!t) return verdict('ruc.type', { params: { digit: third }, value: s });

  if (passes(t, s)) {
    if (establishmentZero(t, s)) return verdict('ruc.establishment', { value: s });
    if (!provinceKnown(s)) return verdict('ruc.province', { params: { province: s.slice(0, 2) }, value: s });
    return verdict('ruc.ok', { params: { type: t.type }, value: s });
  }
  // A foreign resident's cédula starts like a public entity (third digit 6): their RUC is
  // their cédula + 001, so it passes as a person's RUC.
  if (NATURAL && t !== NATURAL && CEDULA_POLICY.thirdDigits.includes(third) && passes(NATURAL, s) && !establishmentZero(NATURAL, s)) {
    if (!provinceKnown(s)) return verdict('ruc.province', { params: { province: s.slice(0, 2) }, value: s });
    return verdict('ruc.ok', { params: { type: NATURAL.type }, value: s });
  }
  if (t.strict) return verdict('ruc.checksum', { value: s });
  if (establishmentZero(t, s)) return verdict('ruc.establishment', { value: s });
  // Issued without the algorithm (real companies fail it): only a warning.
  return verdict('ruc.unverified', { params: { type: t.type }, value: s });
}
