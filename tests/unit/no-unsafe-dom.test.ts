/**
 * The shipped sources never write HTML from strings and never evaluate code: no innerHTML /
 * outerHTML / insertAdjacentHTML / document.write, no dangerouslySetInnerHTML, no eval or
 * new Function. (The only innerHTML in the build is Preact's own dangerouslySetInnerHTML path,
 * which `web-ext lint` reports and which this project never triggers.)
 */
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['../../utils/**/*.{ts,tsx}', '../../components/**/*.{ts,tsx}', '../../entrypoints/**/*.{ts,tsx}'], {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;

const UNSAFE = [/\.innerHTML\b/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /dangerouslySetInnerHTML/, /\beval\s*\(/, /new Function\s*\(/];

describe('shipped sources', () => {
  it('are scanned', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });
  it.each(Object.entries(sources))('%s writes no HTML from strings and evaluates no code', (_file, source) => {
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(UNSAFE.filter((re) => re.test(code)).map(String)).toEqual([]);
  });
});
