/**
 * Reads the built Chrome and Firefox manifests (run after `npm run build`): the permission budget,
 * the content-script hosts, the CSP, and browser-specific keys staying in their own build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR } from '../e2e/harness';

// scripting: the popup's page report, injected on demand (issue 16 §3); hosts stay the official ones.
const ALLOWED_PERMISSIONS = ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'];
const ALLOWED_HOSTS = ['https://*.iess.gob.ec/*', 'https://*.biess.fin.ec/*'];

type Manifest = Record<string, any>;
function load(dir: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every match / host pattern a manifest grants, wherever it is declared. */
function hostPatterns(m: Manifest): string[] {
  return [
    ...(m.host_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((c: any) => [...(c.matches ?? []), ...(c.include_globs ?? [])]),
    ...(m.web_accessible_resources ?? []).flatMap((w: any) => w.matches ?? []),
    ...(m.externally_connectable?.matches ?? []),
  ];
}

for (const [name, dir] of [
  ['chrome', CHROME_DIR],
  ['firefox', FIREFOX_DIR],
] as const) {
  describe(`${name} manifest`, () => {
    const m = load(dir);

    it('is MV3 with localized strings', () => {
      expect(m.manifest_version).toBe(3);
      expect(m.name).toBe('__MSG_extName__');
      expect(m.default_locale).toBe('es');
    });

    it('asks for no permission beyond the budget', () => {
      const asked = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
      expect(asked.filter((p: string) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
      for (const banned of ['tabs', 'webRequest', 'webRequestBlocking', 'cookies', 'history', '<all_urls>']) {
        expect(asked).not.toContain(banned);
      }
    });

    it('matches only the official hosts', () => {
      const patterns = hostPatterns(m);
      expect(patterns.length).toBeGreaterThan(0);
      expect(patterns.filter((p) => !ALLOWED_HOSTS.includes(p))).toEqual([]);
      expect(m.externally_connectable).toBeUndefined();
    });

    it('keeps the default CSP or a stricter one', () => {
      const csp: string | undefined = m.content_security_policy?.extension_pages;
      if (csp !== undefined) {
        expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
      }
      expect(m.content_security_policy?.sandbox).toBeUndefined();
    });

    it('puts Firefox-only keys in the Firefox build only', () => {
      if (name === 'firefox') {
        expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
        expect(m.browser_specific_settings.gecko.strict_min_version).toBe('128.0');
        expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
        // Firefox for Android: from 142, the first version that reads data_collection_permissions.
        expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
      } else {
        expect(m.browser_specific_settings).toBeUndefined();
        expect(JSON.stringify(m)).not.toContain('gecko');
      }
    });
  });
}
