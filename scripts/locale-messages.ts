/**
 * Build step: the hint texts (rules engine messages, level words, fallbacks) as extension locale
 * messages, generated from the single source utils/i18n/rules.ts + utils/i18n/hints.ts and merged
 * into `_locales/{es,en}/messages.json` by the `build:publicAssets` hook in wxt.config.ts.
 * Both languages go into both files (the hint language is the page's, not the browser UI's).
 */
import { hintTextTable } from '../utils/i18n/hint-table';

export type LocaleMessages = Record<string, { message: string; description?: string }>;

/** Every hint text by message name. `$` is special in messages.json: written as `$$`. */
export function hintLocaleMessages(): LocaleMessages {
  const out: LocaleMessages = {};
  for (const [name, text] of Object.entries(hintTextTable())) out[name] = { message: text.replace(/\$/g, '$$$$') };
  return out;
}

/** A `_locales/<lang>/messages.json` text with the hint messages added to its own. */
export function withHintMessages(json: string): string {
  const own = JSON.parse(json) as LocaleMessages;
  const hints = hintLocaleMessages();
  for (const name of Object.keys(hints)) {
    if (own[name.toLowerCase()] || own[name]) throw new Error(`${name} is already in messages.json`);
  }
  return `${JSON.stringify({ ...own, ...hints }, null, 1)}\n`;
}
