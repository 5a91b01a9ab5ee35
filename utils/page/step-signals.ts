/**
 * Step signals a page gives in the content script itself: from the fields (a good id, a good and
 * confirmed email or clave) and a captcha. Each is sent at most once (./signals.ts). What the page
 * says after a submit is read by ./outcomes.ts; submits are seen by ./outcomes-submit.ts.
 */
import type { Signal } from '../messaging';
import type { FieldKind, Verdict } from '../rules/types';
import type { PageChanges } from './mutations';
import { hasCaptcha } from './read-page';

interface Judged {
  readonly kind: FieldKind;
  readonly verdict?: Verdict;
}

const good = (f: Judged) => f.verdict?.level === 'ok' || f.verdict?.level === 'warn';

/** Signals the fields prove now: a good id; a good email or clave with its confirmation matching. */
export function fieldSignals(fields: Iterable<Judged>, emit: (s: Signal) => void): void {
  let id = false;
  let email = false;
  let emailConfirmed = true;
  let clave = false;
  let claveConfirmed = true;
  for (const f of fields) {
    const k = f.kind;
    if ((k === 'cedula' || k === 'ruc') && good(f)) id = true;
    else if (k === 'email' && good(f)) email = true;
    else if (k === 'email-confirm' && f.verdict?.level !== 'ok') emailConfirmed = false;
    else if (k === 'password' && good(f)) clave = true;
    else if (k === 'password-confirm' && f.verdict?.level !== 'ok') claveConfirmed = false;
  }
  if (id) emit('id-valid');
  if (email && emailConfirmed) emit('email-valid');
  if (clave && claveConfirmed) emit('clave-valid');
}

/**
 * The captcha, if not yet seen (`has`), sent with `emit`. Step phrases are not read here: only
 * after the person's submit, by the outcome reader (./outcomes.ts), from text a person can read.
 * The count of nodes the page added since the last look starts again (the reader watches the page itself).
 */
export function readPageSignals(doc: Document, changes: PageChanges, has: (s: Signal) => boolean, emit: (s: Signal) => void): void {
  changes.added = 0;
  if (!has('captcha-shown') && hasCaptcha(doc)) emit('captcha-shown');
}
