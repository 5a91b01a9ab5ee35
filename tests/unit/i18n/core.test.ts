import { describe, expect, it } from 'vitest';
import { format, makeTranslator, pickLang } from '../../../utils/i18n/core';

describe('pickLang', () => {
  it.each([
    [['es-EC'], 'es'],
    [['en-US', 'es'], 'en'],
    [['fr-FR', 'en-GB'], 'en'],
    [['fr-FR'], 'es'],
    [[], 'es'],
    [undefined, 'es'],
    [['EN_us'], 'en'],
  ] as const)('%j → %s', (tags, lang) => {
    expect(pickLang(tags as readonly string[] | undefined)).toBe(lang);
  });
});

describe('format and translator', () => {
  it('fills known placeholders and keeps unknown ones', () => {
    expect(format('Faltan {n} dígitos {x}', { n: 3 })).toBe('Faltan 3 dígitos {x}');
  });
  it('looks up by language', () => {
    const t = makeTranslator({ es: { hi: 'Hola {name}' }, en: { hi: 'Hi {name}' } });
    expect(t('es', 'hi', { name: 'Ana' })).toBe('Hola Ana');
    expect(t('en', 'hi', { name: 'Ana' })).toBe('Hi Ana');
  });
});
