// The one verdictText (utils/i18n/verdict-text.ts) over any text lookup, and the hint texts the
// build ships as extension locale messages (read by components/hint/messages.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { message } from '../../../../components/hint/messages';
import { hintLocaleMessages, withHintMessages } from '../../../../scripts/locale-messages';
import { hintMessages } from '../../../../utils/i18n/hints';
import { fallbackText, ruleMessages } from '../../../../utils/i18n/rules';
import { verdictText, type TextLookup } from '../../../../utils/i18n/verdict-text';
import { RULE_CODES, check } from '../../../../utils/rules';
import { installHintMessages } from '../../page/helpers';

describe('verdictText', () => {
  const table: Record<string, string> = {
    'es:r.cedula.short': 'Lleva {count} de {max} dígitos.',
    'en:r.cedula.short': 'It has {count} of {max} digits.',
    'es:f.error': 'Hay un error.',
    'es:r.email.typo': '¿Quiso decir {suggestion}? {unknown} queda.',
  };
  const texts: TextLookup = (lang, key) => table[`${lang}:${key}`] ?? '';

  it("uses the rule's own text in the asked language, with its placeholders filled", () => {
    const v = { code: 'cedula.short', level: 'error' as const, params: { count: 7, max: 10 } };
    expect(verdictText('es', v, texts)).toBe('Lleva 7 de 10 dígitos.');
    expect(verdictText('en', v, texts)).toBe('It has 7 of 10 digits.');
    expect(verdictText('es', { code: 'email.typo', level: 'warn', params: { suggestion: 'ana@gmail.com' } }, texts)).toBe(
      '¿Quiso decir ana@gmail.com? {unknown} queda.',
    );
  });

  it('falls back to the text for the level for a code it does not know, and to nothing at all', () => {
    expect(verdictText('es', { code: 'future.code', level: 'error' }, texts)).toBe('Hay un error.');
    expect(verdictText('en', { code: 'future.code', level: 'error' }, texts)).toBe('');
  });
});

describe('hint texts from locale messages', () => {
  it('carry every rule, fallback and hint text of the dictionaries, in both languages', async () => {
    await installHintMessages();
    for (const lang of ['es', 'en'] as const) {
      for (const code of RULE_CODES) expect(message(lang, `r.${code}`), `${lang} ${code}`).toBe(ruleMessages[lang][code]);
      for (const level of ['ok', 'warn', 'error'] as const) expect(message(lang, `f.${level}`)).toBe(fallbackText(lang, level));
      for (const [key, text] of Object.entries(hintMessages[lang])) expect(message(lang, `h.${key}`)).toBe(text);
    }
    expect(verdictText('es', check('cedula', '1714307'), message)).toBe('Lleva 7 de 10 dígitos. Siga escribiendo.');
  });

  it('message names are valid and distinct; the manifest strings stay', () => {
    const names = Object.keys(hintLocaleMessages());
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const lang of ['es', 'en']) {
      const src = readFileSync(join(process.cwd(), `public/_locales/${lang}/messages.json`), 'utf8');
      const merged = JSON.parse(withHintMessages(src));
      expect(merged.extName).toEqual(JSON.parse(src).extName);
      expect(Object.keys(merged)).toHaveLength(Object.keys(JSON.parse(src)).length + names.length);
    }
  });

  it('without the extension API a hint has no text rather than throwing', () => {
    expect(() => verdictText('es', { code: 'cedula.ok', level: 'ok' }, message)).not.toThrow();
  });
});
