/**
 * Reading what the page says: visible text, title and headings, captcha widgets, step phrases.
 * The data (selectors, phrases) is in utils/portal/phrases.ts.
 */
import type { Signal } from '../messaging';
import { CAPTCHA_SELECTORS, HEADINGS, TEXT_SIGNALS } from '../portal/phrases';
import { isShown } from './detect';
import { norm } from './normalize-text';

const TEXT_MAX = 50_000;

/** Rendered text of the body (innerText skips hidden dialogs and scripts), normalized. */
export function visibleText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  return norm(body.innerText.slice(0, TEXT_MAX));
}

/** Title and visible headings: what tells a person which procedure this page is. */
export function headingText(doc: Document): string {
  const parts = [doc.title];
  for (const el of Array.from(doc.querySelectorAll(HEADINGS)).slice(0, 40)) {
    if (isShown(el)) parts.push((el.textContent ?? '').slice(0, 200));
  }
  return parts.join(' \n ');
}

export function hasCaptcha(doc: Document): boolean {
  return CAPTCHA_SELECTORS.some((s) => doc.querySelector(s) !== null);
}

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
