/**
 * suggestClave: a new clave that meets the policy and is easy to type on the portal's on-screen
 * keyboard: two short Spanish words (one capitalised) and 3 digits, e.g. "Luna427casa" or
 * "rioMango083". Never stored anywhere.
 *
 * Entropy (every choice uniform and independent, crypto.getRandomValues, rejection sampling):
 *   first word 256 × second word 256 × which word is capitalised 2 × digits in the middle or at
 *   the end 2 × 3 digits 1000 = 2^16 · 2^2 · 1000 ≈ 2^27.97 → about 28 bits (SUGGESTION_ENTROPY_BITS).
 * Enough for an account that locks after a few wrong tries; far above the claves people pick.
 */
import * as z from 'zod/mini';
import { WORDS } from './words';

const SUGGESTION_DIGITS = 3;
/** Layout choices: which word is capitalised (2) × where the digits go (2). */
const LAYOUTS = 4;

const entropyBits = () => 2 * Math.log2(WORDS.length) + Math.log2(LAYOUTS) + SUGGESTION_DIGITS * Math.log2(10);
/** Pure: a bundle that never suggests a clave (the content script) leaves the word list out. */
export const SUGGESTION_ENTROPY_BITS = /* @__PURE__ */ entropyBits();

/** Built on first use, so a bundle that never suggests a clave does not build it. */
const wordsSchema = () =>
  z
    .array(z.string().check(z.regex(/^[a-z]{3,6}$/)))
    .check(
      z.length(256),
      z.refine((w) => new Set(w).size === w.length, { message: 'duplicate word' }),
    );

let wordsChecked = false;
/** Validates the word list (done once, lazily, so the content script does not pay for it). */
export function validateWords(): readonly string[] {
  if (!wordsChecked) {
    wordsSchema().parse(WORDS);
    wordsChecked = true;
  }
  return WORDS;
}

export interface RandomSource {
  getRandomValues<T extends Uint32Array>(array: T): T;
}

/** Uniform integer in [0, n) by rejection sampling over 32-bit values (no modulo bias). */
export function randomBelow(n: number, random: RandomSource): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`bad range ${n}`);
  const limit = 2 ** 32 - (2 ** 32 % n);
  const buf = new Uint32Array(1);
  for (;;) {
    random.getRandomValues(buf);
    const x = buf[0] ?? 0;
    if (x < limit) return x % n;
  }
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

export function suggestClave(random: RandomSource = globalThis.crypto): string {
  const words = validateWords();
  const a = words[randomBelow(words.length, random)] ?? 'casa';
  const b = words[randomBelow(words.length, random)] ?? 'luna';
  const layout = randomBelow(LAYOUTS, random);
  const digits = String(randomBelow(10 ** SUGGESTION_DIGITS, random)).padStart(SUGGESTION_DIGITS, '0');
  const [first, second] = layout & 1 ? [capitalise(a), b] : [a, capitalise(b)];
  return layout & 2 ? `${first}${digits}${second}` : `${first}${second}${digits}`;
}
