// @vitest-environment node
// The rules engine is pure: no DOM needed.
import {
  CedulaPolicySchema,
  CommonClavesSchema,
  DactilarPolicySchema,
  EmailTablesSchema,
  ClavePolicySchema,
  PhonePolicySchema,
  ProvinceSchema,
  RucPolicySchema,
} from '../../../utils/rules/policy-schemas';
import {
  CEDULA_POLICY,
  COMMON_CLAVE_LIST,
  COMMON_CLAVES,
  DACTILAR_POLICY,
  EMAIL_TABLES,
  CLAVE_POLICY,
  PHONE_POLICY,
  PROVINCES,
  RUC_POLICY,
} from '../../../utils/rules/tables';

describe('tables are validated by their schemas', () => {
  it('the shipped tables are valid', () => {
    expect(ProvinceSchema.safeParse(PROVINCES).success).toBe(true);
    expect(PROVINCES.map((p) => p.code)).toEqual([...Array.from({ length: 24 }, (_, i) => String(i + 1).padStart(2, '0')), '30']);
    expect(CedulaPolicySchema.safeParse(CEDULA_POLICY).success).toBe(true);
    expect(RucPolicySchema.safeParse(RUC_POLICY).success).toBe(true);
    expect(EmailTablesSchema.safeParse(EMAIL_TABLES).success).toBe(true);
    expect(ClavePolicySchema.safeParse(CLAVE_POLICY).success).toBe(true);
    expect(PhonePolicySchema.safeParse(PHONE_POLICY).success).toBe(true);
    expect(DactilarPolicySchema.safeParse(DACTILAR_POLICY).success).toBe(true);
    expect(CommonClavesSchema.safeParse(COMMON_CLAVE_LIST).success).toBe(true);
    expect(COMMON_CLAVES.size).toBe(COMMON_CLAVE_LIST.length);
  });

  it('a duplicate province code is rejected', () => {
    expect(ProvinceSchema.safeParse([...PROVINCES, { code: '17', name: 'Otra' }]).success).toBe(false);
    expect(ProvinceSchema.safeParse([{ code: '7', name: 'Corta' }]).success).toBe(false);
  });

  it('a RUC type whose weights do not end just before the establishment is rejected', () => {
    const bad = structuredClone(RUC_POLICY);
    bad.types[2]!.establishmentStart = 11;
    expect(RucPolicySchema.safeParse(bad).success).toBe(false);
    const twice = structuredClone(RUC_POLICY);
    twice.types[1]!.thirdDigits = [6, 9];
    expect(RucPolicySchema.safeParse(twice).success).toBe(false);
  });

  it('the email typo map may only lead from a non-domain to a known domain', () => {
    const toUnknown = structuredClone(EMAIL_TABLES);
    toUnknown.typos['gmial.com'] = 'gmial.net';
    expect(EmailTablesSchema.safeParse(toUnknown).success).toBe(false);
    const fromReal = structuredClone(EMAIL_TABLES);
    fromReal.typos['hotmail.es'] = 'hotmail.com';
    expect(EmailTablesSchema.safeParse(fromReal).success).toBe(false);
  });

  it('policy: min above max and unknown classes are rejected', () => {
    expect(ClavePolicySchema.safeParse({ ...CLAVE_POLICY, minLength: 16 }).success).toBe(false);
    expect(ClavePolicySchema.safeParse({ ...CLAVE_POLICY, allowed: ['emoji'] }).success).toBe(false);
    expect(CommonClavesSchema.safeParse(['ecuador', 'ecuador']).success).toBe(false);
    expect(CommonClavesSchema.safeParse(['Ecuador']).success).toBe(false);
  });
});
