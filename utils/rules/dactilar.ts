import { DACTILAR_POLICY } from './tables';
import { ID_MAX, RAW_MAX, isAsciiDigit, listChars, normalizeId } from './normalize';
import { verdict, type RuleVerdict } from './verdict';

const PATTERN = DACTILAR_POLICY.pattern;
const LETTER_TO_DIGIT: ReadonlyMap<string, string> = new Map(Object.entries(DACTILAR_POLICY.confusables));
const DIGIT_TO_LETTER: ReadonlyMap<string, string> = new Map(
  // First letter listed for a digit wins (0→O, 1→I).
  [...Object.entries(DACTILAR_POLICY.confusables)].reverse().map(([l, d]) => [d, l]),
);

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const notAlnum = (ch: string): boolean =>
  !(ch.length === 1 && (isUpper(ch.charCodeAt(0)) || isAsciiDigit(ch.charCodeAt(0))));

export function checkDactilar(raw: string): RuleVerdict {
  if (raw.length > RAW_MAX) return verdict('input.too-long');
  const s = normalizeId(raw).toUpperCase();
  if (s.length === 0) return verdict('dactilar.empty');
  if (s.length > ID_MAX) return verdict('input.too-long');
  const chars = listChars(s, notAlnum);
  if (chars) return verdict('dactilar.chars', { params: { chars } });
  if (s.length > PATTERN.length) {
    return verdict('dactilar.long', { params: { count: s.length, extra: s.length - PATTERN.length }, value: s });
  }

  let fixed = '';
  let mixups = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const wantLetter = PATTERN[i] === 'L';
    const isLetter = isUpper(ch.charCodeAt(0));
    if (wantLetter === isLetter) {
      fixed += ch;
      continue;
    }
    const swap = wantLetter ? DIGIT_TO_LETTER.get(ch) : LETTER_TO_DIGIT.get(ch);
    if (!swap) return verdict('dactilar.format', { value: s });
    fixed += swap;
    mixups++;
  }
  if (mixups > 0) {
    // Letter O for zero and the like: show the fixed code when it is complete.
    if (s.length === PATTERN.length) return verdict('dactilar.confusable', { params: { suggestion: fixed }, value: s });
    return verdict('dactilar.format', { value: s });
  }
  if (s.length < PATTERN.length) {
    return verdict('dactilar.short', { params: { count: s.length, missing: PATTERN.length - s.length }, incomplete: true, value: s });
  }
  return verdict('dactilar.ok', { value: s });
}
