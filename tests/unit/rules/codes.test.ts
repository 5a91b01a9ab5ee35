// @vitest-environment node
// The rules engine is pure: no DOM needed.
import { RULE_CODES, check, type CheckContext, type FieldKind, type RuleCode } from '../../../utils/rules';
import { verdictText } from '../../../utils/i18n/rules';
import { expectWellFormed, withCheck } from './helpers';

/** One input per code: every code is reachable, and a new code needs an example here (type error otherwise). */
const EXAMPLES: Record<RuleCode, [FieldKind, string, CheckContext?]> = {
  'input.too-long': ['cedula', '1'.repeat(100)],
  'input.unchecked': ['nif' as FieldKind, '1'],
  'cedula.empty': ['cedula', ' '],
  'cedula.ok': ['cedula', '1714307103'],
  'cedula.short': ['cedula', '1714307'],
  'cedula.long': ['cedula', '17143071031'],
  'cedula.chars': ['cedula', '17143071/3'],
  'cedula.code': ['cedula', 'IESS12345'],
  'cedula.letter-o': ['cedula', '17143O7103'],
  'cedula.letter-l': ['cedula', 'l714307103'],
  'cedula.missing-zero': ['cedula', '926687856'],
  'cedula.checksum': ['cedula', '1714307104'],
  'cedula.province': ['cedula', withCheck('991430710')],
  'cedula.third-digit': ['cedula', withCheck('179430710')],
  'cedula.ruc': ['cedula', '1714307103001'],
  'ruc.empty': ['ruc', ''],
  'ruc.ok': ['ruc', '0992397535001'],
  'ruc.short': ['ruc', '099239'],
  'ruc.long': ['ruc', '09923975350011'],
  'ruc.chars': ['ruc', '099239753500X'],
  'ruc.type': ['ruc', '0972397535001'],
  'ruc.checksum': ['ruc', '1714307104001'],
  'ruc.establishment': ['ruc', '1714307103000'],
  'ruc.province': ['ruc', `${withCheck('991430710')}001`],
  'ruc.unverified': ['ruc', '1793213150001'],
  'email.empty': ['email', ''],
  'email.ok': ['email', 'ana@gmail.com'],
  'email.spaces': ['email', 'ana maria@gmail.com'],
  'email.no-at': ['email', 'ana'],
  'email.many-at': ['email', 'ana@@gmail.com'],
  'email.local-empty': ['email', '@gmail.com'],
  'email.local-chars': ['email', 'añ@gmail.com'],
  'email.local-dots': ['email', 'ana.@gmail.com'],
  'email.local-long': ['email', `${'a'.repeat(70)}@gmail.com`],
  'email.no-domain': ['email', 'ana@'],
  'email.domain-chars': ['email', 'ana@gmail!.com'],
  'email.domain-dots': ['email', 'ana@gmail..com'],
  'email.domain': ['email', 'ana@-gmail.com'],
  'email.no-tld': ['email', 'ana@gmail'],
  'email.tld': ['email', 'ana@gmail.c0m'],
  'email.typo': ['email', 'ana@gmial.com'],
  'email-confirm.empty': ['email-confirm', '', { email: 'ana@gmail.com' }],
  'email-confirm.ok': ['email-confirm', 'ana@gmail.com', { email: 'ana@gmail.com' }],
  'email-confirm.mismatch': ['email-confirm', 'ana@gmail.es', { email: 'ana@gmail.com' }],
  'email-confirm.no-first': ['email-confirm', 'ana@gmail.com'],
  'phone.empty': ['phone', ''],
  'phone.ok': ['phone', '0991234567'],
  'phone.short': ['phone', '09912'],
  'phone.long': ['phone', '09912345678'],
  'phone.chars': ['phone', '099123456x'],
  'phone.prefix': ['phone', '0812345678'],
  'phone.local': ['phone', '2345678'],
  'phone.missing-zero': ['phone', '991234567'],
  'phone.foreign': ['phone', '+34612345678'],
  'dactilar.empty': ['dactilar', ''],
  'dactilar.ok': ['dactilar', 'V4443V4444'],
  'dactilar.short': ['dactilar', 'V4443'],
  'dactilar.long': ['dactilar', 'V4443V44444'],
  'dactilar.chars': ['dactilar', 'V4443V444#'],
  'dactilar.format': ['dactilar', '44443V4444'],
  'dactilar.confusable': ['dactilar', 'V4443V444O'],
  'password.empty': ['password', ''],
  'password.ok': ['password', 'Mango42'],
  'password.short': ['password', 'Ma1'],
  'password.long': ['password', 'Mango42Mango42Mango42'],
  'password.space': ['password', 'Mango 42'],
  'password.chars': ['password', 'Mañgo42'],
  'password.chars-space': ['password', 'Mañgo 42'],
  'password.has-cedula': ['password', 'a1714307103', { cedula: '1714307103' }],
  'password.common': ['password', 'ecuador1'],
  'password.sequence': ['password', 'abcdefg'],
  'password.digits-only': ['password', '40718293'],
  'password.letters-only': ['password', 'MangoVerde'],
  'password-confirm.empty': ['password-confirm', '', { password: 'Mango42' }],
  'password-confirm.ok': ['password-confirm', 'Mango42', { password: 'Mango42' }],
  'password-confirm.mismatch': ['password-confirm', 'Mango43', { password: 'Mango42' }],
  'password-confirm.no-first': ['password-confirm', 'Mango42'],
};

describe('every code is reachable', () => {
  it('the examples cover exactly RULE_CODES', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...RULE_CODES].sort());
  });

  it.each(Object.entries(EXAMPLES))('%s', (code, [kind, raw, ctx]) => {
    const v = check(kind, raw, ctx);
    expect(v.code).toBe(code);
    expectWellFormed(v);
    for (const lang of ['es', 'en'] as const) if (v.level !== 'empty') expect(verdictText(lang, v).length).toBeGreaterThan(5);
  });
});
