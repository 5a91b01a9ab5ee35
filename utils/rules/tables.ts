/**
 * Policies and tables of the rules engine, as plain typed data (no zod at run time: the content
 * script would pay ~5.8 KB gzip for it). Each table's zod schema is in ./policy-schemas.ts, and
 * `tests/unit/rules/tables.test.ts` parses every table against it, so a bad edit fails the tests
 * instead of silently weakening a rule.
 */
import type { CedulaPolicy, ClavePolicy, DactilarPolicy, EmailTables, PhonePolicy, Province, RucPolicy } from './policy-schemas';

export type { RucType } from './policy-schemas';

// ---------------------------------------------------------------------------------------------
// Cédula

/**
 * Province codes of the cédula (digits 1–2): 01–24 in this order (written as names only, the
 * content script carries this table), and 30 for Ecuadorians registered abroad.
 */
const NUMBERED_PROVINCES = [
  'Azuay',
  'Bolívar',
  'Cañar',
  'Carchi',
  'Cotopaxi',
  'Chimborazo',
  'El Oro',
  'Esmeraldas',
  'Guayas',
  'Imbabura',
  'Loja',
  'Los Ríos',
  'Manabí',
  'Morona Santiago',
  'Napo',
  'Pastaza',
  'Pichincha',
  'Tungurahua',
  'Zamora Chinchipe',
  'Galápagos',
  'Sucumbíos',
  'Orellana',
  'Santo Domingo de los Tsáchilas',
  'Santa Elena',
];
export const PROVINCES: readonly Province[] = [
  ...NUMBERED_PROVINCES.map((name, i) => ({ code: String(i + 1).padStart(2, '0'), name })),
  { code: '30', name: 'Exterior' },
];
export const PROVINCE_BY_CODE: ReadonlyMap<string, string> = new Map(PROVINCES.map((p) => [p.code, p.name]));

export const CEDULA_POLICY: CedulaPolicy = {
  length: 10,
  weights: [2, 1, 2, 1, 2, 1, 2, 1, 2],
  thirdDigits: [0, 1, 2, 3, 4, 5, 6],
};

// ---------------------------------------------------------------------------------------------
// RUC

export const RUC_POLICY: RucPolicy = {
  length: 13,
  types: [
    { type: 'natural', thirdDigits: [0, 1, 2, 3, 4, 5], algorithm: 'cedula', establishmentStart: 10, strict: true },
    // The tax authority issues public and private RUCs that do not follow the algorithm.
    { type: 'public', thirdDigits: [6], algorithm: 'mod11', weights: [3, 2, 7, 6, 5, 4, 3, 2], establishmentStart: 9, strict: false },
    { type: 'private', thirdDigits: [9], algorithm: 'mod11', weights: [4, 3, 2, 7, 6, 5, 4, 3, 2], establishmentStart: 10, strict: false },
  ],
};

// ---------------------------------------------------------------------------------------------
// Email

export const EMAIL_TABLES: EmailTables = {
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
  // Only what one edit of a provider name plus the TLD typos below cannot find (gmiail.com,
  // gmail.con, hotmial.com… are found by them; tests/unit/rules/email.test.ts keeps the list).
  typos: { 'gmail.es': 'gmail.com', 'g.mail.com': 'gmail.com', 'gmail.cl': 'gmail.com' },

  tldTypos: {
    con: 'com', cmo: 'com', ocm: 'com', cm: 'com', om: 'com', comm: 'com', coom: 'com', vom: 'com',
    xom: 'com', cpm: 'com', cim: 'com', co: 'com', cpo: 'com', 'com.co': 'com', 'com.ec': 'com', ees: 'es', ed: 'es',
  },
};

// ---------------------------------------------------------------------------------------------
// Phone

export const PHONE_POLICY: PhonePolicy = {
  countryCode: '593',
  internationalPrefixes: ['00'],
  kinds: [
    { type: 'mobile', first: [9], length: 9 },
    { type: 'landline', first: [2, 3, 4, 5, 6, 7], length: 8 },
  ],
  localLength: 7,
  maxInternational: 15,
};

// ---------------------------------------------------------------------------------------------
// Código dactilar

export const DACTILAR_POLICY: DactilarPolicy = {
  pattern: 'LDDDDLDDDD',
  confusables: { O: '0', I: '1', L: '1', Z: '2', S: '5', G: '6', B: '8' },
};

// ---------------------------------------------------------------------------------------------
// Clave

export const CLAVE_POLICY: ClavePolicy = {
  minLength: 6,
  maxLength: 15,
  allowed: ['upper', 'lower', 'digit'],
  recommended: [['upper', 'lower'], ['digit']],
  cedulaRun: 6,
};

/**
 * Claves people pick most (global leaks and Spanish/Ecuadorian favourites), lowercase ASCII.
 * A clave is "common" when, lowercased, it is one of these, maybe with digits before or after
 * and with 0/1/3/4/5/7 standing for o/i/e/a/s/t.
 */
export const COMMON_CLAVE_LIST: readonly string[] = [
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
];

export const COMMON_CLAVES: ReadonlySet<string> = new Set(COMMON_CLAVE_LIST);
