import type { Level } from './types';

/**
 * Every code `check` can return, with the level that always goes with it. Each code is also the
 * key of its hint text in `utils/i18n/rules.ts`, in Spanish and English (a unit test enumerates
 * RULE_CODES against both dictionaries).
 */
export const CODE_LEVEL = {
  'input.too-long': 'error',
  'input.unchecked': 'error',

  'cedula.empty': 'empty',
  'cedula.ok': 'ok',
  'cedula.short': 'error',
  'cedula.long': 'error',
  'cedula.chars': 'error',
  'cedula.code': 'warn',
  'cedula.letter-o': 'error',
  'cedula.letter-l': 'error',
  'cedula.missing-zero': 'error',
  'cedula.checksum': 'error',
  'cedula.province': 'warn',
  'cedula.third-digit': 'warn',
  'cedula.ruc': 'error',

  'ruc.empty': 'empty',
  'ruc.ok': 'ok',
  'ruc.short': 'error',
  'ruc.long': 'error',
  'ruc.chars': 'error',
  'ruc.type': 'error',
  'ruc.checksum': 'error',
  'ruc.establishment': 'error',
  'ruc.province': 'warn',
  'ruc.unverified': 'warn',

  'email.empty': 'empty',
  'email.ok': 'ok',
  'email.spaces': 'error',
  'email.no-at': 'error',
  'email.many-at': 'error',
  'email.local-empty': 'error',
  'email.local-chars': 'error',
  'email.local-dots': 'error',
  'email.local-long': 'error',
  'email.no-domain': 'error',
  'email.domain-chars': 'error',
  'email.domain-dots': 'error',
  'email.domain': 'error',
  'email.no-tld': 'error',
  'email.tld': 'error',
  'email.typo': 'warn',

  'email-confirm.empty': 'empty',
  'email-confirm.ok': 'ok',
  'email-confirm.mismatch': 'error',
  'email-confirm.no-first': 'warn',

  'phone.empty': 'empty',
  'phone.ok': 'ok',
  'phone.short': 'error',
  'phone.long': 'error',
  'phone.chars': 'error',
  'phone.prefix': 'error',
  'phone.local': 'warn',
  'phone.missing-zero': 'warn',
  'phone.foreign': 'warn',

  'dactilar.empty': 'empty',
  'dactilar.ok': 'ok',
  'dactilar.short': 'error',
  'dactilar.long': 'error',
  'dactilar.chars': 'error',
  'dactilar.format': 'error',
  'dactilar.confusable': 'error',

  'password.empty': 'empty',
  'password.ok': 'ok',
  'password.short': 'error',
  'password.long': 'error',
  'password.space': 'error',
  'password.chars': 'error',
  'password.chars-space': 'error',
  'password.has-cedula': 'warn',
  'password.common': 'warn',
  'password.sequence': 'warn',
  'password.digits-only': 'warn',
  'password.letters-only': 'warn',

  'password-confirm.empty': 'empty',
  'password-confirm.ok': 'ok',
  'password-confirm.mismatch': 'error',
  'password-confirm.no-first': 'warn',
} as const satisfies Record<string, Level>;

export type RuleCode = keyof typeof CODE_LEVEL;

/** The list of codes (derived from CODE_LEVEL, so the two can never disagree). */
// Pure: a bundle that never reads them (the content script) leaves both out.
export const RULE_CODES = /* @__PURE__ */ Object.keys(CODE_LEVEL) as readonly RuleCode[];

/**
 * The level of a code, read from its name (the same as CODE_LEVEL; tests/unit/rules/i18n.test.ts
 * checks every code): `.empty`, `.ok`, the warnings below, else an error. The content script needs
 * this, not the table (smaller bundle).
 */
const WARN = /^(cedula\.(code|province|third-digit)|ruc\.(province|unverified)|email\.typo|phone\.(local|missing-zero|foreign)|password\.(has-cedula|common|sequence|digits-only|letters-only)|(email|password)-confirm\.no-first)$/;
export function levelOf(code: RuleCode): Level {
  const rest = code.slice(code.indexOf('.') + 1);
  return rest === 'empty' || rest === 'ok' ? rest : WARN.test(code) ? 'warn' : 'error';
}

const CODE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(RULE_CODES);
export function isRuleCode(code: unknown): code is RuleCode {
  return typeof code === 'string' && CODE_SET.has(code);
}
