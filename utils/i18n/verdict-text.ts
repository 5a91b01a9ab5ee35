/**
 * The one way a verdict becomes the text a person reads, wherever the texts come from: the
 * dictionaries (utils/i18n/rules.ts) or the extension's locale messages generated from them
 * (components/hint/messages.ts, in the content script). Pure: no dictionary, no extension API.
 */
import { format, type Lang } from './core';
import type { Verdict } from '../rules/types';

/** A text by key: `r.<rule code>`, `f.<level>` (a code this version does not know), `h.<key>`; '' when none. */
export type TextLookup = (lang: Lang, key: string) => string;

/** The rule's own text, else the text for its level alone; `{name}` placeholders filled from its params. */
export function verdictText(lang: Lang, verdict: Pick<Verdict, 'code' | 'level' | 'params'>, texts: TextLookup): string {
  return format(texts(lang, `r.${verdict.code}`) || texts(lang, `f.${verdict.level}`), verdict.params);
}
