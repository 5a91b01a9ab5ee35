/**
 * zod schemas of the page tables. The tables are plain typed data in the content script (no zod
 * at run time there: it costs ~5.5 KB gzip); `tests/unit/page/tables.test.ts` parses every table
 * against these schemas, so a bad edit fails the tests.
 */
import * as z from 'zod/mini';
import { PageKind, Signal } from '../messaging';
import { FIELD_KINDS } from '../rules/types';

const Phrase = z.string().check(z.regex(/^[a-z0-9?]+( [a-z0-9?]+)*$/, 'a normalized phrase (see norm())'));

export const LabelRuleSchema = z.object({
  kind: z.enum([...FIELD_KINDS, 'skip']),
  /** Each group: at least one of its phrases must be present. */
  all: z.array(z.array(Phrase).check(z.minLength(1))).check(z.minLength(1)),
  /** The label itself says it is a NEW clave: never taken for a login form's clave. */
  explicit: z.optional(z.boolean()),
});

export const PageRuleSchema = z.object({
  kind: PageKind,
  /** Host suffixes (`iess.gob.ec` matches `app.iess.gob.ec`); absent = any host. */
  hosts: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9.-]+$/)))),
  /** Lower-case path fragments, one of which must be in the path; absent = any path. */
  paths: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9/_-]+$/)))),
  /** Normalized phrases, one of which must be in the page's title/headings; absent = none needed. */
  text: z.optional(z.array(Phrase)),
  /** May fields be recognised from name/id tokens alone (no words a person reads)? */
  tokens: z.boolean(),
});

export const TextSignalSchema = z.object({
  signal: Signal,
  /** Normalized fragments; one in the visible text is enough (plain substring: `desbloquead`). */
  any: z.array(z.string().check(z.regex(/^[a-z0-9 ]+$/))).check(z.minLength(1)),
  /** Also needs a visible form control (the questions must be answerable). */
  needsControl: z.optional(z.boolean()),
});

export const SelectorListSchema = z.array(z.string().check(z.minLength(1)));
