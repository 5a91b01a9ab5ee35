/**
 * What tells the assistant which step a page is at: the elements that hold its headings, the
 * captcha widgets, and the step phrases (text signals). Plain typed data, validated against
 * `utils/portal/schemas.ts` by the unit tests. The captcha is read by the content script itself
 * (utils/page/step-signals.ts); the step phrases only by the outcome reader it loads after the
 * person's submit (utils/page/outcomes.ts), so their data is not in the content script.
 */
import type * as z from 'zod/mini';
import { PORTAL_MESSAGES } from './messages';
import type { TextSignalSchema } from './schemas';

/** Title-like elements: what tells a person which procedure this page is. */
export const HEADINGS = 'h1,h2,h3,legend,caption,[class*=titulo],[class*=title],[class*=Titulo],[class*=header]';

/** The "No soy un robot" checks: ALTCHA (with its shadow DOM), reCAPTCHA, hCaptcha. */
export const CAPTCHA_SELECTORS: readonly string[] = ['altcha-widget', '.g-recaptcha', '[data-sitekey]', 'iframe[src*="recaptcha"]', 'iframe[title*="reCAPTCHA"]', '.h-captcha'];

type TextSignal = z.infer<typeof TextSignalSchema>;

function textSignals(): readonly TextSignal[] {
  return [
    ...PORTAL_MESSAGES.flatMap((m) => (m.signal ? [{ signal: m.signal, any: m.any }] : [])),
    {
      signal: 'questions-shown',
      any: ['fecha de nacimiento', 'preguntas de validacion', 'responda las siguientes preguntas', 'date of birth'],
      needsControl: true,
    },
  ];
}

/**
 * Step phrases: the portal's messages that prove a step (the outcomes table), then what the page
 * itself shows. Marked pure: a bundle that does not read them (the content script) drops the table.
 */
export const TEXT_SIGNALS: readonly TextSignal[] = /* @__PURE__ */ textSignals();
