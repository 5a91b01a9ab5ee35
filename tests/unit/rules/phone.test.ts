// @vitest-environment node
// The rules engine is pure: no DOM needed.
import { run } from './helpers';

describe('phone', () => {
  it.each([
    ['0991234567', 'mobile', '0991234567'],
    ['099 123 4567', 'mobile', '0991234567'],
    ['099-123-4567', 'mobile', '0991234567'],
    ['+593 99 123 4567', 'mobile', '0991234567'],
    ['+593991234567', 'mobile', '0991234567'],
    ['593 99 123 4567', 'mobile', '0991234567'],
    ['00593 99 123 4567', 'mobile', '0991234567'],
    ['+593 (0)99 123 4567', 'mobile', '0991234567'],
    ['０９９１２３４５６７', 'mobile', '0991234567'],
    ['022345678', 'landline', '022345678'],
    ['(02) 234-5678', 'landline', '022345678'],
    ['07.234.5678', 'landline', '072345678'],
    ['+593 2 234 5678', 'landline', '022345678'],
    ['593 4 234 5678', 'landline', '042345678'],
  ])('%j is a %s', (raw, type, value) => {
    const v = run('phone', raw);
    expect(v).toMatchObject({ level: 'ok', code: 'phone.ok', value, params: { type } });
    expect(v.params?.international).toBe(`+593${value.slice(1)}`);
  });

  it.each([
    ['09912345', 'phone.short', true],
    ['0', 'phone.short', true],
    ['+', 'phone.short', true],
    ['+59', 'phone.short', true],
    ['+593', 'phone.short', true],
    ['+593 99', 'phone.short', true],
    ['0223456', 'phone.short', true],
    ['99123456', 'phone.short', true],
    ['59399123', 'phone.short', true],
    ['09912345678', 'phone.long', false],
    ['0223456789', 'phone.long', false],
    ['+5939912345678', 'phone.long', false],
    ['0812345678', 'phone.prefix', false],
    ['0123456789', 'phone.prefix', false],
    ['1800243777', 'phone.prefix', false],
    ['+593 1 234 5678', 'phone.prefix', false],
    ['099123456a', 'phone.chars', false],
    ['099+1234567', 'phone.chars', false],
    ['099#1234567', 'phone.chars', false],
  ])('%j → %s', (raw, code, incomplete) => {
    const v = run('phone', raw);
    expect(v.level).toBe('error');
    expect(v.code).toBe(code);
    expect(Boolean(v.incomplete)).toBe(incomplete);
  });

  it('a 7-digit local number asks for the area code', () => {
    expect(run('phone', '234 5678')).toMatchObject({ level: 'warn', code: 'phone.local' });
  });

  it('a national number without its leading 0 suggests it', () => {
    expect(run('phone', '991234567')).toMatchObject({ level: 'warn', code: 'phone.missing-zero', params: { suggestion: '0991234567' } });
    expect(run('phone', '22345678')).toMatchObject({ level: 'warn', code: 'phone.missing-zero', params: { suggestion: '022345678' } });
  });

  it('a number from another country is a warning', () => {
    expect(run('phone', '+1 (212) 555-1234')).toMatchObject({ level: 'warn', code: 'phone.foreign', value: '+12125551234' });
    expect(run('phone', '0034 612 345 678')).toMatchObject({ level: 'warn', code: 'phone.foreign', value: '+34612345678' });
    expect(run('phone', '+1234567890123456').code).toBe('phone.long');
  });

  it('empty', () => {
    expect(run('phone', ' ( ) - ').level).toBe('empty');
  });
});
