import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withHintMessages } from './scripts/locale-messages';
import { OFFICIAL_MATCHES } from './utils/portal/hosts';

export const GECKO_ID = 'asistente-clave-iess@asistente.ec';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Firefox too: WXT would otherwise build MV2 for Firefox.
  manifestVersion: 3,
  // Parallel work trees (and the bench) can build elsewhere; tests read the same variable.
  outDir: process.env.WXT_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // No modulepreload polyfill: it is the only fetch() that would ship, and MV3 pages don't need it.
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'es',
    action: { default_title: '__MSG_extActionTitle__' },
    permissions: ['storage', 'alarms', 'notifications', 'activeTab'],
    // The presenter overlay is loaded by the content script only when presenter mode is on, and
    // only the official sites may load it. Chrome gives it a per-session URL (no fingerprinting).
    web_accessible_resources: [
      {
        resources: ['presenter-overlay.js'],
        matches: OFFICIAL_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Browser-specific keys stay inside this function so they never leak into the other build.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script talks to the browser's own promise-based API (MV3 Chrome/Edge, and
    // Firefox's native `browser`), as plain WXT does, instead of through webextension-polyfill:
    // the polyfill is 3 KB of the 15 KB gzip budget (issue 10) and wraps nothing the content
    // script uses (i18n.getMessage, runtime.sendMessage/getURL, storage.local.get/set and
    // storage.onChanged all return promises natively in MV3). Extension pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      const native = { find: /^wxt\/browser$/, replacement: resolve('node_modules/wxt/dist/browser.mjs') };
      config.resolve = { ...config.resolve, alias: [native, ...list] };
    },
    // The hint texts (utils/i18n/rules.ts, hints.ts) go into the locale messages the content
    // script reads with browser.i18n.getMessage: no dictionary in the content script itself.
    'build:publicAssets': (_wxt, files) => {
      for (const [i, file] of files.entries()) {
        if (!/^_locales[\\/](es|en)[\\/]messages\.json$/.test(file.relativeDest)) continue;
        const json = 'contents' in file ? file.contents : readFileSync(file.absoluteSrc, 'utf8');
        files[i] = { relativeDest: file.relativeDest, contents: withHintMessages(json) };
      }
    },
  },
  // Only used by `wxt build --analyze` (the bench): per-module sizes as JSON.
  analysis: { template: 'raw-data', outputFile: '.output-bench/analysis/stats.json', keepArtifacts: true },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'node_modules/**', 'tests/artifacts/**', '.wxt/**'],
  },
});
