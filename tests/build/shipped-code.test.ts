/**
 * Static checks of what ships (run after `npm run build`): no network API, no dynamic code, no
 * remote URL but the official sites and XML namespaces, and the content-script size budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR } from '../e2e/harness';
import { COMPILE_HINT } from '../../wxt.config';

/**
 * The performance issue's budget: 15 KB gzip (level 9, as `npm run bench` reports it) for every
 * content script together. It holds because hints are plain DOM (no Preact) and the content
 * script uses the browser's native promise API (no webextension-polyfill); see wxt.config.ts.
 */
const CONTENT_GZIP_BUDGET = 15 * 1024;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

const NETWORK_OR_DYNAMIC = [
  /\bfetch\(/,
  /XMLHttpRequest/,
  /\bWebSocket\b/,
  /sendBeacon/,
  /\bEventSource\b/,
  /importScripts/,
  /\beval\(/,
  /new Function\(/,
  /\bimport\(\s*["'`]https?:/,
];
/**
 * Documentation links inside libraries' error messages (never fetched): @wxt-dev/storage's
 * "must be loaded in a web extension environment" error names these two pages.
 */
const LIBRARY_DOC_URLS = new Set(['https://github.com/wxt-dev/wxt/issues/371', 'https://wxt.dev/guide/go-further/testing.html']);
const ALLOWED_URL = /^https?:\/\/(www\.w3\.org\/|([a-z0-9*-]+\.)*(iess\.gob\.ec|biess\.fin\.ec|gob\.ec)(\/|$))/;

for (const [name, dir] of [
  ['chrome', CHROME_DIR],
  ['firefox', FIREFOX_DIR],
] as const) {
  describe(`${name} build`, () => {
    const shipped = files(dir, /\.(js|html)$/);

    it('ships code', () => {
      expect(shipped.some((f) => f.endsWith('background.js'))).toBe(true);
      expect(shipped.some((f) => f.includes('content-scripts'))).toBe(true);
    });

    it('uses no network API and no dynamic code', () => {
      const found: string[] = [];
      for (const f of shipped) {
        const text = readFileSync(f, 'utf8');
        for (const re of NETWORK_OR_DYNAMIC) if (re.test(text)) found.push(`${relative(dir, f)}: ${re}`);
      }
      expect(found).toEqual([]);
    });

    it('names no remote URL but the official sites', () => {
      const found: string[] = [];
      for (const f of shipped) {
        for (const m of readFileSync(f, 'utf8').matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) {
          if (!ALLOWED_URL.test(m[0]) && !LIBRARY_DOC_URLS.has(m[0])) found.push(`${relative(dir, f)}: ${m[0]}`);
        }
      }
      expect(found).toEqual([]);
    });

    it('ships none of the test material: no PrimeFaces or jQuery client (tests/fixtures/primefaces/lib)', () => {
      const found: string[] = [];
      for (const f of files(dir, /\.(js|html|css|json)$/)) {
        const text = readFileSync(f, 'utf8');
        // Strings minification keeps: PrimeFaces' widget namespace, jQuery's own error, the mask plugin's data key.
        if (/PrimeFaces\.widget|jQuery requires a window with a document|rawMaskFn|tests\/fixtures/.test(text)) found.push(relative(dir, f));
      }
      expect(found).toEqual([]);
    });

    it('inlines the popup styles: no stylesheet request before its first render', () => {
      const html = readFileSync(join(dir, 'popup.html'), 'utf8');
      expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''; // CSS may hold "<" (media ranges)
      expect(style).toContain('--accent'); // entrypoints/popup/style.css, minified
      expect(style.length).toBeGreaterThan(1000);
    });

    it(`keeps the content scripts within the ${CONTENT_GZIP_BUDGET / 1024} KB gzip budget`, () => {
      const scripts = files(join(dir, 'content-scripts'), /\.js$/);
      const gzip = scripts.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
      expect(gzip).toBeGreaterThan(0);
      expect(gzip).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
      // What made the budget reachable stays out: no polyfill, no Preact in the content script.
      const text = scripts.map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(text).not.toMatch(/minArgs|This script should only be loaded in a browser extension/);
      expect(text).not.toMatch(/__H|__k|_renderCallbacks/);
      // Tables other bundles read stay out: the portal-message selectors (read by the outcome
      // reader, loaded on demand) and the code→level table (the content script reads the level
      // from the code's name: utils/rules/codes.ts levelOf).
      expect(text).not.toMatch(/ui-growl|\bmensaje\b/);
      expect(text).not.toMatch(/["'`]input\.too-long["'`]\s*:/);
      // No dictionary either: the hint texts come from the background or the locale messages.
      expect(text).not.toContain('Siga escribiendo');
    });

    it('marks the content script for compiling at injection (V8 compile hint, issue 17), as its first line', () => {
      for (const f of files(join(dir, 'content-scripts'), /\.js$/)) expect(readFileSync(f, 'utf8').split('\n', 1)[0]).toBe(COMPILE_HINT);
    });
  });
}
