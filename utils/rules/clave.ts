import type { CharClass } from './char-classes';
import { COMMON_CLAVES, CLAVE_POLICY } from './tables';
import { ID_MAX, RAW_MAX, isAsciiDigit, isAsciiLetter, isDigits, listChars, normalizeId } from './normalize';
import { verdict, type RuleVerdict } from './verdict';

const CLASS_TEST: Record<CharClass, (c: number) => boolean> = {
  upper: (c) => c >= 65 && c <= 90,
  lower: (c) => c >= 97 && c <= 122,
  digit: isAsciiDigit,
};
const ALLOWED = CLAVE_POLICY.allowed.map((k) => CLASS_TEST[k]);
const allowedChar = (ch: string): boolean => ch.length === 1 && ALLOWED.some((t) => t(ch.charCodeAt(0)));
const SPACE = /^\s$/u;
const isSpace = (ch: string): boolean => SPACE.test(ch);

/** 0/1/3/4/5/7 written for o/i/e/a/s/t ("p4ssw0rd"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
function unleet(s: string): string {
  let out = '';
  for (const ch of s) out += LEET[ch] ?? ch;
  return out;
}

/** True when the (lowercase ASCII) clave is a common one, maybe with digits around it. */
export function isCommonClave(clave: string): boolean {
  const lower = clave.toLowerCase();
  const core = lower.replace(/^\d+/, '').replace(/\d+$/, '');
  const forms = [lower, lower.replace(/\d+$/, ''), lower.replace(/^\d+/, ''), core];
  for (const f of forms) {
    if (f.length < 3) continue;
    if (COMMON_CLAVES.has(f)) return true;
    if (/[a-z]/.test(f) && COMMON_CLAVES.has(unleet(f))) return true;
  }
  return false;
}

function step(c: number, dir: number): number {
  if (isAsciiDigit(c)) return ((c - 48 + dir + 10) % 10) + 48;
  return c + dir;
}

/** True for runs and repeats: 123456, 654321, 7890123, abcdef, aaaaaa, 121212, abcabc. */
export function isSequence(clave: string): boolean {
  const s = clave.toLowerCase();
  const n = s.length;
  if (n < 3) return false;
  for (let p = 1; p <= n / 2; p++) {
    if (n % p === 0 && s.slice(0, p).repeat(n / p) === s) return true;
  }
  const digits = isDigits(s);
  let letters = true;
  for (let i = 0; i < n; i++) if (!isAsciiLetter(s.charCodeAt(i))) letters = false;
  if (!digits && !letters) return false;
  for (const dir of [1, -1]) {
    let run = true;
    for (let i = 1; i < n && run; i++) run = s.charCodeAt(i) === step(s.charCodeAt(i - 1), dir);
    if (run) return true;
  }
  return false;
}

/** True when `clave` holds `run` or more digits in a row that appear in the cédula. */
function containsCedula(clave: string, cedulaRaw: string | undefined): boolean {
  if (!cedulaRaw || cedulaRaw.length > RAW_MAX) return false;
  const ced = normalizeId(cedulaRaw);
  const run = CLAVE_POLICY.cedulaRun;
  if (ced.length < run || ced.length > ID_MAX || !isDigits(ced)) return false;
  for (let i = 0; i + run <= clave.length; i++) {
    const part = clave.slice(i, i + run);
    if (isDigits(part) && ced.includes(part)) return true;
  }
  return false;
}

/** Which of the recommended groups (e.g. letters, digits) the clave has none of. */
function missingGroups(clave: string): CharClass[][] {
  return CLAVE_POLICY.recommended.filter((group) => {
    for (let i = 0; i < clave.length; i++) {
      const c = clave.charCodeAt(i);
      if (group.some((k) => CLASS_TEST[k](c))) return false;
    }
    return true;
  });
}

export function checkClave(raw: string, cedula?: string): RuleVerdict {
  // The clave is checked as typed: no normalization, so what is judged is what the portal gets.
  if (raw.length === 0) return verdict('password.empty');
  const { minLength: min, maxLength: max } = CLAVE_POLICY;

  const chars = listChars(raw, (ch) => !allowedChar(ch) && !isSpace(ch), 8, 256);
  const space = listChars(raw, isSpace, 1, 256) !== '';
  if (chars) return verdict(space ? 'password.chars-space' : 'password.chars', { params: { chars } });
  if (space) return verdict('password.space');

  const count = raw.length;
  if (count > max) return verdict('password.long', { params: { count, max, extra: count - max } });
  if (count < min) return verdict('password.short', { params: { count, min, missing: min - count }, incomplete: true });

  if (containsCedula(raw, cedula)) return verdict('password.has-cedula');
  if (isCommonClave(raw)) return verdict('password.common');
  if (isSequence(raw)) return verdict('password.sequence');
  const missing = missingGroups(raw);
  if (missing.some((g) => g.includes('digit'))) return verdict('password.letters-only');
  if (missing.length > 0) return verdict('password.digits-only');
  return verdict('password.ok');
}

export function checkClaveConfirm(raw: string, clave: string | undefined): RuleVerdict {
  if (raw.length === 0) return verdict('password-confirm.empty');
  if (!clave) return verdict('password-confirm.no-first');
  if (raw === clave) return verdict('password-confirm.ok');
  return verdict('password-confirm.mismatch', { incomplete: clave.length > raw.length && clave.startsWith(raw) });
}
