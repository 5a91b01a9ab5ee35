/**
 * Presenter-mode strings: its own small table so the content script carries only these, not the
 * practice portal's. Captions for the official pages are built from what the page shows.
 */
import { makeTranslator, type Dicts } from './core';
import { CLAVE_RULE } from './clave-rule';

const es = {
  caption: 'Paso {n} de {total}: {text}',
  later: '(aparece en otra pantalla)',
  help: '← → cambiar de paso · Esc salir',
  bigger: 'Texto más grande',
  smaller: 'Texto más pequeño',
  exit: 'Salir del modo presentador',
  prev: 'Paso anterior',
  next: 'Paso siguiente',
  none: 'En esta página no hay campos que explicar.',
  unofficial: 'Asistente Clave IESS (no oficial): no es el IESS.',
  'field.cedula': 'Escriba la cédula tal como está registrada.',
  'field.ruc': 'Escriba el RUC: 13 números.',
  'field.email': 'Escriba su correo electrónico.',
  'field.email-confirm': 'Vuelva a escribir el mismo correo.',
  'field.phone': 'Escriba su teléfono: el celular empieza con 09.',
  'field.dactilar': 'Escriba el código dactilar, que está atrás de la cédula.',
  'field.password': `Escriba la nueva clave. ${CLAVE_RULE.es}`,
  'field.password-confirm': 'Repita la nueva clave.',
  captcha: 'Marque «No soy un robot».',
  button: 'Pulse «{label}».',
};

const en: Record<keyof typeof es, string> = {
  caption: 'Step {n} of {total}: {text}',
  later: '(on another screen)',
  help: '← → change step · Esc leave',
  bigger: 'Bigger text',
  smaller: 'Smaller text',
  exit: 'Leave presenter mode',
  prev: 'Previous step',
  next: 'Next step',
  none: 'There are no fields to explain on this page.',
  unofficial: 'IESS Clave Assistant (unofficial): not the IESS.',
  'field.cedula': 'Type the cédula exactly as registered.',
  'field.ruc': 'Type the RUC: 13 digits.',
  'field.email': 'Type your email address.',
  'field.email-confirm': 'Type the same email again.',
  'field.phone': 'Type your phone: a mobile starts with 09.',
  'field.dactilar': 'Type the código dactilar, on the back of the cédula.',
  'field.password': `Type the new clave. ${CLAVE_RULE.en}`,
  'field.password-confirm': 'Type the new clave again.',
  captcha: "Tick \"I'm not a robot\".",
  button: 'Press "{label}".',
};

export type PresenterKey = keyof typeof es;
export const presenterMessages: Dicts<PresenterKey> = { es, en };
export const tPresenter = makeTranslator(presenterMessages);
