/**
 * Presenter steps on an official page, derived from what the page shows, in document order:
 * the terms-of-use check, each field the assistant recognised (it carries a hint; a field typed
 * on an on-screen keyboard is shown together with that keyboard, and with its hint when there is room), the "No soy un robot" check,
 * and the form's action buttons. DOM only: takes the Document; knows nothing of extension messaging.
 */
import type { Lang } from '../i18n/core';
import { tPresenter, type PresenterKey } from '../i18n/presenter';
import { CAPTCHA_SELECTORS } from '../portal/phrases';
import { HINT_TAG, isShown } from '../page/detect';
import { buttonLabel, isActionButton, isTermsCheck, keypadFor, keysOf, phoneLine, termsTarget, typesWithKeypad } from './page-parts';
import type { PresenterStep } from './step';

const BUTTONS = 'input[type=submit],button[type=submit],form button:not([type]),input[type=button],button[type=button]';
const CHECKS = 'input[type=checkbox]';

/** Enabled and rendered (the assistant's own "is this shown"). */
const shown = (el: Element) => !(el as HTMLInputElement).disabled && isShown(el);

/** The input a hint host describes (the assistant links them with aria-describedby). */
function inputOf(doc: Document, host: Element): HTMLInputElement | null {
  return host.id ? doc.querySelector<HTMLInputElement>(`input[aria-describedby~="${CSS.escape(host.id)}"]`) : null;
}

/** The caption key for a recognised field: by its kind, its keyboard, and for phones its label. */
function fieldKey(kind: string, input: HTMLInputElement): PresenterKey {
  if ((kind === 'password' || kind === 'password-confirm') && typesWithKeypad(input)) return `field.${kind}.keypad`;
  if (kind === 'phone') {
    const line = phoneLine(input);
    if (line) return `field.phone.${line}`;
  }
  return `field.${kind}` as PresenterKey;
}

/** The hint host that describes `input` (its aria-describedby names it). */
function hintOf(doc: Document, input: Element): Element | null {
  for (const id of (input.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
    const el = id ? doc.getElementById(id) : null;
    if (el?.localName === HINT_TAG) return el;
  }
  return null;
}

function fieldStep(doc: Document, host: Element, input: HTMLInputElement, kind: string, caption: string): PresenterStep {
  const id = host.id;
  const keypad = kind === 'password' || kind === 'password-confirm';
  // The same field after a partial update: by its hint, else itself, else its (JSF) id.
  const current = () => {
    const now = doc.getElementById(id);
    return (now && inputOf(doc, now)) ?? (input.isConnected ? input : input.id ? doc.getElementById(input.id) : null);
  };
  return {
    caption,
    target: current,
    // A clave field's keyboard is how it is typed; its hint is shown too when there is room.
    companions: () => {
      const el = current();
      const pad = keypad && el ? keypadFor(el) : null;
      return pad ? keysOf(pad) : [];
    },
    context: () => {
      const el = current();
      const hint = el && hintOf(doc, el);
      return hint ? [hint] : [];
    },
  };
}

export function portalSteps(doc: Document, lang: Lang): PresenterStep[] {
  const t = (k: PresenterKey, p?: Record<string, string>) => tPresenter(lang, k, p);
  const selector = [HINT_TAG, CHECKS, ...CAPTCHA_SELECTORS, BUTTONS].join(',');
  const steps: PresenterStep[] = [];
  const seen = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (el.localName === HINT_TAG) {
      const input = inputOf(doc, el);
      const kind = el.getAttribute('data-asistente-field');
      if (!input || !kind || seen.has(input) || !shown(input)) continue;
      seen.add(input);
      steps.push(fieldStep(doc, el, input, kind, t(fieldKey(kind, input))));
    } else if (el.matches(CHECKS)) {
      const input = el as HTMLInputElement;
      if (!isTermsCheck(input) || steps.some((s) => s.caption === t('terms'))) continue;
      steps.push({
        caption: t('terms'),
        target: () => (input.isConnected ? termsTarget(input) : null),
        companions: () => (input.isConnected ? [input] : []),
      });
    } else if (CAPTCHA_SELECTORS.some((s) => el.matches(s))) {
      if (steps.some((s) => s.caption === t('captcha')) || !shown(el)) continue;
      steps.push({ caption: t('captcha'), target: () => (el.isConnected ? el : doc.querySelector(CAPTCHA_SELECTORS.join(','))) });
    } else {
      const label = buttonLabel(el);
      if (!label || !isActionButton(el) || !shown(el)) continue;
      steps.push({
        caption: t('button', { label }),
        target: () => (el.isConnected ? el : (Array.from(doc.querySelectorAll(BUTTONS)).find((b) => buttonLabel(b) === label) ?? null)),
      });
    }
  }
  return steps;
}
