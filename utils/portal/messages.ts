/**
 * The portal's own messages the assistant understands: THE outcomes table. What a page says after
 * a submit, as normalized fragments (see `norm()`; one visible fragment is enough, plain
 * substring), the outcome it means, the step signal it sends (if any), what to do next (a text
 * key: the step's "Si esto falla" of utils/i18n/popup.ts where one exists, else
 * utils/i18n/outcomes.ts), and where the wording comes from. Plain typed data, validated against
 * `PortalMessageSchema` by the unit tests. Read by utils/page/outcomes.ts (loaded on demand).
 * Messages not in this table are left alone.
 */
import type * as z from 'zod/mini';
import type { Signal } from '../messaging';
import type { PortalMessageSchema } from './schemas';

export type PortalMessage = z.infer<typeof PortalMessageSchema>;

/** Where the portal puts its messages: PrimeFaces Messages/Message/Growl, RichFaces, JSF 1.x spans, alerts. */
// Pure: the content script imports this file (through ./phrases.ts), not this list.
export const MESSAGE_SELECTORS = /* @__PURE__ */ (() =>
  '.ui-messages,.ui-message,.ui-growl,.ui-growl-item,.rich-messages,.rich-message,[role=alert],[role=alertdialog],font[color],' +
  ['error', 'mensaje', 'message', 'msg', 'alert', 'aviso'].flatMap((w) => [`[class*=${w}]`, `[class*=${w[0]!.toUpperCase()}${w.slice(1)}]`]).join(','))();

/** Signals only a page after the person's own submit may send (issue 19): they start or end the email wait. */
export const SUBMIT_SIGNALS: readonly Signal[] = ['email-sent', 'clave-created', 'unlocked'];

/** How long after a submit in a tab its next pages may send those signals (a full-page submit loads a new page). */
export const SUBMIT_WINDOW_MS = 5 * 60_000;

const FIREWALL = 'Imperva (Incapsula) block page: "Request unsuccessful. Incapsula incident ID" (see shared portal facts)';

export const PORTAL_MESSAGES: readonly PortalMessage[] = [
  {
    outcome: 'data-mismatch',
    any: ['no coinciden', 'no coincide', 'datos incorrectos', 'datos ingresados son incorrectos', 'informacion incorrecta', 'no se encuentra registrad', 'no esta registrad', 'no existe', 'does not match', 'do not match', 'not found in our records', 'not registered'],
    where: 'message',
    next: 'step.afiliado.cedula.fail',
    nextFor: { unlock: 'step.unlock.cedula.fail', 'update-data': 'step.update.login.fail', employer: 'step.empleador.form.fail' },
    source: 'general',
  },
  {
    outcome: 'wrong-answer',
    any: ['respuesta incorrecta', 'respuestas incorrectas', 'respuesta es incorrecta', 'respuestas son incorrectas', 'respuesta no es correcta', 'respuestas no son correctas', 'wrong answer', 'incorrect answer'],
    where: 'message',
    next: 'step.afiliado.questions.fail',
    source: 'general',
  },
  {
    outcome: 'captcha-failed',
    any: ['captcha', 'no soy un robot', 'no es un robot', 'verificacion de seguridad', 'codigo de seguridad incorrecto', 'codigo de verificacion incorrecto', 'not a robot'],
    where: 'message',
    next: 'step.afiliado.robot.fail',
    source: 'general',
  },
  {
    outcome: 'link-expired',
    any: ['enlace ha expirado', 'enlace expiro', 'enlace ha caducado', 'enlace caduco', 'enlace ha vencido', 'enlace vencio', 'enlace ya no es valido', 'enlace no es valido', 'link has expired', 'link expired', 'link is no longer valid'],
    where: 'page',
    next: 'email.expired.generic',
    nextFor: { generate: 'email.expired.afiliado', unlock: 'email.expired.unlock' },
    source: 'general',
  },
  {
    outcome: 'blocked',
    any: ['clave bloqueada', 'clave ha sido bloqueada', 'clave esta bloqueada', 'usuario bloqueado', 'usuario ha sido bloqueado', 'cuenta bloqueada', 'demasiados intentos', 'numero maximo de intentos', 'maximo de intentos', 'too many attempts', 'has been locked', 'account is locked'],
    where: 'message',
    next: 'outcome.next.blocked',
    nextFor: { unlock: 'step.unlock.test.fail' },
    source: 'general',
  },
  {
    outcome: 'email-sent',
    signal: 'email-sent',
    any: ['se ha enviado un correo', 'se envio un correo', 'se le ha enviado', 'se ha enviado un mensaje', 'revise su correo', 'revise su bandeja', 'hemos enviado', 'le hemos enviado', 'check your email', 'we have sent', 'we sent you'],
    where: 'page',
    next: 'step.unlock.email.tip',
    nextFor: { generate: 'step.afiliado.inbox.tip', unlock: 'step.unlock.email.title', 'update-data': 'step.update.code.tip' },
    source: 'general',
  },
  {
    outcome: 'clave-created',
    signal: 'clave-created',
    any: ['clave generada', 'clave se ha generado', 'clave ha sido generada', 'clave fue generada', 'clave ha sido creada', 'clave ha sido cambiada', 'clave fue cambiada', 'cambio exitoso', 'cambio de clave exitoso', 'password created', 'password changed'],
    where: 'page',
    next: 'step.afiliado.test.tip',
    source: 'general',
  },
  {
    outcome: 'unlocked',
    signal: 'unlocked',
    any: ['desbloquead', 'has been unlocked', 'was unlocked'],
    where: 'page',
    next: 'step.unlock.test.tip',
    source: 'general',
  },
  {
    outcome: 'service-unavailable',
    any: ['servicio no disponible', 'servicio no esta disponible', 'no se encuentra disponible', 'intente mas tarde', 'intentelo mas tarde', 'intente nuevamente mas tarde', 'error interno', 'service unavailable', 'temporarily unavailable', 'try again later'],
    where: 'message',
    next: 'step.update.open.fail',
    source: 'general',
  },
  {
    outcome: 'firewall',
    any: ['request unsuccessful', 'incident id', 'request rejected', 'requested url was rejected'],
    where: 'page',
    next: 'outcome.next.firewall',
    source: 'public',
    cite: FIREWALL,
  },
];
