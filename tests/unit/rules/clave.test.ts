// @vitest-environment node
// The rules engine is pure: no DOM needed.
import * as fc from 'fast-check';
import { CLAVE_POLICY, SUGGESTION_ENTROPY_BITS, check, suggestClave } from '../../../utils/rules';
import { isCommonClave, isSequence } from '../../../utils/rules/clave';
import { randomBelow, validateWords, type RandomSource } from '../../../utils/rules/suggest';
import { WORDS } from '../../../utils/rules/words';
import { COMMON_CLAVES } from '../../../utils/rules/tables';
import { run } from './helpers';

describe('password (new clave)', () => {
  it.each(['Casa123', 'luna7sol', 'Quito1950x', 'a1b2c3d4e5f6g7h', 'Mango42'])('%j is ok', (raw) => {
    expect(run('password', raw).code).toBe('password.ok');
  });

  it('length: 6 to 15', () => {
    expect(run('password', 'Ab1')).toMatchObject({ level: 'error', code: 'password.short', incomplete: true, params: { count: 3, min: 6 } });
    expect(run('password', 'Ab123')).toMatchObject({ code: 'password.short' });
    expect(run('password', 'Ab1234').code).toBe('password.ok');
    expect(run('password', 'Ab1234567890123').code).toBe('password.ok');
    expect(run('password', 'Ab12345678901234')).toMatchObject({ level: 'error', code: 'password.long', params: { count: 16, max: 15 } });
    expect(run('password', 'Ab12345678901234').incomplete).toBeUndefined();
  });

  it('names the characters the portal does not take', () => {
    expect(run('password', 'Españ0la')).toMatchObject({ level: 'error', code: 'password.chars', params: { chars: '"ñ"' } });
    expect(run('password', 'Canción1é')).toMatchObject({ code: 'password.chars', params: { chars: '"ó" "é"' } });
    expect(run('password', 'Casa@12#')).toMatchObject({ code: 'password.chars', params: { chars: '"@" "#"' } });
    expect(run('password', 'Casa 123')).toMatchObject({ level: 'error', code: 'password.space' });
    expect(run('password', ' Casa123')).toMatchObject({ code: 'password.space' });
    expect(run('password', 'Casa 12$')).toMatchObject({ code: 'password.chars-space', params: { chars: '"$"' } });
    expect(run('password', 'Casa\u200B123')).toMatchObject({ code: 'password.chars', params: { chars: '"U+200B"' } });
    expect(run('password', 'Ｃａｓａ123')).toMatchObject({ code: 'password.chars' });
    expect(run('password', 'ab').code).toBe('password.short');
    expect(run('password', 'añ').code).toBe('password.chars');
  });

  it('warns about claves that are easy to guess', () => {
    expect(run('password', 'Monte1714307103', { cedula: '171430710-3' })).toMatchObject({ level: 'warn', code: 'password.has-cedula' });
    expect(run('password', 'x307103y', { cedula: '1714307103' })).toMatchObject({ code: 'password.has-cedula' });
    expect(run('password', 'x30710y3', { cedula: '1714307103' }).code).toBe('password.ok');
    expect(run('password', 'Monte1714307103', {}).code).toBe('password.ok');
    for (const raw of ['123456', 'password', 'Ecuador', 'ecuador2024', 'QUITO1', 'guayaquil', 'p4ssw0rd', 'Contrasena1', '2024quito', 'clave123']) {
      expect(run('password', raw), raw).toMatchObject({ level: 'warn', code: 'password.common' });
    }
    for (const raw of ['234567', 'abcdef', 'aaaaaa', '765432', 'FEDCBA', '7890123', '343434', 'abcabc', 'zz11zz11']) {
      expect(run('password', raw), raw).toMatchObject({ level: 'warn', code: 'password.sequence' });
    }
    expect(run('password', '40718293')).toMatchObject({ level: 'warn', code: 'password.digits-only' });
    expect(run('password', 'MonteVerde')).toMatchObject({ level: 'warn', code: 'password.letters-only' });
  });

  it('sequence and common helpers', () => {
    expect(isSequence('abcdefgh')).toBe(true);
    expect(isSequence('abcdeg')).toBe(false);
    expect(isSequence('9876543210')).toBe(true);
    expect(isSequence('abc123')).toBe(false);
    expect(isCommonClave('casaluna')).toBe(false);
    expect(isCommonClave('tequiero99')).toBe(true);
  });

  it('the common list has about 100 entries', () => {
    expect(COMMON_CLAVES.size).toBeGreaterThanOrEqual(90);
    expect(COMMON_CLAVES.size).toBeLessThanOrEqual(200);
  });
});

