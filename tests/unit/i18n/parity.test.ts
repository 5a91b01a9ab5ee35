/**
 * Every message dictionary (any export of utils/i18n/* shaped { es, en }) has the same keys in
 * Spanish and English, no empty text, the same {placeholders}, and hints short enough to read.
 */
import { describe, expect, it } from 'vitest';

const modules = import.meta.glob<Record<string, unknown>>('../../../utils/i18n/*.ts', { eager: true });

type Dicts = { es: Record<string, string>; en: Record<string, string> };
const isDicts = (v: unknown): v is Dicts =>
  !!v && typeof v === 'object' && 'es' in v && 'en' in v && typeof (v as Dicts).es === 'object' && typeof (v as Dicts).en === 'object';

const found: [string, Dicts][] = [];
for (const [file, mod] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(mod)) if (isDicts(value)) found.push([`${file.split('/').pop()}:${name}`, value]);
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message dictionaries', () => {
  it('are found', () => {
    expect(found.map(([n]) => n)).toContain('practice.ts:practiceMessages');
    expect(found.map(([n]) => n)).toContain('help.ts:helpMessages');
  });

  describe.each(found)('%s', (_name, dicts) => {
    it('has the same keys in Spanish and English', () => {
      expect(Object.keys(dicts.en).sort()).toEqual(Object.keys(dicts.es).sort());
    });
    it('has no empty message and the same placeholders in both languages', () => {
      for (const key of Object.keys(dicts.es)) {
        expect(dicts.es[key]!.trim(), key).not.toBe('');
        expect(dicts.en[key]?.trim(), key).not.toBe('');
        expect(placeholders(dicts.en[key] ?? ''), key).toEqual(placeholders(dicts.es[key]!));
      }
    });
    it('keeps every message within ~25 words', () => {
      for (const lang of ['es', 'en'] as const) {
        for (const [key, text] of Object.entries(dicts[lang])) {
          expect(text.split(/\s+/).length, `${lang}:${key}`).toBeLessThanOrEqual(25);
        }
      }
    });
  });
});
