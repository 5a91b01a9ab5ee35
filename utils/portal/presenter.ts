/**
 * What presenter mode needs to know about the portal's pages, beyond the fields the assistant
 * recognises: the on-screen keyboards ("teclado virtual"), the terms-of-use check, the words on
 * action buttons, and the words that tell a mobile from a landline. Plain typed data, validated
 * by `PresenterFactsSchema` (presenter-schema.ts) in the unit tests; the reading code is `utils/presenter/`.
 */
import type * as z from 'zod/mini';
import type { PresenterFactsSchema } from './presenter-schema';

export const PRESENTER_FACTS: z.infer<typeof PresenterFactsSchema> = {
  keypads: ['.keypad-popup', '.keypad-inline', '.teclado', '[id$=":teclado"]', '[class*=teclado-virtual]'],
  keypadFields: ['.is-keypad', '.hasKeypad'],
  keypadTarget: 'data-target',
  terms: ['terminos', 'condiciones', 'terminos de uso', 'terms', 'conditions', 'terms of use'],
  actions: [
    'buscar', 'generar', 'desbloquear', 'ingresar', 'enviar', 'continuar', 'guardar', 'aceptar', 'acepto', 'cambiar', 'siguiente', 'validar', 'registrar', 'solicitar',
    'search', 'send', 'continue', 'unlock', 'create', 'save', 'log in', 'login', 'next', 'accept', 'register',
  ],
  mobile: ['celular', 'movil', 'mobile', 'cell', 'cellphone'],
  landline: ['convencional', 'fijo', 'domicilio', 'landline', 'home phone'],
};
