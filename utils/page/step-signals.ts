/**
 * Step signals a page gives: from the fields (a good id, a good and confirmed email or clave) and
 * from what the page says (step phrases, a captcha). Each is sent at most once (./signals.ts).
 */
import type { Signal } from '../messaging';
import type { FieldKind, Verdict } from '../rules/types';
import type { PageChanges } from './mutations';
import { TEXT_SIGNALS } from '../portal/phrases';
import { addedText, hasCaptcha, textSignals, visibleText } from './read-page';
import { norm } from './normalize-text';

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
 * Captcha and step phrases not yet seen (`has`), sent with `emit`; the changes are then read.
 * Call after the page has painted: reading visible text needs a layout. After a partial update,
 * a cheap look at the raw text of what was added comes first; the visible-text read only when a
 * phrase is there.
 */
export function readPageSignals(doc: Document, changes: PageChanges, has: (s: Signal) => boolean, emit: (s: Signal) => void): void {
  if (!has('captcha-shown') && hasCaptcha(doc)) emit('captcha-shown');
  const open = TEXT_SIGNALS.filter((t) => !has(t.signal));
  const { added, fullText } = changes;
  changes.added = [];
  changes.fullText = false;
  if (!open.length) return;
  if (!fullText) {
    const rough = norm(added.map((n) => n.textContent ?? '').join(' '));
    if (!open.some((t) => t.any.some((p) => rough.includes(p)))) return;
  }
  const text = fullText ? visibleText(doc) : addedText(added);
  if (text) for (const s of textSignals(doc, text)) emit(s);
}
