/**
 * The popup's strings: same keys in Spanish and English (also a type error), same placeholders,
 * and no literal user-visible text in the popup components (parsed with the TypeScript compiler:
 * JSX text and text attributes must come from utils/i18n/popup.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { POPUP_DICTS, tp } from '../../../utils/i18n/popup';

const DIRS = ['components/popup', 'entrypoints/popup'];
const TEXT_ATTRS = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'aria-valuetext']);
const LETTERS = /\p{L}{2,}/u;

function literalTexts(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && TEXT_ATTRS.has(node.name.getText(sf))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init.text
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : undefined;
      if (literal && LETTERS.test(literal)) found.push(`${node.name.getText(sf)}="${literal}"`);
    }
    // A string literal rendered as a child: <p>{'Hola'}</p>
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression) && ts.isJsxElement(node.parent)) {
      if (LETTERS.test(node.expression.text)) found.push(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const files = DIRS.flatMap((dir) =>
  readdirSync(join(process.cwd(), dir))
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => join(dir, f)),
);

describe('popup strings', () => {
  it('have the same keys in Spanish and English', () => {
    expect(Object.keys(POPUP_DICTS.en).sort()).toEqual(Object.keys(POPUP_DICTS.es).sort());
  });

  it('have no empty text and the same placeholders', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(POPUP_DICTS.es) as (keyof typeof POPUP_DICTS.es)[]) {
      expect(POPUP_DICTS.es[key].trim(), key).not.toBe('');
      expect(POPUP_DICTS.en[key].trim(), key).not.toBe('');
      expect(ph(POPUP_DICTS.en[key]), key).toEqual(ph(POPUP_DICTS.es[key]));
    }
  });

  it('say the extension is unofficial in both languages', () => {
    expect(tp('es', 'app.unofficial')).toMatch(/^No oficial.*no es del IESS ni del BIESS/);
    expect(tp('en', 'app.unofficial')).toMatch(/Unofficial.*not by the IESS or the BIESS/);
  });

  it('scans the popup components', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s has no literal user-visible text', (file) => {
    expect(literalTexts(file, readFileSync(join(process.cwd(), file), 'utf8'))).toEqual([]);
  });

  it('the scanner catches literal text', () => {
    expect(literalTexts('x.tsx', `const a = <p title="Cerrar">Hola <b>{'mundo'}</b>{t('k')} · 1.</p>;`)).toEqual([
      'title="Cerrar"',
      'Hola',
      'mundo',
    ]);
  });
});
