// @vitest-environment node
// The rules engine is pure: no DOM needed.
import * as fc from 'fast-check';
import { FIELD_KINDS, check, normalizeEmail, normalizeId, normalizePhone, type FieldKind } from '../../../utils/rules';
import { expectWellFormed, nastyString, run, shapeProblem } from './helpers';

const context = fc.record(
  { email: nastyString, password: nastyString, cedula: nastyString },
  { requiredKeys: [] },
);

describe('check never throws', () => {
  for (const kind of FIELD_KINDS) {
    it(`${kind}: arbitrary strings and contexts (10 000 runs)`, () => {
      fc.assert(
        fc.property(nastyString, context, (raw, ctx) => {
          const v = check(kind, raw, ctx);
          const problem = shapeProblem(v);
          if (problem) throw new Error(`${problem}: ${JSON.stringify(v)}`);
        }),
        { numRuns: 10_000 },
      );
    });
  }

  const MB = 1 << 20;
  const huge: [string, string][] = [
    ['1 MB of digits', '1'.repeat(MB)],
    ['1 MB of spaces', ' '.repeat(MB)],
    ['1 MB of combining marks', `a${'\u0301\u0316'.repeat(MB / 2)}`],
    ['1 MB of emoji', '😀'.repeat(MB / 2)],
    ['1 MB of lone surrogates', '\uD800'.repeat(MB)],
    ['1 MB of NUL', '\0'.repeat(MB)],
    ['1 MB of RTL marks', '\u202E\u200F'.repeat(MB / 2)],
    ['1 MB of full-width digits', '１'.repeat(MB)],
    ['1 MB email-like', `${'a'.repeat(MB)}@gmail.com`],
    ['1 MB of @.', '@.'.repeat(MB / 2)],
  ];
  it.each(huge)('%s: every kind answers fast', (_label, raw) => {
    for (const kind of FIELD_KINDS) {
      const t0 = performance.now();
      const v = run(kind, raw, { email: raw, password: raw, cedula: raw });
      const ms = performance.now() - t0;
      if (kind !== 'password-confirm') expect(v.level).not.toBe('ok');
      expect(ms, `${kind} took ${ms} ms`).toBeLessThan(150);
    }
  });

  it('non-string inputs are coerced, never thrown on', () => {
    const weird: unknown[] = [
      undefined, null, 1714307103, 0, NaN, true, 10n, Symbol('x'), {}, [], [1, 7], () => 1,
      { toString() { throw new Error('boom'); } }, Object.create(null),
    ];
    for (const kind of FIELD_KINDS) {
      for (const raw of weird) expectWellFormed(check(kind, raw, raw as never));
    }
    expect(check('cedula', 1714307103).code).toBe('cedula.ok');
  });

  it('an unknown kind is an error, not an exception', () => {
    expect(check('nif' as FieldKind, '123')).toMatchObject({ level: 'error', code: 'input.unchecked' });
  });

  it('NUL, bidi marks and lone surrogates in a cédula', () => {
    expect(run('cedula', '1714307103\0').code).toBe('cedula.chars');
    expect(run('cedula', '\u202E1714307103\u202C').code).toBe('cedula.ok');
    expect(run('cedula', '17143\uD80007103').code).toBe('cedula.chars');
  });

  it('long identifiers are rejected before any other work', () => {
    expect(run('cedula', '1'.repeat(65)).code).toBe('input.too-long');
    expect(run('cedula', '1'.repeat(64)).code).toBe('cedula.long');
    expect(run('email', `${'a'.repeat(60)}@${'b'.repeat(200)}.com`).code).toBe('input.too-long');
  });
});

describe('normalization', () => {
  it('is idempotent', () => {
    for (const normalize of [normalizeId, normalizePhone, normalizeEmail]) {
      fc.assert(
        fc.property(nastyString, (s) => normalize(normalize(s)) === normalize(s)),
        { numRuns: 3000 },
      );
    }
  });

  it('check gives the same verdict for the normalized value of an identifier', () => {
    const kinds: FieldKind[] = ['cedula', 'ruc', 'phone', 'dactilar', 'email'];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), nastyString, (kind, s) => {
        const v = check(kind, s);
        if (v.value === undefined || kind === 'phone') return true;
        const again = check(kind, v.value);
        return again.code === v.code && again.value === v.value;
      }),
      { numRuns: 5000 },
    );
  });

  it('turns pasted identifiers into plain digits', () => {
    expect(normalizeId('171430710-3')).toBe('1714307103');
    expect(normalizeId('１７１４３０７１０３')).toBe('1714307103');
    expect(normalizeId('\u200B17\u00A014.30\u20117103\uFEFF')).toBe('1714307103');
    expect(normalizePhone('(02) 234-5678')).toBe('022345678');
    expect(normalizeEmail('  Ana@Gmail.com\u200F ')).toBe('Ana@Gmail.com');
  });
});
