/**
 * Hint texts at run time: read with `browser.i18n.getMessage` from the extension's own
 * `_locales/{es,en}/messages.json`, which the build generates from the single source
 * (utils/i18n/rules.ts and utils/i18n/hints.ts, see scripts/locale-messages.ts). The content
 * script so carries no dictionary (~4 KB gzip). Every text is there in both languages under its
 * own name (`h_es_…`, `h_en_…`), so the language stays the page's browser language (as before),
 * not the browser UI's.
 */
import { browser } from '@wxt-dev/browser';
import type { Lang } from '../../utils/i18n/core';
import { messageName } from './message-name';

/** Texts already read: a value change then costs no extension-API call (messages never change). */
const seen = new Map<string, string>();

/** The text, or '' when there is none (an unknown key, or no extension API: unit tests mock it). */
export function message(lang: Lang, key: string): string {
  const name = messageName(lang, key);
  const known = seen.get(name);
  if (known !== undefined) return known;
  try {
    // These names are added to the locale messages at build time.
    const text = browser.i18n.getMessage(name) || '';
    if (text) seen.set(name, text);
    return text;
  } catch {
    return '';
  }
}
