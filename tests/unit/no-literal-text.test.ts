/**
 * User-visible text in components comes from the message dictionaries. This scans the JSX of
 * components/ for literal words between tags and in text attributes.
 */
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob('../../components/**/*.tsx', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

const WORD = /[A-Za-zÁÉÍÓÚÑáéíóúñ]{2,}/;
function literalTexts(source: string): string[] {
  const found: string[] = [];
  // Text between a tag's end and the next tag or expression: >Texto<, >Texto{
  for (const m of source.matchAll(/>([^<>{}()=;[\]|]+)(?=[<{])/g)) {
    const text = m[1]!.trim();
    if (text && WORD.test(text) && !/^[\s)\]}|&&?:,.]*$/.test(text)) found.push(text);
  }
  for (const m of source.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*)"/g)) {
    if (WORD.test(m[2]!)) found.push(`${m[1]}="${m[2]}"`);
  }
  return found;
}

describe('components', () => {
  it('are scanned', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(0);
  });
  it.each(Object.entries(sources))('%s has no literal user-visible text', (_file, source) => {
    expect(literalTexts(source)).toEqual([]);
  });
  it('the scanner does catch literal text', () => {
    expect(literalTexts('<p>Hola mundo</p><b aria-label="Cerrar">x</b>')).toEqual(['Hola mundo', 'aria-label="Cerrar"']);
    expect(literalTexts('<p>{t("k")}</p><b aria-label="←">←</b>')).toEqual([]);
  });
});
