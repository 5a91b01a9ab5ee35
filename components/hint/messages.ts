/**
 * Hint texts at run time, from one of two places with the same texts under the same names (both
 * generated from utils/i18n/rules.ts and utils/i18n/hints.ts):
 * - the table of the page's language the content script asks the background for at
 *   `document_start` (`useTexts`): an answer that never blocks the page;
 * - until it is there, `browser.i18n.getMessage` on the extension's own
 *   `_locales/{es,en}/messages.json` (see scripts/locale-messages.ts). The browser loads that
 *   bundle with a blocking call on the first read: 3–8 ms of the page's main thread (issue 17).
 * The content script so carries no dictionary (~4 KB gzip). Every text is there in both languages
 * under its own name (`h_es_…`, `h_en_…`), so the language stays the page's browser language,
 * not the browser UI's.
 */
import { browser } from '@wxt-dev/browser';
import type { Lang } from '../../utils/i18n/core';
import { messageName } from '../../utils/i18n/message-name';
import type { HintTextTable } from '../../utils/i18n/hint-table';

/** Texts already read: a value change then costs no extension-API call (messages never change). */
const seen = new Map<string, string>();
let table: HintTextTable | undefined;

/** The hint texts of the page's language from the background, once they are here. */
export function useTexts(texts: HintTextTable | undefined): void {
  if (texts) table = texts;
}

/** The text, or '' when there is none (an unknown key, or no extension API: unit tests mock it). */
export function message(lang: Lang, key: string): string {
  const name = messageName(lang, key);
  // Every name starts with `h_`: none is an Object.prototype key.
  if (table) return table[name] ?? '';
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
