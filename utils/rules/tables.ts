/**
 * Policies and tables of the rules engine, as data. Each one is validated by a zod schema once,
 * when this module loads (a few hundred small checks), so a bad edit fails every test at once
 * instead of silently weakening a rule.
 */
import * as z from 'zod/mini';

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
export const PROVINCES = ProvinceSchema.parse([
  { code: '01', name: 'Azuay' },
  { code: '02', name: 'Bolívar' },
  { code: '03', name: 'Cañar' },
  { code: '04', name: 'Carchi' },
  { code: '05', name: 'Cotopaxi' },
  { code: '06', name: 'Chimborazo' },
  { code: '07', name: 'El Oro' },
  { code: '08', name: 'Esmeraldas' },
  { code: '09', name: 'Guayas' },
  { code: '10', name: 'Imbabura' },
  { code: '11', name: 'Loja' },
  { code: '12', name: 'Los Ríos' },
  { code: '13', name: 'Manabí' },
  { code: '14', name: 'Morona Santiago' },
  { code: '15', name: 'Napo' },
  { code: '16', name: 'Pastaza' },
  { code: '17', name: 'Pichincha' },
  { code: '18', name: 'Tungurahua' },
  { code: '19', name: 'Zamora Chinchipe' },
  { code: '20', name: 'Galápagos' },
  { code: '21', name: 'Sucumbíos' },
  { code: '22', name: 'Orellana' },
  { code: '23', name: 'Santo Domingo de los Tsáchilas' },
  { code: '24', name: 'Santa Elena' },
  { code: '30', name: 'Exterior' },
]);
export const PROVINCE_BY_CODE: ReadonlyMap<string, string> = new Map(PROVINCES.map((p) => [p.code, p.name]));

export const CedulaPolicySchema = z
  .object({
    length: z.literal(10),
    /** Weights of the mod-10 check over digits 1–9; products over 9 lose 9. */
    weights: z.array(z.union([z.literal(1), z.literal(2)])).check(z.length(9)),
    /** Third digits that exist: 0–5 people, 6 foreign residents. Others only warn. */
    thirdDigits: z.array(Digit).check(z.minLength(1)),
  });

