import type { Lang } from './core';

/**
 * Extension message name of a hint text (names allow only [A-Za-z0-9_@]):
 * `es` + `r.cedula.third-digit` → `h_es_r_cedula_third_digit`. Shared by the build step
 * (scripts/locale-messages.ts) and the content script (components/hint/messages.ts).
 */
export const messageName = (lang: Lang, key: string): string => `h_${lang}_${key.replace(/[^A-Za-z0-9]/g, '_')}`;
