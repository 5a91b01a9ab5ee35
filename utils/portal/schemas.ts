/**
 * zod schemas of the portal tables. The tables are plain typed data (the content script reads
 * them and carries no zod at run time: it costs ~5.5 KB gzip); `tests/unit/portal/tables.test.ts`
 * parses every table against these schemas, so a bad edit fails the tests. Tables import only
 * types from here; this file imports no table.
 */
import * as z from 'zod/mini';
import { PageKind, PortalOutcome, Signal } from '../messaging';
import { FIELD_KINDS } from '../rules/types';
import { OFFICIAL_LINK } from './hosts';

const Phrase = z.string().check(z.regex(/^[a-z0-9?]+( [a-z0-9?]+)*$/, 'a normalized phrase (see norm())'));
/** Normalized fragments matched as plain substrings (`desbloquead`). */
const Fragments = z.array(z.string().check(z.regex(/^[a-z0-9 ]+$/))).check(z.minLength(1));

export const LabelRuleSchema = z.object({
  kind: z.enum([...FIELD_KINDS, 'skip']),
  /** Each group: at least one of its phrases must be present. */
  all: z.array(z.array(Phrase).check(z.minLength(1))).check(z.minLength(1)),
  /** The label itself says it is a NEW clave: never taken for a login form's clave. */
  explicit: z.optional(z.boolean()),
});

export const PageRuleSchema = z.object({
  kind: PageKind,
  /** Host suffixes (a domain matches its subdomains too); absent = any host. */
  hosts: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9.-]+$/)))),
  /** Lower-case path fragments, one of which must be in the path; absent = any path. */
  paths: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9/_-]+$/)))),
  /** Normalized phrases, one of which must be in the page's title/headings; absent = none needed. */
  text: z.optional(z.array(Phrase)),
  /** May fields be recognised from name/id tokens alone (no words a person reads)? */
  tokens: z.boolean(),
});

const OfficialUrl = z.string().check(z.regex(OFFICIAL_LINK));

export const PortalUrlsSchema = z.object({
  generate: OfficialUrl,
  unlock: OfficialUrl,
  updateData: OfficialUrl,
  employer: OfficialUrl,
  iess: OfficialUrl,
  biess: OfficialUrl,
});

export const TextSignalSchema = z.object({
  signal: Signal,
  /** One of these in the visible text is enough. */
  any: Fragments,
  /** Also needs a visible form control (the questions must be answerable). */
  needsControl: z.optional(z.boolean()),
});

export const SelectorListSchema = z.array(z.string().check(z.minLength(1)));


/** A text key of utils/i18n/popup.ts or utils/i18n/outcomes.ts (the unit tests check it exists). */
const TextKeyRef = z.string().check(z.regex(/^[a-z][a-zA-Z0-9.-]+$/));

export const PortalMessageSchema = z.object({
  outcome: PortalOutcome,
  /** The step signal it sends, if it proves a step. */
  signal: z.optional(Signal),
  /** One of these in the visible text is enough. */
  any: Fragments,
  /**
   * Where it counts: `message` = only inside the portal's message areas (PrimeFaces Messages and
   * Growl, JSF error spans, alerts); `page` = anywhere visible on the page.
   */
  where: z.enum(['message', 'page']),
  /** What to do next: a text key, and per page kind where the advice differs. */
  next: TextKeyRef,
  nextFor: z.optional(z.partialRecord(PageKind, TextKeyRef)),
  /**
   * Where the wording comes from: `general` = the usual wording of such messages (no public
   * capture of this portal page exists); `public` = seen in an IESS notice, the news or a guide
   * (`cite` says which).
   */
  source: z.enum(['general', 'public']),
  cite: z.optional(z.string()),
});

/** Minutes an emailed link stays valid. */
export const LinkMinutesSchema = z.number().check(z.positive(), z.int());
