// @ts-check
/**
 * ESLint (flat config). `npm run lint` runs it with knip (unused files, exports, dependencies).
 * - TypeScript: typescript-eslint's type-aware recommended set (projectService reads tsconfig.json).
 * - No import cycles anywhere (import-x/no-cycle, resolving TypeScript and the WXT `@/` paths).
 * - Shipped code (utils/, components/, entrypoints/) never writes HTML from strings and never
 *   evaluates code: Mozilla's no-unsanitized plus the sinks it does not see.
 * - JSX (components/, entrypoints/) shows no literal words: user-visible text comes from the i18n
 *   dictionaries.
 * WXT auto-imports need no globals here: typescript-eslint turns off no-undef for TypeScript and
 * the type checker knows them from .wxt/types; no plain-JS file uses them.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import react from 'eslint-plugin-react';
import globals from 'globals';

export const SHIPPED = ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'];
/** Every file that renders JSX: the components and the pages' entry files. */
export const COMPONENTS = ['components/**/*.tsx', 'entrypoints/**/*.tsx'];

/** A word of two letters or more (a lone arrow, digit or "×" is not text to translate). */
const WORD = '[A-Za-zÁÉÍÓÚÑÜáéíóúñü]{2,}';
/** Attributes a screen reader or a tooltip shows to a person. */
const TEXT_ATTRIBUTES = '^(label|aria-label|aria-description|aria-roledescription|aria-placeholder|aria-valuetext|title|placeholder|alt)$';

/** Rules for shipped code: no HTML from strings, no evaluated code. */
export const unsafeDomRules = /** @type {const} */ ({
  'no-unsanitized/method': 'error',
  'no-unsanitized/property': 'error',
  'no-eval': 'error',
  'no-new-func': 'error',
  'no-implied-eval': 'error',
  'react/no-danger': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Build nodes (textContent, createElement) instead of HTML strings.' },
    { property: 'outerHTML', message: 'Build nodes instead of HTML strings.' },
    { property: 'insertAdjacentHTML', message: 'Use insertAdjacentElement / insertAdjacentText.' },
    { object: 'document', property: 'write', message: 'Never document.write.' },
    { object: 'document', property: 'writeln', message: 'Never document.writeln.' },
    { property: 'createContextualFragment', message: 'Build nodes instead of HTML strings.' },
    { property: 'setHTMLUnsafe', message: 'Build nodes instead of HTML strings.' },
  ],
  'no-restricted-syntax': ['error', { selector: 'NewExpression[callee.name="DOMParser"]', message: 'No HTML parsing from strings.' }],
});

/** Rules for components: user-visible text comes from the dictionaries. */
export const literalTextRules = /** @type {const} */ ({
  // Text between tags. Symbols without a word (arrows, "×", "·", digits) may stay.
  'react/jsx-no-literals': ['error', { noStrings: false, ignoreProps: true, allowedStrings: ['.', '·', '—', '◼', '←', '→', 'A−', 'A+'] }],
  'no-restricted-syntax': [
    'error',
    {
      selector: `JSXAttribute[name.name=/${TEXT_ATTRIBUTES}/] > Literal[value=/${WORD}/]`,
      message: 'User-visible attribute text comes from the i18n dictionaries (t(...)).',
    },
    {
      selector: `JSXAttribute[name.name=/${TEXT_ATTRIBUTES}/] > JSXExpressionContainer > :matches(Literal[value=/${WORD}/], TemplateLiteral[expressions.length=0])`,
      message: 'User-visible attribute text comes from the i18n dictionaries (t(...)).',
    },
    {
      // {'Hola'} or {`Hola`} between tags.
      selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(Literal[value=/${WORD}/], TemplateLiteral > TemplateElement[value.raw=/${WORD}/])`,
      message: 'User-visible text comes from the i18n dictionaries (t(...)).',
    },
  ],
});

export default tseslint.config(
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'tests/artifacts/**', 'tests/fixtures/primefaces/lib/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX, 'no-unsanitized': nounsanitized, react },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      // Preact with the automatic JSX runtime; this only silences eslint-plugin-react's React detection.
      react: { version: '18.3' },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      // Unused names: allowed when they start with "_" (deliberately ignored parameters).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain JavaScript (scripts/*.mjs, this file): not in tsconfig, so no type-aware rules; Node globals.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    // Scripts hand functions to browser pages and extension workers (page.evaluate): their globals too.
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.ts', 'wxt.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Tests, the bench and the configs read JSON (manifests, traces, bench reports) and values
      // returned from a browser page (page.evaluate): `any` is their honest type there, and the
      // assertions that follow are the type check. Shipped code keeps all of these rules.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: SHIPPED, rules: unsafeDomRules },
  {
    files: COMPONENTS,
    rules: {
      ...literalTextRules,
      // One rule, one list: the components keep the shipped-code selectors too.
      'no-restricted-syntax': [...unsafeDomRules['no-restricted-syntax'], ...literalTextRules['no-restricted-syntax'].slice(1)],
    },
  },
);
