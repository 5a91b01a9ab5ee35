/**
 * Strings of the portal hints beyond the rule texts (those are in utils/i18n/rules.ts): the level
 * word shown with each icon, so a level is never told by colour alone, the hint's title, and the
 * clave rule as a message key (`clave.rule`, from ./clave-rule.ts: written once there).
 */
import { CLAVE_RULE } from './clave-rule';

const es = {
  'level.ok': 'Correcto',
  'level.warn': 'Atención',
  'level.error': 'Revise',
  'hint.title': 'Asistente Clave IESS (no oficial)',
  'clave.rule': CLAVE_RULE.es,
};

const en: Record<keyof typeof es, string> = {
  'level.ok': 'OK',
  'level.warn': 'Check',
  'level.error': 'Fix',
  'hint.title': 'IESS Clave Assistant (unofficial)',
  'clave.rule': CLAVE_RULE.en,
};

export type HintKey = keyof typeof es;
export const hintMessages = { es, en };
export { CLAVE_RULE };
