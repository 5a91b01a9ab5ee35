/**
 * What is stored, and nothing else: the chosen profile, step ids done with their time, the email
 * wait (start time and flow id only) and preferences. Never a cédula, email, phone or clave.
 * Read through these schemas: anything that does not parse (corrupt, old, or foreign) is empty.
 */
import * as z from 'zod/mini';
import { PROFILE_IDS } from '../flows/schema';

export const STORAGE_VERSION = 1;

const Time = z.number().check(z.nonnegative());

export const EmailWait = z.object({
  flow: z.enum(PROFILE_IDS),
  startedAt: Time,
});
export type EmailWait = z.infer<typeof EmailWait>;

export const ProgressSchema = z.object({
  v: z.literal(STORAGE_VERSION),
  profile: z.nullable(z.enum(PROFILE_IDS)),
  /** Step id → time it was ticked (ms since epoch). */
  done: z.record(z.string().check(z.regex(/^[a-z]+\.[a-z-]+$/)), Time),
  startedAt: z.nullable(Time),
  updatedAt: z.nullable(Time),
  emailWait: z.nullable(EmailWait),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const MAILBOXES = ['gmail', 'outlook', 'yahoo', 'other'] as const;
export type Mailbox = (typeof MAILBOXES)[number];

export const PrefsSchema = z.object({
  v: z.literal(STORAGE_VERSION),
  /** null: follow the browser language. */
  lang: z.nullable(z.enum(['es', 'en'])),
  mailbox: z.nullable(z.enum(MAILBOXES)),
  /** Presenter mode (support agents): optional so prefs stored before it stay valid. */
  presenter: z.optional(z.boolean()),
  /** Popup text size (utils/help/text-scale.ts snaps it to a step); optional like `presenter`. */
  textScale: z.optional(z.number().check(z.gte(0.5), z.lte(3))),
});
export type Prefs = z.infer<typeof PrefsSchema>;

export function emptyProgress(): Progress {
  return { v: STORAGE_VERSION, profile: null, done: {}, startedAt: null, updatedAt: null, emailWait: null };
}

export function defaultPrefs(): Prefs {
  return { v: STORAGE_VERSION, lang: null, mailbox: null };
}

export function parseProgress(value: unknown): Progress {
  const parsed = ProgressSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyProgress();
}

export function parsePrefs(value: unknown): Prefs {
  const parsed = PrefsSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultPrefs();
}
