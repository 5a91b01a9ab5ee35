/**
 * The one place the hints get their text from: the rules engine's messages (utils/i18n/rules.ts),
 * shipped as extension locale messages (see ./messages.ts), `{name}` placeholders filled here.
 */
import { format, type Lang } from '../../utils/i18n/core';
import type { Verdict } from '../../utils/rules/types';
import { message } from './messages';

/** Same result as `verdictText` in utils/i18n/rules.ts (a unit test compares every code). */
export function verdictText(lang: Lang, verdict: Pick<Verdict, 'code' | 'level' | 'params'>): string {
  return format(message(lang, `r.${verdict.code}`) || message(lang, `f.${verdict.level}`), verdict.params);
}
