/**
 * Strings of the portal hints beyond the rule texts (those are in utils/i18n/rules.ts): the level
 * word shown with each icon, so a level is never told by colour alone, the hint's title, and the
 * one statement of the clave rule (`clave.rule`) that every screen reuses: the empty clave hint,
 * the popup, the practice portal and the presenter. It says exactly what the rules engine accepts
 * (PASSWORD_POLICY in utils/rules/tables.ts: 6–15 ASCII letters or digits; letters and digits
 * mixed recommended). Import `CLAVE_RULE` (or the key) instead of copying the words.
 */
import { makeTranslator, type Lang } from './core';

const es = {
  'level.ok': 'Correcto',
  'level.warn': 'Atención',
  'level.error': 'Revise',
  'hint.title': 'Asistente Clave IESS (no oficial)',
  'clave.rule': 'De 6 a 15 letras o números, sin ñ, tildes, espacios ni símbolos. Mejor mezcle letras y números.',
};

const en: Record<keyof typeof es, string> = {
  'level.ok': 'OK',
  'level.warn': 'Check',
  'level.error': 'Fix',
  'hint.title': 'IESS Clave Assistant (unofficial)',
  'clave.rule': '6 to 15 letters or digits, no ñ, accents, spaces or symbols. Best mix letters and digits.',
};

export type HintKey = keyof typeof es;
export const hintMessages = { es, en };
export const tHint = makeTranslator<HintKey>(hintMessages);

/** The clave rule, once, by language: "De 6 a 15 letras o números, …". */
export const CLAVE_RULE: Record<Lang, string> = { es: es['clave.rule'], en: en['clave.rule'] };
