/**
 * What the assistant says about the portal's own messages (utils/portal/messages.ts): what the
 * portal said, in plain words, and the "what to do next" texts that no step of the flows table
 * already has (the others reuse the step's "Si esto falla" text from ./popup.ts: one wording per
 * rule). Spanish (Ecuador, "usted") and English; `en` is typed against `es`.
 */
import { makeTranslator, type Lang } from './core';
import { isPopupKey, tp } from './popup';

const es = {
  'outcome.heading': 'Lo que dijo la página del IESS',
  'outcome.next': 'Qué hacer ahora',
  'outcome.label': 'Asistente (no oficial): qué hacer ahora',
  'outcome.said.data-mismatch': 'Los datos no coinciden con los registros del IESS.',
  'outcome.said.wrong-answer': 'Una respuesta no fue correcta.',
  'outcome.said.captcha-failed': 'No se pudo comprobar «No soy un robot».',
  'outcome.said.link-expired': 'El enlace que abrió ya no sirve: venció.',
  'outcome.said.blocked': 'La clave está bloqueada o hubo demasiados intentos.',
  'outcome.said.email-sent': 'Se envió un correo.',
  'outcome.said.clave-created': 'Su clave fue creada.',
  'outcome.said.unlocked': 'Su clave fue desbloqueada.',
  'outcome.said.service-unavailable': 'El servicio no está disponible ahora.',
  'outcome.said.firewall': 'El sistema de seguridad del sitio detuvo la página.',
  'outcome.next.blocked': 'No siga intentando: la clave se bloquea más. Elija «Desbloquear mi clave» en este asistente.',
  'outcome.next.firewall':
    'Espere unos minutos y abra la página oficial desde el inicio. Si se repite, pruebe otra red o acuda a una oficina del IESS.',
};

const en: Record<OutcomeKey, string> = {
  'outcome.heading': 'What the IESS page said',
  'outcome.next': 'What to do now',
  'outcome.label': 'Assistant (unofficial): what to do now',
  'outcome.said.data-mismatch': 'The details do not match the IESS records.',
  'outcome.said.wrong-answer': 'An answer was not correct.',
  'outcome.said.captcha-failed': 'The “I am not a robot” check failed.',
  'outcome.said.link-expired': 'The link you opened no longer works: it expired.',
  'outcome.said.blocked': 'The clave is blocked, or there were too many tries.',
  'outcome.said.email-sent': 'An email was sent.',
  'outcome.said.clave-created': 'Your clave was created.',
  'outcome.said.unlocked': 'Your clave was unlocked.',
  'outcome.said.service-unavailable': 'The service is not available right now.',
  'outcome.said.firewall': 'The site’s security system stopped the page.',
  'outcome.next.blocked': 'Stop trying: it only blocks the clave more. Choose “Unlock my clave” in this assistant.',
  'outcome.next.firewall':
    'Wait a few minutes and open the official page from the start. If it happens again, try another network or go to an IESS office.',
};

export type OutcomeKey = keyof typeof es;
export const OUTCOME_DICTS = { es: es as Record<OutcomeKey, string>, en };
export const to = makeTranslator<OutcomeKey>(OUTCOME_DICTS);

export function isOutcomeKey(key: string): key is OutcomeKey {
  return Object.prototype.hasOwnProperty.call(es, key);
}

/** Words for a text key of the outcomes table: this dictionary, else the popup's (the step's "Si esto falla"). */
export function outcomeWords(lang: Lang, key: string): string {
  if (isOutcomeKey(key)) return to(lang, key);
  return isPopupKey(key) ? tp(lang, key) : '';
}

export type { Lang };
