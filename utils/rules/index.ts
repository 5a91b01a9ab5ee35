/**
 * The rules engine: pure functions, no DOM, no extension API, no storage.
 * `check(kind, raw, context)` judges one field and never throws, whatever it is given.
 */
import type { CheckContext, FieldKind } from './types';
import { FIELD_KINDS } from './types';
import { toText } from './normalize';
import { checkCedula } from './cedula';
import { checkRuc } from './ruc';
import { checkEmail, checkEmailConfirm } from './email';
import { checkPhone } from './phone';
import { checkDactilar } from './dactilar';
import { checkClave, checkClaveConfirm } from './clave';
import { verdict, type RuleVerdict } from './verdict';

export * from './types';
export { RULE_CODES, CODE_LEVEL, isRuleCode, type RuleCode } from './codes';
export type { RuleVerdict } from './verdict';
export { normalizeId, normalizePhone, normalizeEmail } from './normalize';
export { cedulaCheckDigit } from './cedula';
export { mod11CheckDigit } from './ruc';
export { suggestDomain } from './email';
export { CLAVE_POLICY } from './tables';
export { suggestClave, SUGGESTION_ENTROPY_BITS } from './suggest';

const KINDS: ReadonlySet<string> = new Set(FIELD_KINDS);

function judge(kind: FieldKind, text: string, ctx: CheckContext): RuleVerdict {
  switch (kind) {
    case 'cedula':
      return checkCedula(text);
    case 'ruc':
      return checkRuc(text);
    case 'email':
      return checkEmail(text);
    case 'email-confirm':
      return checkEmailConfirm(text, toText(ctx.email));
    case 'phone':
      return checkPhone(text);
    case 'dactilar':
      return checkDactilar(text);
    case 'password':
      return checkClave(text, toText(ctx.cedula));
    case 'password-confirm':
      return checkClaveConfirm(text, toText(ctx.password));
  }
}

/**
 * Judges one field. `raw` may be anything (non-strings are coerced); `context` carries the
 * other fields a rule needs (first email, the clave, the cédula) and is only read.
 */
export function check(kind: FieldKind, raw: unknown, context?: CheckContext): RuleVerdict {
  try {
    if (!KINDS.has(kind)) return verdict('input.unchecked');
    return judge(kind, toText(raw), context ?? {});
  } catch {
    // Defence in depth: no rule is known to throw (the fuzz script hunts for that).
    return verdict('input.unchecked');
  }
}
