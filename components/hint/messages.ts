/**
 * Hint texts at run time: read with `browser.i18n.getMessage` from the extension's own
 * `_locales/{es,en}/messages.json`, which the build generates from the single source
 * (utils/i18n/rules.ts and utils/i18n/hints.ts, see scripts/locale-messages.ts). The content
 * script so carries no dictionary (~4 KB gzip). Every text is there in both languages under its
 * own name (`h_es_…`, `h_en_…`), so the language stays the page's browser language (as before),
 * not the browser UI's.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../../utils/i18n/core';
import { messageName } from './message-name';

/** The text, or '' when there is none (an unknown key, or no extension API: unit tests mock it). */
export function message(lang: Lang, key: string): string {
  try {
    // WXT types the names from public/_locales; these are added at build time.
    return (browser.i18n.getMessage as (name: string) => string)(messageName(lang, key)) || '';
  } catch {
    return '';
  }
}
