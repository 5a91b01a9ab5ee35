import type { Lang } from './core';
import { hintMessages } from './hints';
import { fallbackText, ruleMessages } from './rules';
import { messageName } from './message-name';

/** Hint texts by message name (`h_es_…`, `h_en_…`). */
export type HintTextTable = Readonly<Record<string, string>>;

/**
 * Every hint text of `langs` by its message name (./message-name.ts), from the single source
 * (./rules.ts and ./hints.ts): what the build writes into the locale messages (both languages,
 * scripts/locale-messages.ts) and what the background hands the content script (one, `hintTexts`).
 */
export function hintTextTable(langs: readonly Lang[] = ['es', 'en']): HintTextTable {
  const out: Record<string, string> = {};
  const add = (lang: Lang, key: string, text: string) => {
    if (!text) return;
    const name = messageName(lang, key);
    if (out[name] !== undefined) throw new Error(`two hint texts share the message name ${name}`);
    out[name] = text;
  };
  for (const lang of langs) {
    for (const [code, text] of Object.entries(ruleMessages[lang])) add(lang, `r.${code}`, text);
    for (const level of ['empty', 'ok', 'warn', 'error'] as const) add(lang, `f.${level}`, fallbackText(lang, level));
    for (const [key, text] of Object.entries(hintMessages[lang])) add(lang, `h.${key}`, text);
  }
  return out;
}

const byLang = new Map<Lang, HintTextTable>();

/** One language's hint texts (by message name), built once: what the background hands the content script. */
export function hintTexts(lang: Lang): HintTextTable {
  let texts = byLang.get(lang);
  if (!texts) byLang.set(lang, (texts = hintTextTable([lang])));
  return texts;
}
