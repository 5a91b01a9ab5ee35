/**
 * Strings of the popup's "page not recognised" card (issue 16 §3). Spanish (Ecuador, "usted")
 * first; `en` is typed against `es`, so a key missing in either language is a type error.
 */
import { makeTranslator, type Lang } from './core';

const es = {
  'report.unknown': 'No reconozco esta página. Puede que el IESS la haya cambiado: las revisiones no aparecen.',
  'report.why': 'Si necesita ayuda, copie este informe y envíelo a quien le da soporte. Solo describe la página: no lleva sus datos.',
  'report.preview': 'Informe para soporte (esto es lo que se copia):',
  'report.copy': 'Copiar informe para soporte',
  'report.copied': 'Informe copiado. Péguelo en su mensaje al soporte.',
  'report.failed': 'No se pudo copiar. Seleccione el texto del informe y cópielo.',
};

const en: Record<keyof typeof es, string> = {
  'report.unknown': "I don't recognise this page. The IESS may have changed it: the checks don't show.",
  'report.why': 'If you need help, copy this report and send it to your support person. It only describes the page: none of your data.',
  'report.preview': 'Report for support (this is what is copied):',
  'report.copy': 'Copy report for support',
  'report.copied': 'Report copied. Paste it into your message to support.',
  'report.failed': 'It could not be copied. Select the report text and copy it.',
};

export type ReportKey = keyof typeof es;

/** Both dictionaries (the unit tests read them too). */
export const reportMessages = { es: es as Record<ReportKey, string>, en };

const translate = makeTranslator<ReportKey>(reportMessages);

export function tr(lang: Lang, key: ReportKey): string {
  return translate(lang, key);
}
