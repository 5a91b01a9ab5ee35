/**
 * Input clean-up shared by the rules. Everything here is linear in the input length: the
 * callers cap the raw length (RAW_MAX) before normalizing, and every regex below is a single
 * character class (no nested quantifiers, nothing to backtrack on).
 */

/** Raw input longer than this (UTF-16 units) is rejected before any other work. */
export const RAW_MAX = 1024;
/** An identifier (cédula, RUC, código, phone) longer than this after clean-up is rejected. */
export const ID_MAX = 64;

/** Turns anything into a string without throwing: non-strings become '' or their String(). */
export function toText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (raw === null || raw === undefined) return '';
  try {
    // Numbers, booleans and bigints as written; objects by their own toString (never trusted to work).
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- that is the documented behaviour
    return String(raw);
  } catch {
    return '';
  }
}

/** Invisible format characters: zero-width, joiners, bidi marks/embeddings/isolates, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
/**
 * Separators people type or paste inside identifiers: whitespace, dashes, dots; and `_`, the blank
 * of an input mask (PrimeFaces' InputMask shows "171_______" while the person types a cédula).
 */
const ID_SEPARATORS = /[\s\-._\u2010-\u2015\u2212\uFE58\uFE63\u30FB\u00B7]/gu;
/** Phones also drop parentheses and slashes: "(02) 123-4567", and a mask's blanks: "(02) 2__-____". */
const PHONE_SEPARATORS = /[\s\-._()/\u2010-\u2015\u2212\uFE58\uFE63\u00B7]/gu;

/** Unicode NFKC, tolerant of engines without `normalize` (never throws). */
function nfkc(s: string): string {
  try {
    return s.normalize('NFKC');
  } catch {
    return s;
  }
}

function clean(s: string, drop: RegExp): string {
  // NFKC first (full-width digits and spaces become ASCII), drop, then NFKC again: dropping a
  // zero-width joiner between a letter and a combining accent lets them compose, so the second
  // pass makes the function idempotent.
  return nfkc(nfkc(s).replace(INVISIBLE, '').replace(drop, ''));
}

/** Identifier clean-up: "171430710-3", "1714 307 103", "１７１４３０７１０３" → "1714307103"; "171_______" → "171". */
export function normalizeId(s: string): string {
  return clean(s, ID_SEPARATORS);
}

/** Phone clean-up: like normalizeId, and parentheses and slashes go too. */
export function normalizePhone(s: string): string {
  return clean(s, PHONE_SEPARATORS);
}

/** Email clean-up: NFKC, invisible characters dropped, outer whitespace trimmed. Inner spaces stay (they are an error). */
export function normalizeEmail(s: string): string {
  return nfkc(nfkc(s).replace(INVISIBLE, '')).trim();
}

/** True when every character is an ASCII digit (and there is at least one). */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const MARK = /^\p{M}$/u;
const VISIBLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

/** How to show one offending character to a person: itself when visible, else its code point. */
function showChar(ch: string): string {
  if (MARK.test(ch)) return `◌${ch}`;
  if (VISIBLE.test(ch)) return ch;
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The distinct characters of `s` for which `bad` is true, as a short list for a hint:
 * `"ñ" "@"`. Looks at most `scan` code points and lists at most `max` characters.
 */
export function listChars(s: string, bad: (ch: string) => boolean, max = 6, scan = 256): string {
  const seen: string[] = [];
  let n = 0;
  for (const ch of s) {
    if (++n > scan || seen.length >= max) break;
    if (bad(ch) && !seen.includes(ch)) seen.push(ch);
  }
  return seen.map((ch) => `"${showChar(ch)}"`).join(' ');
}
