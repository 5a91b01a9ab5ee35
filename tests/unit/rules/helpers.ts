import * as fc from 'fast-check';
import { cedulaCheckDigit } from '../../../utils/rules/cedula';
import { PROVINCES } from '../../../utils/rules/tables';
import { CODE_LEVEL, check, isRuleCode, type CheckContext, type FieldKind, type Verdict } from '../../../utils/rules';
import { verdictText } from '../../../utils/i18n/rules';

/** Builds a valid cédula from its first 9 digits. */
export function withCheck(first9: string): string {
  return first9 + String(cedulaCheckDigit(first9));
}

/** Valid cédulas: a known province, third digit 0–6, six free digits, the right check digit. */
export const validCedula = fc
  .tuple(
    fc.constantFrom(...PROVINCES.map((p) => p.code)),
    fc.integer({ min: 0, max: 6 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([prov, third, rest]) => withCheck(`${prov}${third}${rest.join('')}`));

/** Characters that hurt: separators, invisible marks, full-width digits, surrogates, emoji, NUL. */
const NASTY = [
  '0', '1', '7', '9', '-', '.', ' ', '\u00A0', '\u200B', '\u200D', '\u200E', '\u200F', '\u202E', '\u2066',
  '\uFEFF', '\u00AD', '\uFF11', '\uFF17', '\u0301', '\u0308', 'e', 'A', 'ñ', 'é', '@', '+', '(', ')', '\0',
  '\uD800', '\uDFFF', '😀', '👩‍👩‍👧', 'ﬁ', '\u2024', '\u3000', '\u0663', '\u2212', '\t', '\n',
];
export const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
);

/** What is wrong with a verdict's shape, or undefined when it is well formed. Cheap: no expect(). */
export function shapeProblem(v: Verdict): string | undefined {
  if (!isRuleCode(v.code)) return `unknown code ${v.code}`;
  if (v.level !== CODE_LEVEL[v.code]) return `level ${v.level} for ${v.code}`;
  if (v.incomplete !== undefined && (v.incomplete !== true || v.level !== 'error')) return 'incomplete on a non-error';
  if (v.value !== undefined && typeof v.value !== 'string') return 'value not a string';
  for (const p of Object.values(v.params ?? {})) {
    if (typeof p !== 'string' && typeof p !== 'number') return 'param not a string or number';
  }
  for (const lang of ['es', 'en'] as const) {
    const text = verdictText(lang, v);
    if (/\{\w+\}/.test(text)) return `unfilled placeholder in ${lang}: ${text}`;
    if (v.level !== 'empty' && !text) return `no text in ${lang}`;
  }
  return undefined;
}

/** Asserts the shape every verdict must have, whatever the input. */
export function expectWellFormed(v: Verdict): void {
  expect(shapeProblem(v), JSON.stringify(v)).toBeUndefined();
}

/** check() plus the shape assertions. */
export function run(kind: FieldKind, raw: unknown, ctx?: CheckContext): Verdict {
  const v = check(kind, raw, ctx);
  expectWellFormed(v);
  return v;
}
