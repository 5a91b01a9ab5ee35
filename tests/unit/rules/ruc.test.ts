// @vitest-environment node
// The rules engine is pure: no DOM needed.
import * as fc from 'fast-check';
import { check, mod11CheckDigit } from '../../../utils/rules';
import { run, validCedula, withCheck } from './helpers';

describe('RUC: table', () => {
  it.each([
    // Published examples that pass the algorithm.
    ['0992397535001', 'ruc.ok', 'private'],
    ['1760001550001', 'ruc.ok', 'public'],
    ['1792060346001', 'ruc.ok', 'private'],
    // Active companies issued without the algorithm: a warning, never an error.
    ['1793213150001', 'ruc.unverified', 'private'],
    ['1793189906001', 'ruc.unverified', 'private'],
    ['0993366721001', 'ruc.unverified', 'private'],
    ['0993370026001', 'ruc.unverified', 'private'],
    // A person: cédula + establishment.
    ['1714307103001', 'ruc.ok', 'natural'],
    ['0926687856002', 'ruc.ok', 'natural'],
    ['1714307103999', 'ruc.ok', 'natural'],
  ])('%s → %s (%s)', (raw, code, type) => {
    expect(run('ruc', raw)).toMatchObject({ code, params: { type }, value: raw });
  });

  it('levels of the published examples', () => {
    for (const r of ['0992397535001', '1760001550001', '1792060346001']) expect(check('ruc', r).level).toBe('ok');
    for (const r of ['1793213150001', '1793189906001', '0993366721001', '0993370026001']) expect(check('ruc', r).level).toBe('warn');
  });

  it('mod-11 check digits of the passing examples', () => {
    expect(mod11CheckDigit('099239753', [4, 3, 2, 7, 6, 5, 4, 3, 2])).toBe(5);
    expect(mod11CheckDigit('179206034', [4, 3, 2, 7, 6, 5, 4, 3, 2])).toBe(6);
    expect(mod11CheckDigit('17600015', [3, 2, 7, 6, 5, 4, 3, 2])).toBe(5);
  });

  it('natural: a wrong cédula part is an error; establishment 000 is an error', () => {
    expect(run('ruc', '1714307104001')).toMatchObject({ level: 'error', code: 'ruc.checksum' });
    expect(run('ruc', '1714307103000')).toMatchObject({ level: 'error', code: 'ruc.establishment' });
  });

  it('private and public: establishment of zeros is an error even when the algorithm fails', () => {
    expect(run('ruc', '0992397535000').code).toBe('ruc.establishment');
    expect(run('ruc', '1760001550000').code).toBe('ruc.establishment');
    expect(run('ruc', '1793213150000').code).toBe('ruc.establishment');
  });

  it('public: the establishment is four digits (0001+)', () => {
    expect(run('ruc', '1760001550010').level).toBe('ok');
  });

  it('third digit 7 or 8 is not a RUC', () => {
    expect(run('ruc', '1774307103001')).toMatchObject({ level: 'error', code: 'ruc.type', params: { digit: 7 } });
    expect(run('ruc', '1784307103001')).toMatchObject({ level: 'error', code: 'ruc.type', params: { digit: 8 } });
  });

  it('a foreign resident (cédula with third digit 6) + 001 is a person’s RUC', () => {
    const ced = withCheck('176123456');
    expect(run('cedula', ced).level).toBe('ok');
    expect(run('ruc', `${ced}001`).level).toBe('ok');
  });

  it('unknown province only warns', () => {
    const ced = withCheck('991234567');
    expect(run('ruc', `${ced}001`)).toMatchObject({ level: 'warn', code: 'ruc.province', params: { province: '99' } });
  });

  it('length and characters', () => {
    expect(run('ruc', '1714307103')).toMatchObject({ level: 'error', code: 'ruc.short', incomplete: true, params: { count: 10, missing: 3 } });
    expect(run('ruc', '17143071030011')).toMatchObject({ level: 'error', code: 'ruc.long' });
    expect(run('ruc', '1714307103-001')).toMatchObject({ level: 'ok', value: '1714307103001' });
    expect(run('ruc', '171430710300A')).toMatchObject({ level: 'error', code: 'ruc.chars', params: { chars: '"A"' } });
    expect(run('ruc', '').level).toBe('empty');
  });
});

describe('RUC: properties', () => {
  it('a valid cédula + 001 is an ok RUC', () => {
    fc.assert(fc.property(validCedula, (c) => check('ruc', `${c}001`).level === 'ok'), { numRuns: 2000 });
  });

  it('a valid cédula + any establishment 001–999 is ok', () => {
    fc.assert(
      fc.property(validCedula, fc.integer({ min: 1, max: 999 }), (c, e) => check('ruc', c + String(e).padStart(3, '0')).level === 'ok'),
      { numRuns: 1000 },
    );
  });

  it('third digit 6 or 9: any 13 digits are never an error unless the establishment is zeros', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.constantFrom('17', '09', '01'), fc.constantFrom('6', '9'), digits(10), (prov, third, rest) => {
        const v = check('ruc', prov + third + rest);
        const zeros = third === '9' ? rest.endsWith('000') : rest.endsWith('0000');
        return zeros ? v.code === 'ruc.establishment' : v.level === 'ok' || v.level === 'warn';
      }),
      { numRuns: 3000 },
    );
  });
});
