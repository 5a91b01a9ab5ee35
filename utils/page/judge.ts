/**
 * Judging the watched fields: each field's value through the rules engine, with the other fields
 * as context, and what its hint should show and say (an unfinished value is neutral while typing).
 */
import type { Lang } from '../i18n/core';
import { verdictText } from '../i18n/verdict-text';
import { check } from '../rules';
import type { CheckContext, FieldKind, Level, Verdict } from '../rules/types';
import type { Field } from './field-watch';
import type { HintTexts } from './hint-view';

type Fields = ReadonlyMap<HTMLInputElement, Field>;

/** Same code and same parameters: the same text in any language. */
function sameVerdict(a: Verdict, b: Verdict | undefined): boolean {
  if (!b || a.code !== b.code || a.level !== b.level) return false;
  const p = a.params;
  const q = b.params;
  if (p === q) return true;
  if (!p || !q) return false;
  for (const k in p) if (p[k] !== q[k]) return false;
  for (const k in q) if (!(k in p)) return false;
  return true;
}

/**
 * The first value of a kind among the fields. When no such field is there any more (a partial
 * update replaced the step), the last value it had, kept in `memory` (memory only).
 */
function firstValue(fields: Fields, memory: CheckContext, kind: 'email' | 'password' | 'cedula'): string | undefined {
  let present = false;
  for (const f of fields.values()) {
    if (f.kind !== kind) continue;
    present = true;
    if (f.input.value) return (memory[kind] = f.input.value);
  }
  if (present) memory[kind] = undefined;
  return memory[kind];
}

/** Shows a verdict on a field's hint; `announceNow` says it aloud (an error on leaving). */
function render(f: Field, verdict: Verdict, announceNow: boolean, lang: Lang, texts: HintTexts) {
  const level: Level = verdict.incomplete && f.typing ? 'empty' : verdict.level;
  // Same verdict, same level, nothing to say: the hint already shows it (most keystrokes).
  if (!announceNow && level === f.shown && sameVerdict(verdict, f.verdict)) return;
  const text = verdictText(lang, verdict, texts);
  if (announceNow) f.announce = text;
  else if (level !== f.shown && f.typing && (level === 'ok' || level === 'warn')) f.announce = text;
  f.shown = level;
  f.verdict = verdict;
  f.hint.update({ level, text, announce: f.announce });
}

/** The other field a kind's rule reads (utils/rules: check's context). */
const DEPENDS: Partial<Record<FieldKind, keyof CheckContext>> = { 'email-confirm': 'email', 'password-confirm': 'password', password: 'cedula' };

/**
 * Checks the fields whose value, typing state or the value they depend on (a confirmation's
 * original) changed since they were last judged, and the field just left, and updates their hints.
 */
export function judge(fields: Fields, memory: CheckContext, lang: Lang, texts: HintTexts, announceFor?: Field): void {
  const ctx: CheckContext = {
    email: firstValue(fields, memory, 'email'),
    password: firstValue(fields, memory, 'password'),
    cedula: firstValue(fields, memory, 'cedula'),
  };
  for (const f of fields.values()) {
    const judged = `${+f.typing}${ctx[DEPENDS[f.kind]!]}\n${f.value}`;
    if (f !== announceFor && judged === f.judged) continue;
    f.judged = judged;
    const verdict = check(f.kind, f.value, ctx);
    render(f, verdict, f === announceFor && verdict.level === 'error' && !f.typing, lang, texts);
  }
}