export const CEDULA_POLICY = CedulaPolicySchema.parse({
  length: 10,
  weights: [2, 1, 2, 1, 2, 1, 2, 1, 2],
  thirdDigits: [0, 1, 2, 3, 4, 5, 6],
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

export const RUC_POLICY = RucPolicySchema.parse({
  length: 13,
  types: [
    { type: 'natural', thirdDigits: [0, 1, 2, 3, 4, 5], algorithm: 'cedula', establishmentStart: 10, strict: true },
    // The tax authority issues public and private RUCs that do not follow the algorithm.
    { type: 'public', thirdDigits: [6], algorithm: 'mod11', weights: [3, 2, 7, 6, 5, 4, 3, 2], establishmentStart: 9, strict: false },
    { type: 'private', thirdDigits: [9], algorithm: 'mod11', weights: [4, 3, 2, 7, 6, 5, 4, 3, 2], establishmentStart: 10, strict: false },
  ],
});

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

export const EMAIL_TABLES = EmailTablesSchema.parse({
  providers: [
    { name: 'gmail', tlds: ['com'], fuzzy: true },
    { name: 'hotmail', tlds: ['com', 'es', 'com.ar', 'com.mx', 'co.uk', 'fr', 'it', 'de'], fuzzy: true },
    { name: 'outlook', tlds: ['com', 'es', 'com.ar', 'fr', 'it', 'de'], fuzzy: true },
    { name: 'yahoo', tlds: ['com', 'es', 'com.ar', 'com.mx', 'co.uk', 'fr', 'it', 'de'], fuzzy: true },
    { name: 'icloud', tlds: ['com'], fuzzy: true },
    { name: 'live', tlds: ['com', 'com.ar', 'com.mx', 'co.uk', 'fr', 'it', 'de'], fuzzy: false },
    { name: 'msn', tlds: ['com'], fuzzy: false },
  ],
  otherDomains: [
    'me.com', 'mac.com', 'googlemail.com', 'protonmail.com', 'proton.me', 'aol.com', 'mail.com', 'ymail.com',
    'email.com', 'gmx.com', 'gmx.es', 'zoho.com', 'yandex.com', 'andinanet.net', 'netlife.net.ec',
    'uio.satnet.net', 'iess.gob.ec', 'biess.fin.ec',
  ],
  lookalikes: ['mail', 'ymail', 'email', 'gmx', 'cloud'],
  typos: {
    'gmial.com': 'gmail.com', 'gmal.com': 'gmail.com', 'gmai.com': 'gmail.com', 'gamil.com': 'gmail.com',
    'gnail.com': 'gmail.com', 'gmaill.com': 'gmail.com', 'gmail.co': 'gmail.com', 'gmail.con': 'gmail.com',
    'gmail.cm': 'gmail.com', 'gmail.om': 'gmail.com', 'gmail.comm': 'gmail.com', 'gmail.es': 'gmail.com',
    'gmail.com.ec': 'gmail.com', 'g.mail.com': 'gmail.com', 'gmail.cl': 'gmail.com', 'gmsil.com': 'gmail.com',
    'hotmial.com': 'hotmail.com', 'hotmal.com': 'hotmail.com', 'hotmai.com': 'hotmail.com',
    'homail.com': 'hotmail.com', 'hotmail.con': 'hotmail.com', 'hotmail.co': 'hotmail.com',
    'hotnail.com': 'hotmail.com', 'hotamil.com': 'hotmail.com', 'hormail.com': 'hotmail.com',
    'hotmail.com.ec': 'hotmail.com', 'hotmil.com': 'hotmail.com', 'otmail.com': 'hotmail.com',
    'outlok.com': 'outlook.com', 'outllok.com': 'outlook.com', 'oulook.com': 'outlook.com',
    'outlook.con': 'outlook.com', 'otlook.com': 'outlook.com', 'outloo.com': 'outlook.com',
    'yaho.com': 'yahoo.com', 'yahooo.com': 'yahoo.com', 'yahoo.con': 'yahoo.com', 'yhaoo.com': 'yahoo.com',
    'yahho.com': 'yahoo.com', 'yahoo.com.ec': 'yahoo.com',
    'icloud.con': 'icloud.com', 'iclod.com': 'icloud.com', 'icoud.com': 'icloud.com',
    'live.con': 'live.com',
  },
  tldTypos: {
    con: 'com', cmo: 'com', ocm: 'com', cm: 'com', om: 'com', comm: 'com', coom: 'com', vom: 'com',
    xom: 'com', cpm: 'com', cim: 'com', co: 'com', cpo: 'com', 'com.co': 'com', 'com.ec': 'com', ees: 'es', ed: 'es',
  },
});

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

export const PHONE_POLICY = PhonePolicySchema.parse({
  countryCode: '593',
  internationalPrefixes: ['00'],
  kinds: [
    { type: 'mobile', first: [9], length: 9 },
    { type: 'landline', first: [2, 3, 4, 5, 6, 7], length: 8 },
  ],
  localLength: 7,
  maxInternational: 15,
});

// ---------------------------------------------------------------------------------------------
// Código dactilar

export const DactilarPolicySchema = z.object({
  /** L: a letter, D: a digit. */
  pattern: z.string().check(z.regex(/^[LD]+$/)),
  /** Letters and digits people mix up, in both directions. */
  confusables: z.record(z.string().check(z.regex(/^[A-Z]$/)), z.string().check(z.regex(/^\d$/))),
});

export const DACTILAR_POLICY = DactilarPolicySchema.parse({
  pattern: 'LDDDDLDDDD',
  confusables: { O: '0', I: '1', L: '1', Z: '2', S: '5', G: '6', B: '8' },
});

// ---------------------------------------------------------------------------------------------
// Clave (password)

export const CHAR_CLASSES = ['upper', 'lower', 'digit'] as const;
export type CharClass = (typeof CHAR_CLASSES)[number];
const CharClassSchema = z.enum(CHAR_CLASSES);

export const PasswordPolicySchema = z
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

export const PASSWORD_POLICY = PasswordPolicySchema.parse({
  minLength: 6,
  maxLength: 15,
  allowed: ['upper', 'lower', 'digit'],
  recommended: [['upper', 'lower'], ['digit']],
  cedulaRun: 6,
});

export const CommonPasswordsSchema = z
  .array(LowerWord.check(z.minLength(3)))
  .check(z.refine(unique, { message: 'duplicate common password' }));

/**
 * Claves people pick most (global leaks and Spanish/Ecuadorian favourites), lowercase ASCII.
 * A clave is "common" when, lowercased, it is one of these, maybe with digits before or after
 * and with 0/1/3/4/5/7 standing for o/i/e/a/s/t.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  CommonPasswordsSchema.parse([
    '123456', '1234567', '12345678', '123456789', '1234567890', '12345', '111111', '000000', '123123',
    '654321', '121212', '112233', '123321', '987654321', '666666', '888888', '159753', '147258',
    '147258369', '789456', '456789', '102030', '252525', '101010', '696969', '1q2w3e4r', '1qaz2wsx',
    'zaq12wsx', 'qwerty', 'qwertyuiop', 'asdfgh', 'asdf', 'zxcvbn', 'azerty', 'abc', 'abcd', 'abc123',
    'password', 'passw0rd', 'pass', 'iloveyou', 'admin', 'administrador', 'welcome', 'monkey', 'dragon',
    'football', 'letmein', 'sunshine', 'princess', 'master', 'shadow', 'superman', 'batman', 'secret',
    'contrasena', 'contrasenia', 'contrase', 'clave', 'miclave', 'claveiess', 'nuevaclave', 'micontrasena',
    'teamo', 'amor', 'amormio', 'tequiero', 'princesa', 'mariposa', 'corazon', 'estrella', 'tesoro',
    'angel', 'angelito', 'bonita', 'hermosa', 'familia', 'jesus', 'jesucristo', 'diosteama', 'dios',
    'mama', 'mami', 'papi', 'ecuador', 'ecuatoriano', 'quito', 'guayaquil', 'cuenca', 'manabi', 'guayas',
    'pichincha', 'loja', 'ambato', 'barcelona', 'emelec', 'liga', 'ldu', 'aucas', 'iess', 'biess',
    'afiliado', 'jubilado', 'seguro', 'hola', 'holamundo', 'futbol', 'america', 'colombia', 'peru',
    'mexico', 'maria', 'jose', 'juan', 'luis', 'carlos', 'daniel', 'andrea', 'alejandro', 'gabriela',
    'fernanda', 'valentina', 'sebastian', 'nicolas', 'samuel', 'david', 'junior', 'chocolate', 'pokemon',
    'naruto', 'secreto', 'computadora', 'internet', 'google', 'facebook', 'gmail', 'hotmail', 'correo',
    'usuario', 'user', 'test', 'prueba', 'nada', 'ninguna', 'cambiar', 'cedula',
  ]),
);
