/**
 * The one statement of the clave rule, by language. It says exactly what the rules engine accepts
 * (PASSWORD_POLICY in utils/rules/tables.ts: 6 to 15 ASCII letters or digits; mixing letters and
 * digits is recommended, not required). Every screen reuses it: the empty clave hint
 * (`password.empty` in ./rules.ts), the hint key `clave.rule` (./hints.ts), the practice portal
 * (`k.policy`), the presenter (`field.password`), and the popup (to be wired). Import it; never
 * copy the words. Its own module so the content script carries these two strings and no dictionary.
 */
import type { Lang } from './core';

export const CLAVE_RULE: Readonly<Record<Lang, string>> = {
  es: 'De 6 a 15 letras o números, sin ñ, tildes, espacios ni símbolos. Mejor mezcle letras y números.',
  en: '6 to 15 letters or digits, no ñ, accents, spaces or symbols. Best mix letters and digits.',
};
