// @vitest-environment node
// An input mask (PrimeFaces' InputMask, jquery.maskedinput) shows '_' for each position not typed
// yet: "171_______" while a person types a cédula. Those blanks are not the person's characters.
import { check, normalizeId, normalizePhone } from '../../../utils/rules';

describe('input-mask blanks', () => {
  it('are dropped from identifiers and phones', () => {
    expect(normalizeId('171_______')).toBe('171');
    expect(normalizeId('__________')).toBe('');
    expect(normalizePhone('(02) 2__-____')).toBe('022');
  });

  it('leave an unfinished value incomplete (neutral while typing), not wrong', () => {
    expect(check('cedula', '__________')).toMatchObject({ code: 'cedula.empty' });
    expect(check('cedula', '171_______')).toMatchObject({ code: 'cedula.short', incomplete: true });
    expect(check('cedula', '1714307103')).toMatchObject({ level: 'ok' });
    expect(check('phone', '099_______')).toMatchObject({ code: 'phone.short', incomplete: true });
    expect(check('ruc', '1790016919___')).toMatchObject({ incomplete: true });
    expect(check('dactilar', 'V4443_____')).toMatchObject({ incomplete: true });
  });
});