describe('password-confirm', () => {
  it('equals the clave, exactly', () => {
    expect(run('password-confirm', 'Casa123', { password: 'Casa123' })).toMatchObject({ level: 'ok', code: 'password-confirm.ok' });
    expect(run('password-confirm', 'casa123', { password: 'Casa123' })).toMatchObject({ level: 'error', code: 'password-confirm.mismatch' });
    expect(run('password-confirm', 'Casa1234', { password: 'Casa123' }).incomplete).toBeUndefined();
    expect(run('password-confirm', 'Casa1', { password: 'Casa123' })).toMatchObject({ code: 'password-confirm.mismatch', incomplete: true });
    expect(run('password-confirm', '', { password: 'Casa123' }).level).toBe('empty');
    expect(run('password-confirm', 'Casa123', {})).toMatchObject({ level: 'warn', code: 'password-confirm.no-first' });
  });
  it('never puts the clave in the verdict', () => {
    const v = check('password-confirm', 'Secreto99', { password: 'Secreto98' });
    expect(JSON.stringify(v)).not.toContain('Secreto');
    expect(JSON.stringify(check('password', 'Secreto99'))).not.toContain('Secreto');
  });
});

/** A deterministic random source (xorshift32) so sampling tests never flake. */
function seeded(seed: number): RandomSource {
  let x = seed >>> 0 || 1;
  return {
    getRandomValues<T extends Uint32Array>(a: T): T {
      for (let i = 0; i < a.length; i++) {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        a[i] = x;
      }
      return a;
    },
  };
}

describe('suggestClave', () => {
  it('produces claves that pass the policy (real crypto)', () => {
    for (let i = 0; i < 300; i++) {
      const s = suggestClave();
      expect(s.length).toBeGreaterThanOrEqual(CLAVE_POLICY.minLength);
      expect(s.length).toBeLessThanOrEqual(CLAVE_POLICY.maxLength);
      expect(s).toMatch(/^[A-Za-z0-9]+$/);
      expect(check('password', s).level, s).toBe('ok');
    }
  });

  it('every word pair, in every layout, passes the policy', () => {
    const words = validateWords();
    const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    for (const a of words) {
      for (const b of words) {
        for (const s of [`${cap(a)}${b}907`, `${a}${cap(b)}123`, `${a}000${cap(b)}`, `${cap(a)}987${b}`]) {
          const v = check('password', s);
          if (v.level !== 'ok') throw new Error(`${s} → ${v.code}`);
        }
      }
    }
    // 262,144 checks: seconds on a loaded 2-core machine. A guard against a hang, not a budget.
  }, 60_000);

  it('word list: 256 distinct short ASCII words, none a common clave', () => {
    expect(WORDS).toHaveLength(256);
    expect(new Set(WORDS).size).toBe(WORDS.length);
    for (const w of WORDS) {
      expect(w).toMatch(/^[a-z]{3,6}$/);
      expect(COMMON_CLAVES.has(w), w).toBe(false);
    }
  });

  it('entropy: at least 24 bits, computed from the list sizes', () => {
    const bits = 2 * Math.log2(new Set(WORDS).size) + Math.log2(2 * 2) + 3 * Math.log2(10);
    expect(bits).toBeCloseTo(SUGGESTION_ENTROPY_BITS, 9);
    expect(bits).toBeGreaterThanOrEqual(24);
    expect(bits).toBeCloseTo(27.97, 2);
  });

  it('uses the random source for every choice and spreads over words and layouts', () => {
    const out = new Set<string>();
    const src = seeded(42);
    for (let i = 0; i < 2000; i++) out.add(suggestClave(src));
    expect(out.size).toBeGreaterThan(1990);
    expect(suggestClave(seeded(7))).toBe(suggestClave(seeded(7)));
    expect(suggestClave(seeded(7))).not.toBe(suggestClave(seeded(8)));
  });

  it('randomBelow is unbiased: rejects the top values that would wrap', () => {
    // n = 3: 2^32 mod 3 = 1, so the single value 2^32 − 1 must be rejected.
    const values = [0xffffffff, 0xffffffff, 5];
    const src: RandomSource = {
      getRandomValues<T extends Uint32Array>(a: T): T {
        a[0] = values.shift() ?? 0;
        return a;
      },
    };
    expect(randomBelow(3, src)).toBe(2);
    expect(values).toHaveLength(0);
    expect(() => randomBelow(0, src)).toThrow();
  });

  it('digit choice is uniform (chi-square over 10 000 draws)', () => {
    const src = seeded(123);
    const counts = new Array<number>(10).fill(0);
    const n = 10_000;
    for (let i = 0; i < n; i++) counts[randomBelow(10, src)]! += 1;
    const chi = counts.reduce((acc, c) => acc + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi).toBeLessThan(27.88); // p = 0.001, 9 degrees of freedom
  });

  it('property: any random source still yields a valid clave', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 32 - 1 }), (seed) => check('password', suggestClave(seeded(seed))).level === 'ok'),
      { numRuns: 500 },
    );
  });
});
