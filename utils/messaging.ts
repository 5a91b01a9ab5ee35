/**
 * The messages the content script (and the practice page) sends: a signal that a step was reached
 * on the page, with a timestamp; that the person submitted a form (a trusted click or Enter); what
 * a portal message meant (an outcome of utils/portal/messages.ts); and the question "did this tab
 * submit a form lately?". Never a field value. Validated on both ends.
 */
import * as z from 'zod/mini';

export const PAGE_KINDS = ['generate', 'unlock', 'update-data', 'change-clave', 'employer', 'biess', 'other'] as const;
export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

/** What the page can tell: each step of the flows table declares the signals it shows (utils/flows/proving.ts). */
export const SIGNALS = [
  'portal-opened', // an official page of this kind is open
  'id-valid', // the cédula / RUC field holds a valid value
  'captcha-shown', // the "No soy un robot" / ALTCHA check is on the page
  'questions-shown', // the validation questions page is showing
  'email-valid', // email and its confirmation are valid and equal
  'email-sent', // the page says an email was sent ("se ha enviado un correo", "revise su correo")
  'clave-valid', // the new clave and its confirmation are valid and equal
  'clave-created', // the page says the clave was generated / changed
  'unlocked', // the page says the clave was unlocked
] as const;
export const Signal = z.enum(SIGNALS);
export type Signal = z.infer<typeof Signal>;

/** What a portal message meant (the outcomes table, utils/portal/messages.ts). */
export const PORTAL_OUTCOMES = [
  'data-mismatch',
  'wrong-answer',
  'captcha-failed',
  'link-expired',
  'blocked',
  'email-sent',
  'clave-created',
  'unlocked',
  'service-unavailable',
  'firewall',
] as const;
export const PortalOutcome = z.enum(PORTAL_OUTCOMES);
export type PortalOutcome = z.infer<typeof PortalOutcome>;

export const StepSignalMessage = z.object({
  type: z.literal('asistente:signal'),
  signal: Signal,
  page: PageKind,
  at: z.number(),
  practice: z.boolean(),
});
export type StepSignalMessage = z.infer<typeof StepSignalMessage>;

export function parseSignalMessage(value: unknown): StepSignalMessage | undefined {
  const parsed = StepSignalMessage.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The person submitted a form on an official page (a trusted click or Enter): the background notes the tab and time. */
export const SubmitMessage = z.object({ type: z.literal('asistente:submit'), at: z.number(), practice: z.boolean() });
export type SubmitMessage = z.infer<typeof SubmitMessage>;

/** A portal message was understood (after a submit): the popup shows what to do next. */
export const OutcomeMessage = z.object({
  type: z.literal('asistente:outcome'),
  outcome: PortalOutcome,
  page: PageKind,
  at: z.number(),
  practice: z.boolean(),
});
export type OutcomeMessage = z.infer<typeof OutcomeMessage>;

/** "Did this tab submit a form within the last minutes?" Answered `{ recent: boolean }`. */
export const RecentSubmitQuery = z.object({ type: z.literal('asistente:recent-submit') });

/**
 * "The hint texts in this language, please": asked by the content script while the page loads.
 * Answered `{ texts: { [message name]: text } }` (utils/i18n/hint-table.ts).
 */
export const HintTextsQuery = z.object({ type: z.literal('asistente:hint-texts'), lang: z.enum(['es', 'en']) });

/** Everything the assistant sends. */
export type AssistantMessage = StepSignalMessage | SubmitMessage | OutcomeMessage;
