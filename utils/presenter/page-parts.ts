/**
 * The parts of an official page presenter mode points at besides the recognised fields: a
 * field's on-screen keyboard, the terms-of-use check, and what a phone field's label says (mobile
 * or landline). DOM only: takes elements; knows nothing of extension messaging.
 */
import { isShown } from '../page/detect';
import { hasPhrase, norm } from '../page/normalize-text';
import { PRESENTER_FACTS as FACTS } from '../portal/presenter';
import { isTextField } from './keys';

const KEYPADS = FACTS.keypads.join(',');
const KEYPAD_FIELDS = FACTS.keypadFields.join(',');
/** Label text longer than this is not a label (and is not worth matching). */
const TEXT_MAX = 200;

const hasAny = (text: string | null | undefined, phrases: readonly string[]) => {
  const t = norm((text ?? '').slice(0, TEXT_MAX));
  return phrases.some((p) => hasPhrase(t, p));
};

function formOf(el: Element): Element | null {
  return (el as HTMLInputElement).form ?? el.closest('form');
}

/**
 * The on-screen keyboard that fills `input`, when one is shown: the one naming it, else a
 * PrimeFaces popup (it belongs to the keyboard field that has the focus), else one in its form.
 */
export function keypadFor(input: Element): Element | null {
  const doc = input.ownerDocument;
  const shown = Array.from(doc.querySelectorAll(KEYPADS)).filter((k) => isShown(k));
  if (!shown.length) return null;
  const named = shown.find((k) => input.id && k.getAttribute(FACTS.keypadTarget) === input.id);
  if (named) return named;
  if (input.matches(KEYPAD_FIELDS) && doc.activeElement === input) {
    const popup = shown.find((k) => !formOf(k));
    if (popup) return popup;
  }
  const form = formOf(input);
  return (form && shown.find((k) => formOf(k) === form)) ?? null;
}

/** What to highlight of a keyboard: its keys (its block is often wider than they are), or itself. */
export function keysOf(pad: Element): Element[] {
  const keys = Array.from(pad.querySelectorAll('button,input[type=button],[role=button],a'));
  return keys.length ? keys : [pad];
}

/** A field the person fills with an on-screen keyboard (marked so, read-only, or one is shown for it). */
export function typesWithKeypad(input: HTMLInputElement): boolean {
  return input.matches(KEYPAD_FIELDS) || input.readOnly || !!keypadFor(input);
}

/** True inside an on-screen keyboard (its keys take Escape and the arrows for themselves). */
function inKeypad(el: Element | null | undefined): boolean {
  return !!el?.closest(KEYPADS);
}

/** The words a person reads for a field: its labels, aria-label, placeholder, title, the cell before it. */
function labelTexts(input: HTMLInputElement): (string | null | undefined)[] {
  return [
    ...Array.from(input.labels ?? [], (l) => l.textContent),
    input.getAttribute('aria-label'),
    input.getAttribute('placeholder'),
    input.getAttribute('title'),
    input.closest('td')?.previousElementSibling?.textContent,
  ];
}

/** What a phone field's label says it is, when it says. */
export function phoneLine(input: HTMLInputElement): 'mobile' | 'landline' | undefined {
  for (const text of labelTexts(input)) {
    if (hasAny(text, FACTS.landline)) return 'landline';
    if (hasAny(text, FACTS.mobile)) return 'mobile';
  }
  return undefined;
}

/** A terms-of-use check ("Acepto los términos y condiciones"), shown. */
export function isTermsCheck(input: HTMLInputElement): boolean {
  if (input.type !== 'checkbox' || input.disabled) return false;
  const box = termsTarget(input);
  const texts = [...labelTexts(input), input.closest('label')?.textContent, box !== input ? box.textContent : null];
  return isShown(box) && texts.some((t) => hasAny(t, FACTS.terms));
}

/** What a person sees of a check: its widget (PrimeFaces hides the input itself) or its label. */
export function termsTarget(input: HTMLInputElement): Element {
  return input.closest('.ui-chkbox') ?? input.closest('label') ?? input;
}

/** A button's words, as a person reads them. */
export function buttonLabel(el: Element): string {
  const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim().slice(0, 40);
}

/** A button that moves the procedure on ("Buscar", "Generar la clave"), not a keyboard key. */
export function isActionButton(el: Element): boolean {
  return !inKeypad(el) && hasAny(buttonLabel(el), FACTS.actions);
}

/** The focused element, inside open shadow roots too (a closed one, like ours, stops at its host). */
function focused(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Keys belong to the page now: the focus is in a text field or an on-screen keyboard. */
export function pageOwnsKeys(doc: Document): boolean {
  const el = focused(doc);
  return isTextField(el) || inKeypad(el);
}
