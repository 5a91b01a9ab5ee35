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
  'field.phone': 'Escriba su teléfono. Celular: 10 números, empieza con 09. Fijo: 9 números, empieza con 02 a 07.',
  'field.phone.mobile': 'Escriba su celular: 10 números, empieza con 09.',
  'field.phone.landline': 'Escriba su teléfono fijo: 9 números, con el código de provincia (02 a 07) al inicio.',
  'field.dactilar': 'Escriba el código dactilar, que está atrás de la cédula.',
  'field.password': `Escriba la nueva clave. ${CLAVE_RULE.es}`,
  'field.password-confirm': 'Repita la nueva clave.',
  'field.password.keypad': `Nueva clave: toque el teclado en pantalla. ${CLAVE_RULE.es}`,
  'field.password-confirm.keypad': 'Repita la nueva clave con el teclado en pantalla.',
  terms: 'Lea las condiciones de uso y marque la casilla para aceptarlas.',
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
  'field.phone': 'Type your phone. Mobile: 10 digits, starting with 09. Landline: 9 digits, starting with 02 to 07.',
  'field.phone.mobile': 'Type your mobile number: 10 digits, starting with 09.',
  'field.phone.landline': 'Type your landline: 9 digits, starting with the province code (02 to 07).',
  'field.dactilar': 'Type the código dactilar, on the back of the cédula.',
  'field.password': `Type the new clave. ${CLAVE_RULE.en}`,
  'field.password-confirm': 'Type the new clave again.',
  'field.password.keypad': `New clave: tap the on-screen keyboard. ${CLAVE_RULE.en}`,
  'field.password-confirm.keypad': 'Type the new clave again on the on-screen keyboard.',
  terms: 'Read the terms of use and tick the box to accept them.',
  captcha: "Tick \"I'm not a robot\".",
  button: 'Press "{label}".',
};

export type PresenterKey = keyof typeof es;
export const presenterMessages: Dicts<PresenterKey> = { es, en };
export const tPresenter = makeTranslator(presenterMessages);
