import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withHintMessages } from './scripts/locale-messages';
import { OFFICIAL_MATCHES } from './utils/portal/hosts';

/**
 * The popup's script blocks its first paint (`blocking="render"`, Chrome 105+; others ignore it):
 * no blank frame is painted while it loads; its first frame is the popup's own first render.
 * Vite rewrites the page's script tag, so the attribute is added to the built page.
 */
function popupRenderBlocking() {
  return {
    name: 'asistente:popup-render-blocking',
    transformIndexHtml: {
      order: 'post' as const,
      handler: (html: string, ctx: { filename: string }) =>
        /(^|[\\/])popup[\\/]index\.html$/.test(ctx.filename) ? html.replace(/<script type="module"/g, '<script type="module" blocking="render"') : html,
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): the content script's
 * functions are compiled when it is injected at `document_start`, while the page still loads,
 * not one by one on their first call at DOMContentLoaded, in front of the hints and the page's
 * load event (issue 17: DOMContentLoaded → load 22.5 → 15.0 ms, DCL → hints 9.6 → 4.8 ms,
 * scripts/bench/inert.ts, 20 rounds).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
function contentCompileHint() {
  return {
    name: 'asistente:content-compile-hint',
    generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && /^content-scripts[\\/]/.test(file)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}

export const GECKO_ID = 'asistente-clave-iess@asistente.ec';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Firefox too: WXT would otherwise build MV2 for Firefox.
  manifestVersion: 3,
  // Parallel work trees (and the bench) can build elsewhere; tests read the same variable.
  outDir: process.env.WXT_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), popupRenderBlocking()],
    // No modulepreload polyfill: it is the only fetch() that would ship, and MV3 pages don't need it.
    build: { sourcemap: false, modulePreload: { polyfill: false }, ...(process.env.BENCH_NOMINIFY ? { minify: false } : {}) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'es',
    action: { default_title: '__MSG_extActionTitle__' },
    // scripting: the popup injects the page report (entrypoints/page-report.ts) into the active
    // official tab on demand; no install warning of its own.
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    // The content script's hosts, once more: Chrome lets `scripting` into a page on activeTab or
    // host permissions, not on content-script matches. Same hosts, same install warning.
    host_permissions: OFFICIAL_MATCHES,
    // The presenter overlay (presenter mode on) and the outcome reader (after a submit) are loaded
    // by the content script only when needed, and only the official sites may load them. Chrome
    // gives them a per-session URL (no fingerprinting).
    web_accessible_resources: [
      {
        resources: ['presenter-overlay.js', 'outcomes.js'],
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
            // Firefox for Android (issue 18): 142 is the first Android version that reads
            // data_collection_permissions (Firefox's built-in data consent), so no older one.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The popup is built on its own (issue 17, first render ≤ 50 ms): one JS file, no chunk shared
    // with the practice and print pages, so it waits for one extension-file request, not four.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [i, group] of groups.entries()) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.find((e) => e.type === 'popup');
        if (!popup) continue;
        groups[i] = group.filter((e) => e !== popup);
        groups.push([popup]);
      }
    },
    // webextension-polyfill per entrypoint. The module above (WXT's documented way to keep the
    // polyfill) points `wxt/browser` at it for every build; the content script's build group points
    // it back at `@wxt-dev/browser`, the package WXT's own `wxt/browser` re-exports (the browser's
    // native promise API). WXT's content-script context imports `wxt/browser` itself, so our own
    // imports of `@wxt-dev/browser` alone would not keep the polyfill out. The polyfill is 3 KB of
    // the content script's 15 KB gzip budget (issue 10) and wraps nothing it uses
    // (i18n.getMessage, runtime.sendMessage/getURL, storage.local.get/set, storage.onChanged all
    // return promises natively in MV3). The popup imports `@wxt-dev/browser` too (issue 17: the
    // polyfill's CommonJS interop touched every extension API at load); the background and the
    // practice page keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      // One copy of it (ours, from the project root) for WXT's imports and ours: Vite's `dedupe`.
      const dedupe = [...(config.resolve?.dedupe ?? []), '@wxt-dev/browser'];
      // WXT's content-script context is replaced by an inert class (utils/wxt-content-context.ts):
      // its page-visible "started" event could switch the content script off (issue 19).
      const inert = { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(import.meta.dirname, 'utils/wxt-content-context.ts') };
      config.resolve = { ...config.resolve, dedupe, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, inert, ...list] };
      config.plugins = [...(config.plugins ?? []), contentCompileHint()];
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
