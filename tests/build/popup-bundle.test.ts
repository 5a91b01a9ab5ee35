/**
 * What the popup's first render (issue 17, ≤ 50 ms; scripts/bench/popup-ab.ts) depends on, checked
 * on the build (run after `npm run build`): the popup waits for one script file only (its own build
 * group in wxt.config.ts, no chunk shared with the practice and print pages), that script holds
 * the first paint (`blocking="render"`: no blank frame), and it carries no webextension-polyfill
 * (whose CommonJS interop touched every extension API at load).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { popupBundle } from '../../scripts/bench/popup-size';
import { CHROME_DIR, FIREFOX_DIR } from '../e2e/harness';

describe.each([
  ['chrome', CHROME_DIR],
  ['firefox', FIREFOX_DIR],
])('popup bundle (%s)', (_name, dir) => {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const bundle = popupBundle(dir);

  it('loads one script, which blocks the first paint, and no stylesheet file', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\btype="module"/);
    expect(scripts[0]).toMatch(/\bblocking="render"/);
    expect(html).not.toMatch(/rel="(modulepreload|stylesheet)"/);
    expect(bundle.js.files).toHaveLength(1);
    expect(bundle.css.files).toHaveLength(0);
  });

  it('has no static import of another chunk and no webextension-polyfill', () => {
    const js = readFileSync(join(dir, bundle.js.files[0]!), 'utf8');
    expect(js).not.toMatch(/\bfrom\s*"\.\.?\//);
    expect(js).not.toMatch(/webextension-polyfill|This script should only be loaded in a browser extension/);
  });

  it('the other pages keep their scripts as they were (no blocking attribute)', () => {
    for (const page of ['practice.html', 'print.html']) {
      const other = readFileSync(join(dir, page), 'utf8');
      expect(other).toMatch(/<script type="module"/);
      expect(other).not.toMatch(/blocking=/);
    }
  });
});
