// @vitest-environment node
// The rules engine is pure: no DOM needed.
import { CODE_LEVEL, RULE_CODES, check } from '../../../utils/rules';
import { levelOf } from '../../../utils/rules/codes';
import { ruleMessages, tRule, verdictText } from '../../../utils/i18n/rules';
import { LANGS } from '../../../utils/i18n/core';

const SAMPLE_PARAMS = {
  count: 7, missing: 3, extra: 2, min: 6, max: 15, digit: 8, province: '99', cedula: '1714307103',
  letter: 'l', chars: '"ñ" "@"', suggestion: 'ana@gmail.com', domain: 'gmail.com', tld: 'c0m', type: 'mobile', international: '+593991234567',
};

describe('rule hint texts', () => {
  it('every code has a text in every language, and no text belongs to an unknown code', () => {
    for (const lang of LANGS) {
      const dict = ruleMessages[lang];
      for (const code of RULE_CODES) expect(dict[code]?.trim(), `${lang} ${code}`).toBeTruthy();
      expect(Object.keys(dict).sort()).toEqual([...RULE_CODES].sort());
    }
  });

  it('the empty phone hint fits a mobile and a landline field alike (one kind for both)', () => {
    expect(check('phone', '').code).toBe('phone.empty');
    expect(tRule('es', 'phone.empty')).toMatch(/Celular.*09.*Fijo.*02/);
    expect(tRule('en', 'phone.empty')).toMatch(/Mobile.*09.*Landline.*02/);
  });

  it('codes are unique and each has a level', () => {
    expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length);
    expect(Object.keys(CODE_LEVEL).sort()).toEqual([...RULE_CODES].sort());
  });

  it("the level read from each code's name (levelOf, used by verdict) is the one in CODE_LEVEL", () => {
    const wrong = RULE_CODES.filter((code) => levelOf(code) !== CODE_LEVEL[code]).map((code) => `${code}: ${levelOf(code)}`);
    expect(wrong).toEqual([]);
    // Each level comes out for some code: the derivation is not one constant.
    expect(new Set(RULE_CODES.map(levelOf))).toEqual(new Set(['empty', 'ok', 'warn', 'error']));
  });

  it('texts are short (at most 20 words) and free of jargon', () => {
    const jargon = /mod-?1[01]|checksum|d[ií]gito verificador|[uú]ltimo d[ií]gito no coincide|last digit does not match|algorit|regex|\btld\b|dominio|domain|local part|null|undefined|NaN|E\.164/i;
    for (const lang of LANGS) {
      for (const code of RULE_CODES) {
        const text = tRule(lang, code, SAMPLE_PARAMS);
        const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
        expect(words.length, `${lang} ${code}: ${text}`).toBeLessThanOrEqual(20);
        expect(text, `${lang} ${code}`).not.toMatch(jargon);
        expect(text, `${lang} ${code}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('fills placeholders from the verdict params', () => {
    expect(verdictText('es', check('cedula', '1714307'))).toBe('Lleva 7 de 10 dígitos. Siga escribiendo.');
    expect(verdictText('en', check('email', 'ana@gmial.com'))).toBe('Did you mean ana@gmail.com? Check the address before you continue.');
    expect(verdictText('es', check('cedula', '1714307104'))).toBe('Este número de cédula no es válido. Revise cada número.');
    expect(verdictText('es', check('password', 'Españ0la'))).toContain('"ñ"');
  });

  it('falls back by level for a code it does not know', () => {
    expect(verdictText('es', { level: 'error', code: 'future.code' })).toBe('Hay un error en este dato.');
    expect(verdictText('en', { level: 'empty', code: 'future.code' })).toBe('');
  });
});
