// @vitest-environment node
/**
 * The unsafe-DOM and literal-text checks are ESLint rules now (eslint.config.js, `npm run lint`).
 * What a rule cannot say about itself is checked here: that the config really applies them to the
 * shipped folders, and that they catch what they must (and leave alone what they may).
 */
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
// @ts-expect-error The plugin ships no type declarations.
import nounsanitized from 'eslint-plugin-no-unsanitized';
import react from 'eslint-plugin-react';
import globals from 'globals';
import { describe, expect, it } from 'vitest';

// A plain-JS config outside the TypeScript project: imported by a computed name, typed here.
const CONFIG = '../../eslint.config.js';
const { literalTextRules, unsafeDomRules } = (await import(CONFIG)) as Record<'literalTextRules' | 'unsafeDomRules', Linter.RulesRecord>;

const ROOT = new URL('../..', import.meta.url).pathname;

/** Rule ids reported for `code` with only the given rules (no type information needed). */
function ruleIds(code: string, rules: Linter.RulesRecord): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.tsx'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { ecmaFeatures: { jsx: true } },
          globals: globals.browser,
        },
        plugins: { react, 'no-unsanitized': nounsanitized },
        settings: { react: { version: '18.3' } },
        rules,
      },
    ],
    'components/x.tsx',
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => m.ruleId ?? 'fatal');
}

describe('eslint.config.js applies the checks', () => {
  const eslint = new ESLint({ cwd: ROOT });
  it.each(['utils/site-check.ts', 'components/popup/App.tsx', 'entrypoints/content.ts'])('to shipped code: %s', async (file) => {
    const { rules } = (await eslint.calculateConfigForFile(file)) as { rules: Linter.RulesRecord };
    for (const id of ['no-unsanitized/property', 'no-unsanitized/method', 'no-restricted-properties', 'no-eval', 'no-new-func', 'react/no-danger']) {
      expect([id, (rules[id] as unknown[])[0]]).toEqual([id, 2]);
    }
  });
  it.each(['components/popup/App.tsx', 'entrypoints/popup/main.tsx'])('the literal-text rules to JSX: %s', async (file) => {
    const { rules } = (await eslint.calculateConfigForFile(file)) as { rules: Linter.RulesRecord };
    expect((rules['react/jsx-no-literals'] as unknown[])[0]).toBe(2);
    // One no-restricted-syntax list: the shipped-code selectors and the literal-text ones together.
    const selectors = ((rules['no-restricted-syntax'] as unknown[]).slice(1) as { selector: string }[]).map((s) => s.selector);
    expect(selectors.some((s) => s.includes('DOMParser'))).toBe(true);
    expect(selectors.some((s) => s.includes('aria-label'))).toBe(true);
  });
  it('no import cycles anywhere', async () => {
    for (const file of ['utils/site-check.ts', 'tests/e2e/harness.ts', 'scripts/bench.ts']) {
      const { rules } = (await eslint.calculateConfigForFile(file)) as { rules: Linter.RulesRecord };
      expect([file, (rules['import-x/no-cycle'] as unknown[])[0]]).toEqual([file, 2]);
    }
  });
});

describe('the unsafe-DOM rules', () => {
  const ids = (code: string) => ruleIds(code, unsafeDomRules);
  it.each([
    ['el.innerHTML = html;', 'no-unsanitized/property'],
    ['const s = el.innerHTML;', 'no-restricted-properties'],
    ['el.outerHTML = html;', 'no-unsanitized/property'],
    ['el.insertAdjacentHTML("beforeend", html);', 'no-unsanitized/method'],
    ['document.write(html);', 'no-unsanitized/method'],
    ['eval(code);', 'no-eval'],
    ['const f = new Function("a", code);', 'no-new-func'],
    ['setTimeout("go()", 10);', 'no-implied-eval'],
    ['const d = new DOMParser();', 'no-restricted-syntax'],
    ['const x = <div dangerouslySetInnerHTML={{ __html: html }} />;', 'react/no-danger'],
  ])('catch %s', (code, rule) => {
    expect(ids(code)).toContain(rule);
  });
  it('leave safe DOM code alone', () => {
    expect(ids('el.textContent = text; el.append(document.createElement("b")); setTimeout(() => go(), 10);')).toEqual([]);
  });
});

describe('the literal-text rules', () => {
  const ids = (code: string) => ruleIds(code, literalTextRules);
  it.each([
    'const x = <p>Hola mundo</p>;',
    'const x = <b aria-label="Cerrar">x</b>;',
    'const x = <img alt="Logo del IESS" />;',
    'const x = <option label="Afiliado" />;',
    'const x = <input placeholder={"Cédula"} />;',
    "const x = <p>{'Siguiente'}</p>;",
  ])('catch %s', (code) => {
    expect(ids(code).length).toBeGreaterThan(0);
  });
  it('leave dictionary text, symbols and non-text attributes alone', () => {
    expect(ids('const x = <p class="hint" type="button" aria-label={t("close")}>{t("k")}</p>;')).toEqual([]);
    expect(ids('const x = <b aria-label="←">←</b>;')).toEqual([]);
  });
});
