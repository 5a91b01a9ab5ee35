/**
 * Values that walk each rule through its usual branches (typing, a wrong character, complete,
 * too long). Checked once while the page is idle, they make the JavaScript engine compile the
 * rules and the hint-text path then, not on the person's first keystroke. Made-up values only.
 */
import type { Lang } from '../i18n/core';
import { verdictText } from '../i18n/verdict-text';
import { check } from '../rules';
import type { CheckContext, FieldKind } from '../rules/types';
import type { HintTexts } from './hint-view';

const typing = (full: string, wrong: string): string[] => [
  '',
  full.slice(0, 1),
  full.slice(0, Math.ceil(full.length / 2)),
  full,
  `${full}${wrong}`,
  `${full}${full.slice(-2)}`,
];

export const WARM_VALUES: Readonly<Record<FieldKind, readonly string[]>> = {
  cedula: typing('1714307103', 'x'),
  ruc: typing('1714307103001', 'x'),
  email: typing('ana.perez@gmail.com', ' '),
  'email-confirm': typing('ana.perez@gmail.com', ' '),
  phone: typing('0991234567', 'x'),
  dactilar: typing('V4343V4343', '!'),
  password: typing('abc123xyz', '!'),
  'password-confirm': typing('abc123xyz', '!'),
};

/** A context for the cross-field rules while warming (same made-up values). */
export const WARM_CONTEXT: CheckContext = { email: 'ana.perez@gmail.com', password: 'abc123xyz', cedula: '1714307103' };

/**
 * Once per new field kind, after the first paint: runs its rule and hint text over made-up
 * values, so the engine compiles that code now and not on the person's first keystroke (and the
 * level words once per page). Pure calls; nothing is shown, stored or sent.
 */
export function createWarmUp(lang: Lang, texts: HintTexts): (fields: Iterable<{ kind: FieldKind }>) => void {
  const warmed = new Set<FieldKind>();
  return (fields) => {
    for (const { kind } of fields) {
      if (warmed.has(kind)) continue;
      if (!warmed.size) for (const level of ['ok', 'warn', 'error'] as const) texts(lang, `h.level.${level}`);
      warmed.add(kind);
      for (const value of WARM_VALUES[kind]) verdictText(lang, check(kind, value, WARM_CONTEXT), texts);
    }
  };
}
