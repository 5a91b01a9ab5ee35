/**
 * What tells the assistant which step a page is at: the elements that hold its headings, the
 * captcha widgets, and the step phrases (text signals). Plain typed data, validated against
 * `utils/portal/schemas.ts` by the unit tests; the reading code is `utils/page/read-page.ts`.
 */
import type * as z from 'zod/mini';
import { PORTAL_MESSAGES } from './messages';
import type { TextSignalSchema } from './schemas';

/** Title-like elements: what tells a person which procedure this page is. */
export const HEADINGS = 'h1,h2,h3,legend,caption,[class*=titulo],[class*=title],[class*=Titulo],[class*=header]';

/** The "No soy un robot" checks: ALTCHA (with its shadow DOM), reCAPTCHA, hCaptcha. */
export const CAPTCHA_SELECTORS: readonly string[] = ['altcha-widget', '.g-recaptcha', '[data-sitekey]', 'iframe[src*="recaptcha"]', 'iframe[title*="reCAPTCHA"]', '.h-captcha'];

type TextSignal = z.infer<typeof TextSignalSchema>;

/** Step phrases: the portal's messages that prove a step, then what the page itself shows. */
export const TEXT_SIGNALS: readonly TextSignal[] = [
  ...PORTAL_MESSAGES.filter((m): m is typeof m & TextSignal => !!m.signal),
  {
    signal: 'questions-shown',
    any: ['fecha de nacimiento', 'preguntas de validacion', 'responda las siguientes preguntas', 'date of birth'],
    needsControl: true,
  },
];
