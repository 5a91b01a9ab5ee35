/**
 * Strings of the help pieces: ways on without the registered email (utils/help/ways-on.ts), the
 * text size control and the printable guide. Spanish (Ecuador, "usted") first; `en` is typed
 * against `es`, so a key missing in either language is a type error.
 */
import { makeTranslator, type Lang } from './core';

const es = {
  // Ways on without the registered email
  'ways.heading': 'Sin acceso a su correo: otras formas de seguir',
  'ways.intro': 'Según avisos del IESS y del BIESS y la prensa (la fuente va bajo cada punto):',
  'ways.cau':
    'Vaya a cualquier Centro de Atención Universal (CAU) del IESS con su cédula para actualizar su correo y celular.',
  'ways.islas':
    'En los CAU de Guayas hay «Islas Web»: computadoras gratuitas con personal que ayuda a desbloquear la clave y con los formularios de clave patronal.',
  'ways.fingerprint':
    'El desbloqueo en línea solo funciona si antes registró su huella en un CAU. Si no, hágalo en un CAU con su cédula.',
  'ways.foreigner':
    'Extranjeros sin cédula: pidan su código de identificación en una oficina del IESS.',
  'ways.biess': 'Si la clave no funciona en el BIESS, llame a la línea del BIESS 1800-BIESS7.',
  'ways.contact': 'Centro de atención telefónica del IESS: 140.',
  'ways.call': 'Llamar al {number}',
  'ways.source': 'Fuente:',
  'ways.sources': 'Fuentes:',
  'ways.guide': 'guía no oficial',
  // Text size
  'size.label': 'Tamaño de letra',
  'size.smaller': 'A− Letra más pequeña',
  'size.larger': 'A+ Letra más grande',
  'size.now': '{percent} %',
  // Print: popup button and the printable page
  'print.open': 'Imprimir esta guía',
  'print.title': 'Guía en papel: {task}',
  'print.unofficial': 'Hecha con una extensión no oficial, sin relación con el IESS ni el BIESS.',
  'print.address': 'Dirección oficial (escríbala usted mismo):',
  'print.steps': 'Pasos (marque cada casilla al terminar)',
  'print.never': 'No escriba su clave en este papel. El IESS nunca la pide por correo, teléfono ni chat.',
  'print.button': 'Imprimir',
  'print.hint': 'En el cuadro de impresión elija A4 o Carta. La guía cabe en una hoja.',
  'print.pageTitle': 'Guía para imprimir: clave del IESS (no oficial)',
  'print.noEmailTask': 'Si necesita ayuda',
  'print.openTip': 'Escriba en el navegador la dirección oficial de arriba y revísela letra por letra.',
} as const;

const en: Record<keyof typeof es, string> = {
  'ways.heading': 'No access to your email: other ways on',
  'ways.intro': 'From IESS and BIESS notices and the press (the source is under each item):',
  'ways.cau':
    'Go to any IESS Centro de Atención Universal (CAU) with your cédula to update your email and mobile number.',
  'ways.islas':
    'The CAUs in Guayas have «Islas Web»: free computers with staff who help unlock the clave and with employer clave forms.',
  'ways.fingerprint':
    'The online unlock works only if you registered your fingerprint at a CAU before. If not, do it at a CAU with your cédula.',
  'ways.foreigner': 'Foreigners without a cédula: ask for your identification code at an IESS office.',
  'ways.biess': 'If the clave does not work on the BIESS, call the BIESS line 1800-BIESS7.',
  'ways.contact': 'IESS contact centre: 140.',
  'ways.call': 'Call {number}',
  'ways.source': 'Source:',
  'ways.sources': 'Sources:',
  'ways.guide': 'unofficial guide',
  'size.label': 'Text size',
  'size.smaller': 'A− Smaller text',
  'size.larger': 'A+ Larger text',
  'size.now': '{percent} %',
  'print.open': 'Print this guide',
  'print.title': 'Paper guide: {task}',
  'print.unofficial': 'Made with an unofficial extension, not related to the IESS or the BIESS.',
  'print.address': 'Official address (type it yourself):',
  'print.steps': 'Steps (tick each box when done)',
  'print.never': 'Do not write your clave on this paper. The IESS never asks for it by email, phone or chat.',
  'print.button': 'Print',
  'print.hint': 'In the print dialog choose A4 or Letter. The guide fits on one sheet.',
  'print.pageTitle': 'Printable guide: IESS clave (unofficial)',
  'print.noEmailTask': 'If you need help',
  'print.openTip': 'Type the official address above into the browser and check it letter by letter.',
};

export type HelpKey = keyof typeof es;
export const helpMessages = { es: es as Record<HelpKey, string>, en };
export const HELP_KEYS = Object.keys(es) as HelpKey[];

export const th = makeTranslator<HelpKey>(helpMessages);

export function isHelpKey(key: string): key is HelpKey {
  return Object.prototype.hasOwnProperty.call(es, key);
}

export type { Lang };
