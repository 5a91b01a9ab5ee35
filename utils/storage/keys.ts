/**
 * Storage keys in @wxt-dev/storage form ("local:name"), and the plain name that the raw
 * browser.storage API and storage.onChanged use. No imports, so the content script can share
 * them without bundling the storage library.
 */
export const PROGRESS_KEY = 'local:progress' as const;
export const PRACTICE_PROGRESS_KEY = 'local:practiceProgress' as const;
export const PREFS_KEY = 'local:prefs' as const;

/** The name inside `browser.storage.local` of a "local:" item key. */
export function rawKey<N extends string>(key: `local:${N}`): N {
  return key.slice('local:'.length) as N;
}
