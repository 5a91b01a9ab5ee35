/**
 * Strings of the portal hints beyond the rule texts (those are in utils/i18n/rules.ts): the level
 * word shown with each icon, so a level is never told by colour alone, and the hint's title.
 */
const es = {
  'level.ok': 'Correcto',
  'level.warn': 'Atención',
  'level.error': 'Revise',
  'hint.title': 'Asistente Clave IESS (no oficial)',
};

const en: Record<keyof typeof es, string> = {
  'level.ok': 'OK',
  'level.warn': 'Check',
  'level.error': 'Fix',
  'hint.title': 'IESS Clave Assistant (unofficial)',
};

export type HintKey = keyof typeof es;
export const hintMessages = { es, en };
