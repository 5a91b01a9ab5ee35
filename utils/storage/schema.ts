/**
 * Stored preferences, and nothing else. (Progress, its schema and migration live in
 * utils/progress/schema.ts.) Read through these schemas: anything that does not parse (corrupt,
 * old, or foreign) is the default.
 */
import * as z from 'zod/mini';

export const PREFS_VERSION = 1;

export const MAILBOXES = ['gmail', 'outlook', 'yahoo', 'other'] as const;
export type Mailbox = (typeof MAILBOXES)[number];

export const PrefsSchema = z.object({
  v: z.literal(PREFS_VERSION),
  /** null: follow the browser language. */
  lang: z.nullable(z.enum(['es', 'en'])),
  mailbox: z.nullable(z.enum(MAILBOXES)),
  /** Presenter mode (support agents): optional so prefs stored before it stay valid. */
  presenter: z.optional(z.boolean()),
  /** Popup text size (utils/help/text-scale.ts snaps it to a step); optional like `presenter`. */
  textScale: z.optional(z.number().check(z.gte(0.5), z.lte(3))),
});
export type Prefs = z.infer<typeof PrefsSchema>;

export function defaultPrefs(): Prefs {
  return { v: PREFS_VERSION, lang: null, mailbox: null };
}

export function parsePrefs(value: unknown): Prefs {
  const parsed = PrefsSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultPrefs();
}
