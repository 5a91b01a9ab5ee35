/**
 * Tiny typed message lookup. Spanish (Ecuador) is the default; English the second language.
 * Each area (hints, popup, practice) has its own dictionary module so a bundle only carries
 * the strings it shows. The English dictionary is typed against the Spanish one, so a key
 * missing in either language is a type error (and a unit test checks it again at run time).
 */
export type Lang = 'es' | 'en';
export const LANGS: readonly Lang[] = ['es', 'en'];

export type Dict = Record<string, string>;
export type Dicts<K extends string> = { es: Record<K, string>; en: Record<K, string> };

/** Picks the UI language from a BCP-47 tag list: English only when the browser asks for it. */
export function pickLang(tags: readonly (string | undefined)[] | undefined): Lang {
  for (const tag of tags ?? []) {
    const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (base === 'es') return 'es';
    if (base === 'en') return 'en';
  }
  return 'es';
}

/** Language of a window's browser (navigator.languages, then navigator.language). */
export function browserLang(win: Pick<Window, 'navigator'> = globalThis): Lang {
  const nav = win.navigator;
  return pickLang(nav?.languages?.length ? nav.languages : [nav?.language]);
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function makeTranslator<K extends string>(dicts: Dicts<K>) {
  return (lang: Lang, key: K, params?: Record<string, string | number>): string =>
    format(dicts[lang][key] ?? dicts.es[key] ?? key, params);
}
