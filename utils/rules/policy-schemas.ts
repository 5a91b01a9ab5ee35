/**
 * zod schemas of the rules engine's tables (utils/rules/tables.ts). The engine never imports
 * this module: the tables ship as plain typed data (zod in the content script cost ~5.8 KB gzip)
 * and `tests/unit/rules/tables.test.ts` parses every table against these schemas, so a bad edit
 * fails the tests instead of silently weakening a rule.
 */
import * as z from 'zod/mini';
import { CHAR_CLASSES } from './char-classes';

// ---------------------------------------------------------------------------------------------
// Shared pieces

const Digit = z.int().check(z.gte(0), z.lte(9));
const TwoDigits = z.string().check(z.regex(/^\d\d$/));
const LowerWord = z.string().check(z.regex(/^[a-z0-9]+$/));
/** A domain label list such as "gmail.com" or "hotmail.co.uk": lowercase, dotted, no edge hyphens. */
const Domain = z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/));
const Tld = z.string().check(z.regex(/^[a-z]{2,}(?:\.[a-z]{2,})?$/));

function unique<T>(items: readonly T[]): boolean {
  return new Set(items).size === items.length;
}

// ---------------------------------------------------------------------------------------------
// Cédula

export const ProvinceSchema = z.array(z.object({ code: TwoDigits, name: z.string().check(z.minLength(3)) })).check(
  z.refine((list) => unique(list.map((p) => p.code)), { message: 'duplicate province code' }),
);

/** Province codes of the cédula (digits 1–2). 30: Ecuadorians registered abroad. */

export const CedulaPolicySchema = z
  .object({
    length: z.literal(10),
    /** Weights of the mod-10 check over digits 1–9; products over 9 lose 9. */
    weights: z.array(z.union([z.literal(1), z.literal(2)])).check(z.length(9)),
    /** Third digits that exist: 0–5 people, 6 foreign residents. Others only warn. */
    thirdDigits: z.array(Digit).check(z.minLength(1)),
  });


// ---------------------------------------------------------------------------------------------
// RUC

const RucTypeSchema = z
  .object({
    type: z.enum(['natural', 'public', 'private']),
    thirdDigits: z.array(Digit).check(z.minLength(1)),
    /** 'cedula': the first 10 digits are a cédula. 'mod11': weights over the first digits, check after them. */
    algorithm: z.enum(['cedula', 'mod11']),
    weights: z.optional(z.array(z.int().check(z.gte(1), z.lte(9)))),
    /** 0-based index of the first establishment digit; they run to the end. */
    establishmentStart: z.int().check(z.gte(8), z.lte(12)),
    /** A failed algorithm is an error (true) or only a warning (false: issued without it). */
    strict: z.boolean(),
  })
  .check(
    z.refine((t) => (t.algorithm === 'mod11') === (t.weights !== undefined), {
      message: 'mod11 needs weights, cedula must not have them',
    }),
    z.refine((t) => t.weights === undefined || t.weights.length + 1 === t.establishmentStart, {
      message: 'check digit must sit just before the establishment',
    }),
  );

export const RucPolicySchema = z
  .object({ length: z.literal(13), types: z.array(RucTypeSchema) })
  .check(
    z.refine((p) => unique(p.types.flatMap((t) => t.thirdDigits)), { message: 'third digit in two types' }),
  );

export type RucType = z.infer<typeof RucTypeSchema>;


// ---------------------------------------------------------------------------------------------
// Email

export const EmailTablesSchema = z
  .object({
    /** Mail providers: name (second-level label) and its real TLDs, the first being the default. */
    providers: z.array(z.object({ name: LowerWord, tlds: z.array(Tld).check(z.minLength(1)), fuzzy: z.boolean() })),
    /** Other real domains, never "corrected". */
    otherDomains: z.array(Domain),
    /** Real names one letter away from a provider (mail.com, ymail.com…): never "corrected". */
    lookalikes: z.array(LowerWord),
    /** Whole-domain typos seen in practice → the intended domain. */
    typos: z.record(Domain, Domain),
    /** Typos of a TLD → the intended TLD (used with a provider name only). */
    tldTypos: z.record(Tld, Tld),
  })
  .check(
    z.refine((t) => unique(t.providers.map((p) => p.name)), { message: 'duplicate provider' }),
    z.refine(
      (t) => {
        const real = new Set([...t.providers.flatMap((p) => p.tlds.map((tld) => `${p.name}.${tld}`)), ...t.otherDomains]);
        // A typo key must not be a real domain, and must lead to one.
        return Object.entries(t.typos).every(([from, to]) => !real.has(from) && real.has(to));
      },
      { message: 'typo map must go from a non-domain to a known domain' },
    ),
  );


// ---------------------------------------------------------------------------------------------
// Phone

export const PhonePolicySchema = z.object({
  countryCode: z.string().check(z.regex(/^\d{1,3}$/)),
  /** Ways to write the international prefix without "+". */
  internationalPrefixes: z.array(z.string().check(z.regex(/^\d+$/))),
  /** National significant numbers (after the leading 0): first digits and total length. */
  kinds: z.array(
    z.object({ type: z.enum(['mobile', 'landline']), first: z.array(Digit).check(z.minLength(1)), length: z.int().check(z.gte(7), z.lte(12)) }),
  ),
  /** Length of a local landline number, without the area code. */
  localLength: z.int().check(z.gte(5), z.lte(9)),
  /** E.164: at most 15 digits after "+". */
  maxInternational: z.int().check(z.gte(8), z.lte(15)),
});


// ---------------------------------------------------------------------------------------------
// Código dactilar

export const DactilarPolicySchema = z.object({
  /** L: a letter, D: a digit. */
  pattern: z.string().check(z.regex(/^[LD]+$/)),
  /** Letters and digits people mix up, in both directions. */
  confusables: z.record(z.string().check(z.regex(/^[A-Z]$/)), z.string().check(z.regex(/^\d$/))),
});


// ---------------------------------------------------------------------------------------------
// Clave

const CharClassSchema = z.enum(CHAR_CLASSES);

export const ClavePolicySchema = z
  .object({
    minLength: z.int().check(z.gte(1)),
    maxLength: z.int().check(z.gte(1)),
    /** Only these classes are accepted by the portal (ASCII letters and digits). */
    allowed: z.array(CharClassSchema).check(z.minLength(1)),
    /** Recommended: at least one character of each group (a warning when missing, not an error). */
    recommended: z.array(z.array(CharClassSchema).check(z.minLength(1))),
    /** Digits of the cédula in a row that make a clave "contain" it. */
    cedulaRun: z.int().check(z.gte(4), z.lte(10)),
  })
  .check(z.refine((p) => p.minLength <= p.maxLength, { message: 'minLength > maxLength' }));


export const CommonClavesSchema = z
  .array(LowerWord.check(z.minLength(3)))
  .check(z.refine(unique, { message: 'duplicate common clave' }));

export type Province = z.infer<typeof ProvinceSchema>[number];
export type CedulaPolicy = z.infer<typeof CedulaPolicySchema>;
export type RucPolicy = z.infer<typeof RucPolicySchema>;
export type EmailTables = z.infer<typeof EmailTablesSchema>;
export type PhonePolicy = z.infer<typeof PhonePolicySchema>;
export type DactilarPolicy = z.infer<typeof DactilarPolicySchema>;
export type ClavePolicy = z.infer<typeof ClavePolicySchema>;
