// The hint texts shipped as extension locale messages say exactly what the single source says.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verdictText as hintText } from '../../../components/hint/verdict-text';
import { message } from '../../../components/hint/messages';
import { hintLocaleMessages, withHintMessages } from '../../../scripts/locale-messages';
import { hintMessages } from '../../../utils/i18n/hints';
import { verdictText } from '../../../utils/i18n/rules';
import { RULE_CODES, check } from '../../../utils/rules';
import { installHintMessages } from './helpers';

const PARAMS = { count: 7, chars: '"ñ"', province: '31', digit: 7, cedula: '1714307103', max: 64, tld: '.cmo', suggestion: 'ana@gmail.com', min: 6 };

describe('hint texts from locale messages', () => {
  it('every rule code and level reads the same as utils/i18n/rules.ts, in both languages', async () => {
    await installHintMessages();
    for (const lang of ['es', 'en'] as const) {
      for (const code of RULE_CODES) {
        const v = { code, level: 'error' as const, params: PARAMS };
        expect(hintText(lang, v), `${lang} ${code}`).toBe(verdictText(lang, v));
      }
      for (const level of ['empty', 'ok', 'warn', 'error'] as const) {
        expect(hintText(lang, { code: 'future.code', level })).toBe(verdictText(lang, { code: 'future.code', level }));
      }
      for (const [key, text] of Object.entries(hintMessages[lang])) expect(message(lang, `h.${key}`)).toBe(text);
    }
    expect(hintText('es', check('cedula', '1714307'))).toBe('Lleva 7 de 10 dígitos. Siga escribiendo.');
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
    expect(() => hintText('es', { code: 'cedula.ok', level: 'ok' })).not.toThrow();
  });
});
