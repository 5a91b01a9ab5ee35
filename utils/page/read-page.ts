/**
 * Reading what the page says, in the content script itself: title and headings, captcha widgets.
 * The data (selectors) is in utils/portal/phrases.ts. Step phrases and the portal's messages are
 * read only after a submit, by the outcome reader loaded then (./outcomes.ts).
 */
import { CAPTCHA_SELECTORS, HEADINGS } from '../portal/phrases';
import { isShown } from './detect';

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
