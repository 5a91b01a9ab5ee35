/**
 * Presenter steps on an official page, derived from what the page shows, in document order:
 * each field the assistant recognised (it carries a hint), the "No soy un robot" check, and the
 * form's submit buttons. DOM only: takes the Document; knows nothing of extension messaging.
 */
import type { Lang } from '../i18n/core';
import { tPresenter, type PresenterKey } from '../i18n/presenter';
import { CAPTCHA_SELECTORS } from '../portal/phrases';
import { HINT_TAG, isShown } from '../page/detect';
import type { PresenterStep } from './step';

const BUTTONS = 'input[type=submit],button[type=submit],form button:not([type]),input[type=button]';
const ACTION_WORDS = /buscar|generar|desbloquear|ingresar|enviar|continuar|guardar|aceptar|cambiar|search|send|continue|unlock|create|save|log ?in/i;

/** Enabled and rendered (the assistant's own "is this shown"). */
const shown = (el: Element) => !(el as HTMLInputElement).disabled && isShown(el);

function buttonLabel(el: Element): string {
  const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim().slice(0, 40);
}

/** The input a hint host describes (the assistant links them with aria-describedby). */
function inputOf(doc: Document, host: Element): Element | null {
  return host.id ? doc.querySelector(`[aria-describedby~="${CSS.escape(host.id)}"]`) : null;
}

export function portalSteps(doc: Document, lang: Lang): PresenterStep[] {
  const t = (k: PresenterKey, p?: Record<string, string>) => tPresenter(lang, k, p);
  const selector = [HINT_TAG, ...CAPTCHA_SELECTORS, BUTTONS].join(',');
  const steps: PresenterStep[] = [];
  const seen = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (el.localName === HINT_TAG) {
      const input = inputOf(doc, el);
      const kind = el.getAttribute('data-asistente-field');
      if (!input || !kind || seen.has(input) || !shown(input)) continue;
      seen.add(input);
      const id = el.id;
      steps.push({
        caption: t(`field.${kind}` as PresenterKey),
        target: () => {
          const host = doc.getElementById(id);
          return (host && inputOf(doc, host)) ?? (input.isConnected ? input : null);
        },
      });
    } else if (CAPTCHA_SELECTORS.some((s) => el.matches(s))) {
      if (steps.some((s) => s.caption === t('captcha')) || !shown(el)) continue;
      steps.push({ caption: t('captcha'), target: () => (el.isConnected ? el : doc.querySelector(CAPTCHA_SELECTORS.join(','))) });
    } else {
      const label = buttonLabel(el);
      if (!label || !ACTION_WORDS.test(label) || !shown(el)) continue;
      steps.push({
        caption: t('button', { label }),
        target: () => (el.isConnected ? el : (Array.from(doc.querySelectorAll(BUTTONS)).find((b) => buttonLabel(b) === label) ?? null)),
      });
    }
  }
  return steps;
}
