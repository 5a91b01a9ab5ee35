/** What the page says: visible text, title and headings, captcha widgets, step phrases (data). */
import type * as z from 'zod/mini';
import type { Signal } from '../messaging';
import type { TextSignalSchema } from './schemas';
import { isShown } from './detect';
import { norm } from './text';

const TEXT_MAX = 50_000;

/** Rendered text of the body (innerText skips hidden dialogs and scripts), normalized. */
export function visibleText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const inner = (body as HTMLElement).innerText;
  const raw = typeof inner === 'string' ? inner : (body.textContent ?? '');
  return norm(raw.slice(0, TEXT_MAX));
}

export const HEADINGS = 'h1,h2,h3,legend,caption,[class*=titulo],[class*=title],[class*=Titulo],[class*=header]';

/** Title and visible headings: what tells a person which procedure this page is. */
export function headingText(doc: Document): string {
  const parts = [doc.title];
  for (const el of Array.from(doc.querySelectorAll(HEADINGS)).slice(0, 40)) {
    if (isShown(el)) parts.push((el.textContent ?? '').slice(0, 200));
  }
  return parts.join(' \n ');
}

export const CAPTCHA_SELECTORS: readonly string[] = ['altcha-widget', '.g-recaptcha', '[data-sitekey]', 'iframe[src*="recaptcha"]', 'iframe[title*="reCAPTCHA"]', '.h-captcha'];

export function hasCaptcha(doc: Document): boolean {
  return CAPTCHA_SELECTORS.some((s) => doc.querySelector(s) !== null);
}

export type TextSignal = z.infer<typeof TextSignalSchema>;

/** Step phrases (data; validated against `TextSignalSchema` by the unit tests). */
export const TEXT_SIGNALS: readonly TextSignal[] = [
  {
    signal: 'email-sent',
    any: ['se ha enviado un correo', 'se envio un correo', 'se le ha enviado', 'se ha enviado un mensaje', 'revise su correo', 'revise su bandeja', 'hemos enviado', 'le hemos enviado', 'check your email', 'we have sent', 'we sent you'],
  },
  {
    signal: 'clave-created',
    any: ['clave generada', 'clave se ha generado', 'clave ha sido generada', 'clave fue generada', 'clave ha sido creada', 'clave ha sido cambiada', 'clave fue cambiada', 'cambio exitoso', 'cambio de clave exitoso', 'password created', 'password changed'],
  },
  { signal: 'unlocked', any: ['desbloquead', 'has been unlocked', 'was unlocked'] },
  {
    signal: 'questions-shown',
    any: ['fecha de nacimiento', 'preguntas de validacion', 'responda las siguientes preguntas', 'date of birth'],
    needsControl: true,
  },
];

/** Visible, normalized text of nodes a partial update added (instead of the whole body again). */
export function addedText(nodes: Iterable<Node>): string {
  const parts: string[] = [];
  for (const n of nodes) {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (!el || !n.isConnected || !isShown(el)) continue;
    const inner = n === el ? (el as HTMLElement).innerText : undefined;
    parts.push(typeof inner === 'string' ? inner : (n.textContent ?? ''));
  }
  return norm(parts.join(' ').slice(0, TEXT_MAX));
}

/** The text signals present in a normalized visible text. */
export function textSignals(doc: Document, text: string): Signal[] {
  const hasControl = () =>
    Array.from(doc.querySelectorAll('input:not([type=hidden]),select,textarea')).some((el) => isShown(el));
  return TEXT_SIGNALS.filter((s) => s.any.some((p) => text.includes(p)) && (!s.needsControl || hasControl())).map(
    (s) => s.signal,
  );
}
