// @vitest-environment node
// The rules engine is pure: no DOM needed.
import * as fc from 'fast-check';
import { cedulaCheckDigit, check } from '../../../utils/rules';
import { verdictText } from '../../../utils/i18n/rules';
import { run, validCedula, withCheck } from './helpers';

describe('cédula: table', () => {
  it.each([
    ['1714307103', 'cedula.ok', '1714307103'],
    ['0926687856', 'cedula.ok', '0926687856'],
    ['171430710-3', 'cedula.ok', '1714307103'],
    [' 1714 307 103 ', 'cedula.ok', '1714307103'],
    ['17.143.071.03', 'cedula.ok', '1714307103'],
    ['１７１４３０７１０３', 'cedula.ok', '1714307103'],
    ['\u200E1714307103\u200F', 'cedula.ok', '1714307103'],
    ['17\u200B14307103', 'cedula.ok', '1714307103'],
    ['1714307103\uFEFF', 'cedula.ok', '1714307103'],
    ['171430710\u20133', 'cedula.ok', '1714307103'],
    ['1714307104', 'cedula.checksum', '1714307104'],
    ['0926687857', 'cedula.checksum', '0926687857'],
    ['1714307', 'cedula.short', '1714307'],
    ['17143071033', 'cedula.long', '17143071033'],
    ['1714307103001', 'cedula.ruc', '1714307103001'],
    ['AB12345', 'cedula.code', 'AB12345'],
    ['ec-1234-x', 'cedula.code', 'EC1234X'],
  ])('%j → %s', (raw, code, value) => {
    const v = run('cedula', raw);
    expect(v.code).toBe(code);
    expect(v.value).toBe(value);
  });

  it('empty and blank are empty', () => {
    for (const raw of ['', '   ', '\u200B', ' - . ', undefined, null]) expect(run('cedula', raw).level).toBe('empty');
  });

  it('too few digits is an unfinished error; too many is a plain error', () => {
    expect(run('cedula', '1714307')).toMatchObject({ level: 'error', incomplete: true, params: { count: 7, missing: 3 } });
    expect(run('cedula', '17143071033').incomplete).toBeUndefined();
    expect(run('cedula', '1714307104').incomplete).toBeUndefined();
  });

  it('symbols are an error that names them', () => {
    expect(run('cedula', '17143#7103')).toMatchObject({ level: 'error', code: 'cedula.chars', params: { chars: '"#"' } });
    expect(run('cedula', '1714307103😀').code).toBe('cedula.chars');
  });

  it('letters are an IESS code for foreigners: a warning, not an error', () => {
    expect(run('cedula', 'X123456')).toMatchObject({ level: 'warn', code: 'cedula.code' });
  });

  it('province 30 (registered abroad) is ok; unknown provinces only warn', () => {
    expect(run('cedula', withCheck('301234567'))).toMatchObject({ level: 'ok', params: { province: 'Exterior' } });
    for (const prov of ['00', '25', '29', '31', '99']) {
      expect(run('cedula', withCheck(`${prov}1234567`))).toMatchObject({ level: 'warn', code: 'cedula.province', params: { province: prov } });
    }
  });

  it('third digit 0–6 is ok; 7–9 only warn', () => {
    for (const d of [0, 1, 2, 3, 4, 5, 6]) expect(run('cedula', withCheck(`17${d}430710`)).level).toBe('ok');
    for (const d of [7, 8, 9]) {
      expect(run('cedula', withCheck(`17${d}430710`))).toMatchObject({ level: 'warn', code: 'cedula.third-digit', params: { digit: d } });
    }
  });

  it('computes the check digit as documented (2,1,2,… weights, minus 9 over 9)', () => {
    // 1·2=2, 7·1=7, 1·2=2, 4·1=4, 3·2=6, 0·1=0, 7·2=14→5, 1·1=1, 0·2=0 → 27 → (10 − 7) mod 10 = 3
    expect(cedulaCheckDigit('171430710')).toBe(3);
    expect(cedulaCheckDigit('092668785')).toBe(6);
    expect(cedulaCheckDigit('000000000')).toBe(0);
    expect(cedulaCheckDigit('12345678')).toBe(-1);
  });

  it('9 digits starting with 9: a Guayas cédula without its leading 0, said even after leaving', () => {
    const v = run('cedula', '926687856');
    expect(v).toMatchObject({ code: 'cedula.missing-zero', level: 'error', incomplete: true, params: { cedula: '0926687856' } });
    expect(verdictText('es', v)).toBe('¿Le falta el 0 del inicio? La cédula tiene 10 números, por ejemplo 0926687856.');
    expect(verdictText('es', v)).not.toMatch(/Lleva 9 de 10/);
    // Other 9-digit starts can still be an unfinished cédula (Pichincha 17…): keep counting.
    expect(run('cedula', '171430710').code).toBe('cedula.short');
    expect(run('cedula', '92668785').code).toBe('cedula.short');
  });

  it('a letter O, l or I among digits says which letter and which number it stands for', () => {
    expect(run('cedula', '17143O7103')).toMatchObject({ code: 'cedula.letter-o', level: 'error' });
    expect(run('cedula', '09266878o6').code).toBe('cedula.letter-o');
    expect(run('cedula', 'l714307103')).toMatchObject({ code: 'cedula.letter-l', params: { letter: 'l' } });
    expect(run('cedula', 'I714307103')).toMatchObject({ code: 'cedula.letter-l', params: { letter: 'I' } });
    expect(verdictText('es', check('cedula', '17143O7103'))).toBe('Hay una letra O en lugar del número 0 (cero). Escriba solo números.');
    expect(verdictText('es', check('cedula', 'l714307103'))).toContain('«l» en lugar del número 1');
    expect(verdictText('en', check('cedula', 'I714307103'))).toContain('letter “I” instead of the number 1');
    // The first slip is named first; mostly letters is still a foreigner's IESS code.
    expect(run('cedula', '1O1430710l').code).toBe('cedula.letter-o');
    expect(run('cedula', 'OIl12').code).toBe('cedula.code');
    expect(run('cedula', 'IESS12345').code).toBe('cedula.code');
  });

  it('a wrong check digit is said in plain words, no jargon', () => {
    for (const raw of ['1714307104', '0926687857']) {
      const v = run('cedula', raw);
      expect(v.code).toBe('cedula.checksum');
      expect(verdictText('es', v)).toBe('Este número de cédula no es válido. Revise cada número.');
      expect(verdictText('en', v)).toBe('This cédula number is not valid. Check each digit.');
    }
  });

  it('a RUC typed in the cédula field points to its first 10 digits', () => {
    expect(run('cedula', '1714307103001').params).toEqual({ cedula: '1714307103' });
    expect(run('cedula', '1714307103000').code).toBe('cedula.long');
  });
});

describe('cédula: properties', () => {
  it('any valid cédula is ok', () => {
    fc.assert(fc.property(validCedula, (c) => check('cedula', c).level === 'ok'), { numRuns: 2000 });
  });

  it('every single-digit change of a valid cédula is an error', () => {
    fc.assert(
      fc.property(validCedula, (c) => {
        for (let i = 0; i < 10; i++) {
          for (let d = 0; d <= 9; d++) {
            if (String(d) === c[i]) continue;
            const changed = c.slice(0, i) + d + c.slice(i + 1);
            const v = check('cedula', changed);
            if (v.level !== 'error' || v.code !== 'cedula.checksum') return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('swapping two different neighbours of a valid cédula is usually caught (reported, not asserted for all)', () => {
    // The mod-10 check does not catch every swap (e.g. 0↔9); only count it.
    let caught = 0;
    let total = 0;
    fc.assert(
      fc.property(validCedula, (c) => {
        for (let i = 0; i < 9; i++) {
          if (c[i] === c[i + 1]) continue;
          total++;
          const swapped = c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2);
          if (check('cedula', swapped).level === 'error') caught++;
        }
      }),
      { numRuns: 300 },
    );
    expect(caught / total).toBeGreaterThan(0.8);
  });
});
