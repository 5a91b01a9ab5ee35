/**
 * Field detector: finds the inputs a person would recognise by the words next to them. The JSF
 * ids change between releases, so words come first (label, aria, placeholder, title, the
 * preceding cell or sibling) and name/id tokens last. Pure DOM: takes a Document or an Element.
 */
import type { FieldKind } from '../rules/types';
import { classifyLabel, labelsOf, RAW_MAX, type LabelClass } from './field-labels';
import type { PageInfo } from './page-kinds';
import { hasPhrase, idTokens, norm } from './normalize-text';

/** Our hint hosts and root: never scanned, never taken for page content. */
export const HINT_TAG = 'asistente-clave-hint';
export const ROOT_TAG = 'asistente-clave-root';

/** Input types we judge; an absent type is text. */
const TEXT_TYPES: readonly string[] = ['', 'text', 'email', 'tel', 'password', 'number', 'search'];
const LOGIN_WORDS = ['ingresar', 'ingreso', 'iniciar sesion', 'entrar', 'acceder', 'login', 'log in', 'sign in'];
const USER_WORDS = ['usuario', 'username', 'user', 'login'];
const CONTROL = 'input:not([type=hidden]),select,textarea';
const LABEL_MAX = 200;

export interface DetectedField {
  input: HTMLInputElement;
  kind: FieldKind;
}

function typeOf(input: Element): string {
  return (input.getAttribute('type') ?? '').trim().toLowerCase();
}

/** One of our hint hosts or our root. */
export function isOurs(el: Element): boolean {
  return el.localName === HINT_TAG || el.localName === ROOT_TAG;
}

/** Rendered (not display:none / visibility:hidden, no `hidden` ancestor). */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  const probe = el as Element & { checkVisibility?: (o?: object) => boolean };
  if (typeof probe.checkVisibility === 'function') {
    return probe.checkVisibility({ visibilityProperty: true });
  }
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** A text-like, enabled, rendered input: the only kind we ever judge. */
function isCandidate(input: HTMLInputElement): boolean {
  return TEXT_TYPES.includes(typeOf(input)) && !input.disabled && isShown(input);
}

/** Spaces collapsed, of at most RAW_MAX characters (a page may put 100 KB next to a field). */
function clean(text: string | null | undefined): string {
  return (text ?? '').slice(0, RAW_MAX).replace(/\s+/g, ' ').trim();
}

/** The nearest words before the input: its sibling, else the previous cell or row (table layouts). */
function precedingText(input: Element): string {
  let node: Element = input;
  for (let level = 0; level < 4; level++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        const t = clean(sib.textContent);
        if (t) return t.length <= LABEL_MAX ? t : '';
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const el = sib as Element;
      if (isOurs(el) || /^(script|style|template|noscript)$/.test(el.localName)) continue;
      if (el.matches('input[type=hidden]')) continue;
      // Another field's territory: its words are not ours.
      if (el.matches(CONTROL) || el.matches('button') || el.querySelector(CONTROL)) return '';
      const t = clean(el.textContent);
      if (t) return t.length <= LABEL_MAX ? t : '';
    }
    const parent = node.parentElement;
    if (!parent || /^(form|body|html|table|fieldset|dialog)$/.test(parent.localName)) break;
    node = parent;
  }
  return '';
}

