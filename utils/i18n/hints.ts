/**
 * Strings of the portal hints beyond the rule texts: level words and, until the rules engine's
 * `utils/i18n/rules.ts` lands, a short fallback text per field kind and level.
 */
import type { FieldKind, Level, Verdict } from '../rules/types';
import { makeTranslator, type Lang } from './core';

const es = {
  'level.ok': 'Correcto',
  'level.warn': 'Atención',
  'level.error': 'Revise',
  'hint.title': 'Asistente Clave IESS (no oficial)',
  'about.cedula': 'Cédula: 10 dígitos.',
  'about.ruc': 'RUC: 13 dígitos.',
  'about.email': 'Un correo al que usted pueda entrar.',
  'about.email-confirm': 'Escriba el mismo correo otra vez.',
  'about.phone': 'Celular: 09 y 8 dígitos. Fijo: 0, provincia y 7 dígitos.',
  'about.dactilar': 'Código dactilar: letra, 4 dígitos, letra, 4 dígitos (reverso de la cédula).',
  'about.password': 'Clave nueva: de 6 a 15 letras o números. No la comparta con nadie.',
  'about.password-confirm': 'Escriba la misma clave otra vez.',
  'fallback.ok': 'Se ve bien.',
  'fallback.warn': 'Revíselo antes de seguir. {about}',
  'fallback.error': 'No parece correcto. {about}',
};

const en: Record<keyof typeof es, string> = {
  'level.ok': 'OK',
  'level.warn': 'Check',
  'level.error': 'Fix',
  'hint.title': 'IESS Clave Assistant (unofficial)',
  'about.cedula': 'Cédula (ID card): 10 digits.',
  'about.ruc': 'RUC: 13 digits.',
  'about.email': 'An email address you can open.',
  'about.email-confirm': 'Type the same email again.',
  'about.phone': 'Mobile: 09 and 8 digits. Landline: 0, area code and 7 digits.',
  'about.dactilar': 'Fingerprint code: letter, 4 digits, letter, 4 digits (back of the cédula).',
  'about.password': 'New clave: 6 to 15 letters or digits. Never share it.',
  'about.password-confirm': 'Type the same clave again.',
  'fallback.ok': 'Looks right.',
  'fallback.warn': 'Check it before going on. {about}',
  'fallback.error': 'This does not look right. {about}',
};

export type HintKey = keyof typeof es;
export const HINT_DICTS = { es, en };
export const tHint = makeTranslator<HintKey>(HINT_DICTS);

/**
 * Fallback hint text for a verdict, used until `utils/i18n/rules.ts` exists. The field kind is
 * the code's prefix (`cedula.checksum` → `cedula`).
 */
export function fallbackVerdictText(lang: Lang, verdict: Verdict): string {
  const kind = verdict.code.split('.')[0] as FieldKind;
  const about = tHint(lang, `about.${kind}` as HintKey);
  const level: Level = verdict.incomplete && verdict.level === 'error' ? 'empty' : verdict.level;
  if (level === 'empty') return about.startsWith('about.') ? '' : about;
  return tHint(lang, `fallback.${level}`, { about: about.startsWith('about.') ? '' : about }).trim();
}
