/**
 * Shape of the flows table: profiles, their steps, which page signals tick each step. Text fields
 * are dictionary keys; that each one exists in utils/i18n/popup.ts is checked by the flows test,
 * so this module does not load the dictionary.
 */
import * as z from 'zod/mini';
import { PageKind, Signal } from '../messaging';
import { OFFICIAL_LINK } from '../portal/hosts';

export const PROFILE_IDS = ['afiliado', 'unlock', 'update', 'empleador', 'biess'] as const;
export const ProfileId = z.enum(PROFILE_IDS);
export type ProfileId = z.infer<typeof ProfileId>;


// The schemas below are only used by the tests. Each is built inside a pure-marked function so
// that bundles that do not use it (the popup) drop it: zod/mini's `.check()` is a method call a
// bundler cannot prove free of side effects, so it would otherwise be built at every load.
const TextKey = /* @__PURE__ */ (() => z.string().check(z.regex(/^[a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9-]+)+$/)))();

const StepSchema = /* @__PURE__ */ (() => z.object({
  /** Globally unique, `<profile>.<step>`; stored in progress. */
  id: z.string().check(z.regex(/^[a-z]+\.[a-z-]+$/)),
  title: TextKey,
  tip: TextKey,
  /** "What if this fails", where it helps. */
  fail: z.optional(TextKey),
  /** An official page to open for this step (only official pages are ever linked). */
  link: z.optional(z.string().check(z.regex(OFFICIAL_LINK))),
  /** Page signals (from the content script) that this step itself shows. */
  ownSignals: z.optional(z.array(Signal)),
  /** Done away from the portal (an office visit, a check before starting): ticked by hand only. */
  handOnly: z.optional(z.boolean()),
  /** Derived (./proving.ts): the signals that tick this step, its own and later ones. */
  signals: z.optional(z.array(Signal)),
  /**
   * Reaching this step means an email is on its way: start the email wait. `linkMinutes` is how
   * long the emailed link stays valid (absent when unknown: reminders without an expiry).
   */
  email: z.optional(z.object({ linkMinutes: z.optional(z.number().check(z.positive())) })),
  /** Ticking this step ends the email wait (the person opened the link). */
  endsEmailWait: z.optional(z.boolean()),
}).check(z.refine((s) => !(s.handOnly && s.ownSignals?.length), 'a hand-only step has no signals of its own')))();

const ProfileSchema = /* @__PURE__ */ (() => z.object({
  id: ProfileId,
  name: TextKey,
  desc: TextKey,
  /** Page kinds whose signals may tick this profile's steps. */
  pages: z.array(PageKind).check(z.minLength(1)),
  /** Text shown when the emailed link expired. */
  expiredKey: TextKey,
  /** The task's official page: where "Pedir otro correo" (ask for the email again) leads. */
  portal: z.string().check(z.regex(OFFICIAL_LINK)),
  /** A note shown above the steps (e.g. the employer flow ends at an IESS office). */
  note: z.optional(z.object({ text: TextKey, strong: z.optional(TextKey) })),
  steps: z.array(StepSchema).check(z.minLength(1)),
}))();

export const FlowsSchema = /* @__PURE__ */ (() => z.array(ProfileSchema).check(
  z.refine((profiles) => {
    const ids = profiles.flatMap((p) => p.steps.map((s) => s.id));
    return new Set(ids).size === ids.length;
  }, 'step ids must be unique'),
  z.refine(
    (profiles) => profiles.every((p) => p.steps.every((s) => s.id.startsWith(`${p.id}.`))),
    'step ids start with their profile id',
  ),
  z.refine(
    (profiles) => PROFILE_IDS.every((id) => profiles.filter((p) => p.id === id).length === 1),
    'each profile exactly once',
  ),
  z.refine(
    (profiles) => profiles.every((p) => p.steps.filter((s) => s.email).length <= 1),
    'at most one email step per profile',
  ),
))();

/** A step; `K`: the text keys. `signals` is derived from `ownSignals` (./proving.ts). */
export interface Step<K extends string = string> {
  id: string;
  title: K;
  tip: K;
  fail?: K;
  link?: string;
  ownSignals?: Signal[];
  handOnly?: boolean;
  signals?: Signal[];
  email?: { linkMinutes?: number };
  endsEmailWait?: boolean;
}

export interface Profile<K extends string = string> {
  id: ProfileId;
  name: K;
  desc: K;
  pages: PageKind[];
  expiredKey: K;
  portal: string;
  note?: { text: K; strong?: K };
  steps: Step<K>[];
}