function byIds(doc: Document, ids: string | null): string {
  return clean(
    // An empty id finds nothing, and clean() drops the extra spaces.
    (ids ?? '')
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** Its labels (indexed once: `input.labels` walks the whole document for each input). */
function labelTexts(input: HTMLInputElement): string[] {
  const labels = new Set<Element>(labelsOf(input));
  const wrapping = input.closest('label');
  if (wrapping) labels.add(wrapping);
  return Array.from(labels, (l) => clean(l.textContent));
}

/** Words a person reads for this input, most direct first. */
function humanTexts(input: HTMLInputElement): string[] {
  const doc = input.ownerDocument;
  return [
    ...labelTexts(input),
    byIds(doc, input.getAttribute('aria-labelledby')),
    clean(input.getAttribute('aria-label')),
    clean(input.getAttribute('placeholder')),
    clean(input.getAttribute('title')),
    precedingText(input),
  ].filter(Boolean);
}

function fromAttributes(input: HTMLInputElement): LabelClass | undefined {
  const ac = norm(input.getAttribute('autocomplete'));
  if (hasPhrase(ac, 'current password')) return { kind: 'skip', explicit: false };
  if (hasPhrase(ac, 'new password')) return { kind: 'password', explicit: true };
  if (hasPhrase(ac, 'email')) return { kind: 'email', explicit: false };
  if (/(^| )tel/.test(ac)) return { kind: 'phone', explicit: false };
  if (typeOf(input) === 'email') return { kind: 'email', explicit: false };
  return undefined;
}

/**
 * The kind of one input, or undefined when we are not sure (or sure it is not ours to judge):
 * words a person reads first, then an autocomplete/type hint, then name/id tokens.
 */
function classifyInput(input: HTMLInputElement, allowTokens: boolean): LabelClass | undefined {
  for (const text of humanTexts(input)) {
    const c = classifyLabel(text);
    if (c) return c;
  }
  const attr = fromAttributes(input);
  if (attr || !allowTokens) return attr;
  for (const id of [input.name, input.id]) {
    const c = classifyLabel(idTokens(id));
    if (c) return c;
  }
  return undefined;
}

function scopeOf(input: HTMLInputElement): ParentNode {
  return input.form ?? input.closest('form') ?? input.ownerDocument.body ?? input.ownerDocument;
}

function isUserField(input: HTMLInputElement): boolean {
  if (/j_?username/i.test(input.name) || /j_?username/i.test(input.id)) return true;
  const texts = [...humanTexts(input), idTokens(input.name), idTokens(input.id)];
  return texts.some((t) => USER_WORDS.some((w) => hasPhrase(norm(t), w)));
}

function hasLoginButton(scope: ParentNode): boolean {
  for (const b of scope.querySelectorAll('button,input[type=submit],input[type=button],input[type=image],a')) {
    const words = norm(`${b.textContent ?? ''} ${b.getAttribute('value') ?? ''} ${b.getAttribute('title') ?? ''} ${b.getAttribute('alt') ?? ''}`);
    if (words.length < 40 && LOGIN_WORDS.some((w) => hasPhrase(words, w))) return true;
  }
  return false;
}

/**
 * A clave field that belongs to a login form (j_password, a user field next to it, or a lone
 * clave with an "Ingresar" button): the person's CURRENT clave, never judged by new-clave rules.
 */
function isLoginClave(input: HTMLInputElement, claveFields: number): boolean {
  if (/j_?password/i.test(input.name) || /j_?password/i.test(input.id)) return true;
  if (claveFields > 1) return false;
  const scope = scopeOf(input);
  const others = Array.from(scope.querySelectorAll('input')).filter((i) => i !== input && isCandidate(i));
  return others.some(isUserField) || hasLoginButton(scope);
}

/** Every field on the page (or under `root`) that we judge, in document order. */
export function detectFields(root: Document | Element, page: Pick<PageInfo, 'tokens'>): DetectedField[] {
  const found: (DetectedField & { explicit: boolean })[] = [];
  for (const input of root.querySelectorAll('input')) {
    if (!isCandidate(input)) continue;
    const c = classifyInput(input, page.tokens);
    if (!c || c.kind === 'skip') continue;
    found.push({ input, kind: c.kind, explicit: c.explicit });
  }
  return found
    .filter((f) => {
      if (f.kind !== 'password' || f.explicit) return true;
      const scope = scopeOf(f.input);
      const claves = found.filter(
        (o) => (o.kind === 'password' || o.kind === 'password-confirm') && scopeOf(o.input) === scope,
      );
      if (isLoginClave(f.input, claves.length)) return false;
      // Pages we do not know: a plain "clave" counts only next to its confirmation.
      return page.tokens || claves.some((o) => o.kind === 'password-confirm');
    })
    .map(({ input, kind }) => ({ input, kind }));
}
